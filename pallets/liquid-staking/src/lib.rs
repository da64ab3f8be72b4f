#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;

mod allocation;
mod fungibles_impl;
mod impls;
mod interface;
pub mod math;
pub mod migrations;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(any(test, feature = "fuzzing"))]
pub mod testing;
#[cfg(test)]
mod tests;
#[cfg(any(test, feature = "try-runtime", feature = "fuzzing"))]
mod try_state;

pub use types::*;
pub use weights::WeightInfo;

/// The target of the pallet's log lines.
pub const LOG_TARGET: &str = "runtime::liquid-staking";

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungibles, schedule::v3::Named as ScheduleNamed, tokens::Balance as BalanceTrait,
			Contains, QueryPreimage, StorePreimage,
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::Perbill;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	/// The most validators a pool's books track: its allocation, and as many dropped from
	/// earlier allocations whose stake is still being planned out.
	pub struct MaxTracked<T>(core::marker::PhantomData<T>);
	impl<T: Config> Get<u32> for MaxTracked<T> {
		fn get() -> u32 {
			T::MaxValidators::get().saturating_mul(2)
		}
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config:
		frame_system::Config<RuntimeEvent: From<Event<Self>>, RuntimeCall: From<Call<Self>>>
	{
		/// Balances of the underlying coins, of the cert tokens and of the bond token.
		type Balance: BalanceTrait + MaybeSerializeDeserialize;

		/// How the runtime addresses an underlying coin (for instance native-or-asset).
		type UnderlyingAssetId: Parameter + MaxEncodedLen + MaybeSerializeDeserialize;

		/// The underlying coins.
		type Underlying: fungibles::Mutate<
			Self::AccountId,
			AssetId = Self::UnderlyingAssetId,
			Balance = Self::Balance,
		>;

		/// The underlying coins whose transfer is a plain balance transfer: the chain's own
		/// coin, in a runtime whose [`Config::Underlying`] joins pallet-balances and
		/// pallet-assets (`fungible::UnionOf`). A stake in their pools is charged the
		/// `stake_*_native` weights; any other coin is charged as a pallet-assets asset.
		type NativeUnderlying: Contains<Self::UnderlyingAssetId>;

		/// The id of a cert token in [`Config::Certs`].
		type CertAssetId: Parameter + MaxEncodedLen + Copy + MaybeSerializeDeserialize;

		/// The cert tokens: assets the pallet creates (pallet-assets in a runtime).
		type Certs: fungibles::Create<Self::AccountId, AssetId = Self::CertAssetId, Balance = Self::Balance>
			+ fungibles::Mutate<Self::AccountId>
			+ fungibles::metadata::Mutate<Self::AccountId>;

		/// The pallet's id: its account owns the cert assets; each pool has a sub-account that
		/// holds its underlying.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Creates pools and sets their parameters and pause flags (a governance origin).
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Reports rewards, slashes and delegations (pallet-liquid-staking-bridge applies the
		/// reports its relayers attest through [`StakingInterface`], without this origin).
		type OracleOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Sets the pools' validator allocations (a governance origin: an OpenGov track).
		type AllocationOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The most validators one allocation may name.
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// The remote chains a pool may be staked on, their wrapped coins, and the withdrawals
		/// that send an exit's coin to its remote destination (pallet-liquid-staking-bridge);
		/// `()` for a runtime that stakes only its own coins.
		type RemoteChains: RemoteChains<Self::AccountId, Self::UnderlyingAssetId, Self::Balance>;

		/// The clock of unbonding periods, buckets and report intervals: in a parachain, the
		/// relay chain's block number (then also the scheduler's), so that 7 days stay 7 days
		/// whatever the parachain's block time.
		type BlockNumberProvider: sp_runtime::traits::BlockNumberProvider<
			BlockNumber = BlockNumberFor<Self>,
		>;

		/// The scheduler that matures unbonding buckets (its clock must be
		/// [`Config::BlockNumberProvider`]).
		type Scheduler: ScheduleNamed<
			BlockNumberFor<Self>,
			<Self as frame_system::Config>::RuntimeCall,
			PalletsOriginOf<Self>,
			Hasher = Self::Hashing,
		>;

		/// Bounds the scheduled call (small enough to be stored inline).
		type Preimages: QueryPreimage<H = Self::Hashing> + StorePreimage;

		/// The most unbonding requests one account may have in one pool.
		#[pallet::constant]
		type MaxUnbondingRequests: Get<u32>;

		/// The most matured requests one `claim` pays; the others wait for the next call. Bounds
		/// a claim's proof size: each request reads and writes its bucket.
		#[pallet::constant]
		type MaxClaimsPerCall: Get<u32>;

		/// The number of (block, rate) points kept per pool.
		#[pallet::constant]
		type MaxRateHistory: Get<u32>;

		/// The longest unbonding period a pool may be given.
		#[pallet::constant]
		type MaxUnbondingPeriod: Get<BlockNumberFor<Self>>;

		/// The highest commission a pool may be given.
		#[pallet::constant]
		type MaxCommission: Get<Perbill>;

		/// The highest per-report reward bound a pool may be given.
		#[pallet::constant]
		type MaxRewardPerReport: Get<Perbill>;

		/// The highest annualised reward rate a report may bring (0.25: 25 % a year): a reward
		/// is at most `P · rate · elapsed / BlocksPerYear`, `elapsed` being the blocks since the
		/// pool's last report (its minimum report interval for the first), at most a year. So
		/// however often reports come, a year of them adds at most `rate` of `P`, compounded.
		#[pallet::constant]
		type MaxAnnualReward: Get<sp_runtime::FixedU128>;

		/// Blocks in a year, to show an annual rate.
		#[pallet::constant]
		type BlocksPerYear: Get<BlockNumberFor<Self>>;

		/// The longest name or symbol of a cert token.
		#[pallet::constant]
		type StringLimit: Get<u32>;

		/// Weights of the calls.
		type WeightInfo: WeightInfo;

		/// Creates the underlying coins the benchmarks stake.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self>;
	}

	/// Prepares what the benchmarks need in a runtime.
	#[cfg(feature = "runtime-benchmarks")]
	pub trait BenchmarkHelper<T: Config> {
		/// An underlying coin for pool `n`, created if needed, and a fresh cert asset id.
		fn assets(n: u32) -> (T::UnderlyingAssetId, T::CertAssetId);
		/// A coin in [`Config::NativeUnderlying`] that `fund` can give, and a fresh cert asset
		/// id for its pool.
		fn native() -> (T::UnderlyingAssetId, T::CertAssetId);
		/// Gives `who` `amount` of the underlying.
		fn fund(asset: &T::UnderlyingAssetId, who: &T::AccountId, amount: BalanceOf<T>);
		/// A remote chain whose wrapped coin is `asset` (registered if needed), for the worst
		/// case of `create_pool`; `None` in a runtime without a bridge.
		fn validator_chain(asset: &T::UnderlyingAssetId) -> Option<ChainId>;
	}

	/// The id the next pool gets.
	#[pallet::storage]
	pub type NextPoolId<T> = StorageValue<_, PoolId, ValueQuery>;

	/// The pools: parameters and books.
	#[pallet::storage]
	pub type Pools<T: Config> = StorageMap<_, Twox64Concat, PoolId, PoolInfoOf<T>>;

	/// Bond shares per pool and account.
	#[pallet::storage]
	pub type BondShares<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		PoolId,
		Blake2_128Concat,
		T::AccountId,
		BalanceOf<T>,
		ValueQuery,
	>;

	/// The unbonding requests of an account in a pool, one per bucket and destination.
	#[pallet::storage]
	pub type Unbonding<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		PoolId,
		Blake2_128Concat,
		T::AccountId,
		RequestsOf<T>,
		ValueQuery,
	>;

	/// The unbonding buckets of a pool, by release block.
	#[pallet::storage]
	pub type Buckets<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		PoolId,
		Twox64Concat,
		BlockNumberFor<T>,
		Bucket<BalanceOf<T>>,
	>;

	/// The pools' recent (block, P, S) points, oldest first.
	#[pallet::storage]
	pub type RateHistory<T: Config> = StorageMap<
		_,
		Twox64Concat,
		PoolId,
		BoundedVec<RatePointOf<T>, T::MaxRateHistory>,
		ValueQuery,
	>;

	/// Per pool, the validators it tracks: targets, reported delegations and plans.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageMap<_, Twox64Concat, PoolId, ValidatorsOf<T>, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Pools created at genesis, ids from 0, with the same checks as `create_pool`.
		pub pools: Vec<GenesisPoolOf<T>>,
		/// Validator allocations of genesis pools, with the same checks as `set_allocation`.
		pub allocations: Vec<GenesisAllocation>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for pool in &self.pools {
				let metadata = CertMetadata {
					name: pool
						.cert_name
						.as_bytes()
						.to_vec()
						.try_into()
						.expect("cert name too long"),
					symbol: pool
						.cert_symbol
						.as_bytes()
						.to_vec()
						.try_into()
						.expect("cert symbol too long"),
					decimals: pool.cert_decimals,
					min_balance: pool.cert_min_balance,
				};
				Pallet::<T>::do_create_pool(
					pool.underlying.clone(),
					pool.cert,
					metadata,
					pool.validator_chain,
					pool.params.clone(),
				)
				.expect("a genesis pool is valid");
			}
			for GenesisAllocation { pool, allocation } in &self.allocations {
				let allocation =
					allocation.clone().try_into().expect("a genesis allocation is too long");
				Pallet::<T>::do_set_allocation(*pool, allocation)
					.expect("a genesis allocation is valid");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A pool was created with its cert asset.
		PoolCreated {
			/// The pool.
			pool: PoolId,
			/// The staked coin.
			underlying: T::UnderlyingAssetId,
			/// The cert asset.
			cert: T::CertAssetId,
		},
		/// A pool's parameters were set.
		PoolParamsSet {
			/// The pool.
			pool: PoolId,
			/// The new parameters.
			params: PoolParamsOf<T>,
		},
		/// A pool's pause flags were set.
		PauseSet {
			/// The pool.
			pool: PoolId,
			/// What is paused.
			paused: PauseFlags,
		},
		/// `who` staked `amount` of the underlying for `shares` shares held as `kind`.
		Staked {
			/// The pool.
			pool: PoolId,
			/// The account.
			who: T::AccountId,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
			/// The shares.
			shares: BalanceOf<T>,
			/// The token: bond or cert.
			kind: TokenKind,
		},
		/// `who` converted `shares` shares from `from` to the other face; `fee` shares were paid.
		Converted {
			/// The pool.
			pool: PoolId,
			/// The account.
			who: T::AccountId,
			/// The token converted from.
			from: TokenKind,
			/// The shares.
			shares: BalanceOf<T>,
			/// The fee, in shares.
			fee: BalanceOf<T>,
		},
		/// Bond worth `amount` moved as `shares` shares.
		BondTransferred {
			/// The pool.
			pool: PoolId,
			/// The token converted from.
			from: T::AccountId,
			/// The receiver.
			to: T::AccountId,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
			/// The shares.
			shares: BalanceOf<T>,
		},
		/// `who` unstaked `shares` shares (worth `amount` now) from `kind`; claimable from
		/// block `release_at`.
		Unstaked {
			/// The pool.
			pool: PoolId,
			/// The account.
			who: T::AccountId,
			/// The token: bond or cert.
			kind: TokenKind,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
			/// The shares.
			shares: BalanceOf<T>,
			/// The block from which it is claimable.
			release_at: BlockNumberFor<T>,
		},
		/// The bucket of block `bucket` matured: its `shares` left `S`, `amount` left `P` and is
		/// claimable.
		BucketMatured {
			/// The pool.
			pool: PoolId,
			/// The bucket's release block.
			bucket: BlockNumberFor<T>,
			/// The shares.
			shares: BalanceOf<T>,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
		},
		/// The scheduler could not take the task of a bucket; anyone may call `mature` once it is
		/// due, and `claim` matures it too.
		MaturityNotScheduled {
			/// The pool.
			pool: PoolId,
			/// The bucket's release block.
			bucket: BlockNumberFor<T>,
			/// Why it failed.
			error: DispatchError,
		},
		/// `who`'s unstake of the same block goes to `destination` when claimed: the request
		/// released at `release_at` sends its coin there.
		ExitRequested {
			/// The pool.
			pool: PoolId,
			/// The request's owner.
			who: T::AccountId,
			/// The request's release block.
			release_at: BlockNumberFor<T>,
			/// Where its claim sends the coin.
			destination: RemoteDestination,
		},
		/// Of what a claim paid `owner`, `amount` went on to `destination` as a withdrawal
		/// through the bridge (its `WithdrawalRequested` event names it).
		ExitSent {
			/// The pool.
			pool: PoolId,
			/// Whose requests were paid.
			owner: T::AccountId,
			/// Where it went.
			destination: RemoteDestination,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
		},
		/// Of what a claim paid `owner`, `amount` could not go on to `destination` (the bridge
		/// refused the withdrawal, with `error`): it stays in `owner`'s account here.
		ExitNotSent {
			/// The pool.
			pool: PoolId,
			/// Whose requests were paid.
			owner: T::AccountId,
			/// Where it was to go.
			destination: RemoteDestination,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
			/// Why the bridge refused it.
			error: DispatchError,
		},
		/// Matured requests of `owner` paid `amount` of the underlying.
		Claimed {
			/// The pool.
			pool: PoolId,
			/// Whose requests were paid.
			owner: T::AccountId,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
		},
		/// A reward report was applied; `commission` cert shares went to the commission account.
		RewardsReported {
			/// The pool.
			pool: PoolId,
			/// The report's epoch.
			epoch: u64,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
			/// The commission, in cert shares.
			commission: BalanceOf<T>,
			/// The pool's total pooled `P` after it.
			total_pooled: BalanceOf<T>,
			/// The pool's total shares `S` after it.
			total_shares: BalanceOf<T>,
		},
		/// A slash report was applied.
		Slashed {
			/// The pool.
			pool: PoolId,
			/// The report's epoch.
			epoch: u64,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
			/// The pool's total pooled `P` after it.
			total_pooled: BalanceOf<T>,
			/// The pool's total shares `S` after it.
			total_shares: BalanceOf<T>,
		},
		/// A slash over the pool's per-report bound was applied and paused the pool; governance
		/// decides when it reopens.
		PausedBySlash {
			/// The pool.
			pool: PoolId,
			/// The report's epoch.
			epoch: u64,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
		},
		/// Governance set a pool's validator allocation; validators left out now have target 0.
		AllocationSet {
			/// The pool.
			pool: PoolId,
			/// (validator, target part) pairs.
			allocation: AllocationOf<T>,
		},
		/// What is delegated per validator on the remote chain was reported; `total` in all.
		DelegationsReported {
			/// The pool.
			pool: PoolId,
			/// The report's epoch.
			epoch: u64,
			/// What is delegated in all.
			total: BalanceOf<T>,
		},
		/// `amount` of stake is to be delegated to (or undelegated from) these validators on the
		/// remote chain, steering toward the allocation. A `Delegate` plan covers all the
		/// pool's stakes of a block (emitted when the block ends, or before a bucket of the pool
		/// matures); an `Undelegate` plan covers one matured bucket.
		AllocationPlanned {
			/// The pool.
			pool: PoolId,
			/// Whether stake is delegated or undelegated.
			direction: PlanDirection,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
			/// Per validator, the stake to move.
			moves: Vec<(ValidatorId, BalanceOf<T>)>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No pool has this id.
		PoolNotFound,
		/// The cert asset id is already taken.
		CertAssetExists,
		/// The underlying asset does not exist.
		UnderlyingNotFound,
		/// A minimum stake or unstake of zero, or one below the underlying's minimum balance.
		InvalidMinimum,
		/// The unbonding period is zero or above the pallet's bound.
		InvalidUnbondingPeriod,
		/// The bucket interval is zero or longer than the unbonding period.
		InvalidBucketInterval,
		/// The commission is above the pallet's bound.
		CommissionTooHigh,
		/// The conversion fee is above 1 %.
		ConversionFeeTooHigh,
		/// The per-report reward bound is zero or above the pallet's bound.
		InvalidRewardBound,
		/// The per-report slash bound is zero.
		InvalidSlashBound,
		/// The minimum report interval is zero.
		InvalidReportInterval,
		/// The stake cap is zero.
		InvalidStakeCap,
		/// A cert name or symbol is empty or too long, or more than 36 decimals.
		InvalidMetadata,
		/// The cert asset's minimum balance is zero.
		InvalidCertMinBalance,
		/// The pool's staking is paused.
		StakingPaused,
		/// The pool's unstaking is paused.
		UnstakingPaused,
		/// The amount is below the pool's minimum stake (the first stake must also exceed the
		/// dead shares).
		BelowMinimumStake,
		/// The amount is worth less than the pool's minimum unstake.
		BelowMinimumUnstake,
		/// The stake would take the pool over its stake cap.
		StakeCapExceeded,
		/// The amount is zero or converts to zero shares.
		AmountTooSmall,
		/// Not enough bond.
		InsufficientBond,
		/// Not enough cert.
		InsufficientCert,
		/// A new bond balance would be worth less than the coin's minimum balance (the bond
		/// token's existential amount).
		BelowMinimumBond,
		/// The operation would leave less cert than the cert's minimum balance in the account
		/// (pallet-assets would burn that rest): take all of it, or leave at least the minimum.
		CertLeavesDust,
		/// The claim cannot be paid: the owner has no account of the underlying and the payout
		/// is below its minimum balance. The requests stay claimable.
		PayoutBelowMinimum,
		/// The account already has the most unbonding requests it may have in this pool.
		TooManyUnbondingRequests,
		/// The bucket's release block has not come yet.
		BucketNotDue,
		/// No bucket at this block.
		BucketNotFound,
		/// The bucket has already matured.
		BucketAlreadyMatured,
		/// The account has no matured request in this pool.
		NothingToClaim,
		/// The report's epoch is not the one after the last report's.
		UnexpectedEpoch,
		/// The report comes sooner than the pool's minimum report interval.
		ReportTooEarly,
		/// The reward is above the pool's per-report bound.
		RewardAboveBound,
		/// The reward is above the annualised bound for the time since the last report
		/// ([`Config::MaxAnnualReward`]).
		RewardAboveAnnualBound,
		/// The pool account does not hold the underlying of the reward.
		RewardNotBacked,
		/// The slash is larger than the pool.
		SlashExceedsPool,
		/// The pool has no shares: nothing to reward.
		NothingStaked,
		/// The pool's shares are worth nothing: no stake is taken.
		PoolInsolvent,
		/// Sender and receiver are the same account.
		SameAccount,
		/// An allocation must name at least one validator.
		EmptyAllocation,
		/// A delegation report given through [`StakingInterface`] names more validators than
		/// the books may track (a call's argument is bounded by its type).
		TooManyValidators,
		/// A validator is named twice.
		DuplicateValidator,
		/// A target of zero: leave the validator out instead.
		ZeroTarget,
		/// A target is above the pool's per-validator cap.
		TargetAboveCap,
		/// The targets do not sum to exactly 100 %.
		TargetsNotWhole,
		/// The books would track more validators than they may (twice `MaxValidators`): the
		/// stake of validators dropped earlier must be planned out or reported gone first.
		TooManyTrackedValidators,
		/// The delegation report's epoch is not after the last one's.
		StaleDelegationReport,
		/// The delegation report's epoch is not the one after the last one's.
		UnexpectedDelegationEpoch,
		/// The delegation report says more is delegated than the pool holds (`P` and what is
		/// matured and not claimed).
		DelegationsAbovePool,
		/// The per-validator cap is zero.
		InvalidValidatorCap,
		/// The per-validator cap is below a target of the current allocation.
		CapBelowAllocation,
		/// No remote chain has this id.
		ChainNotFound,
		/// The pool is staked on a remote chain: its reports come from that chain's relayers.
		ReportedByRelayers,
		/// A remote pool's underlying must be its chain's wrapped coin.
		UnderlyingNotWrapped,
		/// An internal bound was broken; the state is unchanged.
		Defensive(DefensiveError),
		/// An exit's chain is not one the bridge serves with the pool's coin.
		DestinationNotOfPoolCoin,
		/// An exit's recipient is the zero address.
		ZeroRecipient,
	}

	/// Failures that cannot happen unless the pallet's own books are wrong. Each is logged
	/// (target `runtime::defensive`) and panics in tests and debug builds (`defensive!`); in a
	/// release runtime the call fails and changes nothing. The fuzzer fails on any of them.
	#[derive(
		Encode,
		Decode,
		DecodeWithMemTracking,
		PartialEq,
		Eq,
		TypeInfo,
		frame_support::PalletError,
		Debug,
	)]
	pub enum DefensiveError {
		/// The total pooled would go below zero.
		PooledUnderflow,
		/// A share total would go below zero.
		SharesUnderflow,
		/// An unbonding request has no bucket.
		BucketMissing,
		/// What a matured bucket owes would go below zero.
		ClaimableUnderflow,
		/// The requests kept by a claim would not fit their bound.
		RequestsOverflow,
		/// A burn with `Precision::Exact` took another amount.
		PartialBurn,
	}

	#[pallet::extra_constants]
	impl<T: Config> Pallet<T> {
		/// The most validators a pool's books track: its allocation, and as many dropped from
		/// earlier allocations whose stake is still being planned out (twice `MaxValidators`);
		/// also the most one delegation report may name.
		pub fn max_tracked() -> u32 {
			MaxTracked::<T>::get()
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxUnbondingRequests::get() > 0, "MaxUnbondingRequests must be > 0");
			assert!(T::MaxClaimsPerCall::get() > 0, "MaxClaimsPerCall must be > 0");
			assert!(T::MaxRateHistory::get() > 1, "MaxRateHistory must hold two points");
			assert!(!T::MaxUnbondingPeriod::get().is_zero(), "MaxUnbondingPeriod must be > 0");
			assert!(!T::BlocksPerYear::get().is_zero(), "BlocksPerYear must be > 0");
			assert!(T::StringLimit::get() > 0, "StringLimit must be > 0");
			assert!(T::MaxValidators::get() > 0, "MaxValidators must be > 0");
		}

		/// Plans each pool's stakes of the block onto its validators, in one `AllocationPlanned`
		/// event per pool, as far as the block's remaining weight allows.
		fn on_idle(_n: BlockNumberFor<T>, remaining_weight: Weight) -> Weight {
			let mut meter = frame_support::weights::WeightMeter::with_limit(remaining_weight);
			Self::plan_stakes(&mut meter);
			meter.consumed()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Create a pool for an underlying coin, with its cert token.
		///
		/// ## Dispatch Origin
		/// [`Config::AdminOrigin`] (governance).
		///
		/// ## Details
		/// Creates the cert asset `cert` (owned by the pallet account, sufficient, with the
		/// name, symbol, decimals and minimum balance of `metadata`) and a pool with the next
		/// id. `validator_chain` is the EVM chain id the pool's validators live on (1: Ethereum,
		/// 56: BNB Smart Chain); the underlying must then be the wrapped coin of that chain
		/// ([`Config::RemoteChains`]). `None`: the coin is staked here.
		///
		/// ## Errors
		/// [`Error::UnderlyingNotFound`], [`Error::CertAssetExists`], [`Error::InvalidMetadata`],
		/// [`Error::InvalidCertMinBalance`], [`Error::ChainNotFound`],
		/// [`Error::UnderlyingNotWrapped`], and each parameter's range error (see
		/// [`Pallet::set_pool_params`]).
		///
		/// ## Events
		/// [`Event::PoolCreated`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_pool())]
		pub fn create_pool(
			origin: OriginFor<T>,
			underlying: T::UnderlyingAssetId,
			cert: T::CertAssetId,
			metadata: CertMetadataOf<T>,
			validator_chain: Option<ChainId>,
			params: PoolParamsOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_create_pool(underlying, cert, metadata, validator_chain, params).map(|_| ())
		}

		/// Set a pool's parameters.
		///
		/// ## Dispatch Origin
		/// [`Config::AdminOrigin`] (governance).
		///
		/// ## Details
		/// Every parameter is range-checked: minimums above zero and the minimum stake at least
		/// the underlying's minimum balance; unbonding period in `1..=MaxUnbondingPeriod`;
		/// bucket interval in `1..=unbonding_period`; commission at most `MaxCommission`;
		/// conversion fee at most 1 %; reward bound in `(0, MaxRewardPerReport]`; slash bound
		/// above zero; report interval above zero; stake cap, if any, above zero; the
		/// per-validator cap above zero and not below a target of the current allocation.
		/// Requests already made keep their release block.
		///
		/// ## Errors
		/// [`Error::PoolNotFound`], [`Error::InvalidMinimum`], [`Error::InvalidUnbondingPeriod`],
		/// [`Error::InvalidBucketInterval`], [`Error::CommissionTooHigh`],
		/// [`Error::ConversionFeeTooHigh`], [`Error::InvalidRewardBound`],
		/// [`Error::InvalidSlashBound`], [`Error::InvalidReportInterval`],
		/// [`Error::InvalidStakeCap`], [`Error::InvalidValidatorCap`],
		/// [`Error::CapBelowAllocation`].
		///
		/// ## Events
		/// [`Event::PoolParamsSet`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_pool_params())]
		pub fn set_pool_params(
			origin: OriginFor<T>,
			pool: PoolId,
			params: PoolParamsOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_set_pool_params(pool, params)
		}

		/// Pause or resume a pool's staking and unstaking.
		///
		/// ## Dispatch Origin
		/// [`Config::AdminOrigin`] (governance).
		///
		/// ## Details
		/// Matured requests can always be claimed, whatever is paused.
		///
		/// ## Errors
		/// [`Error::PoolNotFound`].
		///
		/// ## Events
		/// [`Event::PauseSet`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_paused())]
		pub fn set_paused(
			origin: OriginFor<T>,
			pool: PoolId,
			paused: PauseFlags,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Pools::<T>::try_mutate(pool, |p| -> DispatchResult {
				let p = p.as_mut().ok_or(Error::<T>::PoolNotFound)?;
				p.paused = paused;
				Ok(())
			})?;
			Self::deposit_event(Event::PauseSet { pool, paused });
			Ok(())
		}

		/// Stake `amount` of the pool's underlying and receive bond or cert at once.
		///
		/// ## Dispatch Origin
		/// Signed: the staker.
		///
		/// ## Details
		/// Moves `amount` from the caller to the pool account (the caller is kept alive), then
		/// gives `amount · S / P` shares (rounded down) as `kind`: cert tokens minted to the
		/// caller, or bond shares credited. The first stake of a pool gives its dead shares
		/// (`10^(decimals / 2)`, by the cert's decimals, which are the coin's) to the pool
		/// account forever. In a pool with a validator allocation, the block's stakes
		/// are planned together onto the validators furthest under their targets when the block
		/// ends (one `AllocationPlanned` per pool and block; see `Hooks::on_idle`).
		///
		/// ## Errors
		/// [`Error::PoolNotFound`], [`Error::StakingPaused`], [`Error::BelowMinimumStake`],
		/// [`Error::StakeCapExceeded`], [`Error::PoolInsolvent`], [`Error::AmountTooSmall`], and
		/// the underlying's transfer errors (e.g. not enough funds).
		///
		/// ## Events
		/// [`Event::Staked`]; at the end of the block, [`Event::AllocationPlanned`] in a pool with
		/// an allocation.
		///
		/// ## Weight
		/// Charged as a stake of a pallet-assets coin; refunded to the `stake_*_native` weight
		/// in a pool of a [`Config::NativeUnderlying`] coin.
		#[pallet::call_index(3)]
		#[pallet::weight(Pallet::<T>::stake_weight(*kind, false))]
		pub fn stake(
			origin: OriginFor<T>,
			pool: PoolId,
			#[pallet::compact] amount: BalanceOf<T>,
			kind: TokenKind,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (_, native) = Self::do_stake(&who, pool, amount, kind)?;
			Ok(Some(Self::stake_weight(kind, native)).into())
		}

		/// Convert bond worth `amount` of the underlying into cert.
		///
		/// ## Dispatch Origin
		/// Signed: the holder.
		///
		/// ## Details
		/// Debits `amount · S / P` bond shares (rounded up) and mints as many cert, less the
		/// pool's conversion fee (paid as cert to the commission account). Value is preserved.
		///
		/// ## Errors
		/// [`Error::PoolNotFound`], [`Error::AmountTooSmall`], [`Error::InsufficientBond`].
		///
		/// ## Events
		/// [`Event::Converted`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::bond_to_cert())]
		pub fn bond_to_cert(
			origin: OriginFor<T>,
			pool: PoolId,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_to_cert(&who, pool, Some(amount)).map(|_| ())
		}

		/// Convert all of the caller's bond into cert, leaving no bond dust.
		///
		/// ## Dispatch Origin
		/// Signed: the holder.
		///
		/// ## Errors
		/// [`Error::PoolNotFound`], [`Error::InsufficientBond`] (no bond).
		///
		/// ## Events
		/// [`Event::Converted`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::bond_to_cert())]
		pub fn bond_to_cert_all(origin: OriginFor<T>, pool: PoolId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_to_cert(&who, pool, None).map(|_| ())
		}

		/// Convert `amount` cert into bond.
		///
		/// ## Dispatch Origin
		/// Signed: the holder.
		///
		/// ## Details
		/// Burns `amount` cert and credits as many bond shares, less the pool's conversion fee
		/// (paid as cert to the commission account). Value is preserved.
		///
		/// ## Errors
		/// [`Error::PoolNotFound`], [`Error::AmountTooSmall`], [`Error::InsufficientCert`],
		/// [`Error::CertLeavesDust`], [`Error::BelowMinimumBond`].
		///
		/// ## Events
		/// [`Event::Converted`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::cert_to_bond())]
		pub fn cert_to_bond(
			origin: OriginFor<T>,
			pool: PoolId,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cert_to_bond(&who, pool, Some(amount)).map(|_| ())
		}

		/// Convert all of the caller's cert into bond, leaving no cert dust.
		///
		/// ## Dispatch Origin
		/// Signed: the holder.
		///
		/// ## Errors
		/// [`Error::PoolNotFound`], [`Error::InsufficientCert`] (no cert).
		///
		/// ## Events
		/// [`Event::Converted`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::cert_to_bond())]
		pub fn cert_to_bond_all(origin: OriginFor<T>, pool: PoolId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cert_to_bond(&who, pool, None).map(|_| ())
		}

		/// Transfer bond worth `amount` of the underlying to `dest`.
		///
		/// ## Dispatch Origin
		/// Signed: the sender.
		///
		/// ## Details
		/// Moves `amount · S / P` bond shares (rounded up, against the sender).
		///
		/// ## Errors
		/// [`Error::PoolNotFound`], [`Error::SameAccount`], [`Error::AmountTooSmall`],
		/// [`Error::InsufficientBond`], [`Error::BelowMinimumBond`] (to an account without bond,
		/// less than the coin's minimum balance).
		///
		/// ## Events
		/// [`Event::BondTransferred`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::transfer_bond())]
		pub fn transfer_bond(
			origin: OriginFor<T>,
			pool: PoolId,
			dest: T::AccountId,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_transfer_bond(pool, &who, &dest, amount).map(|_| ())
		}

		/// Unstake: bond worth `amount` of the underlying, or `amount` cert.
		///
		/// ## Dispatch Origin
		/// Signed: the holder.
		///
		/// ## Details
		/// Moves the shares into an unbonding request released at
		/// `now + unbonding_period` rounded up to the pool's bucket interval; a request into a
		/// bucket where the account already has a request to its own account merges with it.
		/// The shares keep earning (and bear
		/// slashes) until the bucket matures. The first request of a bucket schedules the
		/// bucket's maturing with pallet-scheduler.
		///
		/// ## Errors
		/// [`Error::PoolNotFound`], [`Error::UnstakingPaused`], [`Error::AmountTooSmall`],
		/// [`Error::BelowMinimumUnstake`], [`Error::InsufficientBond`],
		/// [`Error::InsufficientCert`], [`Error::CertLeavesDust`],
		/// [`Error::TooManyUnbondingRequests`].
		///
		/// ## Events
		/// [`Event::Unstaked`]; [`Event::MaturityNotScheduled`] if the scheduler refused the
		/// bucket's task.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::unstake())]
		pub fn unstake(
			origin: OriginFor<T>,
			pool: PoolId,
			#[pallet::compact] amount: BalanceOf<T>,
			kind: TokenKind,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unstake(&who, pool, amount, kind, None).map(|_| ())
		}

		/// Unstake as `unstake` does, and have the claim send the coin to `recipient` on the
		/// remote chain `chain` instead of this account: an exit in one step.
		///
		/// ## Dispatch Origin
		/// Signed: the holder.
		///
		/// ## Details
		/// The request is an ordinary unbonding request (it earns and bears slashes until its
		/// bucket matures) that remembers its destination; it merges only with a request of the
		/// same bucket and destination. When the bucket has matured, `claim` (by anyone) pays
		/// it and withdraws the coin to `recipient` on `chain` through the bridge, as
		/// `withdraw_to_remote` would, with the holder as the withdrawal's owner (a refund comes
		/// back to the holder here). If the bridge refuses it then (the chain paused
		/// meanwhile), the coin stays in the holder's account here ([`Event::ExitNotSent`]).
		///
		/// `chain` must be served by the bridge with the pool's coin, not paused, and the
		/// request's value now at least the chain's minimum withdrawal.
		///
		/// ## Errors
		/// Those of `unstake`, and [`Error::DestinationNotOfPoolCoin`], [`Error::ZeroRecipient`],
		/// and the bridge's refusals of the withdrawal (its `ChainPaused`,
		/// `BelowMinimumWithdrawal`).
		///
		/// ## Events
		/// [`Event::Unstaked`] and [`Event::ExitRequested`].
		#[pallet::call_index(16)]
		#[pallet::weight(
			T::WeightInfo::unstake().saturating_add(T::RemoteChains::withdraw_weight())
		)]
		pub fn unstake_to_remote(
			origin: OriginFor<T>,
			pool: PoolId,
			#[pallet::compact] amount: BalanceOf<T>,
			kind: TokenKind,
			chain: ChainId,
			recipient: H160,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let destination = RemoteDestination { chain, recipient };
			Self::do_unstake(&who, pool, amount, kind, Some(destination)).map(|_| ())
		}

		/// Pay `owner`'s matured unbonding requests in `pool` to `owner`, at most
		/// `MaxClaimsPerCall` of them per call (the rest stay claimable), and send those made by
		/// `unstake_to_remote` on to their remote destination.
		///
		/// ## Dispatch Origin
		/// Signed: anyone; the coins always go to `owner`, or where `owner` asked.
		///
		/// ## Details
		/// A request whose bucket is due but not matured yet (its task did not run) is matured
		/// first. Each request takes its part of its bucket; the last one takes what is left.
		/// Works whatever the pool's pause flags. What the requests with a remote destination
		/// paid (summed per destination) is then withdrawn from `owner` to that destination
		/// through the bridge, a withdrawal `owner` owns; one the bridge refuses stays with
		/// `owner` here.
		///
		/// ## Errors
		/// [`Error::PoolNotFound`], [`Error::NothingToClaim`], [`Error::PayoutBelowMinimum`]
		/// (the owner has no account of the underlying and the payout is below its minimum
		/// balance; the requests stay claimable).
		///
		/// ## Events
		/// [`Event::Claimed`], and [`Event::BucketMatured`] (with [`Event::AllocationPlanned`] in a
		/// pool with an allocation) for each bucket matured on the way; for each remote
		/// destination, [`Event::ExitSent`] (and the bridge's `WithdrawalRequested`) or
		/// [`Event::ExitNotSent`].
		///
		/// ## Weight
		/// Charged for `MaxClaimsPerCall` requests, each with a withdrawal to a remote
		/// destination; refunded to the requests it paid and the withdrawals it attempted.
		#[pallet::call_index(10)]
		#[pallet::weight(Pallet::<T>::claim_weight(T::MaxClaimsPerCall::get(), T::MaxClaimsPerCall::get()))]
		pub fn claim(
			origin: OriginFor<T>,
			pool: PoolId,
			owner: T::AccountId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let (_, read, exits) = Self::do_claim(pool, &owner)?;
			Ok(Some(Self::claim_weight(read, exits)).into())
		}

		/// Mature the unbonding bucket of block `bucket`.
		///
		/// ## Dispatch Origin
		/// Root (the scheduler's task) or signed by anyone once the block has come.
		///
		/// ## Details
		/// Takes the bucket's shares out of `S` and their value (rounded down) out of `P`; that
		/// value becomes claimable. Costs the same whatever the bucket holds. In a pool with a
		/// validator allocation, the pool's stakes not yet planned are planned first, then that
		/// value is planned out of the validators furthest over their targets.
		///
		/// ## Errors
		/// [`Error::PoolNotFound`], [`Error::BucketNotFound`], [`Error::BucketNotDue`],
		/// [`Error::BucketAlreadyMatured`].
		///
		/// ## Events
		/// [`Event::BucketMatured`]; [`Event::AllocationPlanned`] in a pool with an allocation.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::mature())]
		pub fn mature(
			origin: OriginFor<T>,
			pool: PoolId,
			bucket: BlockNumberFor<T>,
		) -> DispatchResult {
			ensure_signed_or_root(origin)?;
			// The bucket's task, if it is still scheduled, is left alone (reading its agenda
			// would charge the whole agenda's proof); when it runs it finds the bucket matured.
			Self::do_mature(pool, bucket)
		}

		/// Report the rewards of epoch `epoch`.
		///
		/// ## Dispatch Origin
		/// [`Config::OracleOrigin`].
		///
		/// ## Details
		/// For a local pool (a remote pool's reports come from its relayers, through
		/// pallet-liquid-staking-bridge). `epoch` must follow the last report's; the report must
		/// come at least the pool's minimum interval after the last one; `amount` must be above
		/// zero, at most the pool's per-report bound of `P` and the annualised bound
		/// ([`Config::MaxAnnualReward`]) for the time since the last report, and already held
		/// by the pool account beyond `P` and the claimable coins. `P` grows by `amount` (bond
		/// balances grow with it); the commission is minted as cert to the commission account.
		///
		/// ## Errors
		/// [`Error::PoolNotFound`], [`Error::ReportedByRelayers`], [`Error::NothingStaked`],
		/// [`Error::UnexpectedEpoch`], [`Error::ReportTooEarly`], [`Error::AmountTooSmall`],
		/// [`Error::RewardAboveBound`], [`Error::RewardAboveAnnualBound`],
		/// [`Error::RewardNotBacked`].
		///
		/// ## Events
		/// [`Event::RewardsReported`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::report_rewards())]
		pub fn report_rewards(
			origin: OriginFor<T>,
			pool: PoolId,
			epoch: u64,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			T::OracleOrigin::ensure_origin(origin)?;
			Self::ensure_local(pool)?;
			Self::do_report_rewards(pool, epoch, amount)
		}

		/// Report the slash of epoch `epoch`.
		///
		/// ## Dispatch Origin
		/// [`Config::OracleOrigin`].
		///
		/// ## Details
		/// For a local pool. Same epoch and interval rules as `report_rewards`. `P` shrinks by
		/// `amount`: every
		/// share, unbonding ones included, bears it. A slash above the pool's per-report bound
		/// is applied and pauses the pool's staking and unstaking until governance resumes them.
		///
		/// ## Errors
		/// [`Error::PoolNotFound`], [`Error::ReportedByRelayers`], [`Error::UnexpectedEpoch`],
		/// [`Error::ReportTooEarly`], [`Error::AmountTooSmall`], [`Error::SlashExceedsPool`].
		///
		/// ## Events
		/// [`Event::Slashed`], and [`Event::PausedBySlash`] over the bound.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::report_slash())]
		pub fn report_slash(
			origin: OriginFor<T>,
			pool: PoolId,
			epoch: u64,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			T::OracleOrigin::ensure_origin(origin)?;
			Self::ensure_local(pool)?;
			Self::do_report_slash(pool, epoch, amount)
		}

		/// Set a pool's validator allocation: who its stake is delegated to on the remote chain,
		/// and what part each gets.
		///
		/// ## Dispatch Origin
		/// [`Config::AllocationOrigin`] (governance: an OpenGov track in the runtime).
		///
		/// ## Details
		/// `allocation` lists (EVM address, target part), at most `MaxValidators` of them (a
		/// longer list is not decoded); the parts must sum to exactly 100 %
		/// and none may exceed the pool's `max_validator_target`. Validators of the former
		/// allocation that are left out keep their books with target 0: their stake is planned
		/// out, never lost. From now on the stakes (those of the current block included, which
		/// are planned when it ends) and every matured bucket are planned toward the new
		/// targets; `allocation_plan` shows the whole rebalancing.
		///
		/// ## Errors
		/// [`Error::PoolNotFound`], [`Error::EmptyAllocation`], [`Error::DuplicateValidator`],
		/// [`Error::ZeroTarget`], [`Error::TargetAboveCap`], [`Error::TargetsNotWhole`],
		/// [`Error::TooManyTrackedValidators`].
		///
		/// ## Events
		/// [`Event::AllocationSet`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::set_allocation())]
		pub fn set_allocation(
			origin: OriginFor<T>,
			pool: PoolId,
			allocation: AllocationOf<T>,
		) -> DispatchResult {
			T::AllocationOrigin::ensure_origin(origin)?;
			Self::do_set_allocation(pool, allocation)
		}

		/// Report what is delegated to each validator of a pool on the remote chain.
		///
		/// ## Dispatch Origin
		/// [`Config::OracleOrigin`].
		///
		/// ## Details
		/// For a local pool. The report is the whole picture at `epoch`, which must be the one
		/// after the last
		/// delegation report's: tracked validators it leaves out have nothing delegated,
		/// validators it names without a target are tracked with target 0 (their stake is
		/// planned out). What was planned before is replaced by what is reported. The amounts
		/// sum to at most what the pool can have delegated: `P` and what is matured and not
		/// claimed.
		///
		/// ## Errors
		/// [`Error::PoolNotFound`], [`Error::ReportedByRelayers`],
		/// [`Error::StaleDelegationReport`], [`Error::UnexpectedDelegationEpoch`],
		/// [`Error::DelegationsAbovePool`],
		/// [`Error::DuplicateValidator`], [`Error::TooManyTrackedValidators`].
		///
		/// ## Events
		/// [`Event::DelegationsReported`].
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::report_delegations())]
		pub fn report_delegations(
			origin: OriginFor<T>,
			pool: PoolId,
			epoch: Epoch,
			delegations: DelegationsOf<T>,
		) -> DispatchResult {
			T::OracleOrigin::ensure_origin(origin)?;
			Self::ensure_local(pool)?;
			Self::do_report_delegations(pool, epoch, delegations)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// A pool's books, parameters, rate, token supplies and annual rate.
		pub fn pool(pool: PoolId) -> Option<PoolViewOf<T>> {
			Self::pool_view(pool)
		}

		/// Underlying per share (18 decimals).
		pub fn rate(pool: PoolId) -> Option<sp_runtime::FixedU128> {
			Pools::<T>::get(pool).map(|p| Self::rate_of(&p))
		}

		/// `who`'s bond balance, in underlying (it grows as rewards arrive).
		pub fn bond_balance(pool: PoolId, who: T::AccountId) -> BalanceOf<T> {
			Self::bond_balance_of(pool, &who)
		}

		/// `who`'s cert balance and what it is worth in underlying.
		pub fn cert_value(pool: PoolId, who: T::AccountId) -> (BalanceOf<T>, BalanceOf<T>) {
			Self::cert_value_of(pool, &who)
		}

		/// `who`'s unbonding requests with their release block and value.
		pub fn unbonding_requests(
			pool: PoolId,
			who: T::AccountId,
		) -> Vec<UnbondingView<BalanceOf<T>, BlockNumberFor<T>>> {
			Self::unbonding_view(pool, &who)
		}

		/// What `who` staking `amount` would receive now: bond (in underlying) or cert tokens.
		/// Runs `stake` itself and rolls it back: refuses exactly what `stake` refuses.
		pub fn preview_stake(
			pool: PoolId,
			who: T::AccountId,
			amount: BalanceOf<T>,
			kind: TokenKind,
		) -> Result<BalanceOf<T>, DispatchError> {
			Self::do_preview_stake(pool, &who, amount, kind)
		}

		/// A pool's validator allocation: (EVM address, target part).
		pub fn allocation(pool: PoolId) -> Vec<(ValidatorId, Perbill)> {
			Self::allocation_of(pool)
		}

		/// A pool's rebalancing plan: per tracked validator its target, its target amount,
		/// what is delegated, what is planned, and what to delegate or undelegate.
		pub fn allocation_plan(pool: PoolId) -> Vec<PlanLine<BalanceOf<T>>> {
			Self::plan_of(pool)
		}

		/// What `who` unstaking `amount` (bond in underlying, or cert) would be owed, and the
		/// block it is released at. Runs `unstake` itself and rolls it back: refuses exactly
		/// what `unstake` refuses.
		pub fn preview_unstake(
			pool: PoolId,
			who: T::AccountId,
			amount: BalanceOf<T>,
			kind: TokenKind,
		) -> Result<(BalanceOf<T>, BlockNumberFor<T>), DispatchError> {
			Self::do_preview_unstake(pool, &who, amount, kind)
		}

		/// What `who` converting `amount` (all they hold if `None`) from `from` to the other
		/// token would receive, and the fee. Runs the conversion itself and rolls it back:
		/// refuses exactly what `bond_to_cert` / `cert_to_bond` (or their `_all` forms) refuse.
		pub fn preview_convert(
			pool: PoolId,
			who: T::AccountId,
			amount: Option<BalanceOf<T>>,
			from: TokenKind,
		) -> Result<ConversionPreview<BalanceOf<T>>, DispatchError> {
			Self::do_preview_convert(pool, &who, amount, from)
		}
	}
}
