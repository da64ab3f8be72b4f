//! The bounds on what relayers, governance and users can make the bridge do: free votes only
//! once per open key, the deposit nonce and report epoch windows, slashes during a pause,
//! governance approvals within the sliding window, the fewest relayers, the withdrawal minimum
//! and timeout, and deposits parked until they can be paid.

use super::*;
use crate::{
	DepositQueue, Error, NonceWindow, ParkedDeposit, ParkedDeposits, ReplayKey, Votes, Withdrawals,
	NONCE_WINDOW, WINDOW_SLOTS,
};
use frame_support::{assert_noop, dispatch::Pays};
use sp_runtime::{DispatchError, TokenError};

/// A chain id no chain of the mock has.
const CHAIN_10: ChainId = 10;

/// Anyone releases queued deposit `id` of BSC.
fn release(id: u64) -> sp_runtime::DispatchResult {
	Bridge::release_deposit(RuntimeOrigin::signed(STRANGER), BSC, id)
}

// ----- votes and open keys -----

/// A relayer's first vote on a key is free, and so is a vote that executes its message; a
/// changed vote that executes nothing pays. Only keys that can execute next are open, so what a
/// relayer can vote on for free is bounded: deposit nonces within `NONCE_WINDOW` of the lowest
/// not yet executed.
#[test]
fn a_relayer_votes_for_free_only_once_per_open_key() {
	new_test(|| {
		// The window starts at nonce 0: nonces from `NONCE_WINDOW` on are refused, and no vote
		// is kept for them.
		assert_eq!(Bridge::deposit_nonces(BSC), NonceWindow { next: 0, executed: 0 });
		let ahead = deposit(NONCE_WINDOW, 41, UNIT);
		assert_noop!(attest(RELAYER_1, BSC, &ahead), Error::<Test>::NonceAhead);
		let far = deposit(u64::MAX, 41, UNIT);
		assert_noop!(attest(RELAYER_1, BSC, &far), Error::<Test>::NonceAhead);
		assert_eq!(Votes::<Test>::iter().count(), 0);

		// Two messages of one key (nonce 3): the same deposit with another amount.
		let a = deposit(3, 40, 10 * UNIT);
		let b = deposit(3, 40, 11 * UNIT);
		assert_eq!(a.key(), b.key());
		// The first vote is free.
		assert_eq!(attest(RELAYER_1, BSC, &a).unwrap().pays_fee, Pays::No);
		// Changing it to the other message is taken, and pays.
		assert_eq!(attest(RELAYER_1, BSC, &b).unwrap().pays_fee, Pays::Yes);
		assert_eq!(
			Votes::<Test>::get(BSC, a.key()).to_vec(),
			vec![(RELAYER_1, Bridge::message_hash(BSC, &b))]
		);
		// Changing it back pays too.
		assert_eq!(attest(RELAYER_1, BSC, &a).unwrap().pays_fee, Pays::Yes);
		assert_eq!(
			Votes::<Test>::get(BSC, a.key()).to_vec(),
			vec![(RELAYER_1, Bridge::message_hash(BSC, &a))]
		);
		// Relayer 2's first vote, for the other message: free, and nothing executes.
		assert_eq!(attest(RELAYER_2, BSC, &b).unwrap().pays_fee, Pays::No);
		assert_eq!(wbnb(40), 0);
		assert!(!executed(BSC, &a) && !executed(BSC, &b));
		// Relayer 2 changes its vote; the threshold agrees and the deposit executes: free.
		assert_eq!(attest(RELAYER_2, BSC, &a).unwrap().pays_fee, Pays::No);
		assert!(executed(BSC, &a));
		assert!(!executed(BSC, &b));
		assert_eq!(wbnb(40), 10 * UNIT);
		assert!(nonce_executed(BSC, 3));
		assert_eq!(Votes::<Test>::iter().count(), 0);
		// Nonce 3 executed ahead of 0, 1 and 2: the window has not moved.
		assert_eq!(Bridge::deposit_nonces(BSC), NonceWindow { next: 0, executed: 1 << 3 });
		// The key is spent, for every message of it.
		assert_noop!(attest(RELAYER_3, BSC, &a), Error::<Test>::AlreadyExecuted);
		assert_noop!(attest(RELAYER_3, BSC, &b), Error::<Test>::AlreadyExecuted);
		conserved();

		// The nonces before it execute; the window slides past every executed nonce at its start.
		attested(BSC, &deposit(0, 41, UNIT));
		assert_eq!(Bridge::deposit_nonces(BSC), NonceWindow { next: 1, executed: 1 << 2 });
		attested(BSC, &deposit(1, 41, UNIT));
		assert_eq!(Bridge::deposit_nonces(BSC), NonceWindow { next: 2, executed: 1 << 1 });
		attested(BSC, &deposit(2, 41, UNIT));
		assert_eq!(Bridge::deposit_nonces(BSC), NonceWindow { next: 4, executed: 0 });
		assert_eq!(crate::DepositNonces::<Test>::get(BSC).next, 4);
		assert_eq!(wbnb(41), 3 * UNIT);
		assert_eq!(chain(BSC).minted, 10 * UNIT + 3 * UNIT);
		conserved();

		// From 4 on: its last nonce is open to a vote, the one after it is not.
		let last = deposit(4 + NONCE_WINDOW - 1, 42, UNIT);
		assert_eq!(attest(RELAYER_1, BSC, &last).unwrap().pays_fee, Pays::No);
		assert_eq!(Votes::<Test>::get(BSC, last.key()).len(), 1);
		let beyond = deposit(4 + NONCE_WINDOW, 42, UNIT);
		assert_noop!(attest(RELAYER_1, BSC, &beyond), Error::<Test>::NonceAhead);
		// Executed nonces are refused whatever the message says, and keep no votes.
		for n in 0..4 {
			assert_noop!(
				attest(RELAYER_3, BSC, &deposit(n, 43, UNIT)),
				Error::<Test>::AlreadyExecuted
			);
			assert!(Votes::<Test>::get(BSC, ReplayKey::Deposit { nonce: n }).is_empty());
		}
		assert_eq!(Votes::<Test>::iter().count(), 1);
		assert_eq!(wbnb(42) + wbnb(43), 0);
		conserved();
	});
}

