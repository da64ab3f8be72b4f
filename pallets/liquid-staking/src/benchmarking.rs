//! Benchmarks of every call, each at its worst case.

use super::*;
use crate::pallet::{BalanceOf, LimitsOf, MessageOf, NameOf, PoolParamsOf, VotesOf};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungibles::Inspect, EnsureOrigin, Get},
	weights::Weight,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::{H160, H256};
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

/// The remote chain of the benchmarks' pools.
const CHAIN: ChainId = 1_000_056;

fn relayer<T: Config>(i: u32) -> T::AccountId {
	account("relayer", i, SEED)
}

/// The smallest threshold above half of `n`.
fn threshold(n: u32) -> u32 {
	n / 2 + 1
}

fn limits<T: Config>() -> LimitsOf<T> {
	BridgeLimits {
		max_per_deposit: units::<T>(1_000),
		max_per_period: units::<T>(10_000),
		period: 100u32.into(),
	}
}

/// `CHAIN`, for `wrapped`, with `MaxRelayers` relayers.
fn chain<T: Config>(wrapped: &T::UnderlyingAssetId) {
	if Chains::<T>::contains_key(CHAIN) {
		return;
	}
	let max = T::MaxRelayers::get();
	Pallet::<T>::do_register_chain(
		CHAIN,
		wrapped.clone(),
		limits::<T>(),
		(0..max).map(relayer::<T>).collect(),
		threshold(max),
	)
	.unwrap();
}

/// A pool of `CHAIN` with a first stake of 1,000 units by a staker, and the staker's account.
fn pool_with_stake<T: Config>() -> (PoolId, T::AccountId, T::UnderlyingAssetId) {
	let (underlying, cert) = T::BenchmarkHelper::assets(0);
	chain::<T>(&underlying);
	pool_of_with_stake::<T>(underlying, cert, Some(CHAIN))
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
	remote_chain: Option<ChainId>,
) -> (PoolId, T::AccountId, T::UnderlyingAssetId) {
	let min = T::Underlying::minimum_balance(underlying.clone());
	let pool = Pallet::<T>::do_create_pool(
		underlying.clone(),
		cert,
		name::<T>(),
		name::<T>(),
		12,
		One::one(),
		remote_chain,
		params::<T>(min),
	)
	.unwrap();
	let first: T::AccountId = account("first", 0, SEED);
	T::BenchmarkHelper::fund(&underlying, &first, units::<T>(1_000_000));
	Pallet::<T>::do_stake(&first, pool, units::<T>(1_000), TokenKind::Bond).unwrap();
	(pool, first, underlying)
}

/// The validator whose EVM address is the big-endian `n`.
fn validator(n: u64) -> ValidatorId {
	let mut bytes = [0u8; 20];
	bytes[12..].copy_from_slice(&n.to_be_bytes());
	ValidatorId::from(bytes)
}

/// `n` validators from `first` on, with equal targets (the first takes the rounding).
fn allocation<T: Config>(first: u64, n: u32) -> Vec<(ValidatorId, Perbill)> {
	let part = 1_000_000_000 / n;
	(0..n)
		.map(|i| {
			let parts = if i == 0 { 1_000_000_000 - part * (n - 1) } else { part };
			(validator(first + i as u64), Perbill::from_parts(parts))
		})
		.collect()
}

