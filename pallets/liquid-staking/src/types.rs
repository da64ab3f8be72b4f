//! The pallet's types: pools, their parameters, unbonding requests and buckets, the validator
//! books; and the `*Of<T>` aliases a runtime uses to name them.

use crate::pallet::{Config, MaxTracked};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::BoundedVec, traits::OriginTrait};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_runtime::{FixedI128, FixedU128, Perbill};

pub use liquid_staking_primitives::{
	ChainId, Epoch, PoolId, RemoteChains, RemoteDestination, RemotePool, StakingInterface,
	TokenKind, ValidatorId, H160,
};

/// A balance of the pallet's coins and shares.
pub type BalanceOf<T> = <T as Config>::Balance;
/// An account of the runtime.
pub type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
/// A pool's parameters.
pub type PoolParamsOf<T> = PoolParams<AccountIdOf<T>, BalanceOf<T>, BlockNumberFor<T>>;
/// A pool, as stored.
pub type PoolInfoOf<T> = PoolInfo<
	AccountIdOf<T>,
	BalanceOf<T>,
	BlockNumberFor<T>,
	<T as Config>::UnderlyingAssetId,
	<T as Config>::CertAssetId,
>;
/// A pool, as the `pool` view function shows it.
pub type PoolViewOf<T> = PoolView<
	AccountIdOf<T>,
	BalanceOf<T>,
	BlockNumberFor<T>,
	<T as Config>::UnderlyingAssetId,
	<T as Config>::CertAssetId,
>;
/// An unbonding request.
pub type RequestOf<T> = UnbondingRequest<BalanceOf<T>, BlockNumberFor<T>>;
/// An account's unbonding requests in one pool.
pub type RequestsOf<T> = BoundedVec<RequestOf<T>, <T as Config>::MaxUnbondingRequests>;
/// An unbonding request, as the `unbonding_requests` view function shows it.
pub type UnbondingViewOf<T> = UnbondingView<BalanceOf<T>, BlockNumberFor<T>>;
/// A point of a pool's rate history.
pub type RatePointOf<T> = RatePoint<BalanceOf<T>, BlockNumberFor<T>>;
/// The origin the scheduler dispatches a bucket's maturity with.
pub type PalletsOriginOf<T> =
	<<T as frame_system::Config>::RuntimeOrigin as OriginTrait>::PalletsOrigin;
/// A cert token's name or symbol.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::StringLimit>;
/// A cert token's metadata, as `create_pool` takes it.
pub type CertMetadataOf<T> = CertMetadata<NameOf<T>, BalanceOf<T>>;
/// A validator allocation: (validator, target part), at most `MaxValidators` of them.
pub type AllocationOf<T> = BoundedVec<(ValidatorId, Perbill), <T as Config>::MaxValidators>;
/// A delegation report: (validator, what is delegated to it), at most `MaxTracked` of them.
pub type DelegationsOf<T> = BoundedVec<(ValidatorId, BalanceOf<T>), MaxTracked<T>>;
/// The validator books of a pool.
pub type ValidatorsOf<T> = BoundedVec<ValidatorBooks<BalanceOf<T>>, MaxTracked<T>>;
/// A pool created at genesis.
pub type GenesisPoolOf<T> = GenesisPool<
	<T as Config>::UnderlyingAssetId,
	<T as Config>::CertAssetId,
	AccountIdOf<T>,
	BalanceOf<T>,
	BlockNumberFor<T>,
>;

/// A cert token's metadata: the pallet-assets metadata and minimum balance of the asset
/// `create_pool` creates.
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
pub struct CertMetadata<Name, Balance> {
	/// The token's name (not empty).
	pub name: Name,
	/// The token's symbol (not empty).
	pub symbol: Name,
	/// The token's decimals (those of the underlying, for a cert that reads as the coin).
	pub decimals: u8,
	/// The least balance an account may hold (above zero).
	pub min_balance: Balance,
}

/// A pool created at genesis, with the same checks as `create_pool`.
#[derive(Clone, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenesisPool<AssetId, CertId, AccountId, Balance, BlockNumber> {
	/// The staked coin.
	pub underlying: AssetId,
	/// The id of the cert asset to create.
	pub cert: CertId,
	/// The cert token's name, as text.
	pub cert_name: alloc::string::String,
	/// The cert token's symbol, as text.
	pub cert_symbol: alloc::string::String,
	/// The cert token's decimals.
	pub cert_decimals: u8,
	/// The cert token's minimum balance.
	pub cert_min_balance: Balance,
	/// The chain the pool's validators live on, if remote.
	pub validator_chain: Option<ChainId>,
	/// The pool's parameters.
	pub params: PoolParams<AccountId, Balance, BlockNumber>,
}

/// A validator allocation set at genesis, with the same checks as `set_allocation`.
#[derive(Clone, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenesisAllocation {
	/// The pool.
	pub pool: PoolId,
	/// (validator, target part) pairs.
	pub allocation: Vec<(ValidatorId, Perbill)>,
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
	/// The EVM chain id of the chain the pool's validators live on (1: Ethereum, 56: BNB Smart
	/// Chain), whose relayers report its rewards, slashes and delegations; `None` for a coin
	/// staked here.
	pub validator_chain: Option<ChainId>,
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
	/// The shares the first stake leaves in the pool account forever: `10^(decimals / 2)` by
	/// the cert's (the coin's) decimals.
	pub dead_shares: Balance,
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
	/// Where its claim sends the coin: `None`, the owner's account here; otherwise a remote
	/// chain's address, through the bridge.
	pub destination: Option<RemoteDestination>,
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
	/// The block of the point.
	pub block: BlockNumber,
	/// The pool's total pooled `P` then.
	pub total_pooled: Balance,
	/// The pool's total shares `S` then.
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
	/// Where its claim sends the coin (`None`: the owner's account here).
	pub destination: Option<RemoteDestination>,
}

/// A pool's state as the queries show it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct PoolView<AccountId, Balance, BlockNumber, UnderlyingId, CertId> {
	/// The pool as stored.
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

/// What a bond ⇄ cert conversion gives, as `preview_convert` shows it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct ConversionPreview<Balance> {
	/// What is received: cert tokens, or bond in underlying.
	pub received: Balance,
	/// The fee, in shares (cert tokens paid to the commission account).
	pub fee: Balance,
}
