//! What pallet-liquid-staking and pallet-liquid-staking-bridge share: the ids both speak of, and
//! the two traits through which they talk to each other.
//!
//! - [`StakingInterface`]: what the bridge asks of liquid staking (implemented by
//!   pallet-liquid-staking): a pool's coin and validator chain, staking a coin the bridge minted
//!   for a depositor, applying the reports the relayers attest, and moving, unstaking and
//!   claiming the cert that travels to remote chains.
//! - [`RemoteChains`]: what liquid staking asks of the bridge (implemented by
//!   pallet-liquid-staking-bridge): the wrapped coin of a remote chain, so that a pool staked
//!   on that chain is created with that coin, and withdrawals to a remote chain, so that an
//!   unstake can name a [`RemoteDestination`] its claim sends the coin to. `()` has no remote
//!   chain: a runtime that stakes only its own coin needs no bridge.
//!
//! Each pallet's mock implements the other side in a few lines, so each is built and tested
//! alone.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
pub use sp_core::H160;
use sp_runtime::Weight;
use sp_runtime::{DispatchError, DispatchResult};

/// Identifier of a liquid-staking pool.
pub type PoolId = u32;

/// The EVM chain id of a remote chain (1: Ethereum, 56: BNB Smart Chain, 137: Polygon).
pub type ChainId = u64;

/// A validator of a remote chain: its EVM address.
pub type ValidatorId = H160;

/// A report's epoch: reward and slash reports of a pool come with consecutive epochs.
pub type Epoch = u64;

/// Which face of a pool's shares a user holds or asks for.
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

/// What the bridge needs to know of a pool.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct RemotePool<AssetId> {
	/// The pool's coin: a stake into the pool is paid in it.
	pub underlying: AssetId,
	/// The chain the pool's validators live on, whose relayers report its rewards, slashes and
	/// delegations; `None` for a pool of a coin staked here.
	pub validator_chain: Option<ChainId>,
	/// The epoch of the pool's last reward or slash report (0 before the first).
	pub last_epoch: Epoch,
	/// The epoch of the pool's last delegation report (0 before the first).
	pub delegation_epoch: Epoch,
}

/// What the bridge asks of liquid staking.
///
/// Every method changes storage only when it returns `Ok`; the bridge runs each message in a
/// storage layer, so a refusal leaves nothing behind.
pub trait StakingInterface<AccountId> {
	/// The balance of a coin and of shares.
	type Balance;
	/// How the runtime names a coin.
	type AssetId;

	/// What the bridge needs of `pool`, if it exists.
	fn remote_pool(pool: PoolId) -> Option<RemotePool<Self::AssetId>>;

	/// The account that holds `pool`'s coin.
	fn pool_account(pool: PoolId) -> AccountId;

	/// Stakes `amount` for `beneficiary` into `pool`, as `kind`. The caller has already minted
	/// `amount` of the pool's coin into [`Self::pool_account`]. Returns the shares given.
	///
	/// Refused (and nothing changed) for every reason a `stake` call is refused: a paused pool,
	/// an amount below its minimum or over its cap.
	fn stake_deposited(
		beneficiary: &AccountId,
		pool: PoolId,
		amount: Self::Balance,
		kind: TokenKind,
	) -> Result<Self::Balance, DispatchError>;

	/// Applies the reward of `epoch`. The caller has already minted `amount` of the pool's coin
	/// into [`Self::pool_account`].
	fn report_rewards(pool: PoolId, epoch: Epoch, amount: Self::Balance) -> DispatchResult;

	/// Applies the slash of `epoch`; the caller then burns `amount` of the pool's coin from
	/// [`Self::pool_account`].
	fn report_slash(pool: PoolId, epoch: Epoch, amount: Self::Balance) -> DispatchResult;

	/// Records what is delegated to each validator of `pool` at `epoch`.
	fn report_delegations(
		pool: PoolId,
		epoch: Epoch,
		delegations: Vec<(ValidatorId, Self::Balance)>,
	) -> DispatchResult;

