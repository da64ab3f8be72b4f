//! The bridge's types: chains, their limits and books, the messages relayers attest, the
//! withdrawals; and the `*Of<T>` aliases a runtime uses to name them.

use crate::pallet::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::pallet_prelude::BoundedVec;
use scale_info::TypeInfo;
use sp_core::{H160, H256};

pub use liquid_staking_primitives::{
	ChainId, Epoch, PoolId, RemoteChains, RemotePool, StakingInterface, TokenKind, ValidatorId,
};

/// A balance of the wrapped coins.
pub type BalanceOf<T> = <T as Config>::Balance;
/// An account of the runtime.
pub type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
/// The block number the bridge counts its windows in ([`Config::BlockNumberProvider`]).
pub type BlockNumberOf<T> =
	<<T as Config>::BlockNumberProvider as sp_runtime::traits::BlockNumberProvider>::BlockNumber;
/// A chain's relayers.
pub type RelayersOf<T> = BoundedVec<AccountIdOf<T>, <T as Config>::MaxRelayers>;
/// The votes on one replay key: each relayer and the hash of the message it attests.
pub type VotesOf<T> = BoundedVec<(AccountIdOf<T>, H256), <T as Config>::MaxRelayers>;
/// A chain, as stored.
pub type ChainInfoOf<T> =
	ChainInfo<BalanceOf<T>, BlockNumberOf<T>, <T as Config>::AssetId, RelayersOf<T>>;
/// A chain's deposit limits.
pub type LimitsOf<T> = BridgeLimits<BalanceOf<T>, BlockNumberOf<T>>;
/// A delegation report: (validator, what is delegated to it).
pub type DelegationsOf<T> = BoundedVec<(ValidatorId, BalanceOf<T>), <T as Config>::MaxDelegations>;
/// A message relayers attest.
pub type MessageOf<T> = BridgeMessage<AccountIdOf<T>, BalanceOf<T>, DelegationsOf<T>>;
/// A deposit on a remote chain.
pub type DepositOf<T> = Deposit<AccountIdOf<T>, BalanceOf<T>>;
/// A deposit waiting for its beneficiary.
pub type ParkedDepositOf<T> = ParkedDeposit<AccountIdOf<T>, BalanceOf<T>>;
/// A withdrawal waiting to be settled.
pub type WithdrawalOf<T> = Withdrawal<AccountIdOf<T>, BalanceOf<T>, BlockNumberOf<T>>;
/// A cert route's limits.
pub type CertLimitsOf<T> = CertLimits<BalanceOf<T>, BlockNumberOf<T>>;
/// A cert route, as stored.
pub type CertRouteOf<T> = CertRoute<BalanceOf<T>, BlockNumberOf<T>>;
/// A cert transfer waiting for its mint on the remote chain.
pub type CertTransferOf<T> = CertTransfer<AccountIdOf<T>, BalanceOf<T>, BlockNumberOf<T>>;
/// A pool's rate as carried to the remote chains.
pub type CertRateOf<T> = CertRate<BalanceOf<T>>;
/// A redemption from a remote chain.
pub type RedemptionOf<T> = Redemption<BalanceOf<T>>;
/// A cert route open at genesis.
pub type GenesisCertRouteOf<T> = GenesisCertRoute<BalanceOf<T>, BlockNumberOf<T>>;
/// A chain registered at genesis.
pub type GenesisChainOf<T> =
	GenesisChain<<T as Config>::AssetId, AccountIdOf<T>, BalanceOf<T>, BlockNumberOf<T>>;

/// A chain registered at genesis, with the same checks as `register_chain`.
#[derive(Clone, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenesisChain<AssetId, AccountId, Balance, BlockNumber> {
	/// The chain's EVM chain id.
	pub chain: ChainId,
	/// The coin that stands here for the chain's own coin.
	pub wrapped: AssetId,
	/// The deposit limits.
	pub limits: BridgeLimits<Balance, BlockNumber>,
	/// The relayers.
	pub relayers: alloc::vec::Vec<AccountId>,
	/// How many of them must agree on a message.
	pub threshold: u32,
}

