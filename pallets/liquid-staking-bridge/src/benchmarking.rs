//! Benchmarks of every call, each at its worst case. The pools are the staking side's
//! ([`StakingInterface::benchmark_pool`]): in a runtime, pallet-liquid-staking's pool in the
//! state where its stakes and reports cost the most.

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungibles::{Inspect, Mutate},
	EnsureOrigin, Get,
};
use frame_system::RawOrigin;
use sp_core::{H160, H256};
use sp_runtime::{
	traits::{BlockNumberProvider, Zero},
	SaturatedConversion,
};

const SEED: u32 = 0;

/// The remote chain of the benchmarks.
const CHAIN: ChainId = 1_000_056;

fn units<T: Config>(n: u128) -> BalanceOf<T> {
	(n * 1_000_000_000_000u128).saturated_into()
}

fn relayer<T: Config>(i: u32) -> T::AccountId {
	account("relayer", i, SEED)
}

fn relayers<T: Config>(n: u32, name: &'static str) -> RelayersOf<T> {
	(0..n)
		.map(|i| account(name, i, SEED))
		.collect::<Vec<_>>()
		.try_into()
		.expect("at most MaxRelayers")
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
		min_withdrawal: units::<T>(1),
	}
}

/// `CHAIN` with `MaxRelayers` relayers, and its wrapped coin.
fn chain<T: Config>() -> T::AssetId {
	let wrapped = T::BenchmarkHelper::wrapped();
	if !Chains::<T>::contains_key(CHAIN) {
		let max = T::MaxRelayers::get();
		Pallet::<T>::do_register_chain(
			CHAIN,
			wrapped.clone(),
			limits::<T>(),
			relayers::<T>(max, "relayer"),
			threshold(max),
		)
		.unwrap();
	}
	wrapped
}

