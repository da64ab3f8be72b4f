//! The bond token as a `fungibles` asset (asset id = pool id), so that other pallets, a DEX among
//! them, can hold and move it beside pallet-assets tokens.
//!
//! Balances are in underlying units and move as shares, rounded against the sender. The bond
//! supply changes only through the pallet's own calls (stake, convert, unstake): minting,
//! burning or writing a balance through these traits is refused with `TokenError::Unsupported`.
//!
//! `Balanced` (what a DEX uses to swap) works by pairs: a withdrawal debits the shares of its
//! value, rounded up, into the pool's transit account; a deposit credits the shares of its value,
//! also rounded up, out of it, so that the receiver's balance grows by at least the amount: an
//! exact deposit is exact (a swap never pays less than its minimum) or refused. Nothing can be
//! deposited that was not withdrawn first, and leftovers stay in transit, with the pool.
//!
//! The bond token's minimum balance is the underlying's: a deposit that would create a bond
//! balance below it is refused (`TokenError::BelowMinimum`), as for any fungible.

use crate::{
	math::{self, from_u128, to_u128},
	pallet::*,
	types::{BalanceOf, PoolId},
};
use frame_support::{
	ensure,
	traits::{
		tokens::{
			fungibles::{
				Balanced, DecreaseIssuance, Dust, IncreaseIssuance, Inspect, Mutate, Refund,
				Unbalanced,
			},
			DepositConsequence, Fortitude, Precision, Preservation, Provenance,
			WithdrawConsequence,
		},
		AccountTouch,
	},
};
use sp_runtime::{traits::Zero, DispatchError, DispatchResult, TokenError};

impl<T: Config> Inspect<T::AccountId> for Pallet<T> {
	type AssetId = PoolId;
	type Balance = BalanceOf<T>;

	fn total_issuance(pool: PoolId) -> BalanceOf<T> {
		Pools::<T>::get(pool)
			.and_then(|p| {
				from_u128::<BalanceOf<T>>(math::value_of(
					to_u128(p.bond_shares),
					to_u128(p.total_pooled),
					to_u128(p.total_shares),
				))
				.ok()
			})
			.unwrap_or_default()
	}

	fn minimum_balance(pool: PoolId) -> BalanceOf<T> {
		Pools::<T>::get(pool).map(|p| Self::min_bond(&p)).unwrap_or_default()
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
		who: &T::AccountId,
		amount: BalanceOf<T>,
		_provenance: Provenance,
	) -> DepositConsequence {
		let Some(info) = Pools::<T>::get(pool) else {
			return DepositConsequence::UnknownAsset;
		};
		if !amount.is_zero()
			&& !BondShares::<T>::contains_key(pool, who)
			&& amount < Self::min_bond(&info)
		{
			return DepositConsequence::BelowMinimum;
		}
		DepositConsequence::Success
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
		pool: PoolId,
		who: &T::AccountId,
		amount: BalanceOf<T>,
		precision: Precision,
		_preservation: Preservation,
		_force: Fortitude,
	) -> Result<BalanceOf<T>, DispatchError> {
		let info = Pools::<T>::get(pool).ok_or(TokenError::UnknownAsset)?;
		if amount.is_zero() {
			return Ok(amount);
		}
		ensure!(!info.total_pooled.is_zero(), TokenError::FundsUnavailable);
		let have = BondShares::<T>::get(pool, who);
		let (p, s) = (to_u128(info.total_pooled), to_u128(info.total_shares));
		let mut shares = from_u128::<BalanceOf<T>>(math::shares_to_debit(to_u128(amount), p, s)?)?;
		let mut value = amount;
		if shares > have {
			ensure!(precision == Precision::BestEffort, TokenError::FundsUnavailable);
			shares = have;
			value = from_u128::<BalanceOf<T>>(math::value_of(to_u128(have), p, s))?;
		}
		if shares.is_zero() {
			return Ok(Zero::zero());
		}
		Self::move_bond_shares(pool, who, &Self::transit_account(pool), shares)?;
		Ok(value)
	}