/// A cert route open at genesis.
#[derive(Clone, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenesisCertRoute<Balance, BlockNumber> {
	/// The remote chain.
	pub chain: ChainId,
	/// The pool whose cert may go there.
	pub pool: PoolId,
	/// The route's limits.
	pub limits: CertLimits<Balance, BlockNumber>,
}

/// Identifier of a withdrawal to a remote chain.
pub type WithdrawalId = u64;

/// Identifier of a deposit waiting in a chain's queue.
pub type QueuedDepositId = u64;

/// Identifier of a cert transfer to a remote chain.
pub type CertTransferId = u64;

/// How much a chain's deposits may mint: per deposit and within any `period` consecutive blocks;
/// and the least a withdrawal to the chain may take.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct BridgeLimits<Balance, BlockNumber> {
	/// The most one deposit mints without waiting in the queue.
	pub max_per_deposit: Balance,
	/// The most all deposits mint within any `period` consecutive blocks.
	pub max_per_period: Balance,
	/// The length of the sliding window, in blocks.
	pub period: BlockNumber,
	/// The least one withdrawal to the chain takes (each costs the relayers remote gas).
	pub min_withdrawal: Balance,
}

/// The number of slots a chain's sliding deposit window is cut into.
pub const WINDOW_SLOTS: u64 = 8;

/// What a chain's deposits minted lately, per slot of `ceil(period / WINDOW_SLOTS)` blocks: the
/// current slot and the `WINDOW_SLOTS` before it, in a ring.
///
/// A deposit is paid only if the sum of these slots and the deposit is within
/// `max_per_period`. Any `period` consecutive blocks lie within the last `WINDOW_SLOTS + 1`
/// slots of their last block, so no such span of blocks mints more than `max_per_period`.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, Default)]
pub struct MintWindow<Balance> {
	/// The index of the latest slot written (block / slot length).
	pub slot: u64,
	/// What each slot minted, at `index % (WINDOW_SLOTS + 1)`.
	pub used: [Balance; WINDOW_SLOTS as usize + 1],
}

impl<Balance: sp_runtime::traits::AtLeast32BitUnsigned + Copy> MintWindow<Balance> {
	/// The slot length for a window of `period` blocks (at least one block).
	pub fn slot_len(period: u64) -> u64 {
		period.div_ceil(WINDOW_SLOTS).max(1)
	}

	/// Moves the window to slot `now`, clearing the slots it leaves behind.
	pub fn advance(&mut self, now: u64) {
		if now <= self.slot {
			return;
		}
		let ring = WINDOW_SLOTS + 1;
		for s in (self.slot + 1..=now).take(ring as usize) {
			self.used[(s % ring) as usize] = Balance::zero();
		}
		self.slot = now;
	}

	/// What the window holds.
	pub fn total(&self) -> Balance {
		self.used.iter().fold(Balance::zero(), |a, b| a.saturating_add(*b))
	}

	/// Adds `amount` to the current slot.
	pub fn record(&mut self, amount: Balance) {
		let i = (self.slot % (WINDOW_SLOTS + 1)) as usize;
		self.used[i] = self.used[i].saturating_add(amount);
	}

	/// Re-indexes the window for a new slot length: what it holds stays, in the current slot.
	pub fn reset_to(&mut self, now: u64) {
		let total = self.total();
		*self = Self { slot: now, used: [Balance::zero(); WINDOW_SLOTS as usize + 1] };
		self.record(total);
	}
}

/// Deposit nonces a chain's vault gave: those below `next` are all executed, and bit `i` of
/// `executed` says whether `next + i` is. Only nonces in `[next, next + NONCE_WINDOW)` are
/// accepted, so the deposits relayers can vote on at any time are at most `NONCE_WINDOW`.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, Default)]
pub struct NonceWindow {
	/// The lowest nonce not yet executed.
	pub next: u64,
	/// Which of the nonces from `next` on are executed (bit 0 is `next`, always clear).
	pub executed: u128,
}

/// How many deposit nonces from the lowest not yet executed are accepted.
pub const NONCE_WINDOW: u64 = 128;