/// A report's key is open only at its pool's next epoch: a relayer cannot keep votes on epochs
/// far ahead, and a spent epoch is never voted on again.
#[test]
fn report_keys_are_only_the_next_epoch() {
	new_test(|| {
		for (c, pool) in [(BSC, POOL), (ETHEREUM, MATIC_POOL)] {
			assert_eq!(MockStaking::pool(pool).last_epoch, 0);
			// Before epoch 1: any later epoch is refused, rewards or slash.
			for epoch in [2, 3, u64::MAX] {
				let rewards = BridgeMessage::Rewards { pool, epoch, amount: UNIT };
				let slash = BridgeMessage::Slash { pool, epoch, amount: UNIT };
				assert_noop!(attest(RELAYER_1, c, &rewards), Error::<Test>::UnexpectedEpoch);
				assert_noop!(attest(RELAYER_1, c, &slash), Error::<Test>::UnexpectedEpoch);
			}
			// Epoch 0 is where the pools start: spent.
			let rewards = BridgeMessage::Rewards { pool, epoch: 0, amount: UNIT };
			let slash = BridgeMessage::Slash { pool, epoch: 0, amount: UNIT };
			assert_noop!(attest(RELAYER_1, c, &rewards), Error::<Test>::AlreadyExecuted);
			assert_noop!(attest(RELAYER_1, c, &slash), Error::<Test>::AlreadyExecuted);
		}
		assert_eq!(Votes::<Test>::iter().count(), 0);

		// Epoch 1 is open: a vote is kept.
		let first = BridgeMessage::Rewards { pool: POOL, epoch: 1, amount: UNIT };
		assert_ok!(attest(RELAYER_1, BSC, &first));
		assert_eq!(Votes::<Test>::get(BSC, first.key()).len(), 1);
		// With stake in the pool, the second vote executes it (1 % of 100 units).
		attested(BSC, &deposit_staked(1, 40, 100 * UNIT, TokenKind::Bond));
		assert_ok!(attest(RELAYER_2, BSC, &first));
		assert!(executed(BSC, &first));
		assert_eq!(MockStaking::pool(POOL).last_epoch, 1);
		assert_eq!(MockStaking::pool(POOL).total, 101 * UNIT);
		assert_eq!(wbnb(pool_account(POOL)), 101 * UNIT);
		assert_eq!(chain(BSC).minted, 101 * UNIT);
		assert_eq!(Votes::<Test>::iter().count(), 0);
		conserved();

		// Now epoch 1 is spent, epoch 2 open, epoch 3 not yet.
		let spent = BridgeMessage::Slash { pool: POOL, epoch: 1, amount: UNIT };
		assert_noop!(attest(RELAYER_3, BSC, &spent), Error::<Test>::AlreadyExecuted);
		let third = BridgeMessage::Rewards { pool: POOL, epoch: 3, amount: UNIT };
		assert_noop!(attest(RELAYER_1, BSC, &third), Error::<Test>::UnexpectedEpoch);
		let second = BridgeMessage::Slash { pool: POOL, epoch: 2, amount: UNIT };
		assert_ok!(attest(RELAYER_1, BSC, &second));
		assert_eq!(Votes::<Test>::get(BSC, second.key()).len(), 1);
		// The other pool's epochs are its own: it is still before epoch 1.
		let other = BridgeMessage::Rewards { pool: MATIC_POOL, epoch: 2, amount: UNIT };
		assert_noop!(attest(RELAYER_1, ETHEREUM, &other), Error::<Test>::UnexpectedEpoch);
		assert_eq!(MockStaking::pool(MATIC_POOL).last_epoch, 0);
		conserved();
	});
}

