//! Deposits: paid as the wrapped coin or staked at once, the pool's refusals, the limits and
//! their windows, and the queue.

use super::*;
use crate::{DepositQueue, Error, Votes};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

/// Whether a deposit of `chain` into `pool` was refused by the pool and paid as the wrapped
/// coin. The staking side's errors are `DispatchError::Other`, whose text is not encoded: read
/// back from the events it is empty.
fn stake_failed(chain: ChainId, pool: PoolId) -> bool {
	events().iter().any(|e| {
		matches!(
			e,
			Event::DepositStakeFailed { chain: c, pool: p, error: DispatchError::Other(_) }
				if *c == chain && *p == pool
		)
	})
}

// ----- staked at once -----

#[test]
fn a_deposit_from_bsc_can_be_staked_at_once() {
	new_test(|| {
		attested(BSC, &deposit_staked(1, 40, 10 * UNIT, TokenKind::Cert));
		assert_eq!(MockStaking::shares(POOL, 40, TokenKind::Cert), 10 * UNIT);
		assert_eq!(MockStaking::shares(POOL, 40, TokenKind::Bond), 0);
		assert_eq!(wbnb(40), 0);
		assert_eq!(MockStaking::pool(POOL).total, 10 * UNIT);
		assert_eq!(wbnb(pool_account(POOL)), 10 * UNIT);
		assert!(events().contains(&Event::Deposited {
			chain: BSC,
			nonce: 1,
			beneficiary: 40,
			amount: 10 * UNIT,
			staked: Some((POOL, TokenKind::Cert)),
		}));
		conserved();
		attested(BSC, &deposit_staked(2, 41, 5 * UNIT, TokenKind::Bond));
		assert_eq!(MockStaking::shares(POOL, 41, TokenKind::Bond), 5 * UNIT);
		assert_eq!(MockStaking::pool(POOL).total, 15 * UNIT);
		assert_eq!(wbnb(pool_account(POOL)), 15 * UNIT);
		assert!(events().contains(&Event::Deposited {
			chain: BSC,
			nonce: 2,
			beneficiary: 41,
			amount: 5 * UNIT,
			staked: Some((POOL, TokenKind::Bond)),
		}));
		// A staked deposit is minted like a paid one: it counts in the chain's books and window.
		assert_eq!(chain(BSC).minted, 15 * UNIT);
		assert_eq!(chain(BSC).window.total(), 15 * UNIT);
		// The other pool is untouched.
		assert_eq!(MockStaking::pool(MATIC_POOL).total, 0);
		assert_eq!(wmatic(pool_account(MATIC_POOL)), 0);
		conserved();
	});
}

#[test]
fn a_deposit_is_staked_only_into_a_pool_of_its_chain_s_coin() {
	new_test(|| {
		// The wrapped BNB into the MATIC pool, the wrapped MATIC (from either of its chains)
		// into the BNB pool, or into no pool: the deposit is not refused (every nonce of the
		// vault must execute, or the window would stop), and pays the wrapped coin instead.
		let asks = [
			(BSC, MATIC_POOL, Error::<Test>::NotThePoolsCoin),
			(POLYGON, POOL, Error::<Test>::NotThePoolsCoin),
			(ETHEREUM, POOL, Error::<Test>::NotThePoolsCoin),
			(BSC, 7, Error::<Test>::PoolNotFound),
		];
		for (n, (c, pool, error)) in asks.into_iter().enumerate() {
			let nonce = n as u64 + 1;
			attested(c, &deposit_into(nonce, 40, 10 * UNIT, pool, TokenKind::Cert));
			assert!(nonce_executed(c, nonce));
			assert!(events().contains(&Event::DepositStakeFailed {
				chain: c,
				pool,
				error: error.into()
			}));
		}
		assert_eq!((wbnb(40), wmatic(40)), (20 * UNIT, 20 * UNIT));
		assert_eq!(MockStaking::pool(POOL).total, 0);
		assert_eq!(MockStaking::pool(MATIC_POOL).total, 0);
		conserved();
		// Each coin into its own pool.
		attested(BSC, &deposit_into(10, 40, 10 * UNIT, POOL, TokenKind::Cert));
		attested(POLYGON, &deposit_into(10, 40, 10 * UNIT, MATIC_POOL, TokenKind::Cert));
		assert_eq!(MockStaking::shares(POOL, 40, TokenKind::Cert), 10 * UNIT);
		assert_eq!(MockStaking::shares(MATIC_POOL, 40, TokenKind::Cert), 10 * UNIT);
		assert_eq!((wbnb(40), wmatic(40)), (20 * UNIT, 20 * UNIT));
		conserved();
	});
}