/// Why a deposit nonce is not accepted.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NonceCheck {
	/// Executed already.
	Executed,
	/// Beyond the window: the nonces before it must execute first.
	Ahead,
}

impl NonceWindow {
	/// Whether `nonce` may be voted on and executed.
	pub fn check(&self, nonce: u64) -> Result<(), NonceCheck> {
		if nonce < self.next {
			return Err(NonceCheck::Executed);
		}
		let i = nonce - self.next;
		if i >= NONCE_WINDOW {
			return Err(NonceCheck::Ahead);
		}
		if self.executed & (1u128 << i) != 0 {
			return Err(NonceCheck::Executed);
		}
		Ok(())
	}

	/// Marks `nonce` executed (it must pass [`Self::check`]) and slides the window past the
	/// executed nonces at its start.
	pub fn mark(&mut self, nonce: u64) {
		let i = nonce.saturating_sub(self.next);
		if i >= NONCE_WINDOW {
			return;
		}
		self.executed |= 1u128 << i;
		while self.executed & 1 == 1 {
			self.executed >>= 1;
			self.next = self.next.saturating_add(1);
		}
	}
}

/// A remote chain: its wrapped coin here, its limits, its relayers' threshold and its books.
///
/// The books satisfy `withdrawn == released + refunded + pending withdrawals`; a wrapped coin's
/// total issuance is its issuance when first registered plus, over every chain that shares it,
/// `minted + refunded − burned − withdrawn`: the bridge is the only way it is minted.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct ChainInfo<Balance, BlockNumber, AssetId, RelayerSet> {
	/// The coin that stands here for the chain's own coin (BNB, MATIC); chains whose coin is
	/// the same (MATIC on Ethereum and on Polygon) share it.
	pub wrapped: AssetId,
	/// The chain's relayers (kept here, so that a vote reads one item for the chain).
	pub relayers: RelayerSet,
	/// The deposit limits.
	pub limits: BridgeLimits<Balance, BlockNumber>,
	/// How many of the current relayers must agree on a message.
	pub threshold: u32,
	/// Whether the chain is paused: votes are kept, nothing but slashes executes.
	pub paused: bool,
	/// What deposits minted lately (the sliding window of `limits.period` blocks).
	pub window: MintWindow<Balance>,
	/// The deposits waiting in the queue.
	pub queued: u32,
	/// Wrapped coin minted by deposits and rewards.
	pub minted: Balance,
	/// Wrapped coin burned by slashes.
	pub burned: Balance,
	/// Wrapped coin burned by withdrawals.
	pub withdrawn: Balance,
	/// Withdrawals released on the remote chain.
	pub released: Balance,
	/// Withdrawals that failed on the remote chain and were minted back to their owners.
	pub refunded: Balance,
}

/// A deposit on a remote chain, as relayers attest it.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Deposit<AccountId, Balance> {
	/// The vault's nonce of the deposit: its replay key (see [`NonceWindow`]).
	pub nonce: u64,
	/// The remote transaction that locked the coins (for the record).
	pub tx_hash: H256,
	/// Who receives the wrapped coin (or the stake) here.
	pub beneficiary: AccountId,
	/// How much.
	pub amount: Balance,
	/// Stake it at once into this pool, as this token, instead of paying the wrapped coin.
	pub stake: Option<(PoolId, TokenKind)>,
}