// ----- pause -----

/// A pause stops every message but a slash: a slash only burns, and stakers must not leave the
/// pool at the rate before it while the chain is paused. Rewards wait for the unpause.
#[test]
fn a_slash_executes_while_the_chain_is_paused() {
	new_test(|| {
		attested(BSC, &deposit_staked(1, 40, 100 * UNIT, TokenKind::Bond));
		assert_eq!(MockStaking::pool(POOL).total, 100 * UNIT);
		assert_eq!(wbnb(pool_account(POOL)), 100 * UNIT);
		assert_ok!(Bridge::pause_chain(RuntimeOrigin::signed(RELAYER_1), BSC));
		assert!(chain(BSC).paused);
		let minted = chain(BSC).minted;

		// The slash executes as soon as the threshold agrees: applied and burned.
		let slash = BridgeMessage::Slash { pool: POOL, epoch: 1, amount: UNIT };
		attested(BSC, &slash);
		assert!(executed(BSC, &slash));
		assert_eq!(MockStaking::pool(POOL).total, 99 * UNIT);
		assert_eq!(MockStaking::pool(POOL).last_epoch, 1);
		assert_eq!(wbnb(pool_account(POOL)), 99 * UNIT);
		assert_eq!(chain(BSC).burned, UNIT);
		assert_eq!(chain(BSC).minted, minted);
		assert_eq!(Votes::<Test>::iter().count(), 0);
		assert!(chain(BSC).paused);
		conserved();

		// A slash the pool refuses fails, and `execute_message` retries it while paused: the
		// pool's error comes back, not the pause.
		let too_big = BridgeMessage::Slash { pool: POOL, epoch: 2, amount: 100 * UNIT };
		attested(BSC, &too_big);
		assert!(failed(BSC, &too_big));
		assert_noop!(execute(BSC, &too_big), DispatchError::Other("slash exceeds pool"));
		assert_eq!(MockStaking::pool(POOL).total, 99 * UNIT);

		// Rewards of the same epoch, attested while paused: the votes are kept, nothing runs.
		let rewards = BridgeMessage::Rewards { pool: POOL, epoch: 2, amount: UNIT / 2 };
		attested(BSC, &rewards);
		assert!(!executed(BSC, &rewards));
		assert!(!failed(BSC, &rewards));
		let hash = Bridge::message_hash(BSC, &rewards);
		let votes = Votes::<Test>::get(BSC, rewards.key());
		assert_eq!(votes.iter().filter(|(_, h)| *h == hash).count(), 2);
		assert_noop!(execute(BSC, &rewards), Error::<Test>::ChainPaused);
		assert_eq!(MockStaking::pool(POOL).total, 99 * UNIT);
		assert_eq!(MockStaking::pool(POOL).last_epoch, 1);
		assert_eq!(wbnb(pool_account(POOL)), 99 * UNIT);
		assert_eq!(chain(BSC).minted, minted);
		conserved();

		// Unpaused, the rewards execute.
		assert_ok!(Bridge::unpause_chain(gov(), BSC));
		assert_ok!(execute(BSC, &rewards));
		assert!(executed(BSC, &rewards));
		assert_eq!(MockStaking::pool(POOL).total, 99 * UNIT + UNIT / 2);
		assert_eq!(MockStaking::pool(POOL).last_epoch, 2);
		assert_eq!(wbnb(pool_account(POOL)), 99 * UNIT + UNIT / 2);
		assert_eq!(chain(BSC).minted, minted + UNIT / 2);
		assert_eq!(Votes::<Test>::iter().count(), 0);
		conserved();
	});
}