#[test]
fn a_deposit_the_pool_refuses_to_stake_pays_the_wrapped_coin() {
	new_test(|| {
		// A paused pool.
		MockStaking::mutate(POOL, |p| p.paused = true);
		attested(BSC, &deposit_staked(1, 40, 10 * UNIT, TokenKind::Cert));
		assert!(stake_failed(BSC, POOL));
		assert_eq!(MockStaking::shares(POOL, 40, TokenKind::Cert), 0);
		assert_eq!(wbnb(40), 10 * UNIT);
		// What was minted into the pool account for the stake was rolled back with it.
		assert_eq!(wbnb(pool_account(POOL)), 0);
		assert_eq!(MockStaking::pool(POOL).total, 0);
		assert!(events().contains(&Event::Deposited {
			chain: BSC,
			nonce: 1,
			beneficiary: 40,
			amount: 10 * UNIT,
			staked: None,
		}));
		// The deposit is spent: paid once, never staked later.
		assert!(nonce_executed(BSC, 1));
		assert_eq!(chain(BSC).minted, 10 * UNIT);
		conserved();

		// Below the pool's minimum stake.
		MockStaking::mutate(POOL, |p| p.paused = false);
		let small = deposit_staked(2, 41, MIN_STAKE - 1, TokenKind::Bond);
		attested(BSC, &small);
		assert!(executed(BSC, &small));
		assert_eq!(MockStaking::shares(POOL, 41, TokenKind::Bond), 0);
		assert_eq!(wbnb(41), MIN_STAKE - 1);
		assert_eq!(wbnb(pool_account(POOL)), 0);
		assert_eq!(chain(BSC).minted, 10 * UNIT + MIN_STAKE - 1);
		conserved();

		// At the minimum it is staked.
		attested(BSC, &deposit_staked(3, 41, MIN_STAKE, TokenKind::Bond));
		assert_eq!(MockStaking::shares(POOL, 41, TokenKind::Bond), MIN_STAKE);
		assert_eq!(wbnb(41), MIN_STAKE - 1);
		assert_eq!(wbnb(pool_account(POOL)), MIN_STAKE);
		conserved();
	});
}

// ----- limits, windows and the queue -----

