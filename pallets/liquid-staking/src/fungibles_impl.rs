//! The bond token as a `fungibles` asset (asset id = pool id), so that other pallets, a DEX among
//! them, can hold and move it beside pallet-assets tokens.
//!
//! Balances are in underlying units and move as shares, rounded against the sender. The bond
//! supply changes only through the pallet's own calls (stake, convert, unstake): minting,
//! burning or writing a balance through these traits is refused with `TokenError::Unsupported`.

use crate::{impls::raw, math, pallet::*, types::PoolId};
use frame_support::traits::tokens::{
	fungibles::{Dust, Inspect, Mutate, Unbalanced},
	DepositConsequence, Fortitude, Precision, Preservation, Provenance, WithdrawConsequence,
};
use sp_runtime::{traits::Zero, DispatchError, TokenError};

impl<T: Config> Inspect<T::AccountId> for Pallet<T> {
	type AssetId = PoolId;
	type Balance = BalanceOf<T>;

	fn total_issuance(pool: PoolId) -> BalanceOf<T> {
		Pools::<T>::get(pool)
			.and_then(|p| {
				crate::impls::bal::<T>(math::value_of(
					raw(p.bond_shares),
					raw(p.total_pooled),
					raw(p.total_shares),
				))
				.ok()
			})
			.unwrap_or_default()
	}

	fn minimum_balance(_pool: PoolId) -> BalanceOf<T> {
		Zero::zero()
	}

	fn total_balance(pool: PoolId, who: &T::AccountId) -> BalanceOf<T> {
		Self::bond_balance_of(pool, who)
	}

	fn balance(pool: PoolId, who: &T::AccountId) -> BalanceOf<T> {
		Self::bond_balance_of(pool, who)
	}

	fn reducible_balance(
		pool: PoolId,
		who: &T::AccountId,
		_preservation: Preservation,
		_force: Fortitude,
	) -> BalanceOf<T> {
		Self::bond_balance_of(pool, who)
	}

	fn can_deposit(
		pool: PoolId,
		_who: &T::AccountId,
		_amount: BalanceOf<T>,
		_provenance: Provenance,
	) -> DepositConsequence {
		if Pools::<T>::contains_key(pool) {
			DepositConsequence::Success
		} else {
			DepositConsequence::UnknownAsset
		}
	}

	fn can_withdraw(
		pool: PoolId,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> WithdrawConsequence<BalanceOf<T>> {
		if !Pools::<T>::contains_key(pool) {
			return WithdrawConsequence::UnknownAsset;
		}
		if amount > Self::bond_balance_of(pool, who) {
			return WithdrawConsequence::BalanceLow;
		}
		WithdrawConsequence::Success
	}

	fn asset_exists(pool: PoolId) -> bool {
		Pools::<T>::contains_key(pool)
	}
}

impl<T: Config> Unbalanced<T::AccountId> for Pallet<T> {
	fn handle_dust(_dust: Dust<T::AccountId, Self>) {}

	fn write_balance(
		_pool: PoolId,
		_who: &T::AccountId,
		_amount: BalanceOf<T>,
	) -> Result<Option<BalanceOf<T>>, DispatchError> {
		Err(TokenError::Unsupported.into())
	}

	fn set_total_issuance(_pool: PoolId, _amount: BalanceOf<T>) {}

	fn decrease_balance(
		_pool: PoolId,
		_who: &T::AccountId,
		_amount: BalanceOf<T>,
		_precision: Precision,
		_preservation: Preservation,
		_force: Fortitude,
	) -> Result<BalanceOf<T>, DispatchError> {
		Err(TokenError::Unsupported.into())
	}

	fn increase_balance(
		_pool: PoolId,
		_who: &T::AccountId,
		_amount: BalanceOf<T>,
		_precision: Precision,
	) -> Result<BalanceOf<T>, DispatchError> {
		Err(TokenError::Unsupported.into())
	}
}

impl<T: Config> Mutate<T::AccountId> for Pallet<T> {
	/// Moves bond worth `amount` as shares, rounded up against `source`.
	fn transfer(
		pool: PoolId,
		source: &T::AccountId,
		dest: &T::AccountId,
		amount: BalanceOf<T>,
		_preservation: Preservation,
	) -> Result<BalanceOf<T>, DispatchError> {
		if source == dest {
			return Ok(amount);
		}
		Self::do_transfer_bond(pool, source, dest, amount).map(|_| amount)
	}
}
