//! Benchmarks of every call, each at its worst case.

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungibles::Inspect, EnsureOrigin, Get},
	weights::WeightMeter,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{
	traits::{BlockNumberProvider, One, Zero},
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

fn metadata<T: Config>() -> CertMetadataOf<T> {
	let name: NameOf<T> = b"C".to_vec().try_into().unwrap();
	CertMetadata { name: name.clone(), symbol: name, decimals: 12, min_balance: One::one() }
}

/// A pool of a coin of a remote chain if the runtime has one (else of an asset staked here),
/// with a first stake of 1,000 units by a staker, and the staker's account.
fn pool_with_stake<T: Config>() -> (PoolId, T::AccountId, T::UnderlyingAssetId) {
	let (underlying, cert) = T::BenchmarkHelper::assets(0);
	let chain = T::BenchmarkHelper::validator_chain(&underlying);
	pool_of_with_stake::<T>(underlying, cert, chain)
}

/// A pool of `underlying` staked on `validator_chain` in the state where a stake and a report
/// cost the most: a first stake, full validator books with stakes to plan, a full rate history.
/// Returns the pool and the validators its books track. Used by the bridge's benchmarks through
/// [`StakingInterface`].
pub(crate) fn worst_pool<T: Config>(
	underlying: T::UnderlyingAssetId,
	validator_chain: ChainId,
) -> (PoolId, Vec<ValidatorId>) {
	let (_, cert) = T::BenchmarkHelper::assets(NextPoolId::<T>::get());
	let (pool, first, _) = pool_of_with_stake::<T>(underlying.clone(), cert, Some(validator_chain));
	full_books::<T>(pool, &first);
	for epoch in 1..=T::MaxRateHistory::get() as u64 {
		set_block::<T>(report_block::<T>(epoch));
		let small = small_reward::<T>(pool);
		T::BenchmarkHelper::fund(&underlying, &Pallet::<T>::pool_account(pool), small);
		Pallet::<T>::do_report_rewards(pool, epoch, small).expect("a reward within the bound");
	}
	set_block::<T>(report_block::<T>(T::MaxRateHistory::get() as u64 + 1));
	(pool, Validators::<T>::get(pool).iter().map(|b| b.validator).collect())
}

/// A pool of the chain's own coin (staked on no remote chain) with a first stake of 1,000
/// units by a staker, and the staker's account.
fn native_pool_with_stake<T: Config>() -> (PoolId, T::AccountId, T::UnderlyingAssetId) {
	let (underlying, cert) = T::BenchmarkHelper::native();
	pool_of_with_stake::<T>(underlying, cert, None)
}

fn pool_of_with_stake<T: Config>(
	underlying: T::UnderlyingAssetId,
	cert: T::CertAssetId,
	validator_chain: Option<ChainId>,
) -> (PoolId, T::AccountId, T::UnderlyingAssetId) {
	let min = T::Underlying::minimum_balance(underlying.clone());
	let pool = Pallet::<T>::do_create_pool(
		underlying.clone(),
		cert,
		metadata::<T>(),
		validator_chain,
		params::<T>(min),
	)
	.unwrap();
	let first: T::AccountId = account("first", 0, SEED);
	T::BenchmarkHelper::fund(&underlying, &first, units::<T>(1_000_000));
	Pallet::<T>::do_stake(&first, pool, units::<T>(1_000), TokenKind::Bond).unwrap();
	(pool, first, underlying)
}

/// The validator whose EVM address is the big-endian `n` (`from_low_u64_be`, which the Wasm
/// build of `H160` lacks).
fn validator(n: u64) -> ValidatorId {
	let mut bytes = [0u8; 20];
	bytes[12..].copy_from_slice(&n.to_be_bytes());
	ValidatorId::from(bytes)
}

/// `n` validators from `first` on, with equal targets (the first takes the rounding).
fn allocation<T: Config>(first: u64, n: u32) -> AllocationOf<T> {
	let part = 1_000_000_000 / n;
	(0..n)
		.map(|i| {
			let parts = if i == 0 { 1_000_000_000 - part * (n - 1) } else { part };
			(validator(first + i as u64), Perbill::from_parts(parts))
		})
		.collect::<Vec<_>>()
		.try_into()
		.expect("at most MaxValidators")
}

/// The worst books: `MaxValidators` allocated and as many dropped ones still holding stake.
fn full_books<T: Config>(pool: PoolId, staker: &T::AccountId) {
	let max = T::MaxValidators::get();
	Pallet::<T>::do_set_allocation(pool, allocation::<T>(1, max)).unwrap();
	Pallet::<T>::do_stake(staker, pool, units::<T>(100), TokenKind::Bond).unwrap();
	Pallet::<T>::plan_stakes(&mut WeightMeter::new());
	Pallet::<T>::do_set_allocation(pool, allocation::<T>(1_000, max)).unwrap();
	assert_eq!(Validators::<T>::get(pool).len() as u32, 2 * max);
	// Stakes of the block, still to be planned.
	Pallet::<T>::do_stake(staker, pool, units::<T>(100), TokenKind::Bond).unwrap();
	assert!(!Pools::<T>::get(pool).unwrap().unplanned.is_zero());
}

fn funded<T: Config>(underlying: &T::UnderlyingAssetId, name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, SEED);
	T::BenchmarkHelper::fund(underlying, &who, units::<T>(1_000_000));
	who
}