#[test]
fn deposits_over_the_limits_wait_in_the_queue_and_are_never_dropped() {
	new_test(|| {
		// Over the per-deposit limit: queued.
		let m = deposit(1, 40, MAX_DEPOSIT + 1);
		attested(BSC, &m);
		assert!(executed(BSC, &m));
		assert_eq!(wbnb(40), 0);
		assert_eq!(chain(BSC).queued, 1);
		assert_eq!(chain(BSC).minted, 0);
		assert_eq!(chain(BSC).window.total(), 0);
		assert!(DepositQueue::<Test>::contains_key(BSC, 0));
		assert!(events().iter().any(|e| matches!(
			e,
			Event::DepositQueued { chain: BSC, id: 0, amount, .. } if *amount == MAX_DEPOSIT + 1
		)));
		// Its key is spent: it is queued once.
		assert_noop!(attest(RELAYER_3, BSC, &m), Error::<Test>::AlreadyExecuted);
		conserved();
		// Anyone may release a queued deposit only when it fits; it never fits this one.
		assert_noop!(
			Bridge::release_deposit(RuntimeOrigin::signed(STRANGER), BSC, 0),
			Error::<Test>::DepositOverLimit
		);
		run_to_block(1 + 10 * WINDOW);
		assert_noop!(
			Bridge::release_deposit(RuntimeOrigin::signed(STRANGER), BSC, 0),
			Error::<Test>::DepositOverLimit
		);
		assert_noop!(
			Bridge::release_deposit(RuntimeOrigin::signed(STRANGER), BSC, 1),
			Error::<Test>::QueuedDepositNotFound
		);
		assert_noop!(
			Bridge::release_deposit(RuntimeOrigin::signed(STRANGER), POLYGON, 0),
			Error::<Test>::QueuedDepositNotFound
		);
		assert_noop!(
			Bridge::release_deposit(RuntimeOrigin::signed(STRANGER), 10, 0),
			Error::<Test>::ChainNotFound
		);
		assert_noop!(
			Bridge::release_deposit(RuntimeOrigin::none(), BSC, 0),
			DispatchError::BadOrigin
		);
		// Governance approves it.
		assert_ok!(Bridge::approve_deposit(gov(), BSC, 0));
		assert_eq!(wbnb(40), MAX_DEPOSIT + 1);
		assert_eq!(chain(BSC).queued, 0);
		assert_eq!(chain(BSC).minted, MAX_DEPOSIT + 1);
		assert!(!DepositQueue::<Test>::contains_key(BSC, 0));
		assert!(events().contains(&Event::QueuedDepositReleased {
			chain: BSC,
			id: 0,
			approved: true
		}));
		assert_noop!(Bridge::approve_deposit(gov(), BSC, 0), Error::<Test>::QueuedDepositNotFound);
		conserved();
	});
}

#[test]
fn the_per_period_limit_queues_until_the_window_has_room() {
	new_test(|| {
		// Window of 2,500: 1,000 + 1,000 pass, the third 1,000 waits.
		attested(BSC, &deposit(1, 40, MAX_DEPOSIT));
		attested(BSC, &deposit(2, 40, MAX_DEPOSIT));
		attested(BSC, &deposit(3, 41, MAX_DEPOSIT));
		assert_eq!(wbnb(40), 2 * MAX_DEPOSIT);
		assert_eq!(wbnb(41), 0);
		assert_eq!(chain(BSC).window.total(), 2 * MAX_DEPOSIT);
		assert_eq!(chain(BSC).queued, 1);
		// 500 still fit.
		attested(BSC, &deposit(4, 42, MAX_PERIOD - 2 * MAX_DEPOSIT));
		assert_eq!(wbnb(42), MAX_PERIOD - 2 * MAX_DEPOSIT);
		assert_eq!(chain(BSC).window.total(), MAX_PERIOD);
		assert_noop!(
			Bridge::release_deposit(RuntimeOrigin::signed(STRANGER), BSC, 0),
			Error::<Test>::DepositOverLimit
		);
		// Another chain of its own window: Polygon's deposits still pass.
		attested(POLYGON, &deposit(1, 43, MAX_DEPOSIT));
		assert_eq!(wmatic(43), MAX_DEPOSIT);
		conserved();
		// The window slides by slots of WINDOW / 8 blocks: what block 1 minted (slot 0) counts
		// until every block of a window after it is past, so at block WINDOW (slot 8) it is
		// still full, and the first block of slot 9 has room.
		let slot = WINDOW / 8;
		run_to_block(WINDOW);
		assert_noop!(
			Bridge::release_deposit(RuntimeOrigin::signed(STRANGER), BSC, 0),
			Error::<Test>::DepositOverLimit
		);
		run_to_block(WINDOW + slot - 1);
		assert_noop!(
			Bridge::release_deposit(RuntimeOrigin::signed(STRANGER), BSC, 0),
			Error::<Test>::DepositOverLimit
		);
		run_to_block(WINDOW + slot);
		assert_ok!(Bridge::release_deposit(RuntimeOrigin::signed(STRANGER), BSC, 0));
		assert_eq!(wbnb(41), MAX_DEPOSIT);
		assert_eq!(chain(BSC).window.total(), MAX_DEPOSIT);
		assert_eq!(chain(BSC).queued, 0);
		assert!(events().contains(&Event::QueuedDepositReleased {
			chain: BSC,
			id: 0,
			approved: false
		}));
		conserved();
		// The new window has 1,500 left: a deposit of 1,000 passes, the next waits.
		attested(BSC, &deposit(5, 44, MAX_DEPOSIT));
		assert_eq!(wbnb(44), MAX_DEPOSIT);
		attested(BSC, &deposit(6, 44, MAX_DEPOSIT));
		assert_eq!(wbnb(44), MAX_DEPOSIT);
		assert_eq!(chain(BSC).queued, 1);
		conserved();
	});
}