// ----- the sliding window -----

/// Governance may pay a queued deposit over the per-deposit limit, never over the window's: its
/// approvals mint no more within a window than the relayers' deposits may.
#[test]
fn governance_approvals_stay_within_the_window() {
	new_test(|| {
		// Over the per-deposit limit: queued, outside the window.
		attested(BSC, &deposit(1, 40, MAX_DEPOSIT + 1));
		assert_eq!(chain(BSC).queued, 1);
		assert_eq!(chain(BSC).window.total(), 0);
		// The window is filled until exactly `MAX_DEPOSIT` is left: one less than the queued
		// deposit.
		attested(BSC, &deposit(2, 41, MAX_DEPOSIT));
		attested(BSC, &deposit(3, 41, MAX_PERIOD - 2 * MAX_DEPOSIT));
		assert_eq!(chain(BSC).window.total(), MAX_PERIOD - MAX_DEPOSIT);
		let before = chain(BSC);
		assert_noop!(Bridge::approve_deposit(gov(), BSC, 0), Error::<Test>::DepositOverLimit);
		assert_noop!(release(0), Error::<Test>::DepositOverLimit);
		assert_eq!(chain(BSC), before);
		assert!(DepositQueue::<Test>::contains_key(BSC, 0));
		assert_eq!(wbnb(40), 0);
		conserved();

		// Once the window has slid past those deposits, it is filled again to leave exactly the
		// queued deposit's room: governance's approval now fits, and fills the window.
		run_to_block(WINDOW + WINDOW / WINDOW_SLOTS);
		attested(BSC, &deposit(4, 41, MAX_DEPOSIT));
		attested(BSC, &deposit(5, 41, MAX_PERIOD - 2 * MAX_DEPOSIT - 1));
		assert_eq!(chain(BSC).window.total(), MAX_PERIOD - (MAX_DEPOSIT + 1));
		assert_ok!(Bridge::approve_deposit(gov(), BSC, 0));
		assert_eq!(wbnb(40), MAX_DEPOSIT + 1);
		assert_eq!(chain(BSC).window.total(), MAX_PERIOD);
		assert_eq!(chain(BSC).queued, 0);
		assert!(events().contains(&Event::QueuedDepositReleased {
			chain: BSC,
			id: 0,
			approved: true
		}));
		conserved();

		// The window is full: a deposit over the per-deposit limit and one within it both wait,
		// and governance can pay neither.
		attested(BSC, &deposit(6, 40, MAX_DEPOSIT + 1));
		attested(BSC, &deposit(7, 41, UNIT));
		assert_eq!(chain(BSC).queued, 2);
		assert_noop!(Bridge::approve_deposit(gov(), BSC, 1), Error::<Test>::DepositOverLimit);
		assert_noop!(Bridge::approve_deposit(gov(), BSC, 2), Error::<Test>::DepositOverLimit);
		assert_eq!(chain(BSC).window.total(), MAX_PERIOD);
		assert_eq!(wbnb(40), MAX_DEPOSIT + 1);
		// Two windows, each minted up to its limit and no more.
		assert_eq!(chain(BSC).minted, 2 * MAX_PERIOD - MAX_DEPOSIT);
		conserved();
	});
}

