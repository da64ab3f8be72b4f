//! A pool's cert on the remote chains: sent out (locked here, minted there as an ERC-20), returned
//! (burned there, released here), redeemed from there (burned there, unstaked here, its coin
//! withdrawn there at maturity), and the pool's fair value carried with each report.
//!
//! The cert that left for the chains is locked in the bridge's account; per pool,
//! `locked == Σ over chains (outstanding + pending)`, where `outstanding` is what the chain's
//! ERC-20 cert totals once every remote event is attested, and `pending` what was sent and whose
//! mint is not attested yet. Returns and redemptions take the vault's inbound nonce (shared with
//! deposits), so they are replay-protected by the same window; each is bounded per message and
//! per sliding window, as deposits are.

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungibles::Inspect as _,
		tokens::{Fortitude, Preservation},
	},
};
use sp_core::{H160, H256};
use sp_runtime::{
	traits::{AccountIdConversion, Saturating, Zero},
	ArithmeticError,
};

impl<T: Config> Pallet<T> {
	/// The bridge's account: it locks the cert sent to remote chains.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// The account that unstakes and claims the redemption of `chain`'s inbound `nonce`.
	pub fn redemption_account(chain: ChainId, nonce: u64) -> T::AccountId {
		// Hashed, so that the account is unique whatever the account type's length.
		let seed = <sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash_of(&(
			b"redeem", chain, nonce,
		));
		T::PalletId::get().into_sub_account_truncating(seed)
	}

	pub(crate) fn ensure_cert_limits(limits: &CertLimitsOf<T>) -> DispatchResult {
		ensure!(
			!limits.min_transfer.is_zero()
				&& limits.max_transfer >= limits.min_transfer
				&& limits.max_per_period >= limits.max_transfer
				&& !limits.period.is_zero(),
			Error::<T>::InvalidLimits
		);
		Ok(())
	}

	fn cert_slot(limits: &CertLimitsOf<T>) -> u64 {
		use sp_runtime::SaturatedConversion;
		let period: u64 = limits.period.saturated_into();
		let now: u64 = Self::now().saturated_into();
		now / MintWindow::<BalanceOf<T>>::slot_len(period)
	}

	/// Opens, closes or changes a cert route (see `set_cert_route`).
	pub(crate) fn do_set_cert_route(
		chain: ChainId,
		pool: PoolId,
		enabled: bool,
		limits: CertLimitsOf<T>,
	) -> DispatchResult {
		let info = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?;
		let p = T::Staking::remote_pool(pool).ok_or(Error::<T>::PoolNotFound)?;
		ensure!(p.underlying == info.wrapped, Error::<T>::NotThePoolsCoin);
		Self::ensure_cert_limits(&limits)?;
		Self::write_cert_route(chain, pool, enabled, limits);
		Ok(())
	}

	/// Opens, closes or changes a checked cert route.
	pub(crate) fn write_cert_route(
		chain: ChainId,
		pool: PoolId,
		enabled: bool,
		limits: CertLimitsOf<T>,
	) {
		let slot = Self::cert_slot(&limits);
		CertRoutes::<T>::mutate(chain, pool, |route| match route {
			Some(r) => {
				if r.limits.period != limits.period {
					r.window.reset_to(slot);
				}
				r.enabled = enabled;
				r.limits = limits;
			},
			None => {
				*route = Some(CertRoute {
					enabled,
					limits,
					window: MintWindow { slot, used: Default::default() },
					outstanding: Zero::zero(),
					pending: Zero::zero(),
				})
			},
		});
		Self::deposit_event(Event::CertRouteSet { chain, pool, enabled, limits });
	}

	/// Locks `who`'s cert and records a transfer to `recipient` on `chain` (see `send_cert`).
	pub(crate) fn do_send_cert(
		who: T::AccountId,
		chain: ChainId,
		pool: PoolId,
		amount: BalanceOf<T>,
		recipient: H160,
	) -> Result<CertTransferId, DispatchError> {
		let info = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?;
		ensure!(!info.paused, Error::<T>::ChainPaused);
		let mut route = CertRoutes::<T>::get(chain, pool).ok_or(Error::<T>::CertRouteNotFound)?;
		ensure!(route.enabled, Error::<T>::CertRouteDisabled);
		ensure!(!recipient.is_zero(), Error::<T>::ZeroRecipient);
		ensure!(amount >= route.limits.min_transfer, Error::<T>::CertTransferTooSmall);
		ensure!(amount <= route.limits.max_transfer, Error::<T>::CertTransferTooLarge);
		ensure!(T::Staking::cert_balance(pool, &who) >= amount, Error::<T>::InsufficientCert);
		T::Staking::transfer_cert(pool, &who, &Self::account_id(), amount)?;
		route.pending = route.pending.checked_add(&amount).ok_or(ArithmeticError::Overflow)?;
		let id = NextCertTransferId::<T>::get();
		NextCertTransferId::<T>::put(id.checked_add(1).ok_or(ArithmeticError::Overflow)?);
		CertTransfers::<T>::insert(
			id,
			CertTransfer {
				chain,
				pool,
				who: who.clone(),
				recipient,
				amount,
				requested_at: Self::now(),
			},
		);
		CertRoutes::<T>::insert(chain, pool, route);
		Self::deposit_event(Event::CertSent { id, chain, pool, who, recipient, amount });
		Ok(id)
	}

