//! Benchmarks of every call, each at its worst case.

use super::*;
use crate::pallet::{BalanceOf, NameOf, PoolParamsOf};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::traits::{fungibles::Inspect, EnsureOrigin, Get};
use frame_system::RawOrigin;
use sp_runtime::{
	traits::{One, Zero},
	Perbill, SaturatedConversion,
};

const SEED: u32 = 0;

fn units<T: Config>(n: u128) -> BalanceOf<T> {
	(n * 1_000_000_000_000u128).saturated_into()
}

fn params<T: Config>(min: BalanceOf<T>) -> PoolParamsOf<T> {
	PoolParams {
		min_stake: min,
		min_unstake: min,
		unbonding_period: 100u32.into(),
		bucket_interval: 10u32.into(),
		commission: Perbill::from_percent(10).min(T::MaxCommission::get()),
		commission_account: account("commission", 0, SEED),
		max_reward_per_report: T::MaxRewardPerReport::get(),
		max_slash_per_report: Perbill::from_percent(1),
		min_report_interval: One::one(),
		conversion_fee: Perbill::from_percent(1),
		stake_cap: None,
		max_validator_target: Perbill::one(),
	}
}

fn name<T: Config>() -> NameOf<T> {
	b"C".to_vec().try_into().unwrap()
}

/// A pool with a first stake of 1,000 units by a staker, and the staker's account.
fn pool_with_stake<T: Config>() -> (PoolId, T::AccountId, T::UnderlyingAssetId) {
	let (underlying, cert) = T::BenchmarkHelper::assets(0);
	let min = T::Underlying::minimum_balance(underlying.clone());
	let pool = Pallet::<T>::do_create_pool(
		underlying.clone(),
		cert,
		name::<T>(),
		name::<T>(),
		12,
		One::one(),
		Some(56),
		params::<T>(min),
	)
	.unwrap();
	let first: T::AccountId = account("first", 0, SEED);
	T::BenchmarkHelper::fund(&underlying, &first, units::<T>(1_000_000));
	Pallet::<T>::do_stake(&first, pool, units::<T>(1_000), TokenKind::Bond).unwrap();
	(pool, first, underlying)
}

/// `n` validators from `first` on, with equal targets (the first takes the rounding).
fn allocation<T: Config>(first: u64, n: u32) -> Vec<(ValidatorId, Perbill)> {
	let part = 1_000_000_000 / n;
	(0..n)
		.map(|i| {
			let parts = if i == 0 { 1_000_000_000 - part * (n - 1) } else { part };
			(ValidatorId::from_low_u64_be(first + i as u64), Perbill::from_parts(parts))
		})
		.collect()
}

/// The worst books: `MaxValidators` allocated and as many dropped ones still holding stake.
fn full_books<T: Config>(pool: PoolId, staker: &T::AccountId) {
	let max = T::MaxValidators::get();
	Pallet::<T>::do_set_allocation(pool, allocation::<T>(1, max)).unwrap();
	Pallet::<T>::do_stake(staker, pool, units::<T>(100), TokenKind::Bond).unwrap();
	Pallet::<T>::do_set_allocation(pool, allocation::<T>(1_000, max)).unwrap();
	assert_eq!(Validators::<T>::get(pool).len() as u32, 2 * max);
}

fn funded<T: Config>(underlying: &T::UnderlyingAssetId, name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, SEED);
	T::BenchmarkHelper::fund(underlying, &who, units::<T>(1_000_000));
	who
}