/// A remote event, attested by a chain's relayers.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub enum BridgeMessage<AccountId, Balance, Delegations> {
	/// Coins were locked on the remote chain for `beneficiary` here: mint the wrapped coin to
	/// them, or stake it for them.
	Deposit(Deposit<AccountId, Balance>),
	/// A remote pool earned `amount` at `epoch`: the wrapped coin is minted into the pool
	/// account and the rewards are applied.
	Rewards {
		/// The pool.
		pool: PoolId,
		/// The report's epoch.
		epoch: Epoch,
		/// The amount, in the coin.
		amount: Balance,
	},
	/// A remote pool lost `amount` at `epoch`: the slash is applied and the wrapped coin is
	/// burned from the pool account.
	Slash {
		/// The pool.
		pool: PoolId,
		/// The report's epoch.
		epoch: Epoch,
		/// The amount, in the coin.
		amount: Balance,
	},
	/// What a remote pool has delegated to each validator at `epoch`.
	Delegations {
		/// The pool.
		pool: PoolId,
		/// The report's epoch.
		epoch: Epoch,
		/// (validator, what is delegated to it) pairs.
		delegations: Delegations,
	},
	/// A withdrawal was paid to its recipient on the remote chain in transaction `tx_hash`.
	WithdrawalReleased {
		/// The id.
		id: WithdrawalId,
		/// The remote transaction.
		tx_hash: H256,
	},
	/// A withdrawal could not be paid on the remote chain: it is refunded here.
	WithdrawalFailed {
		/// The id.
		id: WithdrawalId,
	},
	/// The cert of transfer `id` was minted to its recipient on the remote chain in
	/// transaction `tx_hash`.
	CertMinted {
		/// The transfer's id.
		id: CertTransferId,
		/// The remote transaction.
		tx_hash: H256,
	},
	/// The cert of transfer `id` was not minted on the remote chain before its deadline: it is
	/// given back here.
	CertMintFailed {
		/// The transfer's id.
		id: CertTransferId,
	},
	/// `amount` of `pool`'s cert was burned on the remote chain for `beneficiary` here: the
	/// locked cert is released to them. Takes the vault's inbound nonce, as deposits do.
	CertReturned {
		/// The vault's inbound nonce.
		nonce: u64,
		/// The remote transaction that burned the cert.
		tx_hash: H256,
		/// The pool.
		pool: PoolId,
		/// Who receives the cert here.
		beneficiary: AccountId,
		/// How much cert.
		amount: Balance,
	},
	/// `amount` of `pool`'s cert was burned on the remote chain to be redeemed: the locked cert
	/// is unstaked here, and at maturity its coin is withdrawn to `recipient` on that chain.
	/// Takes the vault's inbound nonce, as deposits do.
	CertRedeemed {
		/// The vault's inbound nonce.
		nonce: u64,
		/// The remote transaction that burned the cert.
		tx_hash: H256,
		/// The pool.
		pool: PoolId,
		/// The EVM address the coin is paid to.
		recipient: H160,
		/// How much cert.
		amount: Balance,
	},
}

/// What makes a message unique: once a key is executed, no message with it executes again.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum ReplayKey {
	/// A deposit, a cert return or a redemption: the vault's inbound nonce.
	Deposit {
		/// The nonce.
		nonce: u64,
	},
	/// A reward or slash report: its pool and epoch.
	Report {
		/// The pool.
		pool: PoolId,
		/// The report's epoch.
		epoch: Epoch,
	},
	/// A delegation report: its pool and epoch.
	Delegations {
		/// The pool.
		pool: PoolId,
		/// The report's epoch.
		epoch: Epoch,
	},
	/// The settlement of a withdrawal.
	Withdrawal {
		/// The id.
		id: WithdrawalId,
	},
	/// The settlement of a cert transfer.
	CertTransfer {
		/// The id.
		id: CertTransferId,
	},
}

impl<AccountId, Balance, Delegations> BridgeMessage<AccountId, Balance, Delegations> {
	/// The message's replay key.
	pub fn key(&self) -> ReplayKey {
		match self {
			Self::Deposit(d) => ReplayKey::Deposit { nonce: d.nonce },
			Self::CertReturned { nonce, .. } | Self::CertRedeemed { nonce, .. } => {
				ReplayKey::Deposit { nonce: *nonce }
			},
			Self::CertMinted { id, .. } | Self::CertMintFailed { id } => {
				ReplayKey::CertTransfer { id: *id }
			},
			Self::Rewards { pool, epoch, .. } | Self::Slash { pool, epoch, .. } => {
				ReplayKey::Report { pool: *pool, epoch: *epoch }
			},
			Self::Delegations { pool, epoch, .. } => {
				ReplayKey::Delegations { pool: *pool, epoch: *epoch }
			},
			Self::WithdrawalReleased { id, .. } | Self::WithdrawalFailed { id } => {
				ReplayKey::Withdrawal { id: *id }
			},
		}
	}
}