/// The whitelisted caller (the signer, whose account the transaction's fee payment reads and
/// writes anyway, as in polkadot-sdk's own benchmarks), holding 1,000,000 units of `underlying`.
fn funded_caller<T: Config>(underlying: &T::UnderlyingAssetId) -> T::AccountId {
	let who: T::AccountId = whitelisted_caller();
	T::BenchmarkHelper::fund(underlying, &who, units::<T>(1_000_000));
	who
}

/// Sets the block number, of the chain and of the pallet's clock
/// ([`Config::BlockNumberProvider`], the relay chain's block number on a parachain).
fn set_block<T: Config>(n: u32) {
	frame_system::Pallet::<T>::set_block_number(n.into());
	<T::BlockNumberProvider as BlockNumberProvider>::set_block_number(n.into());
}

/// The block of a pool's report of `epoch`: a year after the one before, so that the annualised
/// bound allows the reward whatever the runtime's rate ([`Config::MaxAnnualReward`]).
fn report_block<T: Config>(epoch: u64) -> u32 {
	let year: u32 = T::BlocksPerYear::get().saturated_into();
	year.saturating_mul(epoch.saturated_into())
}

/// A reward a pool's next report may bring: a thousandth of a unit, or less if the annualised
/// bound is lower (a first report counts only the minimum report interval).
pub(crate) fn small_reward<T: Config>(pool: PoolId) -> BalanceOf<T> {
	let info = Pools::<T>::get(pool).expect("the pool exists");
	(units::<T>(1) / 1000u32.into()).min(Pallet::<T>::annual_reward_bound(&info))
}

/// A pool staked here (on no remote chain: reports of the oracle origin are for such pools)
/// with a first stake, and the staker's account.
fn local_pool_with_stake<T: Config>() -> (PoolId, T::AccountId, T::UnderlyingAssetId) {
	let (underlying, cert) = T::BenchmarkHelper::assets(0);
	pool_of_with_stake::<T>(underlying, cert, None)
}

