//! The runtime API of `pallet-liquid-staking`, for tools that do not call view functions.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use pallet_liquid_staking::{
	ConversionPreview, PlanLine, PoolId, PoolView, TokenKind, UnbondingView, ValidatorId,
};
use sp_runtime::{DispatchError, FixedU128, Perbill};

sp_api::decl_runtime_apis! {
	/// Queries of the liquid-staking pools.
	pub trait LiquidStakingApi<AccountId, Balance, BlockNumber, UnderlyingId, CertId>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
		UnderlyingId: Codec,
		CertId: Codec,
	{
		/// A pool's books, parameters, rate, token supplies and annual rate.
		fn pool(pool: PoolId) -> Option<PoolView<AccountId, Balance, BlockNumber, UnderlyingId, CertId>>;
		/// Underlying per share (18 decimals).
		fn rate(pool: PoolId) -> Option<FixedU128>;
		/// An account's bond balance, in underlying.
		fn bond_balance(pool: PoolId, who: AccountId) -> Balance;
		/// An account's cert balance and its value in underlying.
		fn cert_value(pool: PoolId, who: AccountId) -> (Balance, Balance);
		/// An account's unbonding requests with their release block and value.
		fn unbonding_requests(pool: PoolId, who: AccountId) -> Vec<UnbondingView<Balance, BlockNumber>>;
		/// What `who` staking `amount` would receive now; refuses what `stake` refuses.
		fn preview_stake(pool: PoolId, who: AccountId, amount: Balance, kind: TokenKind) -> Result<Balance, DispatchError>;
		/// What `who` unstaking `amount` would be owed, and its release block; refuses what
		/// `unstake` refuses.
		fn preview_unstake(pool: PoolId, who: AccountId, amount: Balance, kind: TokenKind) -> Result<(Balance, BlockNumber), DispatchError>;
		/// What `who` converting `amount` (all if `None`) from `from` would receive, and the fee;
		/// refuses what the conversion refuses.
		fn preview_convert(pool: PoolId, who: AccountId, amount: Option<Balance>, from: TokenKind) -> Result<ConversionPreview<Balance>, DispatchError>;
		/// A pool's validator allocation: (EVM address, target part).
		fn allocation(pool: PoolId) -> Vec<(ValidatorId, Perbill)>;
		/// A pool's rebalancing plan: per tracked validator its target, what is delegated and
		/// what to delegate or undelegate.
		fn allocation_plan(pool: PoolId) -> Vec<PlanLine<Balance>>;
	}
}