/// Any `WINDOW` consecutive blocks mint at most `MAX_PERIOD`, wherever they start. A window
/// fixed to multiples of `WINDOW` blocks would have started afresh at block `WINDOW`, and let
/// 2 × `MAX_PERIOD` be minted in the two blocks `WINDOW - 1` and `WINDOW`.
#[test]
fn no_window_of_period_blocks_mints_more_than_the_limit() {
	new_test(|| {
		// The window is filled at the last block of the first period.
		let fill_block = WINDOW - 1;
		run_to_block(fill_block);
		attested(BSC, &deposit(1, 40, MAX_DEPOSIT));
		attested(BSC, &deposit(2, 40, MAX_DEPOSIT));
		attested(BSC, &deposit(3, 40, MAX_PERIOD - 2 * MAX_DEPOSIT));
		assert_eq!(wbnb(40), MAX_PERIOD);
		assert_eq!(chain(BSC).window.total(), MAX_PERIOD);

		// In the next two blocks, deposits within the per-deposit limit wait in the queue.
		run_to_block(WINDOW);
		attested(BSC, &deposit(4, 41, MAX_DEPOSIT));
		run_to_block(WINDOW + 1);
		attested(BSC, &deposit(5, 41, MAX_DEPOSIT));
		assert_eq!(wbnb(41), 0);
		assert_eq!(chain(BSC).queued, 2);
		assert!(DepositQueue::<Test>::contains_key(BSC, 0));
		assert!(DepositQueue::<Test>::contains_key(BSC, 1));
		assert_eq!(chain(BSC).minted, MAX_PERIOD);
		conserved();

		// Until `WINDOW` blocks from the filling block are past, they cannot be paid.
		for at in [WINDOW + 1, fill_block + WINDOW - 1, fill_block + WINDOW] {
			run_to_block(at);
			assert_noop!(release(0), Error::<Test>::DepositOverLimit);
			assert_noop!(release(1), Error::<Test>::DepositOverLimit);
		}
		assert_eq!(chain(BSC).minted, MAX_PERIOD);
		assert_eq!(wbnb(41), 0);

		// At most one slot later, the filling block is out of the window and both are paid.
		run_to_block(fill_block + WINDOW + WINDOW / WINDOW_SLOTS);
		assert_ok!(release(0));
		assert_ok!(release(1));
		assert_eq!(wbnb(41), 2 * MAX_DEPOSIT);
		assert_eq!(chain(BSC).window.total(), 2 * MAX_DEPOSIT);
		assert_eq!(chain(BSC).queued, 0);
		assert_eq!(chain(BSC).minted, MAX_PERIOD + 2 * MAX_DEPOSIT);
		assert!(chain(BSC).window.total() <= MAX_PERIOD);
		conserved();
	});
}

// ----- relayer sets -----

/// One relayer never decides alone: a set smaller than `MinRelayers` (2 in the mock) is
/// refused, and a set of two needs both.
#[test]
fn too_few_relayers_are_refused() {
	new_test(|| {
		assert_noop!(
			Bridge::register_chain(gov(), CHAIN_10, OTHER, limits(), set(vec![RELAYER_1]), 1),
			Error::<Test>::TooFewRelayers
		);
		assert_noop!(
			Bridge::set_relayers(gov(), BSC, set(vec![RELAYER_1]), 1),
			Error::<Test>::TooFewRelayers
		);
		// Two relayers, one of which would decide: not more than half the set.
		assert_noop!(
			Bridge::register_chain(
				gov(),
				CHAIN_10,
				OTHER,
				limits(),
				set(vec![RELAYER_1, RELAYER_2]),
				1
			),
			Error::<Test>::InvalidThreshold
		);
		assert_noop!(
			Bridge::set_relayers(gov(), BSC, set(vec![RELAYER_1, RELAYER_2]), 1),
			Error::<Test>::InvalidThreshold
		);
		assert!(Chains::<Test>::get(CHAIN_10).is_none());
		assert_eq!(chain(BSC).relayers, set(vec![RELAYER_1, RELAYER_2, RELAYER_3]));
		assert_eq!(chain(BSC).threshold, 2);

		// Two of two is fine.
		assert_ok!(Bridge::register_chain(
			gov(),
			CHAIN_10,
			OTHER,
			limits(),
			set(vec![RELAYER_1, RELAYER_2]),
			2
		));
		assert_eq!(chain(CHAIN_10).threshold, 2);
		assert_ok!(Bridge::set_relayers(gov(), BSC, set(vec![RELAYER_1, RELAYER_2]), 2));
		assert_eq!(chain(BSC).relayers, set(vec![RELAYER_1, RELAYER_2]));
		assert_eq!(chain(BSC).threshold, 2);
		// One vote of the two pays nothing out; relayer 3 is no longer one; both votes execute.
		let m = deposit(1, 40, UNIT);
		assert_ok!(attest(RELAYER_1, BSC, &m));
		assert_eq!(wbnb(40), 0);
		assert_noop!(attest(RELAYER_3, BSC, &m), Error::<Test>::NotRelayer);
		assert_ok!(attest(RELAYER_2, BSC, &m));
		assert!(executed(BSC, &m));
		assert_eq!(wbnb(40), UNIT);
		conserved();
	});
}