#[test]
fn a_queued_staked_deposit_is_staked_when_released() {
	new_test(|| {
		attested(BSC, &deposit_staked(1, 40, MAX_DEPOSIT + 1, TokenKind::Cert));
		assert_eq!(chain(BSC).queued, 1);
		assert_eq!(MockStaking::shares(POOL, 40, TokenKind::Cert), 0);
		assert_eq!(wbnb(pool_account(POOL)), 0);
		conserved();
		assert_ok!(Bridge::approve_deposit(gov(), BSC, 0));
		assert_eq!(MockStaking::shares(POOL, 40, TokenKind::Cert), MAX_DEPOSIT + 1);
		assert_eq!(wbnb(pool_account(POOL)), MAX_DEPOSIT + 1);
		assert_eq!(wbnb(40), 0);
		assert!(events().contains(&Event::Deposited {
			chain: BSC,
			nonce: 1,
			beneficiary: 40,
			amount: MAX_DEPOSIT + 1,
			staked: Some((POOL, TokenKind::Cert)),
		}));
		conserved();
		// Queued again; the pool pauses meanwhile: released as the wrapped coin.
		attested(BSC, &deposit_staked(2, 41, MAX_DEPOSIT + 1, TokenKind::Bond));
		MockStaking::mutate(POOL, |p| p.paused = true);
		assert_ok!(Bridge::approve_deposit(gov(), BSC, 1));
		assert!(stake_failed(BSC, POOL));
		assert_eq!(MockStaking::shares(POOL, 41, TokenKind::Bond), 0);
		assert_eq!(wbnb(41), MAX_DEPOSIT + 1);
		assert_eq!(wbnb(pool_account(POOL)), MAX_DEPOSIT + 1);
		assert_eq!(chain(BSC).minted, 2 * (MAX_DEPOSIT + 1));
		conserved();
	});
}

#[test]
fn a_full_queue_keeps_the_votes_until_it_has_room() {
	new_test(|| {
		for n in 0..MAX_QUEUED as u64 {
			attested(BSC, &deposit(n + 1, 40, MAX_DEPOSIT + 1));
		}
		assert_eq!(chain(BSC).queued, MAX_QUEUED);
		let m = deposit(99, 41, MAX_DEPOSIT + 1);
		assert_ok!(attest(RELAYER_1, BSC, &m));
		assert_ok!(attest(RELAYER_2, BSC, &m));
		assert!(events().contains(&Event::MessageFailed {
			chain: BSC,
			key: m.key(),
			message_hash: Bridge::message_hash(BSC, &m),
			error: Error::<Test>::QueueFull.into(),
		}));
		assert!(!nonce_executed(BSC, 99));
		assert_eq!(Votes::<Test>::get(BSC, m.key()).len(), 2);
		assert_noop!(execute(BSC, &m), Error::<Test>::QueueFull);
		// Another chain's queue is its own.
		attested(POLYGON, &deposit(99, 41, MAX_DEPOSIT + 1));
		assert_eq!(chain(POLYGON).queued, 1);
		conserved();
		assert_ok!(Bridge::approve_deposit(gov(), BSC, 0));
		assert_ok!(execute(BSC, &m));
		assert_eq!(DepositQueue::<Test>::iter_prefix(BSC).count() as u32, MAX_QUEUED);
		assert_eq!(chain(BSC).queued, MAX_QUEUED);
		assert!(executed(BSC, &m));
		assert!(Votes::<Test>::get(BSC, m.key()).is_empty());
		assert_noop!(execute(BSC, &m), Error::<Test>::AlreadyExecuted);
		conserved();
	});
}
