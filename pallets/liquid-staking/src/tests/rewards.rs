//! Reward and slash reports: epochs, intervals, bounds, commission and history.

use crate::{mock::*, Error, Event, PauseFlags, RateHistory, TokenKind};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

fn report(epoch: u64, amount: Balance) -> sp_runtime::DispatchResult {
	LiquidStaking::report_rewards(RuntimeOrigin::signed(ORACLE), POOL, epoch, amount)
}

fn slash(epoch: u64, amount: Balance) -> sp_runtime::DispatchResult {
	LiquidStaking::report_slash(RuntimeOrigin::signed(ORACLE), POOL, epoch, amount)
}

fn setup() {
	assert_ok!(LiquidStaking::stake(
		RuntimeOrigin::signed(ALICE),
		POOL,
		1_000_000 * UNIT - UNIT,
		TokenKind::Bond
	));
	fund_rewards(1_000 * UNIT);
}

/// 0.075 % of 999,999 units: the default per-report bound.
const BOUND: Balance = 999_999 * UNIT * 75 / 100_000;

#[test]
fn rewards_rebase_bond_and_pay_the_commission_in_cert() {
	new_test(|| {
		setup();
		let before = LiquidStaking::bond_balance_of(POOL, &ALICE);
		assert_ok!(report(1, 100 * UNIT));
		let after = LiquidStaking::bond_balance_of(POOL, &ALICE);
		// ALICE gets 90 % of her part of the reward (10 % commission), within a unit and the
		// dead shares' part (a millionth of a millionth of the pool).
		let expected = before + 90 * UNIT;
		let dead_part = 90 * UNIT * DEAD / (1_000_000 * UNIT) + 2;
		assert!(after <= expected && after + dead_part >= expected, "{after} vs {expected}");
		let (c, value) = LiquidStaking::cert_value_of(POOL, &TREASURY);
		assert!(c > 0 && value <= 10 * UNIT && value + 2 >= 10 * UNIT);
		assert!(matches!(events().last(), Some(Event::RewardsReported { epoch: 1, .. })));
		assert_eq!(RateHistory::<Test>::get(POOL).len(), 1);
	});
}

#[test]
fn only_the_oracle_reports() {
	new_test(|| {
		setup();
		for origin in [RuntimeOrigin::signed(ALICE), RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				LiquidStaking::report_rewards(origin.clone(), POOL, 1, UNIT),
				DispatchError::BadOrigin
			);
			assert_noop!(
				LiquidStaking::report_slash(origin, POOL, 1, UNIT),
				DispatchError::BadOrigin
			);
		}
	});
}

#[test]
fn epochs_are_consecutive_and_reports_spaced() {
	new_test(|| {
		setup();
		assert_noop!(report(0, UNIT), Error::<Test>::UnexpectedEpoch);
		assert_noop!(report(2, UNIT), Error::<Test>::UnexpectedEpoch);
		assert_ok!(report(1, UNIT));
		assert_noop!(report(1, UNIT), Error::<Test>::UnexpectedEpoch);
		assert_noop!(report(2, UNIT), Error::<Test>::ReportTooEarly);
		assert_noop!(slash(2, UNIT), Error::<Test>::ReportTooEarly);
		run_to_block(1 + REPORT_INTERVAL - 1);
		assert_noop!(report(2, UNIT), Error::<Test>::ReportTooEarly);
		run_to_block(1 + REPORT_INTERVAL);
		assert_ok!(slash(2, UNIT));
		run_to_block(1 + 2 * REPORT_INTERVAL);
		assert_noop!(slash(2, UNIT), Error::<Test>::UnexpectedEpoch);
		assert_ok!(report(3, UNIT));
	});
}

#[test]
fn the_reward_bound_holds_at_the_bound_one_over_and_far_over() {
	new_test(|| {
		setup();
		assert_noop!(report(1, 0), Error::<Test>::AmountTooSmall);
		assert_noop!(report(1, BOUND + 1), Error::<Test>::RewardAboveBound);
		assert_noop!(report(1, u128::MAX), Error::<Test>::RewardAboveBound);
		assert_noop!(report(1, BOUND * 1000), Error::<Test>::RewardAboveBound);
		assert_ok!(report(1, BOUND));
	});
}

#[test]
fn a_reward_must_be_held_by_the_pool_account() {
	new_test(|| {
		assert_ok!(LiquidStaking::stake(
			RuntimeOrigin::signed(ALICE),
			POOL,
			1_000 * UNIT,
			TokenKind::Bond
		));
		assert_noop!(report(1, UNIT / 2), Error::<Test>::RewardNotBacked);
		fund_rewards(UNIT / 2);
		assert_ok!(report(1, UNIT / 2));
	});
}

#[test]
fn nothing_to_reward_in_an_empty_pool() {
	new_test(|| {
		assert_noop!(report(1, 1), Error::<Test>::NothingStaked);
	});
}

#[test]
fn slashes_within_the_bound_apply_over_it_pause_and_beyond_the_pool_fail() {
	new_test(|| {
		setup();
		let p0 = pool().total_pooled;
		assert_noop!(slash(1, 0), Error::<Test>::AmountTooSmall);
		assert_noop!(slash(1, p0 + 1), Error::<Test>::SlashExceedsPool);
		assert_ok!(slash(1, p0 / 100));
		assert_eq!(pool().paused, PauseFlags::default());
		assert_eq!(pool().total_pooled, p0 - p0 / 100);
		run_to_block(1 + REPORT_INTERVAL);
		let p1 = pool().total_pooled;
		assert_ok!(slash(2, p1 / 100 + 1));
		assert_eq!(pool().paused, PauseFlags::ALL);
		assert!(events().contains(&Event::PausedBySlash {
			pool: POOL,
			epoch: 2,
			amount: p1 / 100 + 1
		}));
		assert_noop!(
			LiquidStaking::stake(RuntimeOrigin::signed(BOB), POOL, UNIT, TokenKind::Bond),
			Error::<Test>::StakingPaused
		);
	});
}

#[test]
fn the_history_keeps_the_last_points_and_gives_an_apr() {
	new_test(|| {
		setup();
		assert_eq!(LiquidStaking::apr(POOL), None);
		for epoch in 1..=6u64 {
			run_to_block(1 + epoch * REPORT_INTERVAL);
			assert_ok!(report(epoch, UNIT));
		}
		let history = RateHistory::<Test>::get(POOL);
		assert_eq!(history.len(), 4);
		assert_eq!(history[0].block, 1 + 3 * REPORT_INTERVAL);
		let apr = LiquidStaking::apr(POOL).expect("two points or more");
		assert!(apr.into_inner() > 0);
	});
}