// ----- withdrawals -----

/// Each withdrawal costs the relayers remote gas: below the chain's minimum it is refused.
#[test]
fn a_withdrawal_below_the_minimum_is_refused() {
	new_test(|| {
		attested(BSC, &deposit(1, 40, 10 * UNIT));
		let w = |amount| Bridge::withdraw_to_remote(RuntimeOrigin::signed(40), BSC, amount, evm(1));
		assert_eq!(chain(BSC).limits.min_withdrawal, MIN_WITHDRAWAL);
		assert_noop!(w(1), Error::<Test>::BelowMinimumWithdrawal);
		assert_noop!(w(MIN_WITHDRAWAL - 1), Error::<Test>::BelowMinimumWithdrawal);
		assert_eq!(wbnb(40), 10 * UNIT);
		assert_eq!(chain(BSC).withdrawn, 0);
		// At the minimum it passes; what stays (10 units less the minimum) is above the coin's
		// minimum balance.
		assert_ok!(w(MIN_WITHDRAWAL));
		assert_eq!(wbnb(40), 10 * UNIT - MIN_WITHDRAWAL);
		assert_eq!(chain(BSC).withdrawn, MIN_WITHDRAWAL);
		assert_eq!(Withdrawals::<Test>::get(0).map(|x| x.amount), Some(MIN_WITHDRAWAL));
		conserved();
		// Governance raises the minimum: it applies to the next withdrawals.
		let mut l = limits();
		l.min_withdrawal = UNIT;
		assert_ok!(Bridge::set_chain_limits(gov(), BSC, l));
		assert_noop!(w(UNIT - 1), Error::<Test>::BelowMinimumWithdrawal);
		assert_ok!(w(UNIT));
		assert_eq!(wbnb(40), 9 * UNIT - MIN_WITHDRAWAL);
		assert_eq!(chain(BSC).withdrawn, MIN_WITHDRAWAL + UNIT);
		conserved();
	});
}

