//! # Liquid staking
//!
//! Stake a coin and receive at once a liquid token that keeps earning.
//!
//! Each **pool** stakes one coin (the *underlying*, a `fungibles` asset: the runtime decides how
//! the native coin and wrapped coins are addressed) and keeps one share ledger with two faces:
//!
//! - the **bond** token: 1 bond = 1 underlying coin. Balances grow as rewards arrive (rebasing):
//!   the pallet stores each holder's *shares* and shows `shares · P / S`. It is exposed to other
//!   pallets through the `fungibles` traits (asset id = pool id).
//! - the **cert** token: a pallet-assets asset created by the pallet with the pool, 1 cert = 1
//!   share; its balance stays fixed while its fair value `P / S` grows.
//!
//! `P` (total pooled) and `S` (total shares) live in storage, never read from the pool account's
//! balance, so a donation to the pool account changes nothing. The first stake into a pool gives
//! [`Config::DeadShares`] shares to the pool account forever.
//!
//! **Unbonding.** `unstake` moves shares into a request in the *bucket* of its release block
//! (`now + unbonding_period`, rounded up to the pool's bucket interval). Until the bucket matures
//! its shares stay in `S`: they keep earning and bear slashes. The first request of a bucket
//! schedules one named task with pallet-scheduler calling [`Pallet::mature`]; maturing costs the
//! same whatever the bucket holds. `claim` pays matured requests, and matures a due bucket itself,
//! so no coin depends on a scheduled task having run.
//!
//! **Rewards and slashes** come as reports with strictly consecutive epochs, a minimum interval
//! between them and bounds per report; the commission is minted as cert to the commission
//! account; a slash over its bound pauses the pool for governance.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod allocation;
mod bridge;
mod fungibles_impl;
mod impls;
pub mod math;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(any(test, feature = "fuzzing"))]
pub mod mock;
#[cfg(test)]
mod tests;

pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungibles, schedule::v3::Named as ScheduleNamed, tokens::Balance as BalanceTrait,
			Contains, OriginTrait, QueryPreimage, StorePreimage,
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use sp_core::{H160, H256};
	use sp_runtime::Perbill;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	pub(crate) type BalanceOf<T> = <T as Config>::Balance;
	pub(crate) type PoolParamsOf<T> =
		PoolParams<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
	pub(crate) type PoolInfoOf<T> = PoolInfo<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::UnderlyingAssetId,
		<T as Config>::CertAssetId,
	>;
	pub(crate) type PoolViewOf<T> = PoolView<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::UnderlyingAssetId,
		<T as Config>::CertAssetId,
	>;
	pub(crate) type RequestOf<T> = UnbondingRequest<BalanceOf<T>, BlockNumberFor<T>>;
	pub(crate) type RequestsOf<T> = BoundedVec<RequestOf<T>, <T as Config>::MaxUnbondingRequests>;
	pub(crate) type RatePointOf<T> = RatePoint<BalanceOf<T>, BlockNumberFor<T>>;
	pub(crate) type PalletsOriginOf<T> =
		<<T as frame_system::Config>::RuntimeOrigin as OriginTrait>::PalletsOrigin;
	pub(crate) type NameOf<T> = BoundedVec<u8, <T as Config>::StringLimit>;
	pub(crate) type ChainInfoOf<T> =
		ChainInfo<BalanceOf<T>, BlockNumberFor<T>, <T as Config>::UnderlyingAssetId, RelayersOf<T>>;
	pub(crate) type LimitsOf<T> = BridgeLimits<BalanceOf<T>, BlockNumberFor<T>>;
	pub(crate) type MessageOf<T> =
		BridgeMessage<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
	pub(crate) type DepositOf<T> = Deposit<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
	pub(crate) type WithdrawalOf<T> =
		Withdrawal<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
	pub(crate) type RelayersOf<T> =
		BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxRelayers>;
	pub(crate) type VotesOf<T> =
		BoundedVec<(<T as frame_system::Config>::AccountId, H256), <T as Config>::MaxRelayers>;
	/// The validator books of a pool.
	pub type ValidatorsOf<T> = BoundedVec<ValidatorBooks<BalanceOf<T>>, MaxTracked<T>>;

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

		/// Reports rewards, slashes and delegations (the bridge's relayer quorum routes into the
		/// same logic).
		type OracleOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Sets the pools' validator allocations (a governance origin: an OpenGov track).
		type AllocationOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The most validators one allocation may name.
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// Registers remote chains, sets their relayers, thresholds and deposit limits,
		/// unpauses them and approves queued deposits (a governance origin: an OpenGov track).
		type BridgeOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The most relayers one chain may have.
		#[pallet::constant]
		type MaxRelayers: Get<u32>;

		/// The most deposits one chain's queue may hold.
		#[pallet::constant]
		type MaxQueuedDeposits: Get<u32>;

		/// The scheduler that matures unbonding buckets.
		type Scheduler: ScheduleNamed<
			BlockNumberFor<Self>,
			<Self as frame_system::Config>::RuntimeCall,
			PalletsOriginOf<Self>,
			Hasher = Self::Hashing,
		>;

		/// Bounds the scheduled call (small enough to be stored inline).
		type Preimages: QueryPreimage<H = Self::Hashing> + StorePreimage;

		/// Shares given to the pool account by a pool's first stake, never to be withdrawn.
		#[pallet::constant]
		type DeadShares: Get<Self::Balance>;

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

	/// The unbonding requests of an account in a pool, one per bucket.
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

	/// The remote chains the bridge serves.
	#[pallet::storage]
	pub type Chains<T: Config> = StorageMap<_, Twox64Concat, ChainId, ChainInfoOf<T>>;

	/// The chain each wrapped coin belongs to.
	#[pallet::storage]
	pub type WrappedChain<T: Config> =
		StorageMap<_, Blake2_128Concat, T::UnderlyingAssetId, ChainId>;

	/// Votes not yet executed, per chain and replay key: each relayer and the hash of the
	/// message it attests.
	#[pallet::storage]
	pub type Votes<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ChainId,
		Blake2_128Concat,
		ReplayKey,
		VotesOf<T>,
		ValueQuery,
	>;

	/// The deposits executed, by (remote transaction, log index): never executed again.
	#[pallet::storage]
	pub type ExecutedDeposits<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ChainId, Blake2_128Concat, (H256, u32), ()>;

	/// Deposits over the limits, waiting for room in their window or for governance.
	#[pallet::storage]
	pub type DepositQueue<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ChainId, Twox64Concat, QueuedDepositId, DepositOf<T>>;

	/// The id of the next queued deposit.
	#[pallet::storage]
	pub type NextQueuedDepositId<T> = StorageValue<_, QueuedDepositId, ValueQuery>;

	/// Withdrawals burned here and not yet settled by the relayers.
	#[pallet::storage]
	pub type Withdrawals<T: Config> = StorageMap<_, Twox64Concat, WithdrawalId, WithdrawalOf<T>>;

	/// The id of the next withdrawal.
	#[pallet::storage]
	pub type NextWithdrawalId<T> = StorageValue<_, WithdrawalId, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Remote chains registered at genesis, before the pools, with the same checks as
		/// `register_chain`: (chain id, wrapped coin, limits, relayers, threshold).
		pub chains: Vec<(ChainId, T::UnderlyingAssetId, LimitsOf<T>, Vec<T::AccountId>, u32)>,
		/// Pools created at genesis, ids from 0, with the same checks as `create_pool`.
		pub pools: Vec<(
			T::UnderlyingAssetId,
			T::CertAssetId,
			Vec<u8>,
			Vec<u8>,
			u8,
			BalanceOf<T>,
			Option<u64>,
			PoolParamsOf<T>,
		)>,
		/// Validator allocations of genesis pools, with the same checks as `set_allocation`.
		pub allocations: Vec<(PoolId, Vec<(ValidatorId, Perbill)>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (chain, wrapped, limits, relayers, threshold) in &self.chains {
				Pallet::<T>::do_register_chain(
					*chain,
					wrapped.clone(),
					*limits,
					relayers.clone(),
					*threshold,
				)
				.expect("a genesis chain is valid");
			}
			for (underlying, cert, name, symbol, decimals, min_balance, remote, params) in
				&self.pools
			{
				let name: NameOf<T> = name.clone().try_into().expect("cert name too long");
				let symbol: NameOf<T> = symbol.clone().try_into().expect("cert symbol too long");
				Pallet::<T>::do_create_pool(
					underlying.clone(),
					*cert,
					name,
					symbol,
					*decimals,
					*min_balance,
					*remote,
					params.clone(),
				)
				.expect("a genesis pool is valid");
			}
			for (pool, allocation) in &self.allocations {
				Pallet::<T>::do_set_allocation(*pool, allocation.clone())
					.expect("a genesis allocation is valid");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A pool was created with its cert asset.
		PoolCreated { pool: PoolId, underlying: T::UnderlyingAssetId, cert: T::CertAssetId },
		/// A pool's parameters were set.
		PoolParamsSet { pool: PoolId, params: PoolParamsOf<T> },
		/// A pool's pause flags were set.
		PauseSet { pool: PoolId, paused: PauseFlags },
		/// `who` staked `amount` of the underlying for `shares` shares held as `kind`.
		Staked {
			pool: PoolId,
			who: T::AccountId,
			amount: BalanceOf<T>,
			shares: BalanceOf<T>,
			kind: TokenKind,
		},
		/// `who` converted `shares` shares from `from` to the other face; `fee` shares were paid.
		Converted {
			pool: PoolId,
			who: T::AccountId,
			from: TokenKind,
			shares: BalanceOf<T>,
			fee: BalanceOf<T>,
		},
		/// Bond worth `amount` moved as `shares` shares.
		BondTransferred {
			pool: PoolId,
			from: T::AccountId,
			to: T::AccountId,
			amount: BalanceOf<T>,
			shares: BalanceOf<T>,
		},
		/// `who` unstaked `shares` shares (worth `amount` now) from `kind`; claimable from
		/// block `release_at`.
		Unstaked {
			pool: PoolId,
			who: T::AccountId,
			kind: TokenKind,
			amount: BalanceOf<T>,
			shares: BalanceOf<T>,
			release_at: BlockNumberFor<T>,
		},
		/// The bucket of block `bucket` matured: its `shares` left `S`, `amount` left `P` and is
		/// claimable.
		BucketMatured {
			pool: PoolId,
			bucket: BlockNumberFor<T>,
			shares: BalanceOf<T>,
			amount: BalanceOf<T>,
		},
		/// The scheduler could not take the task of a bucket; anyone may call `mature` once it is
		/// due, and `claim` matures it too.
		MaturityNotScheduled { pool: PoolId, bucket: BlockNumberFor<T>, error: DispatchError },
		/// Matured requests of `owner` paid `amount` of the underlying.
		Claimed { pool: PoolId, owner: T::AccountId, amount: BalanceOf<T> },
		/// A reward report was applied; `commission` cert shares went to the commission account.
		RewardsReported {
			pool: PoolId,
			epoch: u64,
			amount: BalanceOf<T>,
			commission: BalanceOf<T>,
			total_pooled: BalanceOf<T>,
			total_shares: BalanceOf<T>,
		},
		/// A slash report was applied.
		Slashed {
			pool: PoolId,
			epoch: u64,
			amount: BalanceOf<T>,
			total_pooled: BalanceOf<T>,
			total_shares: BalanceOf<T>,
		},
		/// A slash over the pool's per-report bound was applied and paused the pool; governance
		/// decides when it reopens.
		PausedBySlash { pool: PoolId, epoch: u64, amount: BalanceOf<T> },
		/// Governance set a pool's validator allocation; validators left out now have target 0.
		AllocationSet { pool: PoolId, allocation: Vec<(ValidatorId, Perbill)> },
		/// What is delegated per validator on the remote chain was reported; `total` in all.
		DelegationsReported { pool: PoolId, epoch: u64, total: BalanceOf<T> },
		/// `amount` of stake is to be delegated to (or undelegated from) these validators on the
		/// remote chain, steering toward the allocation. A `Delegate` plan covers all the
		/// pool's stakes of a block (emitted when the block ends, or before a bucket of the pool
		/// matures); an `Undelegate` plan covers one matured bucket.
		AllocationPlanned {
			pool: PoolId,
			direction: PlanDirection,
			amount: BalanceOf<T>,
			moves: Vec<(ValidatorId, BalanceOf<T>)>,
		},
		/// Governance registered a remote chain, its wrapped coin, limits and relayers.
		ChainRegistered {
			chain: ChainId,
			wrapped: T::UnderlyingAssetId,
			limits: LimitsOf<T>,
			relayers: Vec<T::AccountId>,
			threshold: u32,
		},
		/// Governance set a chain's relayers and threshold.
		RelayersSet { chain: ChainId, relayers: Vec<T::AccountId>, threshold: u32 },
		/// Governance set a chain's deposit limits.
		ChainLimitsSet { chain: ChainId, limits: LimitsOf<T> },
		/// A chain was paused, by a relayer (`by`) or by governance (`None`).
		ChainPaused { chain: ChainId, by: Option<T::AccountId> },
		/// Governance unpaused a chain.
		ChainUnpaused { chain: ChainId },
		/// A relayer attested a message; `votes` of the current relayers agree on it.
		Attested {
			chain: ChainId,
			relayer: T::AccountId,
			key: ReplayKey,
			message_hash: H256,
			votes: u32,
			threshold: u32,
		},
		/// An attested message executed; its key is spent.
		MessageExecuted { chain: ChainId, key: ReplayKey, message_hash: H256 },
		/// An attested message reached its threshold but could not execute; its votes are
		/// kept and anyone may retry with `execute_message`.
		MessageFailed { chain: ChainId, key: ReplayKey, message_hash: H256, error: DispatchError },
		/// A deposit was paid: the wrapped coin minted to `beneficiary`, or staked for them
		/// into `staked`.
		Deposited {
			chain: ChainId,
			tx_hash: H256,
			log_index: u32,
			beneficiary: T::AccountId,
			amount: BalanceOf<T>,
			staked: Option<(PoolId, TokenKind)>,
		},
		/// A deposit asked to be staked but the pool refused it: the wrapped coin was paid
		/// instead.
		DepositStakeFailed { chain: ChainId, pool: PoolId, error: DispatchError },
		/// A deposit over the limits waits in the queue.
		DepositQueued {
			chain: ChainId,
			id: QueuedDepositId,
			tx_hash: H256,
			log_index: u32,
			amount: BalanceOf<T>,
		},
		/// A queued deposit was paid, when its window had room or by governance (`approved`).
		QueuedDepositReleased { chain: ChainId, id: QueuedDepositId, approved: bool },
		/// `who` burned `amount` of the wrapped coin, to be paid to `recipient` on `chain`.
		WithdrawalRequested {
			id: WithdrawalId,
			chain: ChainId,
			who: T::AccountId,
			recipient: H160,
			amount: BalanceOf<T>,
		},
		/// The relayers attested that a withdrawal was paid on the remote chain.
		WithdrawalReleased {
			id: WithdrawalId,
			chain: ChainId,
			recipient: H160,
			amount: BalanceOf<T>,
			tx_hash: H256,
		},
		/// A withdrawal failed on the remote chain; its wrapped coin was minted back to `who`.
		WithdrawalRefunded {
			id: WithdrawalId,
			chain: ChainId,
			who: T::AccountId,
			amount: BalanceOf<T>,
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
		/// A minimum stake or unstake of zero, or a minimum stake below the underlying's
		/// minimum balance.
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
		/// A cert name or symbol is empty or too long.
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
		/// More validators than `MaxValidators` (or, in a report, than the books may track).
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
		/// The per-validator cap is zero.
		InvalidValidatorCap,
		/// The per-validator cap is below a target of the current allocation.
		CapBelowAllocation,
		/// No remote chain has this id.
		ChainNotFound,
		/// The chain is already registered.
		ChainExists,
		/// A chain id of zero.
		InvalidChainId,
		/// The wrapped coin already belongs to another chain.
		WrappedAlreadyLinked,
		/// A remote pool's underlying must be its chain's wrapped coin.
		UnderlyingNotWrapped,
		/// The threshold is zero, above the relayer set, or not more than half of it.
		InvalidThreshold,
		/// A relayer is listed twice.
		DuplicateRelayer,
		/// More relayers than `MaxRelayers`.
		TooManyRelayers,
		/// The deposit limits are zero, or the per-period limit is below the per-deposit one.
		InvalidLimits,
		/// The caller is not a relayer of this chain.
		NotRelayer,
		/// The relayer already voted for this message.
		AlreadyVoted,
		/// The message's key is spent: the deposit, report or withdrawal was already executed.
		AlreadyExecuted,
		/// The chain is paused.
		ChainPaused,
		/// The chain is not paused.
		ChainNotPaused,
		/// A zero transaction hash.
		ZeroHash,
		/// A zero amount.
		ZeroAmount,
		/// A zero recipient address.
		ZeroRecipient,
		/// The pool or the withdrawal is not of this chain.
		WrongChain,
		/// The chain's deposit queue is full; the message's votes are kept until it has room.
		QueueFull,
		/// No queued deposit has this id on this chain.
		QueuedDepositNotFound,
		/// The queued deposit does not fit the limits of the current window.
		DepositOverLimit,
		/// No withdrawal has this id.
		WithdrawalNotFound,
		/// Fewer of the current relayers than the threshold attested this message.
		ThresholdNotReached,
		/// Not enough of the wrapped coin.
		InsufficientWrapped,
		/// The withdrawal would leave less than the wrapped coin's minimum balance in the
		/// account (that rest would be lost): withdraw all of it, or leave at least the minimum.
		WithdrawalLeavesDust,
		/// An internal bound was broken; the state is unchanged.
		Defensive,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxUnbondingRequests::get() > 0, "MaxUnbondingRequests must be > 0");
			assert!(T::MaxClaimsPerCall::get() > 0, "MaxClaimsPerCall must be > 0");
			assert!(T::MaxRateHistory::get() > 1, "MaxRateHistory must hold two points");
			assert!(!T::MaxUnbondingPeriod::get().is_zero(), "MaxUnbondingPeriod must be > 0");
			assert!(!T::BlocksPerYear::get().is_zero(), "BlocksPerYear must be > 0");
			assert!(!T::DeadShares::get().is_zero(), "DeadShares must be > 0");
			assert!(T::StringLimit::get() > 0, "StringLimit must be > 0");
			assert!(T::MaxValidators::get() > 0, "MaxValidators must be > 0");
			assert!(T::MaxRelayers::get() > 0, "MaxRelayers must be > 0");
			assert!(T::MaxQueuedDeposits::get() > 0, "MaxQueuedDeposits must be > 0");
		}

		/// Plans each pool's stakes of the block onto its validators, in one `AllocationPlanned`
		/// event per pool, as far as the block's remaining weight allows.
		fn on_idle(_n: BlockNumberFor<T>, remaining_weight: Weight) -> Weight {
			Self::plan_stakes(remaining_weight)
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
		/// Creates the cert asset `cert` (owned by the pallet account, sufficient, with
		/// `cert_min_balance`, `name`, `symbol` and `decimals`) and a pool with the next id.
		/// `remote_chain` is the EVM chain id the coin is staked on (56: BSC, 137: Polygon).
		///
		/// ## Errors
		/// `UnderlyingNotFound`, `CertAssetExists`, `InvalidMetadata`, `InvalidCertMinBalance`, and
		/// each parameter's range error (see `set_pool_params`).
		///
		/// ## Events
		/// `PoolCreated`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_pool())]
		pub fn create_pool(
			origin: OriginFor<T>,
			underlying: T::UnderlyingAssetId,
			cert: T::CertAssetId,
			name: NameOf<T>,
			symbol: NameOf<T>,
			decimals: u8,
			cert_min_balance: BalanceOf<T>,
			remote_chain: Option<u64>,
			params: PoolParamsOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_create_pool(
				underlying,
				cert,
				name,
				symbol,
				decimals,
				cert_min_balance,
				remote_chain,
				params,
			)
			.map(|_| ())
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
		/// `PoolNotFound`, `InvalidMinimum`, `InvalidUnbondingPeriod`, `InvalidBucketInterval`,
		/// `CommissionTooHigh`, `ConversionFeeTooHigh`, `InvalidRewardBound`,
		/// `InvalidSlashBound`, `InvalidReportInterval`, `InvalidStakeCap`,
		/// `InvalidValidatorCap`, `CapBelowAllocation`.
		///
		/// ## Events
		/// `PoolParamsSet`.
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
		/// `PoolNotFound`.
		///
		/// ## Events
		/// `PauseSet`.
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
		/// caller, or bond shares credited. The first stake of a pool gives `DeadShares` of them
		/// to the pool account forever. In a pool with a validator allocation, the block's stakes
		/// are planned together onto the validators furthest under their targets when the block
		/// ends (one `AllocationPlanned` per pool and block; see `Hooks::on_idle`).
		///
		/// ## Errors
		/// `PoolNotFound`, `StakingPaused`, `BelowMinimumStake`, `StakeCapExceeded`,
		/// `PoolInsolvent`, `AmountTooSmall`, and the underlying's transfer errors (e.g. not
		/// enough funds).
		///
		/// ## Events
		/// `Staked`; at the end of the block, `AllocationPlanned` in a pool with an allocation.
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
		/// `PoolNotFound`, `AmountTooSmall`, `InsufficientBond`.
		///
		/// ## Events
		/// `Converted`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::bond_to_cert())]
		pub fn bond_to_cert(
			origin: OriginFor<T>,
			pool: PoolId,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_to_cert(&who, pool, Some(amount))
		}

		/// Convert all of the caller's bond into cert, leaving no bond dust.
		///
		/// ## Dispatch Origin
		/// Signed: the holder.
		///
		/// ## Errors
		/// `PoolNotFound`, `InsufficientBond` (no bond).
		///
		/// ## Events
		/// `Converted`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::bond_to_cert())]
		pub fn bond_to_cert_all(origin: OriginFor<T>, pool: PoolId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_to_cert(&who, pool, None)
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
		/// `PoolNotFound`, `AmountTooSmall`, `InsufficientCert`.
		///
		/// ## Events
		/// `Converted`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::cert_to_bond())]
		pub fn cert_to_bond(
			origin: OriginFor<T>,
			pool: PoolId,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cert_to_bond(&who, pool, Some(amount))
		}

		/// Convert all of the caller's cert into bond, leaving no cert dust.
		///
		/// ## Dispatch Origin
		/// Signed: the holder.
		///
		/// ## Errors
		/// `PoolNotFound`, `InsufficientCert` (no cert).
		///
		/// ## Events
		/// `Converted`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::cert_to_bond())]
		pub fn cert_to_bond_all(origin: OriginFor<T>, pool: PoolId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cert_to_bond(&who, pool, None)
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
		/// `PoolNotFound`, `SameAccount`, `AmountTooSmall`, `InsufficientBond`.
		///
		/// ## Events
		/// `BondTransferred`.
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
		/// bucket the account already has merges with it. The shares keep earning (and bear
		/// slashes) until the bucket matures. The first request of a bucket schedules the
		/// bucket's maturing with pallet-scheduler.
		///
		/// ## Errors
		/// `PoolNotFound`, `UnstakingPaused`, `AmountTooSmall`, `BelowMinimumUnstake`,
		/// `InsufficientBond`, `InsufficientCert`, `TooManyUnbondingRequests`.
		///
		/// ## Events
		/// `Unstaked`; `MaturityNotScheduled` if the scheduler refused the bucket's task.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::unstake())]
		pub fn unstake(
			origin: OriginFor<T>,
			pool: PoolId,
			#[pallet::compact] amount: BalanceOf<T>,
			kind: TokenKind,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unstake(&who, pool, amount, kind).map(|_| ())
		}

		/// Pay `owner`'s matured unbonding requests in `pool` to `owner`, at most
		/// `MaxClaimsPerCall` of them per call (the rest stay claimable).
		///
		/// ## Dispatch Origin
		/// Signed: anyone; the coins always go to `owner`.
		///
		/// ## Details
		/// A request whose bucket is due but not matured yet (its task did not run) is matured
		/// first. Each request takes its part of its bucket; the last one takes what is left.
		/// Works whatever the pool's pause flags.
		///
		/// ## Errors
		/// `PoolNotFound`, `NothingToClaim`.
		///
		/// ## Events
		/// `Claimed`, and `BucketMatured` (with `AllocationPlanned` in a pool with an
		/// allocation) for each bucket matured on the way.
		///
		/// ## Weight
		/// Charged for `MaxClaimsPerCall` requests; refunded to the requests it paid.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::claim(T::MaxClaimsPerCall::get()))]
		pub fn claim(
			origin: OriginFor<T>,
			pool: PoolId,
			owner: T::AccountId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let (_, read) = Self::do_claim(pool, &owner)?;
			Ok(Some(T::WeightInfo::claim(read)).into())
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
		/// `PoolNotFound`, `BucketNotFound`, `BucketNotDue`, `BucketAlreadyMatured`.
		///
		/// ## Events
		/// `BucketMatured`; `AllocationPlanned` in a pool with an allocation.
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
		/// `epoch` must follow the last report's; the report must come at least the pool's
		/// minimum interval after the last one; `amount` must be above zero, at most the pool's
		/// per-report bound of `P`, and already held by the pool account beyond `P` and the
		/// claimable coins. `P` grows by `amount` (bond balances grow with it); the commission
		/// is minted as cert to the commission account.
		///
		/// ## Errors
		/// `PoolNotFound`, `NothingStaked`, `UnexpectedEpoch`, `ReportTooEarly`,
		/// `AmountTooSmall`, `RewardAboveBound`, `RewardNotBacked`.
		///
		/// ## Events
		/// `RewardsReported`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::report_rewards())]
		pub fn report_rewards(
			origin: OriginFor<T>,
			pool: PoolId,
			epoch: u64,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			T::OracleOrigin::ensure_origin(origin)?;
			Self::do_report_rewards(pool, epoch, amount)
		}

		/// Report the slash of epoch `epoch`.
		///
		/// ## Dispatch Origin
		/// [`Config::OracleOrigin`].
		///
		/// ## Details
		/// Same epoch and interval rules as `report_rewards`. `P` shrinks by `amount`: every
		/// share, unbonding ones included, bears it. A slash above the pool's per-report bound
		/// is applied and pauses the pool's staking and unstaking until governance resumes them.
		///
		/// ## Errors
		/// `PoolNotFound`, `UnexpectedEpoch`, `ReportTooEarly`, `AmountTooSmall`,
		/// `SlashExceedsPool`.
		///
		/// ## Events
		/// `Slashed`, and `PausedBySlash` over the bound.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::report_slash())]
		pub fn report_slash(
			origin: OriginFor<T>,
			pool: PoolId,
			epoch: u64,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			T::OracleOrigin::ensure_origin(origin)?;
			Self::do_report_slash(pool, epoch, amount)
		}

		/// Set a pool's validator allocation: who its stake is delegated to on the remote chain,
		/// and what part each gets.
		///
		/// ## Dispatch Origin
		/// [`Config::AllocationOrigin`] (governance: an OpenGov track in the runtime).
		///
		/// ## Details
		/// `allocation` lists (EVM address, target part); the parts must sum to exactly 100 %
		/// and none may exceed the pool's `max_validator_target`. Validators of the former
		/// allocation that are left out keep their books with target 0: their stake is planned
		/// out, never lost. From now on the stakes (those of the current block included, which
		/// are planned when it ends) and every matured bucket are planned toward the new
		/// targets; `allocation_plan` shows the whole rebalancing.
		///
		/// ## Errors
		/// `PoolNotFound`, `EmptyAllocation`, `TooManyValidators` (more than `MaxValidators`),
		/// `DuplicateValidator`, `ZeroTarget`, `TargetAboveCap`, `TargetsNotWhole`,
		/// `TooManyTrackedValidators`.
		///
		/// ## Events
		/// `AllocationSet`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::set_allocation())]
		pub fn set_allocation(
			origin: OriginFor<T>,
			pool: PoolId,
			allocation: Vec<(ValidatorId, Perbill)>,
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
		/// The report is the whole picture at `epoch`, which must be after the last delegation
		/// report's: tracked validators it leaves out have nothing delegated, validators it
		/// names without a target are tracked with target 0 (their stake is planned out). What
		/// was planned before is replaced by what is reported.
		///
		/// ## Errors
		/// `PoolNotFound`, `StaleDelegationReport`, `TooManyValidators`, `DuplicateValidator`,
		/// `TooManyTrackedValidators`.
		///
		/// ## Events
		/// `DelegationsReported`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::report_delegations())]
		pub fn report_delegations(
			origin: OriginFor<T>,
			pool: PoolId,
			epoch: u64,
			delegations: Vec<(ValidatorId, BalanceOf<T>)>,
		) -> DispatchResult {
			T::OracleOrigin::ensure_origin(origin)?;
			Self::do_report_delegations(pool, epoch, delegations)
		}

		/// Register a remote chain with its wrapped coin, deposit limits, relayers and threshold.
		///
		/// ## Dispatch Origin
		/// [`Config::BridgeOrigin`].
		///
		/// ## Details
		/// `wrapped` is the asset that stands here for the chain's native coin (BNB, MATIC); it
		/// belongs to one chain only, and from now on the bridge is the only way it is minted.
		/// The threshold must be more than half of the relayers and at most all of them.
		///
		/// ## Errors
		/// `InvalidChainId`, `ChainExists`, `UnderlyingNotFound`, `WrappedAlreadyLinked`,
		/// `InvalidLimits`, `TooManyRelayers`, `DuplicateRelayer`, `InvalidThreshold`.
		///
		/// ## Events
		/// `ChainRegistered`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::register_chain(relayers.len() as u32))]
		pub fn register_chain(
			origin: OriginFor<T>,
			chain: ChainId,
			wrapped: T::UnderlyingAssetId,
			limits: LimitsOf<T>,
			relayers: Vec<T::AccountId>,
			threshold: u32,
		) -> DispatchResult {
			T::BridgeOrigin::ensure_origin(origin)?;
			Self::do_register_chain(chain, wrapped, limits, relayers, threshold)
		}

		/// Replace a chain's relayers and threshold.
		///
		/// ## Dispatch Origin
		/// [`Config::BridgeOrigin`].
		///
		/// ## Details
		/// Only votes of the new set count from now on; votes already cast by relayers who stay
		/// are kept.
		///
		/// ## Errors
		/// `ChainNotFound`, `TooManyRelayers`, `DuplicateRelayer`, `InvalidThreshold`.
		///
		/// ## Events
		/// `RelayersSet`.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::set_relayers(relayers.len() as u32))]
		pub fn set_relayers(
			origin: OriginFor<T>,
			chain: ChainId,
			relayers: Vec<T::AccountId>,
			threshold: u32,
		) -> DispatchResult {
			T::BridgeOrigin::ensure_origin(origin)?;
			Self::do_set_relayers(chain, relayers, threshold)
		}

		/// Set a chain's deposit limits.
		///
		/// ## Dispatch Origin
		/// [`Config::BridgeOrigin`].
		///
		/// ## Errors
		/// `ChainNotFound`, `InvalidLimits`.
		///
		/// ## Events
		/// `ChainLimitsSet`.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::set_chain_limits())]
		pub fn set_chain_limits(
			origin: OriginFor<T>,
			chain: ChainId,
			limits: LimitsOf<T>,
		) -> DispatchResult {
			T::BridgeOrigin::ensure_origin(origin)?;
			Self::ensure_limits(&limits)?;
			Chains::<T>::try_mutate(chain, |c| -> DispatchResult {
				c.as_mut().ok_or(Error::<T>::ChainNotFound)?.limits = limits;
				Ok(())
			})?;
			Self::deposit_event(Event::ChainLimitsSet { chain, limits });
			Ok(())
		}

		/// Pause a chain: no message executes, no queued deposit is released and no
		/// withdrawal is taken until governance unpauses it. Votes keep being recorded.
		///
		/// ## Dispatch Origin
		/// [`Config::BridgeOrigin`], or Signed by a relayer of the chain.
		///
		/// ## Errors
		/// `ChainNotFound`, `NotRelayer`, `ChainPaused` (already paused).
		///
		/// ## Events
		/// `ChainPaused`.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::pause_chain())]
		pub fn pause_chain(origin: OriginFor<T>, chain: ChainId) -> DispatchResult {
			let by = match T::BridgeOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => {
					let who = ensure_signed(origin)?;
					let info = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?;
					ensure!(info.relayers.contains(&who), Error::<T>::NotRelayer);
					Some(who)
				},
			};
			Self::do_set_chain_paused(chain, true, by)
		}

		/// Unpause a chain. Messages that reached their threshold meanwhile can then be
		/// executed with `execute_message`.
		///
		/// ## Dispatch Origin
		/// [`Config::BridgeOrigin`].
		///
		/// ## Errors
		/// `ChainNotFound`, `ChainNotPaused`.
		///
		/// ## Events
		/// `ChainUnpaused`.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::unpause_chain())]
		pub fn unpause_chain(origin: OriginFor<T>, chain: ChainId) -> DispatchResult {
			T::BridgeOrigin::ensure_origin(origin)?;
			Self::do_set_chain_paused(chain, false, None)
		}

		/// Attest a remote event of `chain`.
		///
		/// ## Dispatch Origin
		/// Signed by a relayer of the chain. An accepted vote pays no fee.
		///
		/// ## Details
		/// One vote per relayer and replay key (a relayer may change its vote). When the
		/// threshold of the current relayers has voted for exactly this message (every field),
		/// it executes once, unless the chain is paused:
		/// - `Deposit`: within the chain's limits, mints the wrapped coin to the beneficiary,
		///   or stakes it for them at once (paying the wrapped coin if the pool refuses the
		///   stake); over the limits, waits in the queue.
		/// - `Rewards` / `Slash`: mints the rewards into (burns the slash from) the pool
		///   account and applies the report, within the pool's bounds.
		/// - `Delegations`: records what is delegated per validator.
		/// - `WithdrawalReleased` / `WithdrawalFailed`: settles a withdrawal, refunding a failed
		///   one.
		/// If execution fails, the votes are kept, `MessageFailed` says why, and
		/// `execute_message` may retry.
		///
		/// ## Errors
		/// `ChainNotFound`, `NotRelayer`, `AlreadyVoted`, `AlreadyExecuted`, `ZeroHash`,
		/// `ZeroAmount`, `PoolNotFound`, `WrongChain`, `TooManyValidators`,
		/// `WithdrawalNotFound`.
		///
		/// ## Events
		/// `Attested`; on execution `MessageExecuted` and the message's own events, or
		/// `MessageFailed`.
		#[pallet::call_index(21)]
		#[pallet::weight(Pallet::<T>::execution_weight(message))]
		pub fn attest(
			origin: OriginFor<T>,
			chain: ChainId,
			message: MessageOf<T>,
		) -> DispatchResultWithPostInfo {
			let relayer = ensure_signed(origin)?;
			let weight = Self::execution_weight(&message);
			// A vote that does not execute costs only the vote.
			let actual = match Self::do_attest(relayer, chain, message)? {
				bridge::Tally::Pending => T::WeightInfo::attest_vote(),
				bridge::Tally::Executed | bridge::Tally::Failed => weight,
			};
			Ok(frame_support::dispatch::PostDispatchInfo {
				actual_weight: Some(actual),
				pays_fee: Pays::No,
			})
		}

		/// Execute a message that the threshold of the current relayers has attested but that
		/// did not execute (the chain was paused, or execution failed and may now succeed).
		///
		/// ## Dispatch Origin
		/// Signed: anyone.
		///
		/// ## Errors
		/// `ChainNotFound`, `ChainPaused`, `ThresholdNotReached`, the message's checks
		/// (`AlreadyExecuted`, ...), and the execution's own errors.
		///
		/// ## Events
		/// `MessageExecuted` and the message's own events.
		#[pallet::call_index(22)]
		#[pallet::weight(
			Pallet::<T>::execution_weight(message).max(T::WeightInfo::execute_message())
		)]
		pub fn execute_message(
			origin: OriginFor<T>,
			chain: ChainId,
			message: MessageOf<T>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_execute_message(chain, message)
		}

		/// Pay a queued deposit now that its window has room.
		///
		/// ## Dispatch Origin
		/// Signed: anyone.
		///
		/// ## Errors
		/// `ChainNotFound`, `ChainPaused`, `QueuedDepositNotFound`, `DepositOverLimit`, and the
		/// wrapped coin's mint errors.
		///
		/// ## Events
		/// `Deposited` (and `Staked`), `QueuedDepositReleased`.
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::release_deposit())]
		pub fn release_deposit(
			origin: OriginFor<T>,
			chain: ChainId,
			id: QueuedDepositId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_release_deposit(chain, id, false)
		}

		/// Pay a queued deposit whatever the limits.
		///
		/// ## Dispatch Origin
		/// [`Config::BridgeOrigin`].
		///
		/// ## Errors
		/// `ChainNotFound`, `ChainPaused`, `QueuedDepositNotFound`, and the wrapped coin's mint
		/// errors.
		///
		/// ## Events
		/// `Deposited` (and `Staked`), `QueuedDepositReleased`.
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::approve_deposit())]
		pub fn approve_deposit(
			origin: OriginFor<T>,
			chain: ChainId,
			id: QueuedDepositId,
		) -> DispatchResult {
			T::BridgeOrigin::ensure_origin(origin)?;
			Self::do_release_deposit(chain, id, true)
		}

		/// Send `amount` of a chain's wrapped coin back to `recipient` on that chain.
		///
		/// ## Dispatch Origin
		/// Signed: the holder.
		///
		/// ## Details
		/// Burns the wrapped coin now and records a withdrawal; the relayers attest when it is
		/// paid there (or that it failed, which mints it back here). A withdrawal is settled
		/// exactly once.
		///
		/// ## Errors
		/// `ChainNotFound`, `ChainPaused`, `ZeroAmount`, `ZeroRecipient`,
		/// `InsufficientWrapped`, `WithdrawalLeavesDust`.
		///
		/// ## Events
		/// `WithdrawalRequested`.
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::withdraw_to_remote())]
		pub fn withdraw_to_remote(
			origin: OriginFor<T>,
			chain: ChainId,
			#[pallet::compact] amount: BalanceOf<T>,
			recipient: H160,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_to_remote(who, chain, amount, recipient).map(|_| ())
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

		/// What staking `amount` gives now: bond (in underlying) or cert tokens.
		pub fn preview_stake(
			pool: PoolId,
			amount: BalanceOf<T>,
			kind: TokenKind,
		) -> Result<BalanceOf<T>, DispatchError> {
			Self::do_preview_stake(pool, amount, kind)
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

		/// What unstaking `amount` (bond in underlying, or cert) is worth now, and its release
		/// block.
		pub fn preview_unstake(
			pool: PoolId,
			amount: BalanceOf<T>,
			kind: TokenKind,
		) -> Result<(BalanceOf<T>, BlockNumberFor<T>), DispatchError> {
			Self::do_preview_unstake(pool, amount, kind)
		}
	}
}