	/// A cert transfer pending on `chain`; a settled one is `AlreadyExecuted`.
	pub(crate) fn pending_cert_transfer(
		chain: ChainId,
		id: CertTransferId,
	) -> Result<CertTransferOf<T>, DispatchError> {
		match CertTransfers::<T>::get(id) {
			Some(t) => {
				ensure!(t.chain == chain, Error::<T>::WrongChain);
				Ok(t)
			},
			None if id < NextCertTransferId::<T>::get() => Err(Error::<T>::AlreadyExecuted.into()),
			None => Err(Error::<T>::CertTransferNotFound.into()),
		}
	}

	/// Checks a return or redemption before it is voted on: a transaction, an amount, a route.
	/// The route's largest transfer and what is outstanding are checked when it executes (a
	/// return may be attested before the mint it returns).
	pub(crate) fn validate_cert_inbound(
		chain: ChainId,
		pool: PoolId,
		amount: BalanceOf<T>,
		tx_hash: &H256,
	) -> DispatchResult {
		ensure!(!tx_hash.is_zero(), Error::<T>::ZeroHash);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(CertRoutes::<T>::contains_key(chain, pool), Error::<T>::CertRouteNotFound);
		Ok(())
	}

	/// Closes a transfer whose mint was attested: its cert is now outstanding on the chain.
	pub(crate) fn execute_cert_minted(
		chain: ChainId,
		id: CertTransferId,
		tx_hash: H256,
	) -> DispatchResult {
		let t = CertTransfers::<T>::take(id).ok_or(Error::<T>::CertTransferNotFound)?;
		CertRoutes::<T>::try_mutate(chain, t.pool, |r| -> DispatchResult {
			let r = r.as_mut().ok_or(Error::<T>::CertRouteNotFound)?;
			r.pending = r.pending.checked_sub(&t.amount).ok_or(ArithmeticError::Underflow)?;
			r.outstanding =
				r.outstanding.checked_add(&t.amount).ok_or(ArithmeticError::Overflow)?;
			Ok(())
		})?;
		Self::deposit_event(Event::CertMinted {
			id,
			chain,
			pool: t.pool,
			recipient: t.recipient,
			amount: t.amount,
			tx_hash,
		});
		Ok(())
	}

	/// Gives a transfer's locked cert back to its sender and closes it.
	fn refund_cert(id: CertTransferId, t: CertTransferOf<T>) -> DispatchResult {
		CertRoutes::<T>::try_mutate(t.chain, t.pool, |r| -> DispatchResult {
			let r = r.as_mut().ok_or(Error::<T>::CertRouteNotFound)?;
			r.pending = r.pending.checked_sub(&t.amount).ok_or(ArithmeticError::Underflow)?;
			Ok(())
		})?;
		T::Staking::transfer_cert(t.pool, &Self::account_id(), &t.who, t.amount)?;
		CertTransfers::<T>::remove(id);
		Votes::<T>::remove(t.chain, ReplayKey::CertTransfer { id });
		Self::deposit_event(Event::CertTransferRefunded {
			id,
			chain: t.chain,
			pool: t.pool,
			who: t.who,
			amount: t.amount,
		});
		Ok(())
	}

	/// The relayers attested that a transfer's mint did not happen: refund it.
	pub(crate) fn execute_cert_mint_failed(chain: ChainId, id: CertTransferId) -> DispatchResult {
		let t = Self::pending_cert_transfer(chain, id)?;
		Self::refund_cert(id, t)
	}

	/// Refunds a transfer not settled in time (see `refund_cert_transfer`); `by` is the signed
	/// caller, `None` for governance.
	pub(crate) fn do_refund_cert_transfer(
		id: CertTransferId,
		by: Option<T::AccountId>,
	) -> DispatchResult {
		let t = CertTransfers::<T>::get(id).ok_or(Error::<T>::CertTransferNotFound)?;
		if let Some(who) = &by {
			ensure!(*who == t.who, Error::<T>::NotCertTransferOwner);
		}
		ensure!(
			Self::now() >= t.requested_at.saturating_add(T::WithdrawalTimeout::get()),
			Error::<T>::CertTransferNotExpired
		);
		Self::refund_cert(id, t)
	}

