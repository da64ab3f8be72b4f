//! The pallet's invariants, checked after every test, by try-runtime and by the fuzzer.

use crate::{allocation::parts_of, math::to_u128, pallet::*, types::*};
use alloc::{collections::btree_map::BTreeMap, vec::Vec};
use frame_support::{
	ensure,
	traits::{fungibles::Inspect, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Zero, TryRuntimeError};

/// Per pool, a sum of shares or of underlying.
type PerPool = BTreeMap<PoolId, u128>;

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet, area by area (each area's function lists its
	/// own): [`Self::try_state_shares`], [`Self::try_state_buckets`],
	/// [`Self::try_state_pools`], [`Self::try_state_allocation`].
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let bond = Self::try_state_shares()?;
		let (unbonding, claimable) = Self::try_state_buckets()?;
		Self::try_state_pools(bond, unbonding, claimable)?;
		Self::try_state_allocation()
	}

	/// Bond shares: no zero entry is stored. Returns the bond shares per pool.
	pub fn try_state_shares() -> Result<PerPool, TryRuntimeError> {
		let mut bond = PerPool::new();
		for (pool, _, shares) in BondShares::<T>::iter() {
			ensure!(!shares.is_zero(), "a zero bond entry is stored");
			*bond.entry(pool).or_default() += to_u128(shares);
		}
		Ok(bond)
	}

	/// Unbonding requests and buckets:
	/// - no empty request list is stored, an account has at most one request per bucket and
	///   destination, and no request holds zero shares;
	/// - every bucket belongs to a pool and holds exactly the shares of its requests; every
	///   request has its bucket.
	///
	/// Returns per pool the shares of the buckets not matured yet, and what the matured ones
	/// still owe.
	pub fn try_state_buckets() -> Result<(PerPool, PerPool), TryRuntimeError> {
		let mut requested: BTreeMap<(PoolId, BlockNumberFor<T>), u128> = BTreeMap::new();
		for (pool, _, requests) in Unbonding::<T>::iter() {
			ensure!(!requests.is_empty(), "an empty request list is stored");
			let mut seen = Vec::new();
			for r in requests.iter() {
				ensure!(
					!seen.contains(&(r.bucket, r.destination)),
					"two requests of one account share a bucket and a destination"
				);
				seen.push((r.bucket, r.destination));
				ensure!(!r.shares.is_zero(), "a request holds no shares");
				*requested.entry((pool, r.bucket)).or_default() += to_u128(r.shares);
			}
		}
		let (mut unbonding, mut claimable) = (PerPool::new(), PerPool::new());
		for (pool, at, b) in Buckets::<T>::iter() {
			ensure!(Pools::<T>::contains_key(pool), "a bucket of no pool");
			ensure!(
				requested.remove(&(pool, at)).unwrap_or(0) == to_u128(b.shares),
				"a bucket's shares differ from its requests'"
			);
			match b.matured {
				None => *unbonding.entry(pool).or_default() += to_u128(b.shares),
				Some(left) => *claimable.entry(pool).or_default() += to_u128(left),
			}
		}
		ensure!(requested.is_empty(), "a request has no bucket");
		Ok((unbonding, claimable))
	}

	/// Pools (every share in exactly one place, every coin backed):
	/// - `bond_shares` is the sum of the pool's bond entries, `unbonding_shares` that of its
	///   unmatured buckets, and `S == cert supply + bond_shares + unbonding_shares`;
	/// - `claimable` is what the matured buckets still owe;
	/// - the pool account holds at least `P + claimable`;
	/// - while `S > 0` the pool account keeps its dead shares; with `S == 0`, `P == 0`;
	/// - the rate history is in block order;
	/// - no bond entry or bucket belongs to no pool.
	pub fn try_state_pools(
		mut bond: PerPool,
		mut unbonding: PerPool,
		mut claimable: PerPool,
	) -> Result<(), TryRuntimeError> {
		for (pool, info) in Pools::<T>::iter() {
			let cert = to_u128(T::Certs::total_issuance(info.cert));
			let bond_shares = bond.remove(&pool).unwrap_or(0);
			ensure!(
				bond_shares == to_u128(info.bond_shares),
				"bond shares differ from their total"
			);
			let unb = unbonding.remove(&pool).unwrap_or(0);
			ensure!(unb == to_u128(info.unbonding_shares), "unbonding shares differ from buckets");
			ensure!(
				to_u128(info.total_shares) == cert + bond_shares + unb,
				"S differs from cert supply + bond shares + unbonding shares"
			);
			ensure!(
				claimable.remove(&pool).unwrap_or(0) == to_u128(info.claimable),
				"claimable differs from the matured buckets"
			);
			let held =
				to_u128(T::Underlying::balance(info.underlying.clone(), &Self::pool_account(pool)));
			ensure!(
				held >= to_u128(info.total_pooled) + to_u128(info.claimable),
				"the pool account holds less than P + claimable"
			);
			if !info.total_shares.is_zero() {
				ensure!(
					to_u128(BondShares::<T>::get(pool, Self::pool_account(pool)))
						>= to_u128(info.dead_shares),
					"the dead shares left the pool account"
				);
			} else {
				ensure!(info.total_pooled.is_zero(), "underlying credited to no shares");
			}
			ensure!(
				RateHistory::<T>::get(pool).windows(2).all(|w| w[0].block <= w[1].block),
				"the rate history is out of order"
			);
		}
		ensure!(bond.is_empty(), "bond shares of no pool");
		ensure!(unbonding.is_empty() && claimable.is_empty(), "buckets of no pool");
		Ok(())
	}

	/// Validator books:
	/// - books belong to a pool;
	/// - the targets make a whole (100 %) or are all zero (no allocation yet);
	/// - at most `MaxValidators` validators have a target, none above the pool's cap;
	/// - no empty entry is kept, and no validator is tracked twice.
	pub fn try_state_allocation() -> Result<(), TryRuntimeError> {
		for (pool, books) in Validators::<T>::iter() {
			let info = Pools::<T>::get(pool).ok_or("validator books of no pool")?;
			let (parts, whole) = parts_of(&books);
			ensure!(
				whole || parts.iter().all(|p| *p == 0),
				"the targets neither make a whole nor are all zero"
			);
			let allocated = books.iter().filter(|b| !b.target.is_zero()).count();
			ensure!(allocated <= T::MaxValidators::get() as usize, "too many validators allocated");
			for (i, b) in books.iter().enumerate() {
				ensure!(!b.is_empty(), "an empty validator entry is kept");
				ensure!(
					b.target <= info.params.max_validator_target,
					"a target is above the pool's cap"
				);
				ensure!(
					!books[..i].iter().any(|o| o.validator == b.validator),
					"a validator is tracked twice"
				);
			}
		}
		Ok(())
	}
}
