//! The bridge's invariants, checked after every test, by try-runtime and by the fuzzer.

use crate::{pallet::*, types::*};
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use frame_support::{
	ensure,
	traits::{fungibles::Inspect, Get},
};
use sp_runtime::{traits::Zero, TryRuntimeError};

/// A balance as `u128`: every balance type a runtime uses fits; a larger one saturates, which
/// makes the sums below fail rather than pass.
fn raw<B: TryInto<u128>>(b: B) -> u128 {
	b.try_into().unwrap_or(u128::MAX)
}

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the bridge:
	///
	/// Chains and relayers:
	/// - each chain's relayer set has at least `MinRelayers` accounts, and its threshold is above
	///   half of the set and not above it;
	/// - no relayer is listed twice in a set;
	/// - each chain's wrapped coin is recorded in `WrappedCoins`, and every recorded coin has a
	///   chain.
	///
	/// Queue and withdrawals:
	/// - every queued deposit has an id below `NextQueuedDepositId` and a non-zero amount, and
	///   belongs to a chain; each chain's `queued` count is the number of its queued deposits,
	///   at most `MaxQueuedDeposits`;
	/// - every pending withdrawal has an id below `NextWithdrawalId`, a non-zero amount, and a
	///   chain.
	///
	/// Books (no coin created or lost):
	/// - per chain, `withdrawn == released + refunded + pending withdrawals`;
	/// - per wrapped coin, its total issuance is its issuance when first registered plus, over
	///   the chains that share it, `minted + refunded − burned − withdrawn`.
	///
	/// Parked deposits:
	/// - each is of a registered chain, for a non-zero amount, at a nonce already executed.
	///
	/// Cert on remote chains:
	/// - every route is of a registered chain and of a pool of the chain's coin; every pending transfer has an id below
	///   `NextCertTransferId`, a non-zero amount and a route, and each route's `pending` is the
	///   sum of its pending transfers;
	/// - per pool, the cert locked in the bridge's account is at least the routes'
	///   `outstanding + pending` (equal unless someone gave cert to that account);
	/// - every redemption waiting for its withdrawal is recorded under that pending withdrawal,
	///   and every such record points to its redemption.
	///
	/// Votes:
	/// - votes are kept only for registered chains, no stored vote list is empty, and no relayer
	///   votes twice on one key;
	/// - votes are kept only on keys still open: an inbound nonce not executed and within the
	///   window, a pending withdrawal, a pending cert transfer.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let chains: BTreeSet<ChainId> = Chains::<T>::iter_keys().collect();
		let pending = Self::check_withdrawals(&chains)?;
		let queued = Self::check_queue(&chains)?;
		Self::check_chains(pending, queued)?;
		Self::check_parked(&chains)?;
		Self::check_cert(&chains)?;
		Self::check_votes(&chains)
	}

	/// Cert routes, transfers, the locked cert and the redemptions.
	fn check_cert(chains: &BTreeSet<ChainId>) -> Result<(), TryRuntimeError> {
		let next = NextCertTransferId::<T>::get();
		let mut pending: BTreeMap<(ChainId, PoolId), u128> = BTreeMap::new();
		for (id, t) in CertTransfers::<T>::iter() {
			ensure!(id < next, "a cert transfer id was never given");
			ensure!(!t.amount.is_zero(), "a cert transfer of nothing");
			ensure!(
				CertRoutes::<T>::contains_key(t.chain, t.pool),
				"a cert transfer with no route"
			);
			*pending.entry((t.chain, t.pool)).or_default() += raw(t.amount);
		}
		let mut books: BTreeMap<PoolId, u128> = BTreeMap::new();
		for (chain, pool, r) in CertRoutes::<T>::iter() {
			let wrapped = Chains::<T>::get(chain).map(|c| c.wrapped);
			ensure!(wrapped.is_some(), "a cert route to no chain");
			ensure!(
				T::Staking::remote_pool(pool).map(|p| p.underlying) == wrapped,
				"a cert route of no pool, or of a pool of another coin"
			);
			ensure!(
				pending.remove(&(chain, pool)).unwrap_or(0) == raw(r.pending),
				"a cert route's pending differs from its pending transfers"
			);
			*books.entry(pool).or_default() += raw(r.outstanding) + raw(r.pending);
		}
		let bridge = Self::account_id();
		for (pool, owed) in books {
			ensure!(
				raw(T::Staking::cert_balance(pool, &bridge)) >= owed,
				"the locked cert is less than the cert out on remote chains"
			);
		}
		for (chain, nonce, r) in Redemptions::<T>::iter() {
			ensure!(chains.contains(&chain), "a redemption from no chain");
			if let Some(id) = r.withdrawal {
				if Withdrawals::<T>::contains_key(id) {
					ensure!(
						RedemptionWithdrawals::<T>::get(id) == Some((chain, nonce)),
						"a redemption's pending withdrawal is not recorded"
					);
				}
			}
		}
		for (id, (chain, nonce)) in RedemptionWithdrawals::<T>::iter() {
			ensure!(
				Withdrawals::<T>::contains_key(id),
				"a redemption record of no pending withdrawal"
			);
			ensure!(
				Redemptions::<T>::get(chain, nonce).is_some_and(|r| r.withdrawal == Some(id)),
				"a redemption record points to no redemption"
			);
		}
		Ok(())
	}

	/// Pending withdrawals per chain, checked one by one.
	fn check_withdrawals(
		chains: &BTreeSet<ChainId>,
	) -> Result<BTreeMap<ChainId, u128>, TryRuntimeError> {
		let next = NextWithdrawalId::<T>::get();
		let mut pending: BTreeMap<ChainId, u128> = BTreeMap::new();
		for (id, w) in Withdrawals::<T>::iter() {
			ensure!(id < next, "a withdrawal id was never given");
			ensure!(chains.contains(&w.chain), "a withdrawal to no chain");
			ensure!(!w.amount.is_zero(), "a withdrawal of nothing");
			*pending.entry(w.chain).or_default() += raw(w.amount);
		}
		Ok(pending)
	}

	/// Queued deposits per chain, checked one by one.
	fn check_queue(chains: &BTreeSet<ChainId>) -> Result<BTreeMap<ChainId, u32>, TryRuntimeError> {
		let next = NextQueuedDepositId::<T>::get();
		let mut queued: BTreeMap<ChainId, u32> = BTreeMap::new();
		for (chain, id, d) in DepositQueue::<T>::iter() {
			ensure!(chains.contains(&chain), "deposits queued for no chain");
			ensure!(id < next, "a queued deposit id was never given");
			ensure!(!d.amount.is_zero(), "a queued deposit of nothing");
			*queued.entry(chain).or_default() += 1;
		}
		Ok(queued)
	}

	/// Each chain's relayers, queue count and withdrawal books; each wrapped coin's issuance.
	fn check_chains(
		mut pending: BTreeMap<ChainId, u128>,
		mut queued: BTreeMap<ChainId, u32>,
	) -> Result<(), TryRuntimeError> {
		// Per wrapped coin: what its chains added to and took from its issuance.
		let mut added: BTreeMap<T::AssetId, (u128, u128)> = BTreeMap::new();
		for (chain, info) in Chains::<T>::iter() {
			let relayers = &info.relayers;
			let (n, t) = (relayers.len(), info.threshold as usize);
			ensure!(t > 0 && t <= n && 2 * t > n, "a relayer threshold is not above half its set");
			ensure!(n >= T::MinRelayers::get() as usize, "a relayer set below MinRelayers");
			for (i, r) in relayers.iter().enumerate() {
				ensure!(!relayers[..i].contains(r), "a relayer is listed twice");
			}
			ensure!(
				WrappedCoins::<T>::contains_key(&info.wrapped),
				"a chain's wrapped coin is not recorded"
			);
			let q = queued.remove(&chain).unwrap_or(0);
			ensure!(q == info.queued, "the queue count differs from the queued deposits");
			ensure!(q <= T::MaxQueuedDeposits::get(), "the deposit queue is over its bound");
			ensure!(
				raw(info.withdrawn)
					== raw(info.released)
						+ raw(info.refunded)
						+ pending.remove(&chain).unwrap_or(0),
				"burned withdrawals differ from released + refunded + pending"
			);
			let entry = added.entry(info.wrapped.clone()).or_default();
			entry.0 += raw(info.minted) + raw(info.refunded);
			entry.1 += raw(info.burned) + raw(info.withdrawn);
		}
		ensure!(pending.is_empty(), "withdrawals to no chain");
		for (coin, base) in WrappedCoins::<T>::iter() {
			let (plus, minus) = added.remove(&coin).ok_or("a wrapped coin of no chain")?;
			let issued = raw(T::Assets::total_issuance(coin));
			ensure!(
				(raw(base) + plus).checked_sub(minus) == Some(issued),
				"a wrapped coin's issuance differs from what the bridge minted and burned"
			);
		}
		Ok(())
	}

	/// The parked deposits.
	fn check_parked(chains: &BTreeSet<ChainId>) -> Result<(), TryRuntimeError> {
		for (chain, nonce, d) in ParkedDeposits::<T>::iter() {
			ensure!(chains.contains(&chain), "a deposit parked for no chain");
			ensure!(!d.amount.is_zero(), "a parked deposit of nothing");
			ensure!(
				DepositNonces::<T>::get(chain).check(nonce) == Err(NonceCheck::Executed),
				"a parked deposit's nonce is not executed"
			);
		}
		Ok(())
	}

	/// The votes kept.
	fn check_votes(chains: &BTreeSet<ChainId>) -> Result<(), TryRuntimeError> {
		for (chain, key, votes) in Votes::<T>::iter() {
			ensure!(chains.contains(&chain), "votes on no chain");
			match key {
				ReplayKey::Deposit { nonce } => ensure!(
					DepositNonces::<T>::get(chain).check(nonce).is_ok(),
					"votes on a deposit nonce executed or out of the window"
				),
				ReplayKey::Withdrawal { id } => ensure!(
					Withdrawals::<T>::get(id).is_some_and(|w| w.chain == chain),
					"votes on a withdrawal that is not pending on this chain"
				),
				ReplayKey::CertTransfer { id } => ensure!(
					CertTransfers::<T>::get(id).is_some_and(|t| t.chain == chain),
					"votes on a cert transfer that is not pending on this chain"
				),
				ReplayKey::Report { .. } | ReplayKey::Delegations { .. } => {},
			}
			ensure!(!votes.is_empty(), "an empty vote list is stored");
			for (i, (who, _)) in votes.iter().enumerate() {
				ensure!(
					!votes[..i].iter().any(|(w, _)| w == who),
					"a relayer voted twice on a key"
				);
			}
		}
		Ok(())
	}
}