	fn increase_balance(
		pool: PoolId,
		who: &T::AccountId,
		amount: BalanceOf<T>,
		precision: Precision,
	) -> Result<BalanceOf<T>, DispatchError> {
		let info = Pools::<T>::get(pool).ok_or(TokenError::UnknownAsset)?;
		if amount.is_zero() {
			return Ok(amount);
		}
		ensure!(!info.total_pooled.is_zero(), TokenError::FundsUnavailable);
		let transit = Self::transit_account(pool);
		let held = BondShares::<T>::get(pool, &transit);
		let (p, s) = (to_u128(info.total_pooled), to_u128(info.total_shares));
		// Rounded up: the receiver's balance grows by at least `amount`.
		let mut shares = from_u128::<BalanceOf<T>>(math::shares_to_debit(to_u128(amount), p, s)?)?;
		let mut value = amount;
		if shares > held {
			ensure!(precision == Precision::BestEffort, TokenError::FundsUnavailable);
			shares = held;
			value = from_u128::<BalanceOf<T>>(math::value_of(to_u128(held), p, s))?;
		}
		if shares.is_zero() {
			ensure!(precision == Precision::BestEffort, TokenError::FundsUnavailable);
			return Ok(Zero::zero());
		}
		if Self::ensure_bond_credit(&info, pool, who, shares).is_err() {
			return Err(TokenError::BelowMinimum.into());
		}
		Self::move_bond_shares(pool, &transit, who, shares)?;
		Ok(value)
	}
}

/// The bond supply is derived from the shares, so a dropped imbalance changes no total: the
/// shares of a dropped credit stay in transit, with the pool.
impl<T: Config> Balanced<T::AccountId> for Pallet<T> {
	type OnDropDebt = IncreaseIssuance<T::AccountId, Self>;
	type OnDropCredit = DecreaseIssuance<T::AccountId, Self>;
}

impl<T: Config> AccountTouch<PoolId, T::AccountId> for Pallet<T> {
	type Balance = BalanceOf<T>;

	/// A bond balance needs no account of its own.
	fn deposit_required(_pool: PoolId) -> BalanceOf<T> {
		Zero::zero()
	}

	fn should_touch(_pool: PoolId, _who: &T::AccountId) -> bool {
		false
	}

	fn touch(_pool: PoolId, _who: &T::AccountId, _depositor: &T::AccountId) -> DispatchResult {
		Ok(())
	}
}

impl<T: Config> Refund<T::AccountId> for Pallet<T> {
	type AssetId = PoolId;
	type Balance = BalanceOf<T>;

	/// No deposit is ever held for a bond balance.
	fn deposit_held(_pool: PoolId, _who: T::AccountId) -> Option<(T::AccountId, BalanceOf<T>)> {
		None
	}

	fn refund(_pool: PoolId, _who: T::AccountId) -> DispatchResult {
		Err(TokenError::Unsupported.into())
	}
}

impl<T: Config> Mutate<T::AccountId> for Pallet<T> {
	/// Refused: bond is minted only by a stake.
	fn mint_into(
		_pool: PoolId,
		_who: &T::AccountId,
		_amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		Err(TokenError::Unsupported.into())
	}

	/// Refused: bond is burned only by an unstake or a conversion.
	fn burn_from(
		_pool: PoolId,
		_who: &T::AccountId,
		_amount: BalanceOf<T>,
		_preservation: Preservation,
		_precision: Precision,
		_force: Fortitude,
	) -> Result<BalanceOf<T>, DispatchError> {
		Err(TokenError::Unsupported.into())
	}

	/// Refused, as burning is.
	fn shelve(
		_pool: PoolId,
		_who: &T::AccountId,
		_amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		Err(TokenError::Unsupported.into())
	}

	/// Refused, as minting is.
	fn restore(
		_pool: PoolId,
		_who: &T::AccountId,
		_amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		Err(TokenError::Unsupported.into())
	}

	/// Refused: balances are not written.
	fn set_balance(_pool: PoolId, _who: &T::AccountId, _amount: BalanceOf<T>) -> BalanceOf<T> {
		Zero::zero()
	}

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