	/// The most validators one delegation report may name.
	fn max_delegations() -> u32;

	/// `pool`'s total pooled coin `P` and total shares `S` now: the cert's fair value is `P / S`
	/// coin per cert.
	fn pool_totals(pool: PoolId) -> Option<(Self::Balance, Self::Balance)>;

	/// What `who` holds of `pool`'s cert.
	fn cert_balance(pool: PoolId, who: &AccountId) -> Self::Balance;

	/// Moves `amount` of `pool`'s cert from `from` to `to`, whose account is created if needed;
	/// `from` may be emptied. Refused if `from` holds less, or `to` cannot receive it.
	fn transfer_cert(
		pool: PoolId,
		from: &AccountId,
		to: &AccountId,
		amount: Self::Balance,
	) -> DispatchResult;

	/// Unstakes `amount` of `who`'s cert of `pool`, as the `unstake` call does (refused for the
	/// same reasons: paused unstaking, below the minimum, too many requests). Returns the
	/// request's value in the coin and the block of the staking side's clock from which it can
	/// be claimed.
	fn unstake_cert(
		who: &AccountId,
		pool: PoolId,
		amount: Self::Balance,
	) -> Result<(Self::Balance, u64), DispatchError>;

	/// Pays `owner`'s matured unbonding requests in `pool` to `owner`, in the pool's coin, as
	/// the `claim` call does (and, as it does, sends those with a remote destination on to it);
	/// returns what was paid.
	fn claim(pool: PoolId, owner: &AccountId) -> Result<Self::Balance, DispatchError>;

	/// Creates a pool of `underlying` whose validators live on `validator_chain`, in the state
	/// where a stake and a report into it cost the most, for the bridge's benchmarks. Returns
	/// the pool and the validators its books track.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_pool(
		underlying: Self::AssetId,
		validator_chain: ChainId,
	) -> (PoolId, Vec<ValidatorId>);
}

/// Where an unbonding request's coin goes when it is claimed, instead of the owner's account
/// here: `recipient` on the remote chain `chain`, as a withdrawal through the bridge.
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
pub struct RemoteDestination {
	/// The chain the coin goes to.
	pub chain: ChainId,
	/// The address that receives it there.
	pub recipient: H160,
}

/// What liquid staking asks of the bridge.
pub trait RemoteChains<AccountId, AssetId, Balance> {
	/// The coin that stands here for `chain`'s own coin, if the chain is served.
	fn wrapped_coin(chain: ChainId) -> Option<AssetId>;

	/// Whether a withdrawal of `amount` of `chain`'s wrapped coin would be taken now: the chain
	/// is served and not paused, and `amount` is at least its minimum withdrawal.
	fn can_withdraw(chain: ChainId, amount: Balance) -> DispatchResult;

	/// Burns `amount` of `chain`'s wrapped coin from `who` and sends it to `recipient` on
	/// `chain`: a withdrawal owned by `who` (refunded to `who` if it fails there). The chain's
	/// minimum withdrawal does not apply: [`Self::can_withdraw`] checked it when the exit was
	/// asked for. Changes nothing when it returns an error.
	fn withdraw(
		who: &AccountId,
		chain: ChainId,
		amount: Balance,
		recipient: H160,
	) -> DispatchResult;

	/// The most [`Self::can_withdraw`] and [`Self::withdraw`] weigh together.
	fn withdraw_weight() -> Weight;
}

/// No remote chain: a runtime that stakes only its own coins.
impl<AccountId, AssetId, Balance> RemoteChains<AccountId, AssetId, Balance> for () {
	fn wrapped_coin(_chain: ChainId) -> Option<AssetId> {
		None
	}

	fn can_withdraw(_chain: ChainId, _amount: Balance) -> DispatchResult {
		Err(DispatchError::Unavailable)
	}

	fn withdraw(
		_who: &AccountId,
		_chain: ChainId,
		_amount: Balance,
		_recipient: H160,
	) -> DispatchResult {
		Err(DispatchError::Unavailable)
	}

	fn withdraw_weight() -> Weight {
		Weight::zero()
	}
}