fn set_block<T: Config>(n: u32) {
	frame_system::Pallet::<T>::set_block_number(n.into());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_pool() {
		let (underlying, cert) = T::BenchmarkHelper::assets(0);
		let min = T::Underlying::minimum_balance(underlying.clone());
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| "no admin origin").unwrap();
		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			underlying,
			cert,
			name::<T>(),
			name::<T>(),
			12,
			One::one(),
			Some(56),
			params::<T>(min),
		);
		assert!(Pools::<T>::contains_key(0));
	}

	#[benchmark]
	fn set_pool_params() {
		let (pool, _, underlying) = pool_with_stake::<T>();
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| "no admin origin").unwrap();
		let mut p = params::<T>(T::Underlying::minimum_balance(underlying));
		p.conversion_fee = Perbill::zero();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, pool, p.clone());
		assert_eq!(Pools::<T>::get(pool).unwrap().params, p);
	}

	#[benchmark]
	fn set_paused() {
		let (pool, _, _) = pool_with_stake::<T>();
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| "no admin origin").unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, pool, PauseFlags::ALL);
		assert_eq!(Pools::<T>::get(pool).unwrap().paused, PauseFlags::ALL);
	}

	/// With the most validator books a pool may track.
	#[benchmark]
	fn stake_bond() {
		let (pool, first, underlying) = pool_with_stake::<T>();
		full_books::<T>(pool, &first);
		let who = funded::<T>(&underlying, "staker");
		#[extrinsic_call]
		stake(RawOrigin::Signed(who.clone()), pool, units::<T>(10), TokenKind::Bond);
		assert!(!BondShares::<T>::get(pool, &who).is_zero());
	}

	/// With the most validator books a pool may track.
	#[benchmark]
	fn stake_cert() {
		let (pool, first, underlying) = pool_with_stake::<T>();
		full_books::<T>(pool, &first);
		let who = funded::<T>(&underlying, "staker");
		#[extrinsic_call]
		stake(RawOrigin::Signed(who.clone()), pool, units::<T>(10), TokenKind::Cert);
		let cert = Pools::<T>::get(pool).unwrap().cert;
		assert!(!T::Certs::balance(cert, &who).is_zero());
	}

	#[benchmark]
	fn bond_to_cert() {
		let (pool, who, _) = pool_with_stake::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), pool, units::<T>(10));
		let cert = Pools::<T>::get(pool).unwrap().cert;
		assert!(!T::Certs::balance(cert, &who).is_zero());
	}

	#[benchmark]
	fn cert_to_bond() {
		let (pool, _, underlying) = pool_with_stake::<T>();
		let who = funded::<T>(&underlying, "staker");
		Pallet::<T>::do_stake(&who, pool, units::<T>(10), TokenKind::Cert).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), pool, units::<T>(5));
		assert!(!BondShares::<T>::get(pool, &who).is_zero());
	}

	#[benchmark]
	fn transfer_bond() {
		let (pool, who, _) = pool_with_stake::<T>();
		let dest: T::AccountId = account("dest", 0, SEED);
		#[extrinsic_call]
		_(RawOrigin::Signed(who), pool, dest.clone(), units::<T>(10));
		assert!(!BondShares::<T>::get(pool, &dest).is_zero());
	}

	/// Worst case: the account holds `MaxUnbondingRequests - 1` requests and opens a new bucket,
	/// which schedules its task.
	#[benchmark]
	fn unstake() {
		let (pool, who, _) = pool_with_stake::<T>();
		let max = T::MaxUnbondingRequests::get();
		for i in 0..max.saturating_sub(1) {
			set_block::<T>(1 + i * 10);
			Pallet::<T>::do_unstake(&who, pool, units::<T>(1), TokenKind::Bond).unwrap();
		}
		set_block::<T>(1 + max * 10);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), pool, units::<T>(1), TokenKind::Bond);
		assert_eq!(Unbonding::<T>::get(pool, &who).len() as u32, max);
	}

	/// `r` requests of the account, each in its own bucket that is due but not matured: the
	/// claim matures every bucket on the way.
	#[benchmark]
	fn claim(r: Linear<1, { T::MaxUnbondingRequests::get() }>) {
		let (pool, who, _) = pool_with_stake::<T>();
		full_books::<T>(pool, &who);
		for i in 0..r {
			set_block::<T>(1 + i * 10);
			Pallet::<T>::do_unstake(&who, pool, units::<T>(1), TokenKind::Bond).unwrap();
		}
		set_block::<T>(10_000);
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), pool, who.clone());
		assert!(Unbonding::<T>::get(pool, &who).is_empty());
	}

	/// With the most validator books a pool may track.
	#[benchmark]
	fn mature() {
		let (pool, who, _) = pool_with_stake::<T>();
		full_books::<T>(pool, &who);
		let bucket = Pallet::<T>::do_unstake(&who, pool, units::<T>(1), TokenKind::Bond).unwrap();
		frame_system::Pallet::<T>::set_block_number(bucket);
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), pool, bucket);
		assert!(Buckets::<T>::get(pool, bucket).unwrap().matured.is_some());
	}

	/// With a full rate history and a commission minted to a new account.
	#[benchmark]
	fn report_rewards() {
		let (pool, _, underlying) = pool_with_stake::<T>();
		for epoch in 1..=T::MaxRateHistory::get() as u64 {
			set_block::<T>(epoch as u32 * 2);
			T::BenchmarkHelper::fund(
				&underlying,
				&Pallet::<T>::pool_account(pool),
				units::<T>(1) / 1000u32.into(),
			);
			Pallet::<T>::do_report_rewards(pool, epoch, units::<T>(1) / 1000u32.into()).unwrap();
		}
		let epoch = T::MaxRateHistory::get() as u64 + 1;
		set_block::<T>(epoch as u32 * 2);
		T::BenchmarkHelper::fund(
			&underlying,
			&Pallet::<T>::pool_account(pool),
			units::<T>(1) / 1000u32.into(),
		);
		let origin = T::OracleOrigin::try_successful_origin()
			.map_err(|_| "no oracle origin")
			.unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, pool, epoch, units::<T>(1) / 1000u32.into());
		assert_eq!(Pools::<T>::get(pool).unwrap().last_epoch, epoch);
	}

	#[benchmark]
	fn report_slash() {
		let (pool, _, _) = pool_with_stake::<T>();
		let origin = T::OracleOrigin::try_successful_origin()
			.map_err(|_| "no oracle origin")
			.unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, pool, 1, units::<T>(1));
		assert_eq!(Pools::<T>::get(pool).unwrap().last_epoch, 1);
	}

	/// `MaxValidators` new validators while as many dropped ones still hold stake.
	#[benchmark]
	fn set_allocation() {
		let (pool, first, _) = pool_with_stake::<T>();
		let max = T::MaxValidators::get();
		Pallet::<T>::do_set_allocation(pool, allocation::<T>(1, max)).unwrap();
		Pallet::<T>::do_stake(&first, pool, units::<T>(100), TokenKind::Bond).unwrap();
		let new = allocation::<T>(1_000, max);
		let origin = T::AllocationOrigin::try_successful_origin()
			.map_err(|_| "no allocation origin")
			.unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, pool, new.clone());
		assert_eq!(Pallet::<T>::allocation_of(pool), new);
		assert_eq!(Validators::<T>::get(pool).len() as u32, 2 * max);
	}

	/// A report naming every validator of full books.
	#[benchmark]
	fn report_delegations() {
		let (pool, first, _) = pool_with_stake::<T>();
		full_books::<T>(pool, &first);
		let report: Vec<(ValidatorId, BalanceOf<T>)> = Validators::<T>::get(pool)
			.iter()
			.map(|b| (b.validator, units::<T>(1)))
			.collect();
		let origin = T::OracleOrigin::try_successful_origin()
			.map_err(|_| "no oracle origin")
			.unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, pool, 1, report);
		assert_eq!(DelegationEpoch::<T>::get(pool), 1);
		assert!(Validators::<T>::get(pool).iter().all(|b| b.delegated == units::<T>(1)));
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().no_pools().build(),
		crate::mock::Test
	);
}
