//! The pallet's types: pools, their parameters, unbonding requests and buckets.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::{H160, H256};
use sp_runtime::{FixedI128, FixedU128, Perbill};

/// Identifier of a pool.
pub type PoolId = u32;

/// Which face of the pool's shares a user holds or asks for.
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
pub enum TokenKind {
	/// The bond token: 1 bond = 1 underlying coin; balances grow as rewards arrive (rebasing).
	Bond,
	/// The cert token: a pallet-assets asset of fixed balance whose fair value grows.
	Cert,
}

/// What is paused in a pool. Claims of matured requests are never paused.
#[derive(
	Clone,
	Copy,
	Default,
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
pub struct PauseFlags {
	/// `stake` is refused.
	pub staking: bool,
	/// `unstake` is refused.
	pub unstaking: bool,
}

impl PauseFlags {
	/// Everything that can be paused is paused.
	pub const ALL: Self = Self { staking: true, unstaking: true };
}

/// The parameters of a pool, set by the admin origin and range-checked.
#[derive(
	Clone,
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
pub struct PoolParams<AccountId, Balance, BlockNumber> {
	/// The least underlying one `stake` takes; at least the underlying's minimum balance.
	pub min_stake: Balance,
	/// The least value one `unstake` takes out.
	pub min_unstake: Balance,
	/// Blocks between an unstake and the release of its coins (at most the pallet's bound).
	pub unbonding_period: BlockNumber,
	/// Releases are grouped in buckets of this many blocks; a release block is rounded up to a
	/// multiple of it, so the wait is never shorter than the unbonding period.
	pub bucket_interval: BlockNumber,
	/// Part of each reward paid to `commission_account` as cert tokens.
	pub commission: Perbill,
	/// The account the commission and the conversion fee are paid to.
	pub commission_account: AccountId,
	/// The largest reward one report may bring, as a part of the total pooled.
	pub max_reward_per_report: Perbill,
	/// The largest slash one report applies without pausing the pool, as a part of the total
	/// pooled.
	pub max_slash_per_report: Perbill,
	/// The least number of blocks between two reports.
	pub min_report_interval: BlockNumber,
	/// The fee of a bond ⇄ cert conversion (at most 1 %).
	pub conversion_fee: Perbill,
	/// The most underlying the pool takes in total, if any.
	pub stake_cap: Option<Balance>,
	/// The largest target one validator may be given in the pool's allocation.
	pub max_validator_target: Perbill,
}

/// A pool: one staked coin, its cert asset, its parameters and its books.
///
/// Every share is in exactly one place:
/// `total_shares == cert supply + bond_shares + unbonding_shares`.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct PoolInfo<AccountId, Balance, BlockNumber, UnderlyingId, CertId> {
	/// The staked coin.
	pub underlying: UnderlyingId,
	/// The cert token: a pallet-assets asset owned by the pallet.
	pub cert: CertId,
	/// The EVM chain id of the remote chain the coin is staked on (56: BSC, 137: Polygon), if any.
	pub remote_chain: Option<u64>,
	/// The pool's parameters.
	pub params: PoolParams<AccountId, Balance, BlockNumber>,
	/// What is paused.
	pub paused: PauseFlags,
	/// `P`: the underlying credited to the pool (stakes + rewards − slashes − matured buckets).
	/// Never read from the pool account's balance.
	pub total_pooled: Balance,
	/// `S`: all shares, whatever their face.
	pub total_shares: Balance,
	/// The shares held as bond, by all accounts (the dead shares included).
	pub bond_shares: Balance,
	/// The shares in unbonding buckets not yet matured.
	pub unbonding_shares: Balance,
	/// Underlying of matured buckets not yet claimed (held by the pool account, outside `P`).
	pub claimable: Balance,
	/// Underlying staked since the pool's stakes were last planned onto its validators: the
	/// stakes of a block are planned together when the block ends (`on_idle`), or before a
	/// bucket of the pool matures, whichever comes first.
	pub unplanned: Balance,
	/// The epoch of the last reward or slash report (0: none yet).
	pub last_epoch: u64,
	/// The epoch of the last delegation report (0: none yet).
	pub delegation_epoch: u64,
	/// The block of the last report, if any.
	pub last_report_block: Option<BlockNumber>,
}