/// The worst books: `MaxValidators` allocated and as many dropped ones still holding stake.
fn full_books<T: Config>(pool: PoolId, staker: &T::AccountId) {
	let max = T::MaxValidators::get();
	Pallet::<T>::do_set_allocation(pool, allocation::<T>(1, max)).unwrap();
	Pallet::<T>::do_stake(staker, pool, units::<T>(100), TokenKind::Bond).unwrap();
	Pallet::<T>::plan_stakes(Weight::MAX);
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

fn set_block<T: Config>(n: u32) {
	frame_system::Pallet::<T>::set_block_number(n.into());
}

/// `u` accounts stake and unstake into the current bucket, which it returns.
fn busy_bucket<T: Config>(pool: PoolId, u: u32) -> BlockNumberFor<T> {
	let underlying = Pools::<T>::get(pool).unwrap().underlying;
	let mut bucket = Zero::zero();
	for i in 0..u {
		let other: T::AccountId = account("other", i, SEED);
		T::BenchmarkHelper::fund(&underlying, &other, units::<T>(10));
		Pallet::<T>::do_stake(&other, pool, units::<T>(2), TokenKind::Bond).unwrap();
		bucket = Pallet::<T>::do_unstake(&other, pool, units::<T>(1), TokenKind::Bond).unwrap();
	}
	bucket
}

/// All relayers but the last of the threshold vote for `message`, and every other relayer
/// votes for another message of the same key: the votes are as full as they get.
fn votes_but_one<T: Config>(message: &MessageOf<T>) -> T::AccountId {
	let max = T::MaxRelayers::get();
	let t = threshold(max);
	let hash = Pallet::<T>::message_hash(CHAIN, message);
	let other = H256::repeat_byte(0xee);
	let mut votes: Vec<(T::AccountId, H256)> = Vec::new();
	for i in 0..max {
		if i + 1 == t {
			continue;
		}
		votes.push((relayer::<T>(i), if i + 1 < t { hash } else { other }));
	}
	Votes::<T>::insert(CHAIN, message.key(), VotesOf::<T>::try_from(votes).unwrap());
	relayer::<T>(t - 1)
}

/// A deposit of `amount` to a new account, staked as cert into `pool` if given.
fn deposit<T: Config>(n: u64, amount: BalanceOf<T>, stake: Option<PoolId>) -> MessageOf<T> {
	BridgeMessage::Deposit(Deposit {
		tx_hash: {
			let mut bytes = [0u8; 32];
			bytes[24..].copy_from_slice(&(n + 1).to_be_bytes());
			H256(bytes)
		},
		log_index: 0,
		beneficiary: account("beneficiary", n as u32, SEED),
		amount,
		stake: stake.map(|p| (p, TokenKind::Cert)),
	})
}

/// A full deposit queue but one.
fn queue_but_one<T: Config>() {
	for n in 0..T::MaxQueuedDeposits::get().saturating_sub(1) {
		let d = deposit::<T>(10_000 + n as u64, units::<T>(5_000), None);
		Pallet::<T>::do_attest(relayer::<T>(0), CHAIN, d.clone()).unwrap();
		for i in 1..threshold(T::MaxRelayers::get()) {
			Pallet::<T>::do_attest(relayer::<T>(i), CHAIN, d.clone()).unwrap();
		}
	}
}

/// Every validator of a pool's books with 1 unit delegated: the largest delegation report.
fn report<T: Config>(pool: PoolId) -> Vec<(ValidatorId, BalanceOf<T>)> {
	Validators::<T>::get(pool)
		.iter()
		.map(|b| (b.validator, units::<T>(1)))
		.collect()
}

/// A deposit to be staked into `pool`, queued last in a full queue; its id.
fn queued_stake<T: Config>(pool: PoolId) -> QueuedDepositId {
	queue_but_one::<T>();
	let message = deposit::<T>(1, units::<T>(2_000), Some(pool));
	let caller = votes_but_one::<T>(&message);
	Pallet::<T>::do_attest(caller, CHAIN, message).unwrap();
	NextQueuedDepositId::<T>::get() - 1
}

/// A pending withdrawal of `CHAIN` by a holder of the wrapped coin.
fn withdrawal<T: Config>(underlying: &T::UnderlyingAssetId) -> WithdrawalId {
	let who = funded::<T>(underlying, "withdrawer");
	Pallet::<T>::do_withdraw_to_remote(who, CHAIN, units::<T>(10), H160::repeat_byte(1)).unwrap()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_pool() {
		let (underlying, cert) = T::BenchmarkHelper::assets(0);
		let min = T::Underlying::minimum_balance(underlying.clone());
		chain::<T>(&underlying);
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| "no admin origin").unwrap();
		let id = NextPoolId::<T>::get();
		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			underlying,
			cert,
			name::<T>(),
			name::<T>(),
			12,
			One::one(),
			Some(CHAIN),
			params::<T>(min),
		);
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
	fn claim(r: Linear<1, { T::MaxClaimsPerCall::get().min(T::MaxUnbondingRequests::get()) }>) {
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
		let bucket = Pallet::<T>::do_unstake(&who, pool, units::<T>(1), TokenKind::Bond).unwrap();
		set_block::<T>(10_000);
		Pallet::<T>::do_mature(pool, bucket).unwrap();
		#[extrinsic_call]
		claim(RawOrigin::Signed(who.clone()), pool, who.clone());
		assert!(Unbonding::<T>::get(pool, &who).is_empty());
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
		Pallet::<T>::plan_stakes(Weight::MAX);
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
		assert_eq!(Pools::<T>::get(pool).unwrap().delegation_epoch, 1);
		assert!(Validators::<T>::get(pool).iter().all(|b| b.delegated == units::<T>(1)));
	}

	#[benchmark]
	fn register_chain(r: Linear<1, { T::MaxRelayers::get() }>) {
		let (wrapped, _) = T::BenchmarkHelper::assets(1);
		let relayers: Vec<T::AccountId> = (0..r).map(relayer::<T>).collect();
		let origin = T::BridgeOrigin::try_successful_origin()
			.map_err(|_| "no bridge origin")
			.unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, CHAIN + 1, wrapped, limits::<T>(), relayers, threshold(r));
		assert!(Chains::<T>::contains_key(CHAIN + 1));
	}

	#[benchmark]
	fn set_relayers(r: Linear<1, { T::MaxRelayers::get() }>) {
		let (wrapped, _) = T::BenchmarkHelper::assets(0);
		chain::<T>(&wrapped);
		let relayers: Vec<T::AccountId> = (0..r).map(|i| account("new", i, SEED)).collect();
		let origin = T::BridgeOrigin::try_successful_origin()
			.map_err(|_| "no bridge origin")
			.unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, CHAIN, relayers, threshold(r));
		assert_eq!(Chains::<T>::get(CHAIN).unwrap().relayers.len() as u32, r);
	}

	#[benchmark]
	fn set_chain_limits() {
		let (wrapped, _) = T::BenchmarkHelper::assets(0);
		chain::<T>(&wrapped);
		let mut l = limits::<T>();
		l.max_per_period = units::<T>(20_000);
		let origin = T::BridgeOrigin::try_successful_origin()
			.map_err(|_| "no bridge origin")
			.unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, CHAIN, l);
		assert_eq!(Chains::<T>::get(CHAIN).unwrap().limits, l);
	}

	/// By the last relayer of a full set.
	#[benchmark]
	fn pause_chain() {
		let (wrapped, _) = T::BenchmarkHelper::assets(0);
		chain::<T>(&wrapped);
		let last = relayer::<T>(T::MaxRelayers::get() - 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(last), CHAIN);
		assert!(Chains::<T>::get(CHAIN).unwrap().paused);
	}

	#[benchmark]
	fn unpause_chain() {
		let (wrapped, _) = T::BenchmarkHelper::assets(0);
		chain::<T>(&wrapped);
		Pallet::<T>::do_set_chain_paused(CHAIN, true, None).unwrap();
		let origin = T::BridgeOrigin::try_successful_origin()
			.map_err(|_| "no bridge origin")
			.unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, CHAIN);
		assert!(!Chains::<T>::get(CHAIN).unwrap().paused);
	}

	/// A vote that does not reach the threshold, on the largest message (a delegation report
	/// of full books), with every other relayer's vote stored.
	#[benchmark]
	fn attest_vote() {
		let (pool, first, _) = pool_with_stake::<T>();
		full_books::<T>(pool, &first);
		let message = BridgeMessage::Delegations { pool, epoch: 1, delegations: report::<T>(pool) };
		let max = T::MaxRelayers::get();
		// Every relayer but the caller votes for another message.
		let other = H256::repeat_byte(0xee);
		let votes: Vec<(T::AccountId, H256)> =
			(0..max - 1).map(|i| (relayer::<T>(i), other)).collect();
		Votes::<T>::insert(CHAIN, message.key(), VotesOf::<T>::try_from(votes).unwrap());
		let caller = relayer::<T>(max - 1);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message.clone());
		assert_eq!(Pools::<T>::get(pool).unwrap().delegation_epoch, 0);
		assert_eq!(Votes::<T>::get(CHAIN, message.key()).len() as u32, max);
	}

	/// The vote that executes a deposit paid in the wrapped coin to a new account.
	#[benchmark]
	fn attest_deposit() {
		let (_, _, underlying) = pool_with_stake::<T>();
		let message = deposit::<T>(1, units::<T>(10), None);
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		let who: T::AccountId = account("beneficiary", 1, SEED);
		assert_eq!(T::Underlying::balance(underlying, &who), units::<T>(10));
	}

	/// The vote that executes a deposit staked as cert for a new account, into full books.
	#[benchmark]
	fn attest_deposit_stake() {
		let (pool, first, _) = pool_with_stake::<T>();
		full_books::<T>(pool, &first);
		let message = deposit::<T>(1, units::<T>(10), Some(pool));
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		let who: T::AccountId = account("beneficiary", 1, SEED);
		let cert = Pools::<T>::get(pool).unwrap().cert;
		assert!(!T::Certs::balance(cert, &who).is_zero());
	}

	/// The vote that queues a deposit over the limits into the last place of the queue.
	#[benchmark]
	fn attest_deposit_queued() {
		let _ = pool_with_stake::<T>();
		queue_but_one::<T>();
		let message = deposit::<T>(1, units::<T>(5_000), None);
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert_eq!(Chains::<T>::get(CHAIN).unwrap().queued, T::MaxQueuedDeposits::get());
	}

	/// The vote that executes rewards: minted into the pool, a full rate history, the
	/// commission minted to a new account.
	#[benchmark]
	fn attest_rewards() {
		let (pool, _, underlying) = pool_with_stake::<T>();
		let small = units::<T>(1) / 1000u32.into();
		for epoch in 1..=T::MaxRateHistory::get() as u64 {
			set_block::<T>(epoch as u32 * 2);
			T::BenchmarkHelper::fund(&underlying, &Pallet::<T>::pool_account(pool), small);
			Pallet::<T>::do_report_rewards(pool, epoch, small).unwrap();
		}
		let epoch = T::MaxRateHistory::get() as u64 + 1;
		set_block::<T>(epoch as u32 * 2);
		let message = BridgeMessage::Rewards { pool, epoch, amount: small };
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert_eq!(Pools::<T>::get(pool).unwrap().last_epoch, epoch);
	}

	#[benchmark]
	fn attest_slash() {
		let (pool, _, _) = pool_with_stake::<T>();
		let message = BridgeMessage::Slash { pool, epoch: 1, amount: units::<T>(1) };
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert_eq!(Pools::<T>::get(pool).unwrap().last_epoch, 1);
	}

	/// The vote that executes a delegation report naming every validator of full books.
	#[benchmark]
	fn attest_delegations() {
		let (pool, first, _) = pool_with_stake::<T>();
		full_books::<T>(pool, &first);
		let message = BridgeMessage::Delegations { pool, epoch: 1, delegations: report::<T>(pool) };
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert_eq!(Pools::<T>::get(pool).unwrap().delegation_epoch, 1);
	}

	#[benchmark]
	fn attest_withdrawal_released() {
		let (_, _, underlying) = pool_with_stake::<T>();
		let id = withdrawal::<T>(&underlying);
		let message = BridgeMessage::WithdrawalReleased { id, tx_hash: H256::repeat_byte(2) };
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert!(!Withdrawals::<T>::contains_key(id));
	}

	/// The refund revives the owner's emptied account.
	#[benchmark]
	fn attest_withdrawal_failed() {
		let (_, _, underlying) = pool_with_stake::<T>();
		let id = withdrawal::<T>(&underlying);
		let message = BridgeMessage::WithdrawalFailed { id };
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert_eq!(Chains::<T>::get(CHAIN).unwrap().refunded, units::<T>(10));
	}

	/// A deposit staked into full books, attested while the chain was paused.
	#[benchmark]
	fn execute_message() {
		let (pool, first, _) = pool_with_stake::<T>();
		full_books::<T>(pool, &first);
		let message = deposit::<T>(1, units::<T>(10), Some(pool));
		let caller = votes_but_one::<T>(&message);
		Pallet::<T>::do_set_chain_paused(CHAIN, true, None).unwrap();
		Pallet::<T>::do_attest(caller, CHAIN, message.clone()).unwrap();
		Pallet::<T>::do_set_chain_paused(CHAIN, false, None).unwrap();
		let anyone: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(anyone), CHAIN, message.clone());
		assert!(Votes::<T>::get(CHAIN, message.key()).is_empty());
	}

	/// A queued deposit staked into full books, from a full queue.
	#[benchmark]
	fn release_deposit() {
		let (pool, first, _) = pool_with_stake::<T>();
		full_books::<T>(pool, &first);
		let id = queued_stake::<T>(pool);
		set_block::<T>(1_000);
		let mut l = limits::<T>();
		l.max_per_deposit = units::<T>(2_000);
		Chains::<T>::mutate(CHAIN, |c| c.as_mut().unwrap().limits = l);
		let anyone: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(anyone), CHAIN, id);
		assert!(!DepositQueue::<T>::contains_key(CHAIN, id));
	}

	/// The same, approved by governance whatever the limits.
	#[benchmark]
	fn approve_deposit() {
		let (pool, first, _) = pool_with_stake::<T>();
		full_books::<T>(pool, &first);
		let id = queued_stake::<T>(pool);
		let origin = T::BridgeOrigin::try_successful_origin()
			.map_err(|_| "no bridge origin")
			.unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, CHAIN, id);
		assert!(!DepositQueue::<T>::contains_key(CHAIN, id));
	}

	/// Everything the account holds, so its asset account is removed.
	#[benchmark]
	fn withdraw_to_remote() {
		let (_, _, underlying) = pool_with_stake::<T>();
		let who = funded::<T>(&underlying, "withdrawer");
		let all = T::Underlying::balance(underlying.clone(), &who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), CHAIN, all, H160::repeat_byte(1));
		assert!(T::Underlying::balance(underlying, &who).is_zero());
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().no_pools().build(),
		crate::mock::Test
	);
}