/// A withdrawal the relayers never settle is not lost: after `WITHDRAWAL_TIMEOUT` its owner or
/// governance refunds it, once; the relayers can no longer settle it, and the votes cast on it
/// are removed.
#[test]
fn an_unsettled_withdrawal_is_refunded_once_after_the_timeout() {
	new_test(|| {
		attested(BSC, &deposit(1, 40, 10 * UNIT));
		attested(BSC, &deposit(2, 41, 10 * UNIT));
		let b = 5;
		run_to_block(b);
		assert_ok!(Bridge::withdraw_to_remote(RuntimeOrigin::signed(40), BSC, 4 * UNIT, evm(1)));
		assert_ok!(Bridge::withdraw_to_remote(RuntimeOrigin::signed(41), BSC, 3 * UNIT, evm(2)));
		assert_eq!((wbnb(40), wbnb(41)), (6 * UNIT, 7 * UNIT));
		assert_eq!(Withdrawals::<Test>::get(0).map(|x| x.requested_at), Some(b));
		// One relayer votes that each was released: not enough to settle them.
		let released = BridgeMessage::WithdrawalReleased { id: 0, tx_hash: tx(1) };
		assert_ok!(attest(RELAYER_1, BSC, &released));
		let released_1 = BridgeMessage::WithdrawalReleased { id: 1, tx_hash: tx(2) };
		assert_ok!(attest(RELAYER_1, BSC, &released_1));
		assert_eq!(Votes::<Test>::iter().count(), 2);
		conserved();

		// Not before the timeout, by the owner or by governance.
		run_to_block(b + WITHDRAWAL_TIMEOUT - 1);
		assert_noop!(
			Bridge::refund_withdrawal(RuntimeOrigin::signed(40), 0),
			Error::<Test>::WithdrawalNotExpired
		);
		assert_noop!(Bridge::refund_withdrawal(gov(), 1), Error::<Test>::WithdrawalNotExpired);

		// After it, never by another account.
		run_to_block(b + WITHDRAWAL_TIMEOUT);
		assert_noop!(
			Bridge::refund_withdrawal(RuntimeOrigin::signed(41), 0),
			Error::<Test>::NotWithdrawalOwner
		);
		assert_noop!(
			Bridge::refund_withdrawal(RuntimeOrigin::signed(STRANGER), 0),
			Error::<Test>::NotWithdrawalOwner
		);
		assert_noop!(Bridge::refund_withdrawal(RuntimeOrigin::none(), 0), DispatchError::BadOrigin);
		// The owner's refund: minted back to them, counted as refunded, its vote removed.
		assert_ok!(Bridge::refund_withdrawal(RuntimeOrigin::signed(40), 0));
		assert_eq!(wbnb(40), 10 * UNIT);
		assert_eq!(chain(BSC).refunded, 4 * UNIT);
		assert!(Withdrawals::<Test>::get(0).is_none());
		assert!(Votes::<Test>::get(BSC, ReplayKey::Withdrawal { id: 0 }).is_empty());
		assert_eq!(Votes::<Test>::iter().count(), 1);
		assert!(events().contains(&Event::WithdrawalRefunded {
			id: 0,
			chain: BSC,
			who: 40,
			amount: 4 * UNIT,
		}));
		conserved();
		// Once only.
		assert_noop!(
			Bridge::refund_withdrawal(RuntimeOrigin::signed(40), 0),
			Error::<Test>::WithdrawalNotFound
		);
		assert_noop!(Bridge::refund_withdrawal(gov(), 0), Error::<Test>::WithdrawalNotFound);
		// The relayers can no longer settle it, either way.
		assert_noop!(attest(RELAYER_2, BSC, &released), Error::<Test>::AlreadyExecuted);
		let failed = BridgeMessage::WithdrawalFailed { id: 0 };
		assert_noop!(attest(RELAYER_2, BSC, &failed), Error::<Test>::AlreadyExecuted);
		assert_noop!(execute(BSC, &released), Error::<Test>::AlreadyExecuted);
		assert_eq!(wbnb(40), 10 * UNIT);

		// Governance refunds the other withdrawal, even while the chain is paused.
		assert_ok!(Bridge::pause_chain(RuntimeOrigin::signed(RELAYER_2), BSC));
		assert_ok!(Bridge::refund_withdrawal(gov(), 1));
		assert_eq!(wbnb(41), 10 * UNIT);
		assert_eq!(chain(BSC).refunded, 7 * UNIT);
		assert!(events().contains(&Event::WithdrawalRefunded {
			id: 1,
			chain: BSC,
			who: 41,
			amount: 3 * UNIT,
		}));
		assert!(Withdrawals::<Test>::iter().next().is_none());
		assert_eq!(Votes::<Test>::iter().count(), 0);
		assert_noop!(attest(RELAYER_2, BSC, &released_1), Error::<Test>::AlreadyExecuted);
		let c = chain(BSC);
		assert_eq!((c.withdrawn, c.released, c.refunded), (7 * UNIT, 0, 7 * UNIT));
		conserved();
	});
}

// ----- parked deposits -----

