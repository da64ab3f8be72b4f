//! Unstake, buckets matured by pallet-scheduler, claims: to the block, whatever the scheduler does.

use crate::{mock::*, Buckets, Error, Event, TokenKind, Unbonding};
use frame_support::{assert_noop, assert_ok, traits::Get};
use sp_runtime::DispatchError;

fn stake(who: AccountId, amount: Balance, kind: TokenKind) {
	assert_ok!(LiquidStaking::stake(RuntimeOrigin::signed(who), POOL, amount, kind));
}

fn unstake(who: AccountId, amount: Balance, kind: TokenKind) -> sp_runtime::DispatchResult {
	LiquidStaking::unstake(RuntimeOrigin::signed(who), POOL, amount, kind)
}

fn claim(
	who: AccountId,
) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
	LiquidStaking::claim(RuntimeOrigin::signed(STRANGER), POOL, who)
}

/// The release block of an unstake made at block `now`.
fn release(now: BlockNumber) -> BlockNumber {
	(now + PERIOD).div_ceil(BUCKET) * BUCKET
}

#[test]
fn seven_days_to_the_block_through_the_real_scheduler() {
	new_test(|| {
		stake(ALICE, 1_000 * UNIT, TokenKind::Bond);
		stake(BOB, 100 * UNIT, TokenKind::Cert);
		run_to_block(7);
		assert_ok!(unstake(BOB, 40 * UNIT, TokenKind::Cert));
		let at = release(7);
		assert!((7 + PERIOD..7 + PERIOD + BUCKET).contains(&at));
		assert_eq!(cert(BOB), 60 * UNIT);
		assert!(events().contains(&Event::Unstaked {
			pool: POOL,
			who: BOB,
			kind: TokenKind::Cert,
			amount: 40 * UNIT,
			shares: 40 * UNIT,
			release_at: at
		}));

		run_to_block(at - 1);
		assert_noop!(claim(BOB), Error::<Test>::NothingToClaim);
		assert_noop!(
			LiquidStaking::mature(RuntimeOrigin::signed(BOB), POOL, at),
			Error::<Test>::BucketNotDue
		);
		assert_eq!(Buckets::<Test>::get(POOL, at).unwrap().matured, None);

		run_to_block(at);
		// The scheduler ran `mature` at the start of the block.
		assert_eq!(Buckets::<Test>::get(POOL, at).unwrap().matured, Some(40 * UNIT));
		assert!(events().contains(&Event::BucketMatured {
			pool: POOL,
			bucket: at,
			shares: 40 * UNIT,
			amount: 40 * UNIT
		}));
		let before = wbnb(BOB);
		assert_ok!(claim(BOB));
		assert_eq!(wbnb(BOB), before + 40 * UNIT);
		assert!(Unbonding::<Test>::get(POOL, BOB).is_empty());
		assert!(Buckets::<Test>::get(POOL, at).is_none());
		assert_noop!(claim(BOB), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn a_claim_after_the_block_works_too() {
	new_test(|| {
		stake(ALICE, 1_000 * UNIT, TokenKind::Bond);
		assert_ok!(unstake(ALICE, 10 * UNIT, TokenKind::Bond));
		let at = release(1);
		run_to_block(at + 1);
		let before = wbnb(ALICE);
		let post = claim(ALICE).expect("the request is claimable");
		assert_eq!(wbnb(ALICE), before + 10 * UNIT);
		// Charged for the most requests, refunded to the one it read.
		assert_eq!(post.actual_weight, Some(<() as crate::WeightInfo>::claim(1)));
		assert!(<() as crate::WeightInfo>::claim(1).all_lt(<() as crate::WeightInfo>::claim(
			<Test as crate::Config>::MaxUnbondingRequests::get()
		)));
	});
}

#[test]
fn requests_keep_earning_until_their_bucket_matures_and_bear_slashes() {
	new_test(|| {
		stake(ALICE, 1_000 * UNIT, TokenKind::Bond);
		assert_ok!(unstake(ALICE, 500 * UNIT, TokenKind::Bond));
		let at = release(1);
		run_to_block(200);
		fund_rewards(UNIT / 2);
		assert_ok!(LiquidStaking::report_rewards(RuntimeOrigin::signed(ORACLE), POOL, 1, UNIT / 2));
		run_to_block(400);
		assert_ok!(LiquidStaking::report_slash(RuntimeOrigin::signed(ORACLE), POOL, 2, UNIT / 4));
		let p = pool();
		let expected = 500 * UNIT * p.total_pooled / p.total_shares;
		assert!(
			expected > 500 * UNIT,
			"the request earned its part of the rewards net of the slash"
		);
		run_to_block(at);
		let before = wbnb(ALICE);
		assert_ok!(claim(ALICE));
		let got = wbnb(ALICE) - before;
		assert!(got + 1 >= expected && got <= expected, "got {got}, expected {expected}");
	});
}

#[test]
fn many_unstakes_in_one_block_share_one_task() {
	new_test(|| {
		// The mock's scheduler takes 2 tasks a block; 3 accounts and 2 faces unstake in one block.
		for who in [ALICE, BOB, CHARLIE] {
			stake(who, 100 * UNIT, TokenKind::Cert);
		}
		stake(ALICE, 100 * UNIT, TokenKind::Bond);
		for who in [ALICE, BOB, CHARLIE] {
			assert_ok!(unstake(who, 10 * UNIT, TokenKind::Cert));
		}
		assert_ok!(unstake(ALICE, 10 * UNIT, TokenKind::Bond));
		let at = release(1);
		assert_eq!(pallet_scheduler::Agenda::<Test>::get(at).iter().flatten().count(), 1);
		// Two unstakes of ALICE into one bucket merged into one request.
		assert_eq!(Unbonding::<Test>::get(POOL, ALICE).len(), 1);
		assert_eq!(Buckets::<Test>::get(POOL, at).unwrap().shares, 40 * UNIT);
		run_to_block(at);
		for who in [ALICE, BOB, CHARLIE] {
			assert_ok!(claim(who));
		}
		assert!(Buckets::<Test>::get(POOL, at).is_none());
	});
}

#[test]
fn a_task_that_never_runs_does_not_hold_the_coins() {
	new_test(|| {
		stake(ALICE, 1_000 * UNIT, TokenKind::Bond);
		assert_ok!(unstake(ALICE, 10 * UNIT, TokenKind::Bond));
		let at = release(1);
		// The task is dropped (as an overweight or full agenda would).
		assert_ok!(
			<Scheduler as frame_support::traits::schedule::v3::Named<_, _, _>>::cancel_named(
				LiquidStaking::task_name(POOL, at)
			)
		);
		run_to_block(at + 5);
		assert_eq!(Buckets::<Test>::get(POOL, at).unwrap().matured, None);
		// Anyone may mature it, or a claim does.
		assert_ok!(LiquidStaking::mature(RuntimeOrigin::signed(STRANGER), POOL, at));
		assert_noop!(
			LiquidStaking::mature(RuntimeOrigin::signed(STRANGER), POOL, at),
			Error::<Test>::BucketAlreadyMatured
		);
		assert_ok!(claim(ALICE));
	});
}

#[test]
fn claim_matures_a_due_bucket_itself() {
	new_test(|| {
		stake(ALICE, 1_000 * UNIT, TokenKind::Bond);
		assert_ok!(unstake(ALICE, 10 * UNIT, TokenKind::Bond));
		let at = release(1);
		assert_ok!(
			<Scheduler as frame_support::traits::schedule::v3::Named<_, _, _>>::cancel_named(
				LiquidStaking::task_name(POOL, at)
			)
		);
		run_to_block(at);
		let before = wbnb(ALICE);
		assert_ok!(claim(ALICE));
		assert_eq!(wbnb(ALICE), before + 10 * UNIT);
	});
}

#[test]
fn mature_refuses_what_does_not_exist_and_none_origin() {
	new_test(|| {
		assert_noop!(
			LiquidStaking::mature(RuntimeOrigin::signed(STRANGER), POOL, 5),
			Error::<Test>::BucketNotFound
		);
		assert_noop!(
			LiquidStaking::mature(RuntimeOrigin::signed(STRANGER), 3, 5),
			Error::<Test>::PoolNotFound
		);
		assert_noop!(
			LiquidStaking::mature(RuntimeOrigin::none(), POOL, 5),
			DispatchError::BadOrigin
		);
		assert_noop!(
			LiquidStaking::claim(RuntimeOrigin::none(), POOL, ALICE),
			DispatchError::BadOrigin
		);
		assert_noop!(claim(ALICE), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn unstake_refuses_bad_amounts() {
	new_test(|| {
		stake(ALICE, 1_000 * UNIT, TokenKind::Bond);
		stake(BOB, 100 * UNIT, TokenKind::Cert);
		assert_noop!(unstake(ALICE, 0, TokenKind::Bond), Error::<Test>::AmountTooSmall);
		assert_noop!(
			unstake(ALICE, WBNB_MIN - 1, TokenKind::Bond),
			Error::<Test>::BelowMinimumUnstake
		);
		assert_noop!(
			unstake(BOB, WBNB_MIN - 1, TokenKind::Cert),
			Error::<Test>::BelowMinimumUnstake
		);
		assert_noop!(
			unstake(ALICE, 1_000 * UNIT, TokenKind::Bond),
			Error::<Test>::InsufficientBond
		);
		assert_noop!(
			unstake(BOB, 100 * UNIT + 1, TokenKind::Cert),
			Error::<Test>::InsufficientCert
		);
		assert_noop!(unstake(ALICE, u128::MAX, TokenKind::Bond), Error::<Test>::InsufficientBond);
		assert_noop!(unstake(BOB, u128::MAX, TokenKind::Cert), Error::<Test>::InsufficientCert);
		assert_ok!(unstake(ALICE, WBNB_MIN, TokenKind::Bond));
	});
}

#[test]
fn requests_per_account_are_bounded() {
	new_test(|| {
		stake(ALICE, 1_000 * UNIT, TokenKind::Bond);
		// MaxUnbondingRequests is 4 in the mock: four buckets, then refused.
		for i in 0..4 {
			run_to_block(1 + i * BUCKET);
			assert_ok!(unstake(ALICE, UNIT, TokenKind::Bond));
		}
		run_to_block(1 + 4 * BUCKET);
		assert_noop!(
			unstake(ALICE, UNIT, TokenKind::Bond),
			Error::<Test>::TooManyUnbondingRequests
		);
		// Claiming the first frees a place.
		run_to_block(release(1));
		assert_ok!(claim(ALICE));
		assert_ok!(unstake(ALICE, UNIT, TokenKind::Bond));
	});
}

#[test]
fn one_claim_pays_at_most_max_claims_per_call_requests() {
	new_test(|| {
		stake(ALICE, 1_000 * UNIT, TokenKind::Bond);
		// MaxClaimsPerCall is 2 in the mock: three due requests take two claims.
		for i in 0..3 {
			run_to_block(1 + i * BUCKET);
			assert_ok!(unstake(ALICE, (i as u128 + 1) * UNIT, TokenKind::Bond));
		}
		run_to_block(release(1 + 3 * BUCKET));
		let before = wbnb(ALICE);
		assert_ok!(claim(ALICE));
		assert_eq!(wbnb(ALICE) - before, 3 * UNIT);
		let left = crate::Unbonding::<Test>::get(POOL, ALICE);
		assert_eq!(left.len(), 1);
		assert_eq!(left[0].shares, 3 * UNIT);
		assert_ok!(claim(ALICE));
		assert_eq!(wbnb(ALICE) - before, 6 * UNIT);
		assert!(crate::Unbonding::<Test>::get(POOL, ALICE).is_empty());
		assert_noop!(claim(ALICE), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn matured_requests_are_claimable_while_the_pool_is_paused() {
	new_test(|| {
		stake(ALICE, 1_000 * UNIT, TokenKind::Bond);
		assert_ok!(unstake(ALICE, 10 * UNIT, TokenKind::Bond));
		run_to_block(release(1));
		assert_ok!(LiquidStaking::set_paused(RuntimeOrigin::root(), POOL, crate::PauseFlags::ALL));
		assert_ok!(claim(ALICE));
	});
}

#[test]
fn stake_then_unstake_never_returns_more() {
	new_test(|| {
		stake(ALICE, 1_000 * UNIT, TokenKind::Bond);
		// An awkward rate.
		fund_rewards(UNIT / 3);
		assert_ok!(LiquidStaking::report_rewards(RuntimeOrigin::signed(ORACLE), POOL, 1, UNIT / 3));
		let before = wbnb(BOB);
		stake(BOB, 7 * UNIT + 13, TokenKind::Cert);
		let c = cert(BOB);
		assert_ok!(unstake(BOB, c, TokenKind::Cert));
		run_to_block(release(1));
		assert_ok!(claim(BOB));
		assert!(wbnb(BOB) <= before);
		assert!(before - wbnb(BOB) <= 2);
	});
}