	/// Takes `amount` of returning cert off the route's books and its window: it must be
	/// outstanding on the chain, within the per-message limit and the window's room.
	fn take_outstanding(chain: ChainId, pool: PoolId, amount: BalanceOf<T>) -> DispatchResult {
		let mut r = CertRoutes::<T>::get(chain, pool).ok_or(Error::<T>::CertRouteNotFound)?;
		ensure!(amount <= r.limits.max_transfer, Error::<T>::CertTransferTooLarge);
		r.outstanding =
			r.outstanding.checked_sub(&amount).ok_or(Error::<T>::InsufficientRemoteCert)?;
		r.window.advance(Self::cert_slot(&r.limits));
		ensure!(
			r.window.total().saturating_add(amount) <= r.limits.max_per_period,
			Error::<T>::CertOverLimit
		);
		r.window.record(amount);
		CertRoutes::<T>::insert(chain, pool, r);
		Ok(())
	}

	/// Releases returned cert to its beneficiary.
	pub(crate) fn execute_cert_returned(
		chain: ChainId,
		nonce: u64,
		pool: PoolId,
		beneficiary: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		DepositNonces::<T>::mutate(chain, |n| n.mark(nonce));
		Self::take_outstanding(chain, pool, amount)?;
		T::Staking::transfer_cert(pool, &Self::account_id(), beneficiary, amount)?;
		Self::deposit_event(Event::CertReturned {
			chain,
			nonce,
			pool,
			beneficiary: beneficiary.clone(),
			amount,
		});
		Ok(())
	}

	/// Unstakes redeemed cert from the redemption's own account.
	pub(crate) fn execute_cert_redeemed(
		chain: ChainId,
		nonce: u64,
		pool: PoolId,
		recipient: H160,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		DepositNonces::<T>::mutate(chain, |n| n.mark(nonce));
		Self::take_outstanding(chain, pool, amount)?;
		ensure!(!recipient.is_zero(), Error::<T>::ZeroRecipient);
		let account = Self::redemption_account(chain, nonce);
		T::Staking::transfer_cert(pool, &Self::account_id(), &account, amount)?;
		let (value, release_at) = T::Staking::unstake_cert(&account, pool, amount)?;
		Redemptions::<T>::insert(
			chain,
			nonce,
			Redemption { pool, recipient, cert: amount, value, release_at, withdrawal: None },
		);
		Self::deposit_event(Event::CertRedeemed {
			chain,
			nonce,
			pool,
			recipient,
			cert: amount,
			value,
			release_at,
		});
		Ok(())
	}

	/// Claims a matured redemption and withdraws its coin (see `complete_redemption`).
	pub(crate) fn do_complete_redemption(chain: ChainId, nonce: u64) -> DispatchResult {
		let mut r = Redemptions::<T>::get(chain, nonce).ok_or(Error::<T>::RedemptionNotFound)?;
		let account = Self::redemption_account(chain, nonce);
		match r.withdrawal {
			// Its withdrawal is pending: nothing to do until it is released or refunded.
			Some(id) if Withdrawals::<T>::contains_key(id) => {
				return Err(Error::<T>::RedemptionInProgress.into())
			},
			// Refunded: the coin waits in the redemption's account.
			Some(_) => {},
			None => {
				T::Staking::claim(r.pool, &account)?;
			},
		}
		let wrapped = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?.wrapped;
		let amount = T::Assets::reducible_balance(
			wrapped,
			&account,
			Preservation::Expendable,
			Fortitude::Polite,
		);
		let id = Self::do_withdraw_to_remote(account, chain, amount, r.recipient, false)?;
		r.withdrawal = Some(id);
		Redemptions::<T>::insert(chain, nonce, r);
		RedemptionWithdrawals::<T>::insert(id, (chain, nonce));
		Self::deposit_event(Event::RedemptionCompleted { chain, nonce, withdrawal: id, amount });
		Ok(())
	}

	/// A withdrawal was settled: a redemption it paid is closed when it was released, and may be
	/// sent again when it was refunded.
	pub(crate) fn withdrawal_settled(id: WithdrawalId, released: bool) {
		if let Some((chain, nonce)) = RedemptionWithdrawals::<T>::take(id) {
			if released {
				Redemptions::<T>::remove(chain, nonce);
			}
		}
	}

	/// Records a remote pool's fair value after a reward or slash report of `epoch`.
	pub(crate) fn record_rate(pool: PoolId, epoch: Epoch) {
		if let Some((pooled, shares)) = T::Staking::pool_totals(pool) {
			CertRates::<T>::insert(pool, CertRate { epoch, pooled, shares });
			Self::deposit_event(Event::CertRateRecorded { pool, epoch, pooled, shares });
		}
	}
}