/// One account's unbonding request in one bucket.
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
pub struct UnbondingRequest<Balance, BlockNumber> {
	/// The bucket: the block from which the request can be released.
	pub bucket: BlockNumber,
	/// The shares the request holds.
	pub shares: Balance,
}

/// All the requests of one release block of one pool.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, Default)]
pub struct Bucket<Balance> {
	/// The shares of the requests not yet claimed.
	pub shares: Balance,
	/// `None` until the bucket matures; then the underlying not yet claimed by its requests.
	pub matured: Option<Balance>,
}

/// A point of a pool's rate history: at `block`, `total_pooled` underlying for `total_shares`.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct RatePoint<Balance, BlockNumber> {
	pub block: BlockNumber,
	pub total_pooled: Balance,
	pub total_shares: Balance,
}

/// An unbonding request as the queries show it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct UnbondingView<Balance, BlockNumber> {
	/// The block from which it can be claimed.
	pub release_at: BlockNumber,
	/// The shares it holds.
	pub shares: Balance,
	/// What it is worth now (after maturing: what its claim pays).
	pub value: Balance,
	/// Whether its bucket has matured.
	pub matured: bool,
}

/// A pool's state as the queries show it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct PoolView<AccountId, Balance, BlockNumber, UnderlyingId, CertId> {
	pub info: PoolInfo<AccountId, Balance, BlockNumber, UnderlyingId, CertId>,
	/// Underlying per share, 18 decimals.
	pub rate: FixedU128,
	/// The cert token's total supply.
	pub cert_supply: Balance,
	/// The bond token's total supply, in underlying.
	pub bond_supply: Balance,
	/// The annual rate of return over the rate history, if it has two points or more.
	pub apr: Option<FixedI128>,
}

/// A validator of a remote chain: its EVM address.
pub type ValidatorId = H160;

/// What the pool's books know of one validator.
///
/// A validator is tracked while it has a target or anything delegated or planned: one dropped
/// from the allocation keeps its books with target 0 until its stake is planned out.
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
pub struct ValidatorBooks<Balance> {
	/// The validator.
	pub validator: ValidatorId,
	/// Its part of the pool's stake in the allocation (0: not or no longer allocated).
	pub target: Perbill,
	/// What the last delegation report said is delegated to it.
	pub delegated: Balance,
	/// `delegated` plus what the pallet has planned for it since that report.
	pub planned: Balance,
}

impl<Balance: sp_runtime::traits::Zero> ValidatorBooks<Balance> {
	/// Nothing left to keep: no target, nothing delegated, nothing planned.
	pub fn is_empty(&self) -> bool {
		self.target.is_zero() && self.delegated.is_zero() && self.planned.is_zero()
	}
}

/// Whether a plan moves stake to validators or takes it from them.
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
pub enum PlanDirection {
	/// New stake, to delegate on the remote chain.
	Delegate,
	/// Released stake, to undelegate on the remote chain.
	Undelegate,
}

/// One validator's line of the rebalancing plan.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct PlanLine<Balance> {
	/// The validator.
	pub validator: ValidatorId,
	/// Its target part.
	pub target: Perbill,
	/// Its target part of the total pooled, in underlying.
	pub target_amount: Balance,
	/// What the last delegation report said is delegated to it.
	pub delegated: Balance,
	/// `delegated` plus what was planned for it since that report.
	pub planned: Balance,
	/// `target_amount − delegated` when positive: to delegate.
	pub to_delegate: Balance,
	/// `delegated − target_amount` when positive: to undelegate.
	pub to_undelegate: Balance,
}

/// The EVM chain id of a remote chain (56: BNB Smart Chain, 137: Polygon).
pub type ChainId = u64;