/// `u` accounts stake and unstake into the current bucket, which it returns.
fn busy_bucket<T: Config>(pool: PoolId, u: u32) -> BlockNumberFor<T> {
	let underlying = Pools::<T>::get(pool).unwrap().underlying;
	let mut bucket = Zero::zero();
	for i in 0..u {
		let other: T::AccountId = account("other", i, SEED);
		T::BenchmarkHelper::fund(&underlying, &other, units::<T>(10));
		Pallet::<T>::do_stake(&other, pool, units::<T>(2), TokenKind::Bond).unwrap();
		bucket = Pallet::<T>::do_unstake(&other, pool, units::<T>(1), TokenKind::Bond, None)
			.unwrap()
			.0;
	}
	bucket
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_pool() {
		let (underlying, cert) = T::BenchmarkHelper::assets(0);
		let min = T::Underlying::minimum_balance(underlying.clone());
		let chain = T::BenchmarkHelper::validator_chain(&underlying);
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| "no admin origin").unwrap();
		let id = NextPoolId::<T>::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, underlying, cert, metadata::<T>(), chain, params::<T>(min));
		assert!(Pools::<T>::contains_key(id));
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

	/// A pool of a pallet-assets coin with full validator books (a stake reads none of them).
	#[benchmark]
	fn stake_bond() {
		let (pool, first, underlying) = pool_with_stake::<T>();
		full_books::<T>(pool, &first);
		let who = funded_caller::<T>(&underlying);
		#[extrinsic_call]
		stake(RawOrigin::Signed(who.clone()), pool, units::<T>(10), TokenKind::Bond);
		assert!(!BondShares::<T>::get(pool, &who).is_zero());
	}

	/// A pool of a pallet-assets coin with full validator books (a stake reads none of them).
	#[benchmark]
	fn stake_cert() {
		let (pool, first, underlying) = pool_with_stake::<T>();
		full_books::<T>(pool, &first);
		let who = funded_caller::<T>(&underlying);
		#[extrinsic_call]
		stake(RawOrigin::Signed(who.clone()), pool, units::<T>(10), TokenKind::Cert);
		let cert = Pools::<T>::get(pool).unwrap().cert;
		assert!(!T::Certs::balance(cert, &who).is_zero());
	}

	/// A pool of the chain's own coin with full validator books (a stake reads none of them).
	#[benchmark]
	fn stake_bond_native() {
		let (pool, first, underlying) = native_pool_with_stake::<T>();
		full_books::<T>(pool, &first);
		let who = funded_caller::<T>(&underlying);
		#[extrinsic_call]
		stake(RawOrigin::Signed(who.clone()), pool, units::<T>(10), TokenKind::Bond);
		assert!(!BondShares::<T>::get(pool, &who).is_zero());
	}

	/// A pool of the chain's own coin with full validator books (a stake reads none of them).
	#[benchmark]
	fn stake_cert_native() {
		let (pool, first, underlying) = native_pool_with_stake::<T>();
		full_books::<T>(pool, &first);
		let who = funded_caller::<T>(&underlying);
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
			Pallet::<T>::do_unstake(&who, pool, units::<T>(1), TokenKind::Bond, None).unwrap();
		}
		set_block::<T>(1 + max * 10);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), pool, units::<T>(1), TokenKind::Bond);
		assert_eq!(Unbonding::<T>::get(pool, &who).len() as u32, max);
	}

	/// `r` requests of the account, each in its own bucket that is due but not matured: the
	/// claim matures every bucket on the way.
	#[benchmark]
	fn claim(r: Linear<1, { T::MaxClaimsPerCall::get().min(T::MaxUnbondingRequests::get()) }>) {
		let (pool, who, _) = pool_with_stake::<T>();
		full_books::<T>(pool, &who);
		for i in 0..r {
			set_block::<T>(1 + i * 10);
			Pallet::<T>::do_unstake(&who, pool, units::<T>(1), TokenKind::Bond, None).unwrap();
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
		let bucket = Pallet::<T>::do_unstake(&who, pool, units::<T>(1), TokenKind::Bond, None)
			.unwrap()
			.0;
		frame_system::Pallet::<T>::set_block_number(bucket);
		<T::BlockNumberProvider as BlockNumberProvider>::set_block_number(bucket);
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), pool, bucket);
		assert!(Buckets::<T>::get(pool, bucket).unwrap().matured.is_some());
	}

	/// One pool's stakes of a block planned when the block ends (the part of `on_idle` one
	/// pool with stakes costs), with the most validator books a pool may track.
	#[benchmark]
	fn plan_stakes() {
		let (pool, who, _) = pool_with_stake::<T>();
		full_books::<T>(pool, &who);
		#[block]
		{
			let mut info = Pools::<T>::get(pool).unwrap();
			let total = info.total_pooled;
			Pallet::<T>::plan_stakes_of(pool, &mut info, total);
			Pools::<T>::insert(pool, info);
		}
		assert!(Pools::<T>::get(pool).unwrap().unplanned.is_zero());
		assert!(Validators::<T>::get(pool)
			.iter()
			.any(|b| !b.planned.is_zero() && !b.target.is_zero()));
	}

	/// `u` other accounts already wait in the bucket the call joins. An extra benchmark (not a
	/// weight): its slope in `u` shows that an unstake does not grow with the others' requests.
	#[benchmark(extra)]
	fn unstake_busy_bucket(u: Linear<0, 500>) {
		let (pool, who, _) = pool_with_stake::<T>();
		busy_bucket::<T>(pool, u);
		#[extrinsic_call]
		unstake(RawOrigin::Signed(who.clone()), pool, units::<T>(1), TokenKind::Bond);
		assert_eq!(Unbonding::<T>::get(pool, &who).len(), 1);
	}

	/// A bucket holding the requests of `u` accounts. Extra: the slope in `u` shows that maturing
	/// does not grow with the requests in the bucket.
	#[benchmark(extra)]
	fn mature_busy_bucket(u: Linear<1, 500>) {
		let (pool, _, _) = pool_with_stake::<T>();
		let bucket = busy_bucket::<T>(pool, u);
		set_block::<T>(10_000);
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		mature(RawOrigin::Signed(caller), pool, bucket);
		assert!(Buckets::<T>::get(pool, bucket).unwrap().matured.is_some());
	}

	/// One request in a matured bucket that `u` other accounts share. Extra: the slope in `u`
	/// shows that a claim does not grow with the other requests of its bucket.
	#[benchmark(extra)]
	fn claim_busy_bucket(u: Linear<0, 500>) {
		let (pool, who, _) = pool_with_stake::<T>();
		busy_bucket::<T>(pool, u);
		let bucket = Pallet::<T>::do_unstake(&who, pool, units::<T>(1), TokenKind::Bond, None)
			.unwrap()
			.0;
		set_block::<T>(10_000);
		Pallet::<T>::do_mature(pool, bucket).unwrap();
		#[extrinsic_call]
		claim(RawOrigin::Signed(who.clone()), pool, who.clone());
		assert!(Unbonding::<T>::get(pool, &who).is_empty());
	}

	/// With a full rate history and a commission minted to a new account.
	#[benchmark]
	fn report_rewards() {
		let (pool, _, underlying) = local_pool_with_stake::<T>();
		for epoch in 1..=T::MaxRateHistory::get() as u64 {
			set_block::<T>(report_block::<T>(epoch));
			let small = small_reward::<T>(pool);
			T::BenchmarkHelper::fund(&underlying, &Pallet::<T>::pool_account(pool), small);
			Pallet::<T>::do_report_rewards(pool, epoch, small).unwrap();
		}
		let epoch = T::MaxRateHistory::get() as u64 + 1;
		set_block::<T>(report_block::<T>(epoch));
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
		let (pool, _, _) = local_pool_with_stake::<T>();
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
		Pallet::<T>::plan_stakes(&mut WeightMeter::new());
		let new = allocation::<T>(1_000, max);
		let origin = T::AllocationOrigin::try_successful_origin()
			.map_err(|_| "no allocation origin")
			.unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, pool, new.clone());
		assert_eq!(Pallet::<T>::allocation_of(pool), new.into_inner());
		assert_eq!(Validators::<T>::get(pool).len() as u32, 2 * max);
	}

	/// A report naming every validator of full books.
	#[benchmark]
	fn report_delegations() {
		let (pool, first, _) = local_pool_with_stake::<T>();
		full_books::<T>(pool, &first);
		let report: DelegationsOf<T> = Validators::<T>::get(pool)
			.iter()
			.map(|b| (b.validator, units::<T>(1)))
			.collect::<Vec<_>>()
			.try_into()
			.unwrap();
		let origin = T::OracleOrigin::try_successful_origin()
			.map_err(|_| "no oracle origin")
			.unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, pool, 1, report);
		assert_eq!(Pools::<T>::get(pool).unwrap().delegation_epoch, 1);
		assert!(Validators::<T>::get(pool).iter().all(|b| b.delegated == units::<T>(1)));
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().no_pools().build(),
		crate::mock::Test
	);
}