/// `CHAIN` and a pool of its coin whose validators live on it, at its worst case; the pool and
/// the validators its books track.
fn pool<T: Config>() -> (PoolId, Vec<ValidatorId>, T::AssetId) {
	let wrapped = chain::<T>();
	let (pool, validators) = T::Staking::benchmark_pool(wrapped.clone(), CHAIN);
	(pool, validators, wrapped)
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

/// A deposit of nonce `n` and `amount` to a new account, staked as cert into `pool` if given.
fn deposit<T: Config>(n: u64, amount: BalanceOf<T>, stake: Option<PoolId>) -> MessageOf<T> {
	BridgeMessage::Deposit(Deposit {
		nonce: n,
		tx_hash: {
			let mut bytes = [0u8; 32];
			bytes[24..].copy_from_slice(&(n + 1).to_be_bytes());
			H256(bytes)
		},
		beneficiary: account("beneficiary", n as u32, SEED),
		amount,
		stake: stake.map(|p| (p, TokenKind::Cert)),
	})
}

/// Every relayer but the last votes for another message of `message`'s key; the last.
fn other_votes<T: Config>(message: &MessageOf<T>) -> T::AccountId {
	let max = T::MaxRelayers::get();
	let other = H256::repeat_byte(0xee);
	let votes: Vec<(T::AccountId, H256)> = (0..max - 1).map(|i| (relayer::<T>(i), other)).collect();
	Votes::<T>::insert(CHAIN, message.key(), VotesOf::<T>::try_from(votes).unwrap());
	relayer::<T>(max - 1)
}

/// A full deposit queue but one (nonces from 2; the queue is shorter than the nonce window).
fn queue_but_one<T: Config>() {
	assert!(u64::from(T::MaxQueuedDeposits::get()) + 2 < NONCE_WINDOW);
	for n in 0..T::MaxQueuedDeposits::get().saturating_sub(1) {
		let d = deposit::<T>(2 + n as u64, units::<T>(5_000), None);
		for i in 0..threshold(T::MaxRelayers::get()) {
			Pallet::<T>::do_attest(relayer::<T>(i), CHAIN, d.clone()).unwrap();
		}
	}
}

/// A delegation report naming `validators` (the pool's books), then others up to the bound.
fn report<T: Config>(validators: &[ValidatorId]) -> DelegationsOf<T> {
	validators
		.iter()
		.copied()
		.chain((1..=u8::MAX).map(ValidatorId::repeat_byte))
		.take(T::Staking::max_delegations() as usize)
		.map(|v| (v, units::<T>(1)))
		.collect::<Vec<_>>()
		.try_into()
		.expect("at most MaxDelegations")
}

/// A deposit to be staked into `pool`, queued last in a full queue; its id.
fn queued_stake<T: Config>(pool: PoolId) -> QueuedDepositId {
	queue_but_one::<T>();
	let message = deposit::<T>(1, units::<T>(2_000), Some(pool));
	let caller = votes_but_one::<T>(&message);
	Pallet::<T>::do_attest(caller, CHAIN, message).unwrap();
	NextQueuedDepositId::<T>::get() - 1
}

/// A holder of `wrapped`, as if it had been issued before the bridge served it (minted here,
/// outside the bridge's books: benchmarks check no invariants).
fn holder<T: Config>(wrapped: &T::AssetId) -> T::AccountId {
	let who: T::AccountId = account("withdrawer", 0, SEED);
	T::Assets::mint_into(wrapped.clone(), &who, units::<T>(1_000)).unwrap();
	who
}

/// A pending withdrawal of `CHAIN`.
fn withdrawal<T: Config>(wrapped: &T::AssetId) -> WithdrawalId {
	let who = holder::<T>(wrapped);
	Pallet::<T>::do_withdraw_to_remote(who, CHAIN, units::<T>(10), H160::repeat_byte(1), true)
		.unwrap()
}

fn cert_limits<T: Config>() -> CertLimitsOf<T> {
	CertLimits {
		min_transfer: units::<T>(1),
		max_transfer: units::<T>(1_000),
		max_per_period: units::<T>(10_000),
		period: 100u32.into(),
	}
}

/// The threshold of `CHAIN`'s relayers attests `message`: it executes.
fn attested<T: Config>(message: MessageOf<T>) {
	for i in 0..threshold(T::MaxRelayers::get()) {
		Pallet::<T>::do_attest(relayer::<T>(i), CHAIN, message.clone()).unwrap();
	}
}

/// A pool with its cert route to `CHAIN` open, and a holder of its cert (staked by the deposit
/// of inbound nonce 0); the pool, the holder and what it holds.
fn cert_holder<T: Config>() -> (PoolId, T::AccountId, BalanceOf<T>) {
	let (pool, _, _) = pool::<T>();
	Pallet::<T>::do_set_cert_route(CHAIN, pool, true, cert_limits::<T>()).unwrap();
	attested::<T>(deposit::<T>(0, units::<T>(100), Some(pool)));
	let who: T::AccountId = account("beneficiary", 0, SEED);
	let held = T::Staking::cert_balance(pool, &who);
	assert!(!held.is_zero());
	(pool, who, held)
}

/// All of a holder's cert sent to `CHAIN`; the pool, the transfer, the holder and the amount.
fn cert_sent<T: Config>() -> (PoolId, CertTransferId, T::AccountId, BalanceOf<T>) {
	let (pool, who, held) = cert_holder::<T>();
	let id =
		Pallet::<T>::do_send_cert(who.clone(), CHAIN, pool, held, H160::repeat_byte(1)).unwrap();
	(pool, id, who, held)
}

/// Cert outstanding on `CHAIN`: sent and its mint attested; the pool and the amount.
fn cert_out<T: Config>() -> (PoolId, BalanceOf<T>) {
	let (pool, id, _, held) = cert_sent::<T>();
	attested::<T>(BridgeMessage::CertMinted { id, tx_hash: H256::repeat_byte(3) });
	(pool, held)
}

fn cert_redeemed<T: Config>(pool: PoolId, amount: BalanceOf<T>) -> MessageOf<T> {
	BridgeMessage::CertRedeemed {
		nonce: 1,
		tx_hash: H256::repeat_byte(4),
		pool,
		recipient: H160::repeat_byte(5),
		amount,
	}
}

fn admin<T: Config>() -> T::RuntimeOrigin {
	T::AdminOrigin::try_successful_origin().map_err(|_| "no admin origin").unwrap()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_chain(r: Linear<{ T::MinRelayers::get() }, { T::MaxRelayers::get() }>) {
		let wrapped = T::BenchmarkHelper::wrapped();
		#[extrinsic_call]
		_(
			admin::<T>(),
			CHAIN + 1,
			wrapped,
			limits::<T>(),
			relayers::<T>(r, "relayer"),
			threshold(r),
		);
		assert!(Chains::<T>::contains_key(CHAIN + 1));
	}

	#[benchmark]
	fn set_relayers(r: Linear<{ T::MinRelayers::get() }, { T::MaxRelayers::get() }>) {
		chain::<T>();
		#[extrinsic_call]
		_(admin::<T>(), CHAIN, relayers::<T>(r, "new"), threshold(r));
		assert_eq!(Chains::<T>::get(CHAIN).unwrap().relayers.len() as u32, r);
	}

	#[benchmark]
	fn set_chain_limits() {
		chain::<T>();
		let mut l = limits::<T>();
		l.max_per_period = units::<T>(20_000);
		#[extrinsic_call]
		_(admin::<T>(), CHAIN, l);
		assert_eq!(Chains::<T>::get(CHAIN).unwrap().limits, l);
	}

	/// By the last relayer of a full set.
	#[benchmark]
	fn pause_chain() {
		chain::<T>();
		let last = relayer::<T>(T::MaxRelayers::get() - 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(last), CHAIN);
		assert!(Chains::<T>::get(CHAIN).unwrap().paused);
	}

	#[benchmark]
	fn unpause_chain() {
		chain::<T>();
		Pallet::<T>::do_set_chain_paused(CHAIN, true, None).unwrap();
		#[extrinsic_call]
		_(admin::<T>(), CHAIN);
		assert!(!Chains::<T>::get(CHAIN).unwrap().paused);
	}

	/// A deposit vote (with a stake: the largest deposit message) that does not reach the
	/// threshold, with every other relayer's vote stored.
	#[benchmark]
	fn attest_vote() {
		let (pool, _, _) = pool::<T>();
		let message = deposit::<T>(1, units::<T>(10), Some(pool));
		let caller = other_votes::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message.clone());
		assert_eq!(Votes::<T>::get(CHAIN, message.key()).len() as u32, T::MaxRelayers::get());
	}

	/// A report vote, on the largest message (a delegation report of the most validators),
	/// reading the pool, with every other relayer's vote stored.
	#[benchmark]
	fn attest_vote_report() {
		let (pool, validators, _) = pool::<T>();
		let message =
			BridgeMessage::Delegations { pool, epoch: 1, delegations: report::<T>(&validators) };
		let caller = other_votes::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message.clone());
		assert_eq!(Votes::<T>::get(CHAIN, message.key()).len() as u32, T::MaxRelayers::get());
	}

	/// A settlement vote, reading the withdrawal, with every other relayer's vote stored.
	#[benchmark]
	fn attest_vote_withdrawal() {
		let wrapped = chain::<T>();
		let id = withdrawal::<T>(&wrapped);
		let message = BridgeMessage::WithdrawalReleased { id, tx_hash: H256::repeat_byte(2) };
		let caller = other_votes::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message.clone());
		assert_eq!(Votes::<T>::get(CHAIN, message.key()).len() as u32, T::MaxRelayers::get());
	}

	/// The vote that executes a deposit paid in the wrapped coin to a new account.
	#[benchmark]
	fn attest_deposit() {
		let (_, _, wrapped) = pool::<T>();
		let message = deposit::<T>(1, units::<T>(10), None);
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		let who: T::AccountId = account("beneficiary", 1, SEED);
		assert_eq!(T::Assets::balance(wrapped, &who), units::<T>(10));
	}

	/// The vote that executes a deposit staked as cert for a new account, into the pool.
	#[benchmark]
	fn attest_deposit_stake() {
		let (pool, _, wrapped) = pool::<T>();
		let message = deposit::<T>(1, units::<T>(10), Some(pool));
		let caller = votes_but_one::<T>(&message);
		let held = T::Assets::balance(wrapped.clone(), &T::Staking::pool_account(pool));
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		let now = T::Assets::balance(wrapped, &T::Staking::pool_account(pool));
		assert_eq!(now, held + units::<T>(10));
	}

	/// The vote that queues a deposit over the limits into the last place of the queue.
	#[benchmark]
	fn attest_deposit_queued() {
		let _ = pool::<T>();
		queue_but_one::<T>();
		let message = deposit::<T>(1, units::<T>(5_000), None);
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert_eq!(Chains::<T>::get(CHAIN).unwrap().queued, T::MaxQueuedDeposits::get());
	}

	/// The vote that executes rewards, minted into the pool.
	#[benchmark]
	fn attest_rewards() {
		let (pool, _, _) = pool::<T>();
		let epoch = T::Staking::remote_pool(pool).unwrap().last_epoch + 1;
		let message =
			BridgeMessage::Rewards { pool, epoch, amount: units::<T>(1) / 1000u32.into() };
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert_eq!(T::Staking::remote_pool(pool).unwrap().last_epoch, epoch);
	}

	/// The vote that executes a slash, burned from the pool.
	#[benchmark]
	fn attest_slash() {
		let (pool, _, _) = pool::<T>();
		let epoch = T::Staking::remote_pool(pool).unwrap().last_epoch + 1;
		let message = BridgeMessage::Slash { pool, epoch, amount: units::<T>(1) };
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert_eq!(T::Staking::remote_pool(pool).unwrap().last_epoch, epoch);
	}

	/// The vote that executes a delegation report naming every validator the pool's books
	/// track.
	#[benchmark]
	fn attest_delegations() {
		let (pool, validators, _) = pool::<T>();
		let delegations: DelegationsOf<T> = validators
			.iter()
			.map(|v| (*v, units::<T>(1)))
			.collect::<Vec<_>>()
			.try_into()
			.expect("the books fit a report");
		let message = BridgeMessage::Delegations { pool, epoch: 1, delegations };
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert_eq!(T::Staking::remote_pool(pool).unwrap().delegation_epoch, 1);
	}

	#[benchmark]
	fn attest_withdrawal_released() {
		let wrapped = chain::<T>();
		let id = withdrawal::<T>(&wrapped);
		let message = BridgeMessage::WithdrawalReleased { id, tx_hash: H256::repeat_byte(2) };
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert!(!Withdrawals::<T>::contains_key(id));
	}

	/// The refund to the owner's account.
	#[benchmark]
	fn attest_withdrawal_failed() {
		let wrapped = chain::<T>();
		let id = withdrawal::<T>(&wrapped);
		let message = BridgeMessage::WithdrawalFailed { id };
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert_eq!(Chains::<T>::get(CHAIN).unwrap().refunded, units::<T>(10));
	}

	/// A deposit staked into the pool, attested while the chain was paused.
	#[benchmark]
	fn execute_message() {
		let (pool, _, _) = pool::<T>();
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

	/// A queued deposit staked into the pool, from a full queue, in a new window.
	#[benchmark]
	fn release_deposit() {
		let (pool, _, _) = pool::<T>();
		let id = queued_stake::<T>(pool);
		let later = T::BlockNumberProvider::current_block_number() + 1_000u32.into();
		T::BlockNumberProvider::set_block_number(later);
		let mut l = limits::<T>();
		l.max_per_deposit = units::<T>(2_000);
		Chains::<T>::mutate(CHAIN, |c| c.as_mut().unwrap().limits = l);
		let anyone: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(anyone), CHAIN, id);
		assert!(!DepositQueue::<T>::contains_key(CHAIN, id));
	}

	/// The same, approved by governance over the per-deposit limit.
	#[benchmark]
	fn approve_deposit() {
		let (pool, _, _) = pool::<T>();
		let id = queued_stake::<T>(pool);
		#[extrinsic_call]
		_(admin::<T>(), CHAIN, id);
		assert!(!DepositQueue::<T>::contains_key(CHAIN, id));
	}

	/// Everything the account holds, so its asset account is removed.
	#[benchmark]
	fn withdraw_to_remote() {
		let wrapped = chain::<T>();
		let who = holder::<T>(&wrapped);
		let all = T::Assets::balance(wrapped.clone(), &who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), CHAIN, all, H160::repeat_byte(1));
		assert!(T::Assets::balance(wrapped, &who).is_zero());
	}

	/// A withdrawal refunded to its owner's new account after the timeout.
	#[benchmark]
	fn refund_withdrawal() {
		let wrapped = chain::<T>();
		let who = holder::<T>(&wrapped);
		let all = T::Assets::balance(wrapped.clone(), &who);
		let id =
			Pallet::<T>::do_withdraw_to_remote(who.clone(), CHAIN, all, H160::repeat_byte(1), true)
				.unwrap();
		let later = T::BlockNumberProvider::current_block_number() + T::WithdrawalTimeout::get();
		T::BlockNumberProvider::set_block_number(later);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), id);
		assert_eq!(T::Assets::balance(wrapped, &who), all);
	}

	/// A parked deposit paid to its beneficiary's new account.
	#[benchmark]
	fn claim_parked_deposit() {
		let wrapped = chain::<T>();
		let who: T::AccountId = account("beneficiary", 1, SEED);
		let amount = units::<T>(10);
		ParkedDeposits::<T>::insert(CHAIN, 1, ParkedDeposit { beneficiary: who.clone(), amount });
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), CHAIN, 1);
		assert_eq!(T::Assets::balance(wrapped, &who), amount);
	}

	#[benchmark]
	fn set_cert_route() {
		let (pool, _, _) = pool::<T>();
		#[extrinsic_call]
		_(admin::<T>(), CHAIN, pool, true, cert_limits::<T>());
		assert!(CertRoutes::<T>::contains_key(CHAIN, pool));
	}

	/// All the holder's cert, so its cert account is removed.
	#[benchmark]
	fn send_cert() {
		let (pool, who, held) = cert_holder::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), CHAIN, pool, held, H160::repeat_byte(1));
		assert!(T::Staking::cert_balance(pool, &who).is_zero());
	}

	/// Back to the sender's new cert account after the timeout.
	#[benchmark]
	fn refund_cert_transfer() {
		let (pool, id, who, held) = cert_sent::<T>();
		let later = T::BlockNumberProvider::current_block_number() + T::WithdrawalTimeout::get();
		T::BlockNumberProvider::set_block_number(later);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), id);
		assert_eq!(T::Staking::cert_balance(pool, &who), held);
	}

	#[benchmark]
	fn attest_cert_minted() {
		let (pool, id, _, held) = cert_sent::<T>();
		let message = BridgeMessage::CertMinted { id, tx_hash: H256::repeat_byte(3) };
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert_eq!(CertRoutes::<T>::get(CHAIN, pool).unwrap().outstanding, held);
	}

	/// The cert back to the sender's new cert account.
	#[benchmark]
	fn attest_cert_mint_failed() {
		let (pool, id, who, held) = cert_sent::<T>();
		let message = BridgeMessage::CertMintFailed { id };
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert_eq!(T::Staking::cert_balance(pool, &who), held);
	}

	/// All the cert out there, back to a new account.
	#[benchmark]
	fn attest_cert_returned() {
		let (pool, amount) = cert_out::<T>();
		let beneficiary: T::AccountId = account("returned", 0, SEED);
		let message = BridgeMessage::CertReturned {
			nonce: 1,
			tx_hash: H256::repeat_byte(4),
			pool,
			beneficiary: beneficiary.clone(),
			amount,
		};
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert_eq!(T::Staking::cert_balance(pool, &beneficiary), amount);
	}

	/// All the cert out there, unstaked by the redemption's new account.
	#[benchmark]
	fn attest_cert_redeemed() {
		let (pool, amount) = cert_out::<T>();
		let message = cert_redeemed::<T>(pool, amount);
		let caller = votes_but_one::<T>(&message);
		#[extrinsic_call]
		attest(RawOrigin::Signed(caller), CHAIN, message);
		assert!(Redemptions::<T>::contains_key(CHAIN, 1));
	}

	/// A matured redemption claimed and withdrawn.
	#[benchmark]
	fn complete_redemption() {
		let (pool, amount) = cert_out::<T>();
		attested::<T>(cert_redeemed::<T>(pool, amount));
		let release_at = Redemptions::<T>::get(CHAIN, 1).unwrap().release_at;
		frame_system::Pallet::<T>::set_block_number(release_at.saturated_into());
		T::BlockNumberProvider::set_block_number(release_at.saturated_into());
		let anyone: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(anyone), CHAIN, 1);
		assert!(Redemptions::<T>::get(CHAIN, 1).unwrap().withdrawal.is_some());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