/// Identifier of a withdrawal to a remote chain.
pub type WithdrawalId = u64;

/// Identifier of a deposit waiting in a chain's queue.
pub type QueuedDepositId = u64;

/// How much a chain's deposits may mint: per deposit, and per window of `period` blocks.
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
	/// The most all deposits of one window mint.
	pub max_per_period: Balance,
	/// The length of a window, in blocks.
	pub period: BlockNumber,
}

/// A remote chain: its wrapped coin here, its limits, its relayers' threshold and its books.
///
/// The books satisfy `withdrawn == released + refunded + pending withdrawals`, and the wrapped
/// coin's total issuance is `issuance_base + minted + refunded − burned − withdrawn`: the
/// bridge is the only way the wrapped coin is minted.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct ChainInfo<Balance, BlockNumber, AssetId, RelayerSet> {
	/// The wrapped coin of the chain's native coin (BNB, MATIC) on this chain.
	pub wrapped: AssetId,
	/// The chain's relayers (kept here, so that a vote reads one item for the chain).
	pub relayers: RelayerSet,
	/// The deposit limits.
	pub limits: BridgeLimits<Balance, BlockNumber>,
	/// How many of the current relayers must agree on a message.
	pub threshold: u32,
	/// Whether the chain is paused: votes are kept, nothing executes.
	pub paused: bool,
	/// The first block of the current deposit window.
	pub window_start: BlockNumber,
	/// What deposits minted in the current window.
	pub window_used: Balance,
	/// The deposits waiting in the queue.
	pub queued: u32,
	/// The wrapped coin's total issuance when the chain was registered.
	pub issuance_base: Balance,
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
	/// The remote transaction that locked the coins.
	pub tx_hash: H256,
	/// The index of the deposit's log in that transaction.
	pub log_index: u32,
	/// Who receives the wrapped coin (or the stake) here.
	pub beneficiary: AccountId,
	/// How much.
	pub amount: Balance,
	/// Stake it at once into this pool, as this token, instead of paying the wrapped coin.
	pub stake: Option<(PoolId, TokenKind)>,
}

/// A remote event, attested by a chain's relayers.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub enum BridgeMessage<AccountId, Balance> {
	/// Coins were locked on the remote chain for `beneficiary` here: mint the wrapped coin to
	/// them, or stake it for them.
	Deposit(Deposit<AccountId, Balance>),
	/// A remote pool earned `amount` at `epoch`: the wrapped coin is minted into the pool
	/// account and the rewards are applied.
	Rewards { pool: PoolId, epoch: u64, amount: Balance },
	/// A remote pool lost `amount` at `epoch`: the slash is applied and the wrapped coin is
	/// burned from the pool account.
	Slash { pool: PoolId, epoch: u64, amount: Balance },
	/// What a remote pool has delegated to each validator at `epoch`.
	Delegations { pool: PoolId, epoch: u64, delegations: Vec<(ValidatorId, Balance)> },
	/// A withdrawal was paid to its recipient on the remote chain in transaction `tx_hash`.
	WithdrawalReleased { id: WithdrawalId, tx_hash: H256 },
	/// A withdrawal could not be paid on the remote chain: it is refunded here.
	WithdrawalFailed { id: WithdrawalId },
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
	/// A deposit: its remote transaction and log.
	Deposit { tx_hash: H256, log_index: u32 },
	/// A reward or slash report: its pool and epoch.
	Report { pool: PoolId, epoch: u64 },
	/// A delegation report: its pool and epoch.
	Delegations { pool: PoolId, epoch: u64 },
	/// The settlement of a withdrawal.
	Withdrawal { id: WithdrawalId },
}

impl<AccountId, Balance> BridgeMessage<AccountId, Balance> {
	/// The message's replay key.
	pub fn key(&self) -> ReplayKey {
		match self {
			Self::Deposit(d) => ReplayKey::Deposit { tx_hash: d.tx_hash, log_index: d.log_index },
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