/// A deposit that could not be paid to its beneficiary (e.g. below the wrapped coin's minimum
/// balance for a new account): kept until the beneficiary claims it or governance redirects it.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct ParkedDeposit<AccountId, Balance> {
	/// Who the deposit is for.
	pub beneficiary: AccountId,
	/// How much.
	pub amount: Balance,
}

/// A withdrawal to a remote chain, burned here and waiting for the relayers to settle it.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Withdrawal<AccountId, Balance, BlockNumber> {
	/// The remote chain.
	pub chain: ChainId,
	/// Who burned the wrapped coin (and is refunded if the withdrawal fails).
	pub who: AccountId,
	/// The EVM address it is paid to.
	pub recipient: H160,
	/// How much.
	pub amount: Balance,
	/// When it was requested.
	pub requested_at: BlockNumber,
}

/// The limits of a pool's cert on a remote chain.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct CertLimits<Balance, BlockNumber> {
	/// The least one transfer takes (the vault bounds returns and redemptions with its own
	/// least, at least this).
	pub min_transfer: Balance,
	/// The most one transfer, return or redemption takes.
	pub max_transfer: Balance,
	/// The most all returns and redemptions from the chain release within any `period`
	/// consecutive blocks.
	pub max_per_period: Balance,
	/// The length of the sliding window, in blocks.
	pub period: BlockNumber,
}

/// A pool's cert on a remote chain: whether it may be sent there, its limits, and its books.
///
/// The cert that left for the chain is locked in the bridge's account:
/// `locked(pool) == Σ over chains (outstanding + pending)`, and `outstanding` is the ERC-20 cert
/// of the pool on the chain once every remote event is attested.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct CertRoute<Balance, BlockNumber> {
	/// Whether cert may be sent to the chain (returns and redemptions are always accepted).
	pub enabled: bool,
	/// The limits.
	pub limits: CertLimits<Balance, BlockNumber>,
	/// What returns and redemptions released lately (the sliding window of `limits.period`).
	pub window: MintWindow<Balance>,
	/// Cert minted on the chain and not burned there: what its ERC-20 cert totals.
	pub outstanding: Balance,
	/// Cert sent to the chain whose mint is not attested yet.
	pub pending: Balance,
}

/// Cert sent to a remote chain, locked here and waiting for the relayers to attest its mint.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct CertTransfer<AccountId, Balance, BlockNumber> {
	/// The remote chain.
	pub chain: ChainId,
	/// The pool.
	pub pool: PoolId,
	/// Who sent it (and gets it back if the mint fails).
	pub who: AccountId,
	/// The EVM address the cert is minted to.
	pub recipient: H160,
	/// How much cert.
	pub amount: Balance,
	/// When it was sent.
	pub requested_at: BlockNumber,
}

/// A pool's fair value at its latest reward or slash report, carried to the remote chains where
/// its cert lives: `pooled` coin for `shares` cert.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	Default,
)]
pub struct CertRate<Balance> {
	/// The report's epoch: a remote chain accepts only a later one.
	pub epoch: Epoch,
	/// The pool's total pooled coin `P` after the report.
	pub pooled: Balance,
	/// The pool's total shares `S` after the report.
	pub shares: Balance,
}

/// Cert redeemed from a remote chain: unstaked here by the redemption's own account; at maturity
/// its coin is withdrawn to `recipient` (see `complete_redemption`).
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Redemption<Balance> {
	/// The pool.
	pub pool: PoolId,
	/// The EVM address the coin is paid to.
	pub recipient: H160,
	/// The cert redeemed.
	pub cert: Balance,
	/// What the unbonding request was worth when made, in the coin.
	pub value: Balance,
	/// The block of the staking side's clock from which it can be claimed.
	pub release_at: u64,
	/// The withdrawal that pays it, once requested.
	pub withdrawal: Option<WithdrawalId>,
}