/// A deposit that cannot be paid (here: below the coin's minimum balance, to an account that
/// holds none of it) still executes its nonce, so that the window moves on; it is parked, and
/// paid once it can be: claimed by its beneficiary, or redirected by governance.
#[test]
fn a_deposit_that_cannot_be_paid_is_parked_until_it_can_be() {
	new_test(|| {
		attested(BSC, &deposit(1, 40, 10 * UNIT));
		let minted = chain(BSC).minted;
		let small = WBNB_MIN - 1;

		let m = deposit(2, 77, small);
		attested(BSC, &m);
		assert!(executed(BSC, &m));
		assert!(nonce_executed(BSC, 2));
		assert_eq!(wbnb(77), 0);
		assert_eq!(
			ParkedDeposits::<Test>::get(BSC, 2),
			Some(ParkedDeposit { beneficiary: 77, amount: small })
		);
		assert!(events().contains(&Event::DepositParked {
			chain: BSC,
			nonce: 2,
			beneficiary: 77,
			amount: small,
			error: TokenError::BelowMinimum.into(),
		}));
		assert!(!events().iter().any(|e| matches!(e, Event::Deposited { nonce: 2, .. })));
		assert_eq!(chain(BSC).minted, minted);
		conserved();

		// While it still cannot be paid, the claim fails and it stays parked.
		assert_noop!(
			Bridge::claim_parked_deposit(RuntimeOrigin::signed(77), BSC, 2),
			TokenError::BelowMinimum
		);
		// Only its beneficiary claims it.
		assert_noop!(
			Bridge::claim_parked_deposit(RuntimeOrigin::signed(78), BSC, 2),
			Error::<Test>::NotBeneficiary
		);
		assert_noop!(
			Bridge::claim_parked_deposit(RuntimeOrigin::signed(77), BSC, 3),
			Error::<Test>::ParkedDepositNotFound
		);
		assert_noop!(
			Bridge::claim_parked_deposit(RuntimeOrigin::signed(77), POLYGON, 2),
			Error::<Test>::ParkedDepositNotFound
		);
		// Its nonce is spent: the deposit is never attested again, whatever it says.
		assert_noop!(attest(RELAYER_3, BSC, &m), Error::<Test>::AlreadyExecuted);
		assert_noop!(
			attest(RELAYER_3, BSC, &deposit(2, 40, small)),
			Error::<Test>::AlreadyExecuted
		);

		// The beneficiary now holds the coin's minimum: the deposit can be paid.
		assert_ok!(Assets::transfer(RuntimeOrigin::signed(BOB), WBNB, 77, WBNB_MIN));
		assert_eq!(wbnb(77), WBNB_MIN);
		// Not while the chain is paused.
		assert_ok!(Bridge::pause_chain(gov(), BSC));
		assert_noop!(
			Bridge::claim_parked_deposit(RuntimeOrigin::signed(77), BSC, 2),
			Error::<Test>::ChainPaused
		);
		assert_ok!(Bridge::unpause_chain(gov(), BSC));
		assert_ok!(Bridge::claim_parked_deposit(RuntimeOrigin::signed(77), BSC, 2));
		assert_eq!(wbnb(77), WBNB_MIN + small);
		assert_eq!(chain(BSC).minted, minted + small);
		assert!(ParkedDeposits::<Test>::get(BSC, 2).is_none());
		assert!(events().contains(&Event::ParkedDepositPaid {
			chain: BSC,
			nonce: 2,
			to: 77,
			amount: small,
		}));
		conserved();
		// Once only.
		assert_noop!(
			Bridge::claim_parked_deposit(RuntimeOrigin::signed(77), BSC, 2),
			Error::<Test>::ParkedDepositNotFound
		);

		// Another parked deposit, for an account that never holds the coin: governance pays it
		// to another account; no one else may.
		let other = deposit(3, 79, small);
		attested(BSC, &other);
		assert!(executed(BSC, &other));
		assert!(ParkedDeposits::<Test>::contains_key(BSC, 3));
		for who in [79, STRANGER, RELAYER_1, 40] {
			assert_noop!(
				Bridge::redirect_parked_deposit(RuntimeOrigin::signed(who), BSC, 3, 40),
				DispatchError::BadOrigin
			);
		}
		assert_ok!(Bridge::redirect_parked_deposit(gov(), BSC, 3, 40));
		assert_eq!(wbnb(40), 10 * UNIT + small);
		assert_eq!(wbnb(79), 0);
		assert_eq!(chain(BSC).minted, minted + 2 * small);
		assert!(ParkedDeposits::<Test>::get(BSC, 3).is_none());
		assert!(events().contains(&Event::ParkedDepositPaid {
			chain: BSC,
			nonce: 3,
			to: 40,
			amount: small,
		}));
		assert_noop!(
			Bridge::claim_parked_deposit(RuntimeOrigin::signed(79), BSC, 3),
			Error::<Test>::ParkedDepositNotFound
		);
		assert_noop!(
			Bridge::redirect_parked_deposit(gov(), BSC, 3, 40),
			Error::<Test>::ParkedDepositNotFound
		);
		assert_noop!(attest(RELAYER_1, BSC, &other), Error::<Test>::AlreadyExecuted);
		assert!(ParkedDeposits::<Test>::iter().next().is_none());
		conserved();
	});
}
