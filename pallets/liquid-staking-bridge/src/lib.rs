#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;

mod bridge;
mod cert;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(any(test, feature = "try-runtime", feature = "fuzzing"))]
mod try_state;

pub use bridge::Tally;
pub use types::*;
pub use weights::WeightInfo;

/// The target of the pallet's log lines.
pub const LOG_TARGET: &str = "runtime::liquid-staking-bridge";

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungibles, tokens::Balance as BalanceTrait},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::{H160, H256};

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Balances of the wrapped coins.
		type Balance: BalanceTrait + MaybeSerializeDeserialize;

		/// How the runtime names a coin.
		type AssetId: Parameter + MaxEncodedLen + MaybeSerializeDeserialize + Ord;

		/// The wrapped coins, which the bridge alone mints and burns.
		type Assets: fungibles::Mutate<
			Self::AccountId,
			AssetId = Self::AssetId,
			Balance = Self::Balance,
		>;

		/// Liquid staking: the pools deposits are staked into and reports are applied to
		/// (pallet-liquid-staking).
		type Staking: StakingInterface<
			Self::AccountId,
			Balance = Self::Balance,
			AssetId = Self::AssetId,
		>;

		/// Registers remote chains, sets their relayers, thresholds and deposit limits,
		/// unpauses them, approves queued deposits, opens and closes cert routes and refunds
		/// what the relayers did not settle in time (a governance origin: an OpenGov track).
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The most relayers one chain may have.
		#[pallet::constant]
		type MaxRelayers: Get<u32>;

		/// The fewest relayers one chain may have (at least 2: one key never decides alone;
		/// the threshold is always more than half of the set).
		#[pallet::constant]
		type MinRelayers: Get<u32>;

		/// How long after its request a withdrawal that the relayers have not settled may be
		/// refunded by its owner or governance, in blocks of [`Config::BlockNumberProvider`].
		/// Relayers must not have a withdrawal paid on the remote chain after this time.
		#[pallet::constant]
		type WithdrawalTimeout: Get<BlockNumberOf<Self>>;

		/// The most deposits one chain's queue may hold.
		#[pallet::constant]
		type MaxQueuedDeposits: Get<u32>;

		/// The most validators one delegation report may name (at least what the staking side
		/// takes: [`StakingInterface::max_delegations`]).
		#[pallet::constant]
		type MaxDelegations: Get<u32>;

		/// The clock of the deposit windows: in a parachain, the relay chain's block number,
		/// so that a window lasts as long whatever the parachain's block time.
		type BlockNumberProvider: sp_runtime::traits::BlockNumberProvider<
			BlockNumber: MaybeSerializeDeserialize + DecodeWithMemTracking,
		>;

		/// The bridge's id: its account locks the cert sent to remote chains, and each cert
		/// redemption from a remote chain unstakes from a sub-account of it.
		#[pallet::constant]
		type PalletId: Get<frame_support::PalletId>;

		/// Weights of the calls.
		type WeightInfo: WeightInfo;

		/// Creates the wrapped coins the benchmarks use.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self>;
	}

	/// Prepares what the benchmarks need in a runtime.
	#[cfg(feature = "runtime-benchmarks")]
	pub trait BenchmarkHelper<T: Config> {
		/// A coin that may be registered as a chain's wrapped coin, created if needed.
		fn wrapped() -> T::AssetId;
	}

	/// The remote chains the bridge serves.
	#[pallet::storage]
	pub type Chains<T: Config> = StorageMap<_, Twox64Concat, ChainId, ChainInfoOf<T>>;

	/// The wrapped coins of the registered chains, each with its total issuance when its first
	/// chain was registered (several chains may share one coin).
	#[pallet::storage]
	pub type WrappedCoins<T: Config> = StorageMap<_, Blake2_128Concat, T::AssetId, BalanceOf<T>>;

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

	/// Per chain, the vault's deposit nonces executed: each executes once, and only the
	/// `NONCE_WINDOW` nonces from the lowest not yet executed may be voted on.
	#[pallet::storage]
	pub type DepositNonces<T: Config> =
		StorageMap<_, Twox64Concat, ChainId, NonceWindow, ValueQuery>;

	/// Deposits that could not be paid to their beneficiary, by chain and nonce: claimed by the
	/// beneficiary once they can be paid, or redirected by governance.
	#[pallet::storage]
	pub type ParkedDeposits<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ChainId, Twox64Concat, u64, ParkedDepositOf<T>>;

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

	/// Per chain and pool, whether the pool's cert may go to the chain, its limits and books.
	#[pallet::storage]
	pub type CertRoutes<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ChainId, Twox64Concat, PoolId, CertRouteOf<T>>;

	/// Cert sent to remote chains, locked here, whose mint is not attested yet.
	#[pallet::storage]
	pub type CertTransfers<T: Config> =
		StorageMap<_, Twox64Concat, CertTransferId, CertTransferOf<T>>;

	/// The id of the next cert transfer.
	#[pallet::storage]
	pub type NextCertTransferId<T> = StorageValue<_, CertTransferId, ValueQuery>;

	/// Per remote pool, its fair value at its latest reward or slash report: what the relayers
	/// carry to the remote chains where its cert lives.
	#[pallet::storage]
	pub type CertRates<T: Config> = StorageMap<_, Twox64Concat, PoolId, CertRateOf<T>>;

	/// Cert redeemed from remote chains, by chain and the vault's inbound nonce, until the
	/// withdrawal that pays it is released.
	#[pallet::storage]
	pub type Redemptions<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ChainId, Twox64Concat, u64, RedemptionOf<T>>;

	/// The redemption each pending redemption withdrawal pays.
	#[pallet::storage]
	pub type RedemptionWithdrawals<T: Config> =
		StorageMap<_, Twox64Concat, WithdrawalId, (ChainId, u64)>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Remote chains registered at genesis, with the same checks as `register_chain`.
		pub chains: Vec<GenesisChainOf<T>>,
		/// Cert routes open at genesis. The pools do not exist yet when the bridge's genesis is
		/// built (they are created after it, on the chains registered here): only the chain and
		/// the limits are checked here; `try_state` checks that each route's pool exists and
		/// stakes the chain's coin.
		pub cert_routes: Vec<GenesisCertRouteOf<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for c in &self.chains {
				let relayers: RelayersOf<T> =
					c.relayers.clone().try_into().expect("too many genesis relayers");
				Pallet::<T>::do_register_chain(
					c.chain,
					c.wrapped.clone(),
					c.limits,
					relayers,
					c.threshold,
				)
				.expect("a genesis chain is valid");
			}
			for r in &self.cert_routes {
				assert!(Chains::<T>::contains_key(r.chain), "a genesis cert route to no chain");
				Pallet::<T>::ensure_cert_limits(&r.limits).expect("genesis cert limits are valid");
				Pallet::<T>::write_cert_route(r.chain, r.pool, true, r.limits);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance registered a remote chain, its wrapped coin, limits and relayers.
		ChainRegistered {
			/// The remote chain.
			chain: ChainId,
			/// The wrapped coin.
			wrapped: T::AssetId,
			/// The deposit limits.
			limits: LimitsOf<T>,
			/// The relayers.
			relayers: RelayersOf<T>,
			/// How many of the relayers must agree.
			threshold: u32,
		},
		/// Governance set a chain's relayers and threshold.
		RelayersSet {
			/// The remote chain.
			chain: ChainId,
			/// The relayers.
			relayers: RelayersOf<T>,
			/// How many of the relayers must agree.
			threshold: u32,
		},
		/// Governance set a chain's deposit limits.
		ChainLimitsSet {
			/// The remote chain.
			chain: ChainId,
			/// The deposit limits.
			limits: LimitsOf<T>,
		},
		/// A chain was paused, by a relayer (`by`) or by governance (`None`).
		ChainPaused {
			/// The remote chain.
			chain: ChainId,
			/// The relayer who paused it, or `None` for governance.
			by: Option<T::AccountId>,
		},
		/// Governance unpaused a chain.
		ChainUnpaused {
			/// The remote chain.
			chain: ChainId,
		},
		/// A relayer attested a message; `votes` of the current relayers agree on it.
		Attested {
			/// The remote chain.
			chain: ChainId,
			/// The relayer.
			relayer: T::AccountId,
			/// The message's replay key.
			key: ReplayKey,
			/// The hash of the message.
			message_hash: H256,
			/// How many of the current relayers voted for this message.
			votes: u32,
			/// How many of the relayers must agree.
			threshold: u32,
		},
		/// An attested message executed; its key is spent.
		MessageExecuted {
			/// The remote chain.
			chain: ChainId,
			/// The message's replay key.
			key: ReplayKey,
			/// The hash of the message.
			message_hash: H256,
		},
		/// An attested message reached its threshold but could not execute; its votes are
		/// kept and anyone may retry with `execute_message`.
		MessageFailed {
			/// The remote chain.
			chain: ChainId,
			/// The message's replay key.
			key: ReplayKey,
			/// The hash of the message.
			message_hash: H256,
			/// Why it failed.
			error: DispatchError,
		},
		/// A deposit was paid: the wrapped coin minted to `beneficiary`, or staked for them
		/// into `staked`.
		Deposited {
			/// The remote chain.
			chain: ChainId,
			/// The vault's nonce of the deposit.
			nonce: u64,
			/// Who receives the coin (or the stake).
			beneficiary: T::AccountId,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
			/// The pool and token it was staked as, if it was staked.
			staked: Option<(PoolId, TokenKind)>,
		},
		/// A deposit asked to be staked but the pool refused it: the wrapped coin was paid
		/// instead.
		DepositStakeFailed {
			/// The remote chain.
			chain: ChainId,
			/// The pool.
			pool: PoolId,
			/// Why it failed.
			error: DispatchError,
		},
		/// A deposit over the limits waits in the queue.
		DepositQueued {
			/// The remote chain.
			chain: ChainId,
			/// The id.
			id: QueuedDepositId,
			/// The vault's nonce of the deposit.
			nonce: u64,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
		},
		/// A deposit could not be paid to its beneficiary (`error` says why): it waits for them
		/// to claim it (`claim_parked_deposit`) or for governance to redirect it.
		DepositParked {
			/// The remote chain.
			chain: ChainId,
			/// The vault's nonce of the deposit.
			nonce: u64,
			/// Who it is for.
			beneficiary: T::AccountId,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
			/// Why it could not be paid.
			error: DispatchError,
		},
		/// A parked deposit was paid to `to` (its beneficiary, or whom governance chose).
		ParkedDepositPaid {
			/// The remote chain.
			chain: ChainId,
			/// The vault's nonce of the deposit.
			nonce: u64,
			/// Who received it.
			to: T::AccountId,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
		},
		/// A queued deposit was paid, when its window had room or by governance (`approved`).
		QueuedDepositReleased {
			/// The remote chain.
			chain: ChainId,
			/// The id.
			id: QueuedDepositId,
			/// Whether governance approved it whatever the limits.
			approved: bool,
		},
		/// `who` burned `amount` of the wrapped coin, to be paid to `recipient` on `chain`.
		WithdrawalRequested {
			/// The id.
			id: WithdrawalId,
			/// The remote chain.
			chain: ChainId,
			/// The account.
			who: T::AccountId,
			/// The EVM address paid on the remote chain.
			recipient: H160,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
		},
		/// The relayers attested that a withdrawal was paid on the remote chain.
		WithdrawalReleased {
			/// The id.
			id: WithdrawalId,
			/// The remote chain.
			chain: ChainId,
			/// The EVM address paid on the remote chain.
			recipient: H160,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
			/// The remote transaction.
			tx_hash: H256,
		},
		/// A withdrawal failed on the remote chain, or was not settled in time; its wrapped coin
		/// was minted back to `who`.
		WithdrawalRefunded {
			/// The id.
			id: WithdrawalId,
			/// The remote chain.
			chain: ChainId,
			/// The account.
			who: T::AccountId,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
		},
		/// Governance set whether `pool`'s cert may go to `chain`, and its limits.
		CertRouteSet {
			/// The remote chain.
			chain: ChainId,
			/// The pool.
			pool: PoolId,
			/// Whether cert may be sent there.
			enabled: bool,
			/// The limits.
			limits: CertLimitsOf<T>,
		},
		/// `who` locked `amount` of `pool`'s cert here, to be minted to `recipient` on `chain`.
		CertSent {
			/// The transfer's id.
			id: CertTransferId,
			/// The remote chain.
			chain: ChainId,
			/// The pool.
			pool: PoolId,
			/// The sender.
			who: T::AccountId,
			/// The EVM address the cert is minted to.
			recipient: H160,
			/// How much cert.
			amount: BalanceOf<T>,
		},
		/// The relayers attested that a cert transfer was minted on the remote chain.
		CertMinted {
			/// The transfer's id.
			id: CertTransferId,
			/// The remote chain.
			chain: ChainId,
			/// The pool.
			pool: PoolId,
			/// The EVM address the cert was minted to.
			recipient: H160,
			/// How much cert.
			amount: BalanceOf<T>,
			/// The remote transaction.
			tx_hash: H256,
		},
		/// A cert transfer was not minted on the remote chain (or not settled in time): its cert
		/// went back to `who`.
		CertTransferRefunded {
			/// The transfer's id.
			id: CertTransferId,
			/// The remote chain.
			chain: ChainId,
			/// The pool.
			pool: PoolId,
			/// The sender, refunded.
			who: T::AccountId,
			/// How much cert.
			amount: BalanceOf<T>,
		},
		/// Cert burned on a remote chain was released here to `beneficiary`.
		CertReturned {
			/// The remote chain.
			chain: ChainId,
			/// The vault's inbound nonce.
			nonce: u64,
			/// The pool.
			pool: PoolId,
			/// Who received the cert.
			beneficiary: T::AccountId,
			/// How much cert.
			amount: BalanceOf<T>,
		},
		/// Cert burned on a remote chain to be redeemed was unstaked here; at `release_at` its
		/// coin can be withdrawn to `recipient` (`complete_redemption`).
		CertRedeemed {
			/// The remote chain.
			chain: ChainId,
			/// The vault's inbound nonce.
			nonce: u64,
			/// The pool.
			pool: PoolId,
			/// The EVM address the coin is paid to.
			recipient: H160,
			/// The cert unstaked.
			cert: BalanceOf<T>,
			/// Its value in the coin when unstaked.
			value: BalanceOf<T>,
			/// The block of the staking side's clock from which it can be claimed.
			release_at: u64,
		},
		/// A matured redemption was claimed and its coin withdrawn to its recipient.
		RedemptionCompleted {
			/// The remote chain.
			chain: ChainId,
			/// The vault's inbound nonce of the redemption.
			nonce: u64,
			/// The withdrawal that pays it.
			withdrawal: WithdrawalId,
			/// The amount, in the coin.
			amount: BalanceOf<T>,
		},
		/// A reward or slash report set a remote pool's fair value, which the relayers carry to
		/// the chains where its cert lives.
		CertRateRecorded {
			/// The pool.
			pool: PoolId,
			/// The report's epoch.
			epoch: Epoch,
			/// The pool's total pooled coin after the report.
			pooled: BalanceOf<T>,
			/// The pool's total shares after the report.
			shares: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No remote chain has this id.
		ChainNotFound,
		/// The chain is already registered.
		ChainExists,
		/// A chain id of zero.
		InvalidChainId,
		/// A deposit is staked only into a pool of the chain's wrapped coin, and a pool's cert
		/// goes only to a chain of its coin.
		NotThePoolsCoin,
		/// The threshold is zero, above the relayer set, or not more than half of it.
		InvalidThreshold,
		/// The relayer set is smaller than `MinRelayers`.
		TooFewRelayers,
		/// A relayer is listed twice.
		DuplicateRelayer,
		/// The deposit limits are zero, the per-period limit is below the per-deposit one, or the
		/// minimum withdrawal is zero.
		InvalidLimits,
		/// The caller is not a relayer of this chain.
		NotRelayer,
		/// The relayer already voted for this message.
		AlreadyVoted,
		/// The message's key is spent: the deposit, report or withdrawal was already executed.
		AlreadyExecuted,
		/// The deposit's nonce is beyond the accepted window: earlier deposits execute first.
		NonceAhead,
		/// The report's epoch is not the pool's next one.
		UnexpectedEpoch,
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
		/// The withdrawal is below the chain's minimum.
		BelowMinimumWithdrawal,
		/// The withdrawal may still be settled by the relayers: it is refunded only after
		/// `WithdrawalTimeout`.
		WithdrawalNotExpired,
		/// Only the withdrawal's owner or governance may refund it.
		NotWithdrawalOwner,
		/// No parked deposit has this chain and nonce.
		ParkedDepositNotFound,
		/// Only the beneficiary claims a parked deposit.
		NotBeneficiary,
		/// Fewer of the current relayers than the threshold attested this message.
		ThresholdNotReached,
		/// Not enough of the wrapped coin.
		InsufficientWrapped,
		/// The withdrawal would leave less than the wrapped coin's minimum balance in the
		/// account (that rest would be lost): withdraw all of it, or leave at least the minimum.
		WithdrawalLeavesDust,
		/// The message names a pool that does not exist.
		PoolNotFound,
		/// The wrapped coin does not exist.
		WrappedNotFound,
		/// An internal bound was broken; the state is unchanged.
		Defensive(DefensiveError),
		/// The pool's cert has no route to this chain.
		CertRouteNotFound,
		/// The pool's cert may not be sent to this chain now.
		CertRouteDisabled,
		/// Below the route's least transfer.
		CertTransferTooSmall,
		/// Above the route's largest transfer.
		CertTransferTooLarge,
		/// The route's sliding window has no room for this return or redemption now; its votes
		/// are kept and `execute_message` may retry.
		CertOverLimit,
		/// Not enough cert.
		InsufficientCert,
		/// A return or redemption of more cert than is outstanding on the chain.
		InsufficientRemoteCert,
		/// No cert transfer has this id.
		CertTransferNotFound,
		/// Only the transfer's sender or governance may refund it.
		NotCertTransferOwner,
		/// The transfer may still be minted: it is refunded only after `WithdrawalTimeout`.
		CertTransferNotExpired,
		/// No redemption has this chain and nonce.
		RedemptionNotFound,
		/// The redemption's withdrawal is pending: it is sent again only if refunded.
		RedemptionInProgress,
	}

	/// Failures that cannot happen unless the pallet's own bookkeeping is wrong. Each is logged
	/// under [`LOG_TARGET`] and, in tests and debug builds, panics (`defensive!`).
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
		/// A vote could not be stored although the relayer set is bounded like the votes.
		VotesFull,
		/// A queue count went below zero.
		QueueCount,
		/// A burn took less than asked with `Precision::Exact`.
		PartialBurn,
	}

	impl<T> From<DefensiveError> for Error<T> {
		fn from(e: DefensiveError) -> Self {
			Error::<T>::Defensive(e)
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MinRelayers::get() >= 2, "MinRelayers must be at least 2");
			assert!(
				T::MaxRelayers::get() >= T::MinRelayers::get(),
				"MaxRelayers must be at least MinRelayers"
			);
			assert!(!T::WithdrawalTimeout::get().is_zero(), "WithdrawalTimeout must be > 0");
			assert!(T::MaxQueuedDeposits::get() > 0, "MaxQueuedDeposits must be > 0");
			assert!(
				T::MaxDelegations::get() >= T::Staking::max_delegations(),
				"MaxDelegations must take every report the staking side takes"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register a remote chain with its wrapped coin, deposit limits, relayers and threshold.
		///
		/// ## Dispatch Origin
		/// [`Config::AdminOrigin`] (governance).
		///
		/// ## Details
		/// `wrapped` is the asset that stands here for the chain's native coin (BNB, MATIC);
		/// chains of the same coin share it (MATIC on Ethereum and on Polygon). From now on the
		/// bridge is the only way it is minted. The threshold must be more than half of the
		/// relayers and at most all of them; `relayers` has from `MinRelayers` to `MaxRelayers`
		/// accounts.
		///
		/// ## Errors
		/// [`Error::InvalidChainId`], [`Error::ChainExists`], [`Error::WrappedNotFound`],
		/// [`Error::InvalidLimits`], [`Error::DuplicateRelayer`], [`Error::TooFewRelayers`],
		/// [`Error::InvalidThreshold`].
		///
		/// ## Events
		/// [`Event::ChainRegistered`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_chain(relayers.len() as u32))]
		pub fn register_chain(
			origin: OriginFor<T>,
			chain: ChainId,
			wrapped: T::AssetId,
			limits: LimitsOf<T>,
			relayers: RelayersOf<T>,
			threshold: u32,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_register_chain(chain, wrapped, limits, relayers, threshold)
		}

		/// Replace a chain's relayers and threshold.
		///
		/// ## Dispatch Origin
		/// [`Config::AdminOrigin`] (governance).
		///
		/// ## Details
		/// Only votes of the new set count from now on; votes already cast by relayers who stay
		/// are kept.
		///
		/// ## Errors
		/// [`Error::ChainNotFound`], [`Error::DuplicateRelayer`], [`Error::TooFewRelayers`],
		/// [`Error::InvalidThreshold`].
		///
		/// ## Events
		/// [`Event::RelayersSet`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_relayers(relayers.len() as u32))]
		pub fn set_relayers(
			origin: OriginFor<T>,
			chain: ChainId,
			relayers: RelayersOf<T>,
			threshold: u32,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_set_relayers(chain, relayers, threshold)
		}

		/// Set a chain's deposit limits and minimum withdrawal. What the sliding window holds
		/// stays counted (in its current slot if the period changes).
		///
		/// ## Dispatch Origin
		/// [`Config::AdminOrigin`] (governance).
		///
		/// ## Errors
		/// [`Error::ChainNotFound`], [`Error::InvalidLimits`].
		///
		/// ## Events
		/// [`Event::ChainLimitsSet`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_chain_limits())]
		pub fn set_chain_limits(
			origin: OriginFor<T>,
			chain: ChainId,
			limits: LimitsOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::ensure_limits(&limits)?;
			Chains::<T>::try_mutate(chain, |c| -> DispatchResult {
				let info = c.as_mut().ok_or(Error::<T>::ChainNotFound)?;
				if info.limits.period != limits.period {
					info.window.reset_to(Self::slot_of(&limits));
				}
				info.limits = limits;
				Ok(())
			})?;
			Self::deposit_event(Event::ChainLimitsSet { chain, limits });
			Ok(())
		}

		/// Pause a chain: no message but a slash executes, no queued or parked deposit is paid
		/// and no withdrawal is taken until governance unpauses it. Votes keep being recorded.
		/// Slashes (which only burn) still execute, so that no one leaves a pool of the chain
		/// at the rate before a slash.
		///
		/// ## Dispatch Origin
		/// [`Config::AdminOrigin`] (governance), or Signed by a relayer of the chain.
		///
		/// ## Errors
		/// [`Error::ChainNotFound`], [`Error::NotRelayer`], [`Error::ChainPaused`] (already
		/// paused).
		///
		/// ## Events
		/// [`Event::ChainPaused`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::pause_chain())]
		pub fn pause_chain(origin: OriginFor<T>, chain: ChainId) -> DispatchResult {
			let by = match T::AdminOrigin::try_origin(origin) {
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
		/// [`Config::AdminOrigin`] (governance).
		///
		/// ## Errors
		/// [`Error::ChainNotFound`], [`Error::ChainNotPaused`].
		///
		/// ## Events
		/// [`Event::ChainUnpaused`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::unpause_chain())]
		pub fn unpause_chain(origin: OriginFor<T>, chain: ChainId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_set_chain_paused(chain, false, None)
		}

		/// Attest a remote event of `chain`.
		///
		/// ## Dispatch Origin
		/// Signed by a relayer of the chain. A relayer's first vote on a key, and a vote that
		/// executes its message, pay no fee; a changed vote that executes nothing pays.
		///
		/// ## Details
		/// One vote per relayer and replay key (a relayer may change its vote, paying). Only
		/// keys that can execute next are accepted: a deposit nonce within `NONCE_WINDOW` of the
		/// lowest not yet executed, a pool's next report epoch, a pending withdrawal; so what
		/// one relayer can vote on for free at any time is bounded. When the threshold of the
		/// current relayers has voted for exactly this message (every field), it executes
		/// once, unless the chain is paused (a slash executes even then):
		/// - `Deposit`: within the chain's limits, mints the wrapped coin to the beneficiary,
		///   or stakes it for them at once (paying the wrapped coin if the pool refuses the
		///   stake or is not of the chain's coin); over the limits, waits in the queue; if the
		///   beneficiary cannot be paid, it is parked for them.
		/// - `Rewards` / `Slash`: mints the rewards into (burns the slash from) the pool
		///   account and applies the report through [`Config::Staking`], within the pool's
		///   bounds. Only the relayers of the chain the pool's validators live on report it.
		/// - `Delegations`: records what is delegated per validator.
		/// - `WithdrawalReleased` / `WithdrawalFailed`: settles a withdrawal, refunding a failed
		///   one.
		/// If execution fails, the votes are kept, `MessageFailed` says why, and
		/// `execute_message` may retry.
		///
		/// ## Errors
		/// [`Error::ChainNotFound`], [`Error::NotRelayer`], [`Error::AlreadyVoted`],
		/// [`Error::AlreadyExecuted`], [`Error::NonceAhead`], [`Error::UnexpectedEpoch`],
		/// [`Error::ZeroHash`], [`Error::ZeroAmount`], [`Error::PoolNotFound`],
		/// [`Error::WrongChain`], [`Error::WithdrawalNotFound`].
		///
		/// ## Events
		/// [`Event::Attested`]; on execution [`Event::MessageExecuted`] and the message's own
		/// events, or [`Event::MessageFailed`].
		#[pallet::call_index(5)]
		#[pallet::weight(Pallet::<T>::execution_weight(message))]
		pub fn attest(
			origin: OriginFor<T>,
			chain: ChainId,
			message: MessageOf<T>,
		) -> DispatchResultWithPostInfo {
			let relayer = ensure_signed(origin)?;
			let weight = Self::execution_weight(&message);
			let (tally, changed) = Self::do_attest(relayer, chain, message)?;
			// A vote that does not execute costs only the vote.
			let actual = match tally {
				bridge::Tally::Pending => Self::vote_weight(),
				bridge::Tally::Executed | bridge::Tally::Failed => weight,
			};
			// Free: a first vote (at most one per relayer and open key) or an execution.
			let free = !changed || matches!(tally, bridge::Tally::Executed);
			Ok(frame_support::dispatch::PostDispatchInfo {
				actual_weight: Some(actual),
				pays_fee: if free { Pays::No } else { Pays::Yes },
			})
		}

		/// Execute a message that the threshold of the current relayers has attested but that
		/// did not execute (the chain was paused, or execution failed and may now succeed). A
		/// slash executes while the chain is paused; other messages wait for the unpause.
		///
		/// ## Dispatch Origin
		/// Signed: anyone.
		///
		/// ## Errors
		/// [`Error::ChainNotFound`], [`Error::ChainPaused`], [`Error::ThresholdNotReached`], the
		/// message's checks ([`Error::AlreadyExecuted`], ...), and the execution's own errors.
		///
		/// ## Events
		/// [`Event::MessageExecuted`] and the message's own events.
		#[pallet::call_index(6)]
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
		/// [`Error::ChainNotFound`], [`Error::ChainPaused`], [`Error::QueuedDepositNotFound`],
		/// [`Error::DepositOverLimit`], and the wrapped coin's mint errors.
		///
		/// ## Events
		/// [`Event::Deposited`] (and the staking side's events of a stake),
		/// [`Event::QueuedDepositReleased`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::release_deposit())]
		pub fn release_deposit(
			origin: OriginFor<T>,
			chain: ChainId,
			id: QueuedDepositId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_release_deposit(chain, id, false)
		}

		/// Pay a queued deposit over the per-deposit limit.
		///
		/// ## Dispatch Origin
		/// [`Config::AdminOrigin`] (governance).
		///
		/// ## Details
		/// The deposit still counts against the chain's sliding window and must fit its
		/// per-period limit: governance's approvals mint no more than the relayers' deposits
		/// may. A deposit larger than the per-period limit needs `set_chain_limits` first.
		///
		/// ## Errors
		/// [`Error::ChainNotFound`], [`Error::ChainPaused`], [`Error::QueuedDepositNotFound`],
		/// [`Error::DepositOverLimit`], and the wrapped coin's mint errors.
		///
		/// ## Events
		/// [`Event::Deposited`] (and the staking side's events of a stake),
		/// [`Event::QueuedDepositReleased`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::approve_deposit())]
		pub fn approve_deposit(
			origin: OriginFor<T>,
			chain: ChainId,
			id: QueuedDepositId,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_release_deposit(chain, id, true)
		}

		/// Send `amount` of a chain's wrapped coin back to `recipient` on that chain.
		///
		/// ## Dispatch Origin
		/// Signed: the holder.
		///
		/// ## Details
		/// Burns the wrapped coin now and records a withdrawal; the relayers attest when it is
		/// paid there (or that it failed, which mints it back here). If they do neither within
		/// `WithdrawalTimeout`, the owner or governance may refund it (`refund_withdrawal`). A
		/// withdrawal is settled exactly once.
		///
		/// ## Errors
		/// [`Error::ChainNotFound`], [`Error::ChainPaused`], [`Error::ZeroAmount`],
		/// [`Error::BelowMinimumWithdrawal`], [`Error::ZeroRecipient`],
		/// [`Error::InsufficientWrapped`], [`Error::WithdrawalLeavesDust`].
		///
		/// ## Events
		/// [`Event::WithdrawalRequested`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::withdraw_to_remote())]
		pub fn withdraw_to_remote(
			origin: OriginFor<T>,
			chain: ChainId,
			#[pallet::compact] amount: BalanceOf<T>,
			recipient: H160,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_to_remote(who, chain, amount, recipient, true).map(|_| ())
		}

		/// Refund a withdrawal the relayers did not settle within `WithdrawalTimeout`.
		///
		/// ## Dispatch Origin
		/// Signed by the withdrawal's owner, or [`Config::AdminOrigin`] (governance).
		///
		/// ## Details
		/// Mints the burned amount back to the owner and closes the withdrawal: a later
		/// attestation that it was paid or failed is refused (`AlreadyExecuted`). Works while
		/// the chain is paused.
		///
		/// ## Errors
		/// [`Error::WithdrawalNotFound`] (also once settled), [`Error::NotWithdrawalOwner`],
		/// [`Error::WithdrawalNotExpired`], and the wrapped coin's mint errors.
		///
		/// ## Events
		/// [`Event::WithdrawalRefunded`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::refund_withdrawal())]
		pub fn refund_withdrawal(origin: OriginFor<T>, id: WithdrawalId) -> DispatchResult {
			let by = match T::AdminOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			Self::do_refund_withdrawal(id, by)
		}

		/// Pay a parked deposit to its beneficiary, now that it can be paid (for example once
		/// the beneficiary has an account of the wrapped coin).
		///
		/// ## Dispatch Origin
		/// Signed by the deposit's beneficiary.
		///
		/// ## Errors
		/// [`Error::ChainNotFound`], [`Error::ChainPaused`], [`Error::ParkedDepositNotFound`],
		/// [`Error::NotBeneficiary`], and the wrapped coin's mint errors (the deposit stays
		/// parked).
		///
		/// ## Events
		/// [`Event::ParkedDepositPaid`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::claim_parked_deposit())]
		pub fn claim_parked_deposit(
			origin: OriginFor<T>,
			chain: ChainId,
			nonce: u64,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_pay_parked(chain, nonce, Some(&who), who.clone())
		}

		/// Pay a parked deposit to another account than its beneficiary.
		///
		/// ## Dispatch Origin
		/// [`Config::AdminOrigin`] (governance).
		///
		/// ## Errors
		/// [`Error::ChainNotFound`], [`Error::ChainPaused`], [`Error::ParkedDepositNotFound`],
		/// and the wrapped coin's mint errors (the deposit stays parked).
		///
		/// ## Events
		/// [`Event::ParkedDepositPaid`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::claim_parked_deposit())]
		pub fn redirect_parked_deposit(
			origin: OriginFor<T>,
			chain: ChainId,
			nonce: u64,
			to: T::AccountId,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_pay_parked(chain, nonce, None, to)
		}

		/// Open (or close) the route of `pool`'s cert to `chain`, and set its limits.
		///
		/// ## Dispatch Origin
		/// [`Config::AdminOrigin`] (governance).
		///
		/// ## Details
		/// The pool's coin must be the chain's wrapped coin: BNB pools' cert goes to BNB Smart
		/// Chain, MATIC pools' to Ethereum and Polygon. A closed route refuses new transfers;
		/// cert already on the chain still comes back (returns and redemptions). What the
		/// route's window holds stays counted.
		///
		/// ## Errors
		/// [`Error::ChainNotFound`], [`Error::PoolNotFound`], [`Error::NotThePoolsCoin`],
		/// [`Error::InvalidLimits`] (a zero least transfer or period, a largest transfer below
		/// the least, or a per-period limit below the largest transfer).
		///
		/// ## Events
		/// [`Event::CertRouteSet`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::set_cert_route())]
		pub fn set_cert_route(
			origin: OriginFor<T>,
			chain: ChainId,
			pool: PoolId,
			enabled: bool,
			limits: CertLimitsOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_set_cert_route(chain, pool, enabled, limits)
		}

		/// Send `amount` of `pool`'s cert to `recipient` on `chain`, where it is minted as the
		/// pool's ERC-20 cert.
		///
		/// ## Dispatch Origin
		/// Signed: the holder.
		///
		/// ## Details
		/// Locks the cert in the bridge's account and records a transfer; the relayers' threshold
		/// has the chain's vault mint it, then attests the mint here. If the mint does not
		/// happen (its deadline passed), the relayers attest it and the cert comes back; if they
		/// do neither within `WithdrawalTimeout`, the sender or governance may refund it
		/// (`refund_cert_transfer`). A transfer is settled exactly once.
		///
		/// ## Errors
		/// [`Error::ChainNotFound`], [`Error::ChainPaused`], [`Error::CertRouteNotFound`],
		/// [`Error::CertRouteDisabled`], [`Error::ZeroRecipient`],
		/// [`Error::CertTransferTooSmall`], [`Error::CertTransferTooLarge`],
		/// [`Error::InsufficientCert`], and the cert's transfer errors.
		///
		/// ## Events
		/// [`Event::CertSent`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::send_cert())]
		pub fn send_cert(
			origin: OriginFor<T>,
			chain: ChainId,
			pool: PoolId,
			#[pallet::compact] amount: BalanceOf<T>,
			recipient: H160,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_send_cert(who, chain, pool, amount, recipient).map(|_| ())
		}

		/// Give back the cert of a transfer the relayers did not settle within
		/// `WithdrawalTimeout`.
		///
		/// ## Dispatch Origin
		/// Signed by the transfer's sender, or [`Config::AdminOrigin`] (governance).
		///
		/// ## Details
		/// Moves the locked cert back to the sender and closes the transfer: a later
		/// attestation of its mint is refused (`AlreadyExecuted`). Works while the chain is
		/// paused.
		///
		/// ## Errors
		/// [`Error::CertTransferNotFound`] (also once settled), [`Error::NotCertTransferOwner`],
		/// [`Error::CertTransferNotExpired`], and the cert's transfer errors.
		///
		/// ## Events
		/// [`Event::CertTransferRefunded`].
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::refund_cert_transfer())]
		pub fn refund_cert_transfer(origin: OriginFor<T>, id: CertTransferId) -> DispatchResult {
			let by = match T::AdminOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			Self::do_refund_cert_transfer(id, by)
		}

		/// Claim a matured redemption and withdraw its coin to its recipient on the chain it
		/// came from.
		///
		/// ## Dispatch Origin
		/// Signed: anyone (the relayers do it); free when it succeeds.
		///
		/// ## Details
		/// Claims the redemption's unbonding request (its bucket must have come) into the
		/// redemption's account, then withdraws all of it to the recipient as an ordinary
		/// withdrawal, which the relayers release on the remote chain. If that withdrawal is
		/// refunded (it failed there, or timed out), the coin waits in the redemption's account
		/// and this call sends it again. The redemption is closed when its withdrawal is
		/// released.
		///
		/// The chain's minimum withdrawal does not apply: the vault's least return bounds what
		/// a redemption is worth, and a slash may leave it below the minimum.
		///
		/// ## Errors
		/// [`Error::RedemptionNotFound`], [`Error::RedemptionInProgress`], the staking side's
		/// claim errors (its `NothingToClaim` before the bucket matures), and the withdrawal's
		/// ([`Error::ChainPaused`], [`Error::ZeroAmount`]).
		///
		/// ## Events
		/// [`Event::RedemptionCompleted`], [`Event::WithdrawalRequested`], and the staking
		/// side's claim events.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::complete_redemption())]
		pub fn complete_redemption(
			origin: OriginFor<T>,
			chain: ChainId,
			nonce: u64,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_complete_redemption(chain, nonce)?;
			Ok(Pays::No.into())
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// A chain: its wrapped coin, relayers, threshold, limits, window and books.
		pub fn chain(chain: ChainId) -> Option<ChainInfoOf<T>> {
			Chains::<T>::get(chain)
		}

		/// The hash relayers agree on for `message` of `chain`.
		pub fn hash_of_message(chain: ChainId, message: MessageOf<T>) -> H256 {
			Self::message_hash(chain, &message)
		}

		/// A withdrawal not yet settled.
		pub fn withdrawal(id: WithdrawalId) -> Option<WithdrawalOf<T>> {
			Withdrawals::<T>::get(id)
		}

		/// A chain's deposit nonces: the lowest not yet executed, and which after it are.
		pub fn deposit_nonces(chain: ChainId) -> NonceWindow {
			DepositNonces::<T>::get(chain)
		}

		/// A pool's cert route to a chain: whether it is open, its limits and books.
		pub fn cert_route(chain: ChainId, pool: PoolId) -> Option<CertRouteOf<T>> {
			CertRoutes::<T>::get(chain, pool)
		}

		/// A pool's fair value at its latest report, as carried to the remote chains.
		pub fn cert_rate(pool: PoolId) -> Option<CertRateOf<T>> {
			CertRates::<T>::get(pool)
		}

		/// The cert of `pool` locked here for the remote chains.
		pub fn locked_cert(pool: PoolId) -> BalanceOf<T> {
			T::Staking::cert_balance(pool, &Self::account_id())
		}

		/// The pallet's clock ([`Config::BlockNumberProvider`]; a parachain's relay block) as of
		/// the block the state is at: a call in the next block sees at least this number. A
		/// redemption whose `release_at` is at most this may be completed.
		pub fn clock() -> BlockNumberOf<T> {
			Self::now()
		}
	}
}
