//! Validator allocation: governance sets the targets, reports say what is delegated, and every
//! stake and every matured bucket is planned toward the targets.

use crate::{
	mock::*, AllocationOf, DelegationsOf, Error, Event, PlanDirection, PlanLine, Pools,
	StakingInterface, TokenKind, ValidatorBooks, ValidatorId, Validators,
};
use codec::{Decode, Encode};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError, Perbill};

fn v(n: u8) -> ValidatorId {
	ValidatorId::repeat_byte(n)
}

fn pct(n: u32) -> Perbill {
	Perbill::from_percent(n)
}

fn set(allocation: Vec<(ValidatorId, Perbill)>) -> sp_runtime::DispatchResult {
	LiquidStaking::set_allocation(RuntimeOrigin::signed(GOVERNANCE), POOL, bounded(allocation))
}

fn report(epoch: u64, delegations: Vec<(ValidatorId, Balance)>) -> sp_runtime::DispatchResult {
	LiquidStaking::report_delegations(
		RuntimeOrigin::signed(ORACLE),
		POOL,
		epoch,
		bounded(delegations),
	)
}

/// A call argument within its bound.
fn bounded<X, S: frame_support::traits::Get<u32>>(v: Vec<X>) -> frame_support::BoundedVec<X, S> {
	v.try_into().ok().expect("within the bound")
}

/// A stake in a block of its own: planned when the block ends.
fn stake(who: AccountId, amount: Balance) {
	assert_ok!(LiquidStaking::stake(RuntimeOrigin::signed(who), POOL, amount, TokenKind::Cert));
	end_of_block();
}

/// The moves of the last `AllocationPlanned` event.
fn last_plan() -> Option<(PlanDirection, Balance, Vec<(ValidatorId, Balance)>)> {
	events().into_iter().rev().find_map(|e| match e {
		Event::AllocationPlanned { direction, amount, moves, .. } => {
			Some((direction, amount, moves))
		},
		_ => None,
	})
}

fn planned(validator: ValidatorId) -> Balance {
	Validators::<Test>::get(POOL)
		.iter()
		.find(|b| b.validator == validator)
		.map_or(0, |b| b.planned)
}

fn line(validator: ValidatorId) -> PlanLine<Balance> {
	LiquidStaking::plan_of(POOL)
		.into_iter()
		.find(|l| l.validator == validator)
		.expect("the validator is tracked")
}

#[test]
fn only_the_allocation_origin_sets_it() {
	new_test(|| {
		let allocation = vec![(v(1), pct(50)), (v(2), pct(50))];
		for origin in
			[RuntimeOrigin::root(), RuntimeOrigin::signed(ORACLE), RuntimeOrigin::signed(ALICE)]
		{
			assert_noop!(
				LiquidStaking::set_allocation(origin, POOL, bounded(allocation.clone())),
				DispatchError::BadOrigin
			);
		}
		assert_ok!(set(allocation.clone()));
		assert_eq!(LiquidStaking::allocation_of(POOL), allocation);
		assert!(events()
			.contains(&Event::AllocationSet { pool: POOL, allocation: bounded(allocation) }));
	});
}

#[test]
fn every_bad_allocation_is_refused_with_its_own_error() {
	new_test(|| {
		assert_noop!(set(vec![]), Error::<Test>::EmptyAllocation);
		assert_noop!(
			set(vec![(v(1), pct(50)), (v(1), pct(50))]),
			Error::<Test>::DuplicateValidator
		);
		assert_noop!(set(vec![(v(1), pct(50)), (v(2), pct(40))]), Error::<Test>::TargetsNotWhole);
		assert_noop!(
			set(vec![(v(1), pct(50)), (v(2), pct(40)), (v(3), pct(20))]),
			Error::<Test>::TargetsNotWhole
		);
		// Three thirds of 333,333,333 parts sum to 999,999,999: not 100 %.
		let third = Perbill::from_parts(333_333_333);
		assert_noop!(
			set(vec![(v(1), third), (v(2), third), (v(3), third)]),
			Error::<Test>::TargetsNotWhole
		);
		// The pool's cap is 50 %.
		assert_noop!(set(vec![(v(1), pct(60)), (v(2), pct(40))]), Error::<Test>::TargetAboveCap);
		assert_noop!(set(vec![(v(1), pct(100))]), Error::<Test>::TargetAboveCap);
		assert_noop!(
			set(vec![(v(1), pct(50)), (v(2), pct(50)), (v(3), pct(0))]),
			Error::<Test>::ZeroTarget
		);
		let too_many: Vec<_> = (1..=MAX_VALIDATORS as u8 + 1)
			.map(|i| (v(i), Perbill::from_percent(10)))
			.collect();
		// Bounded by type: a call naming more validators is not even decoded.
		assert!(AllocationOf::<Test>::decode(&mut &too_many.encode()[..]).is_err());
		assert_noop!(
			LiquidStaking::set_allocation(
				RuntimeOrigin::signed(GOVERNANCE),
				7,
				bounded(vec![(v(1), pct(50)), (v(2), pct(50))])
			),
			Error::<Test>::PoolNotFound
		);
		// The same thirds made whole are taken, at exactly `MaxValidators` too.
		assert_ok!(set(vec![
			(v(1), Perbill::from_parts(333_333_334)),
			(v(2), third),
			(v(3), third)
		]));
		let full: Vec<_> = (1..=MAX_VALIDATORS as u8)
			.map(|i| (v(i), Perbill::from_rational(1u32, 8)))
			.collect();
		assert_ok!(set(full));
	});
}

#[test]
fn the_per_validator_cap_is_a_checked_pool_parameter() {
	new_test(|| {
		assert_ok!(set(vec![(v(1), pct(50)), (v(2), pct(30)), (v(3), pct(20))]));
		let mut params = default_params();
		params.max_validator_target = Perbill::zero();
		assert_noop!(
			LiquidStaking::set_pool_params(RuntimeOrigin::root(), POOL, params.clone()),
			Error::<Test>::InvalidValidatorCap
		);
		params.max_validator_target = pct(40);
		assert_noop!(
			LiquidStaking::set_pool_params(RuntimeOrigin::root(), POOL, params.clone()),
			Error::<Test>::CapBelowAllocation
		);
		params.max_validator_target = pct(35);
		assert_ok!(set(vec![(v(1), pct(34)), (v(2), pct(33)), (v(3), pct(33))]));
		assert_ok!(LiquidStaking::set_pool_params(RuntimeOrigin::root(), POOL, params));
		assert_noop!(set(vec![(v(1), pct(50)), (v(2), pct(50))]), Error::<Test>::TargetAboveCap);
	});
}

#[test]
fn a_pool_without_allocation_plans_nothing() {
	new_test(|| {
		stake(ALICE, 100 * UNIT);
		assert_eq!(last_plan(), None);
		assert!(LiquidStaking::plan_of(POOL).is_empty());
	});
}

#[test]
fn a_stake_goes_to_the_validators_furthest_under_target() {
	new_test(|| {
		assert_ok!(set(vec![(v(1), pct(50)), (v(2), pct(30)), (v(3), pct(20))]));
		stake(ALICE, 100 * UNIT);
		assert_eq!(
			last_plan(),
			Some((
				PlanDirection::Delegate,
				100 * UNIT,
				vec![(v(1), 50 * UNIT), (v(2), 30 * UNIT), (v(3), 20 * UNIT)]
			))
		);
		// The remote chain has 40 / 40 / 20: v1 is 10 under, v2 10 over (P = 100).
		assert_ok!(report(1, vec![(v(1), 40 * UNIT), (v(2), 40 * UNIT), (v(3), 20 * UNIT)]));
		// 20 more (P = 120: targets 60 / 36 / 24): v1 needs 20, v3 needs 4; the largest need
		// comes down first, to v3's level, and then both together.
		stake(BOB, 20 * UNIT);
		assert_eq!(
			last_plan(),
			Some((PlanDirection::Delegate, 20 * UNIT, vec![(v(1), 18 * UNIT), (v(3), 2 * UNIT)]))
		);
		assert_eq!(
			(planned(v(1)), planned(v(2)), planned(v(3))),
			(58 * UNIT, 40 * UNIT, 22 * UNIT)
		);
		assert_eq!(
			line(v(1)),
			PlanLine {
				validator: v(1),
				target: pct(50),
				target_amount: 60 * UNIT,
				delegated: 40 * UNIT,
				planned: 58 * UNIT,
				to_delegate: 20 * UNIT,
				to_undelegate: 0,
			}
		);
		assert_eq!((line(v(2)).to_delegate, line(v(2)).to_undelegate), (0, 4 * UNIT));
	});
}

#[test]
fn a_new_allocation_changes_the_plan() {
	new_test(|| {
		assert_ok!(set(vec![(v(1), pct(50)), (v(2), pct(50))]));
		stake(ALICE, 100 * UNIT);
		assert_ok!(report(1, vec![(v(1), 50 * UNIT), (v(2), 50 * UNIT)]));
		assert!(LiquidStaking::plan_of(POOL)
			.iter()
			.all(|l| l.to_delegate == 0 && l.to_undelegate == 0));

		// v1 is dropped, v3 comes in.
		assert_ok!(set(vec![(v(2), pct(50)), (v(3), pct(50))]));
		assert_eq!(LiquidStaking::allocation_of(POOL), vec![(v(2), pct(50)), (v(3), pct(50))]);
		assert_eq!(line(v(1)).target, Perbill::zero());
		assert_eq!((line(v(1)).target_amount, line(v(1)).to_undelegate), (0, 50 * UNIT));
		assert_eq!(line(v(3)).to_delegate, 50 * UNIT);
		assert_eq!((line(v(2)).to_delegate, line(v(2)).to_undelegate), (0, 0));

		// New stake goes to v3 only.
		stake(BOB, 30 * UNIT);
		assert_eq!(
			last_plan(),
			Some((PlanDirection::Delegate, 30 * UNIT, vec![(v(3), 30 * UNIT)]))
		);

		// A release comes out of the dropped v1 first.
		let bucket = LiquidStaking::do_unstake(&ALICE, POOL, 20 * UNIT, TokenKind::Cert, None)
			.unwrap()
			.0;
		run_to_block(bucket);
		let (direction, amount, moves) = last_plan().unwrap();
		assert_eq!(direction, PlanDirection::Undelegate);
		assert_eq!(moves, vec![(v(1), amount)]);
		assert_eq!(planned(v(1)), 50 * UNIT - amount);
	});
}

#[test]
fn a_dropped_validator_is_never_lost_from_the_books() {
	new_test(|| {
		assert_ok!(set(vec![(v(1), pct(50)), (v(2), pct(50))]));
		stake(ALICE, 100 * UNIT);
		assert_ok!(set(vec![(v(3), pct(50)), (v(4), pct(50))]));
		let books = Validators::<Test>::get(POOL);
		assert_eq!(books.len(), 4);
		assert_eq!(
			books[0],
			ValidatorBooks {
				validator: v(1),
				target: Perbill::zero(),
				delegated: 0,
				planned: 50 * UNIT
			}
		);
		// A validator without a target nor stake is forgotten: v3 and v4 replaced at once.
		assert_ok!(set(vec![(v(5), pct(50)), (v(6), pct(50))]));
		assert_eq!(Validators::<Test>::get(POOL).len(), 4);
		assert!(!Validators::<Test>::get(POOL).iter().any(|b| b.validator == v(3)));

		// The books track at most 2 × MaxValidators = 16 validators.
		let eight: Vec<_> = (10..18u8).map(|i| (v(i), Perbill::from_rational(1u32, 8))).collect();
		assert_ok!(set(eight));
		assert_eq!(Validators::<Test>::get(POOL).len(), 10);
		let other: Vec<_> = (20..28u8).map(|i| (v(i), Perbill::from_rational(1u32, 8))).collect();
		assert_ok!(report(1, (10..18u8).map(|i| (v(i), 10 * UNIT)).collect()));
		// v1 and v2 are gone (the report does not name them); v10..v17 hold stake.
		assert_eq!(Validators::<Test>::get(POOL).len(), 8);
		assert_ok!(set(other));
		assert_eq!(Validators::<Test>::get(POOL).len(), 16);
		// New stake goes to v20..v27: sixteen validators hold stake, two more would make 18.
		stake(BOB, 80 * UNIT);
		assert!((20..28u8).all(|i| planned(v(i)) > 0));
		let more: Vec<_> = (30..32u8).map(|i| (v(i), pct(50))).collect();
		assert_noop!(set(more.clone()), Error::<Test>::TooManyTrackedValidators);
		// Once their stake is reported moved, the same allocation is taken.
		assert_ok!(report(2, (20..28u8).map(|i| (v(i), 10 * UNIT)).collect()));
		assert_ok!(set(more));
	});
}

#[test]
fn delegation_reports_are_the_oracle_s_and_never_replayed() {
	new_test(|| {
		assert_ok!(set(vec![(v(1), pct(50)), (v(2), pct(50))]));
		stake(ALICE, 100 * UNIT);
		let delegations = vec![(v(1), 60 * UNIT), (v(2), 40 * UNIT)];
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::signed(GOVERNANCE)] {
			assert_noop!(
				LiquidStaking::report_delegations(origin, POOL, 1, bounded(delegations.clone())),
				DispatchError::BadOrigin
			);
		}
		assert_noop!(report(0, delegations.clone()), Error::<Test>::StaleDelegationReport);
		assert_noop!(
			report(1, vec![(v(1), UNIT), (v(1), UNIT)]),
			Error::<Test>::DuplicateValidator
		);
		let too_many: Vec<_> = (0..2 * MAX_VALIDATORS as u8 + 1).map(|i| (v(i), UNIT)).collect();
		assert!(DelegationsOf::<Test>::decode(&mut &too_many.encode()[..]).is_err());
		// Through the bridge's interface, the same report is refused.
		assert_noop!(
			<LiquidStaking as StakingInterface<AccountId>>::report_delegations(POOL, 1, too_many),
			Error::<Test>::TooManyValidators
		);
		assert_noop!(
			LiquidStaking::report_delegations(
				RuntimeOrigin::signed(ORACLE),
				7,
				1,
				bounded(delegations.clone())
			),
			Error::<Test>::PoolNotFound
		);
		// Only the next epoch: one far ahead would block every later report.
		assert_noop!(report(3, delegations.clone()), Error::<Test>::UnexpectedDelegationEpoch);
		assert_noop!(
			report(u64::MAX, delegations.clone()),
			Error::<Test>::UnexpectedDelegationEpoch
		);
		// At most what the pool can have delegated (P = 100 here), and no overflow.
		assert_noop!(
			report(1, vec![(v(1), 60 * UNIT), (v(2), 40 * UNIT + 1)]),
			Error::<Test>::DelegationsAbovePool
		);
		assert_noop!(
			report(1, vec![(v(1), u128::MAX), (v(2), u128::MAX)]),
			Error::<Test>::DelegationsAbovePool
		);
		assert_ok!(report(1, delegations.clone()));
		assert_eq!(Pools::<Test>::get(POOL).unwrap().delegation_epoch, 1);
		assert!(events().contains(&Event::DelegationsReported {
			pool: POOL,
			epoch: 1,
			total: 100 * UNIT
		}));
		assert_noop!(report(1, delegations.clone()), Error::<Test>::StaleDelegationReport);
		assert_noop!(report(0, delegations), Error::<Test>::StaleDelegationReport);
		assert_eq!((line(v(1)).to_undelegate, line(v(2)).to_delegate), (10 * UNIT, 10 * UNIT));

		// Stake found on a validator with no target is tracked, with target 0, and planned out.
		assert_ok!(report(2, vec![(v(1), 50 * UNIT), (v(2), 40 * UNIT), (v(9), 10 * UNIT)]));
		assert_eq!(line(v(9)).target, Perbill::zero());
		assert_eq!(line(v(9)).to_undelegate, 10 * UNIT);
		assert_eq!(line(v(2)).to_delegate, 10 * UNIT);
	});
}

#[test]
fn a_matured_bucket_comes_out_of_the_validators_furthest_over_target() {
	new_test(|| {
		assert_ok!(set(vec![(v(1), pct(50)), (v(2), pct(30)), (v(3), pct(20))]));
		stake(ALICE, 100 * UNIT);
		stake(BOB, 100 * UNIT);
		// Remote: 100 / 70 / 30 (targets of P = 200: 100 / 60 / 40).
		assert_ok!(report(1, vec![(v(1), 100 * UNIT), (v(2), 70 * UNIT), (v(3), 30 * UNIT)]));
		let bucket = LiquidStaking::do_unstake(&BOB, POOL, 50 * UNIT, TokenKind::Cert, None)
			.unwrap()
			.0;
		run_to_block(bucket);
		// P = 150: targets 75 / 45 / 30; excesses 25 / 25 / 0: 50 comes out of v1 and v2.
		assert_eq!(
			last_plan(),
			Some((
				PlanDirection::Undelegate,
				50 * UNIT,
				vec![(v(1), 25 * UNIT), (v(2), 25 * UNIT)]
			))
		);
		assert_eq!(
			(planned(v(1)), planned(v(2)), planned(v(3))),
			(75 * UNIT, 45 * UNIT, 30 * UNIT)
		);
	});
}

#[test]
fn many_random_stakes_converge_to_the_targets_within_one_unit() {
	new_test(|| {
		let targets = [
			(v(1), Perbill::from_parts(200_000_000)),
			(v(2), Perbill::from_parts(173_000_001)),
			(v(3), Perbill::from_parts(150_000_000)),
			(v(4), Perbill::from_parts(126_999_999)),
			(v(5), Perbill::from_parts(125_000_000)),
			(v(6), Perbill::from_parts(125_000_000)),
			(v(7), Perbill::from_parts(100_000_000)),
		];
		assert_ok!(set(targets.to_vec()));
		let mut seed = 0x9e37_79b9_7f4a_7c15u64;
		let mut next = move || {
			seed ^= seed << 13;
			seed ^= seed >> 7;
			seed ^= seed << 17;
			seed
		};
		let mut sent = [0u128; 7];
		for i in 0..400 {
			// From the 10-unit minimum to about 1,000 coins, on every scale.
			let digits = next() % 16;
			let amount = WBNB_MIN + (next() as u128) % 10u128.pow(digits as u32);
			let who = [ALICE, BOB, CHARLIE][i % 3];
			stake(who, amount.max(if i == 0 { 2 * DEAD } else { 0 }));
			let (direction, _, moves) = last_plan().unwrap();
			assert_eq!(direction, PlanDirection::Delegate);
			for (validator, m) in moves {
				sent[targets.iter().position(|(t, _)| *t == validator).unwrap()] += m;
			}
			let p = pool().total_pooled;
			assert_eq!(sent.iter().sum::<u128>(), p, "every staked unit is planned");
		}
		let p = pool().total_pooled;
		for (i, (validator, target)) in targets.iter().enumerate() {
			assert_eq!(planned(*validator), sent[i]);
			let l = line(*validator);
			assert!(l.target_amount.abs_diff(target.mul_floor(p)) <= 1);
			assert!(
				sent[i].abs_diff(l.target_amount) <= 1,
				"{validator:?}: {} planned, {} targeted",
				sent[i],
				l.target_amount
			);
		}
	});
}

#[test]
fn the_stakes_of_a_block_are_planned_together_when_it_ends() {
	new_test(|| {
		assert_ok!(set(vec![(v(1), pct(50)), (v(2), pct(30)), (v(3), pct(20))]));
		for (who, amount) in [(ALICE, 60 * UNIT), (BOB, 30 * UNIT), (CHARLIE, 10 * UNIT)] {
			assert_ok!(LiquidStaking::stake(
				RuntimeOrigin::signed(who),
				POOL,
				amount,
				TokenKind::Bond
			));
		}
		// Nothing planned yet: the stakes wait in the pool, the books are untouched…
		assert_eq!(last_plan(), None);
		assert_eq!(pool().unplanned, 100 * UNIT);
		assert_eq!((planned(v(1)), planned(v(2)), planned(v(3))), (0, 0, 0));
		// …but the plan query already shows them as they will be planned.
		assert_eq!(
			(line(v(1)).planned, line(v(2)).planned, line(v(3)).planned),
			(50 * UNIT, 30 * UNIT, 20 * UNIT)
		);
		end_of_block();
		let plans: Vec<_> = events()
			.into_iter()
			.filter(|e| matches!(e, Event::AllocationPlanned { .. }))
			.collect();
		assert_eq!(
			plans,
			vec![Event::AllocationPlanned {
				pool: POOL,
				direction: PlanDirection::Delegate,
				amount: 100 * UNIT,
				moves: vec![(v(1), 50 * UNIT), (v(2), 30 * UNIT), (v(3), 20 * UNIT)],
			}]
		);
		assert_eq!(pool().unplanned, 0);
		assert_eq!(
			(planned(v(1)), planned(v(2)), planned(v(3))),
			(50 * UNIT, 30 * UNIT, 20 * UNIT)
		);
		// A block without stakes plans nothing more.
		end_of_block();
		assert_eq!(
			events().iter().filter(|e| matches!(e, Event::AllocationPlanned { .. })).count(),
			1
		);
	});
}

#[test]
fn the_stakes_are_planned_before_a_bucket_of_their_pool_matures() {
	new_test(|| {
		assert_ok!(set(vec![(v(1), pct(50)), (v(2), pct(50))]));
		stake(ALICE, 100 * UNIT);
		let bucket = LiquidStaking::do_unstake(&ALICE, POOL, 40 * UNIT, TokenKind::Cert, None)
			.unwrap()
			.0;
		System::set_block_number(bucket);
		// Staked in the bucket's block, matured in the same block before it ends.
		assert_ok!(LiquidStaking::stake(
			RuntimeOrigin::signed(BOB),
			POOL,
			20 * UNIT,
			TokenKind::Bond
		));
		assert_ok!(LiquidStaking::mature(RuntimeOrigin::signed(CHARLIE), POOL, bucket));
		let plans: Vec<_> = events()
			.into_iter()
			.filter_map(|e| match e {
				Event::AllocationPlanned { direction, amount, .. } => Some((direction, amount)),
				_ => None,
			})
			.collect();
		assert_eq!(
			plans,
			vec![
				(PlanDirection::Delegate, 100 * UNIT),
				(PlanDirection::Delegate, 20 * UNIT),
				(PlanDirection::Undelegate, 40 * UNIT),
			]
		);
		assert_eq!(pool().unplanned, 0);
		assert_eq!(planned(v(1)) + planned(v(2)), 80 * UNIT);
		assert_eq!(planned(v(1)), 40 * UNIT);
	});
}

#[test]
fn a_block_without_room_leaves_the_stakes_for_a_later_block() {
	use crate::weights::WeightInfo;
	use frame_support::traits::OnIdle;
	new_test(|| {
		assert_ok!(set(vec![(v(1), pct(50)), (v(2), pct(50))]));
		assert_ok!(LiquidStaking::stake(
			RuntimeOrigin::signed(ALICE),
			POOL,
			10 * UNIT,
			TokenKind::Bond
		));
		let per_pool = <() as WeightInfo>::plan_stakes();
		// Less than one pool's planning: nothing is read, nothing planned.
		let tight = per_pool.saturating_sub(frame_support::weights::Weight::from_parts(1, 0));
		assert_eq!(
			<LiquidStaking as OnIdle<BlockNumber>>::on_idle(1, tight),
			frame_support::weights::Weight::zero()
		);
		assert_eq!(pool().unplanned, 10 * UNIT);
		assert_eq!(last_plan(), None);
		// With room, they are planned, and the weight used stays within the room given.
		let room = per_pool.saturating_mul(2);
		let used = <LiquidStaking as OnIdle<BlockNumber>>::on_idle(2, room);
		assert!(room.all_gte(used) && used.all_gte(per_pool));
		assert_eq!(pool().unplanned, 0);
		assert_eq!(last_plan().unwrap().1, 10 * UNIT);
	});
}

#[test]
fn in_a_pool_without_allocation_the_stakes_are_cleared_unplanned() {
	new_test(|| {
		assert_ok!(LiquidStaking::stake(
			RuntimeOrigin::signed(ALICE),
			POOL,
			10 * UNIT,
			TokenKind::Bond
		));
		assert_eq!(pool().unplanned, 10 * UNIT);
		end_of_block();
		assert_eq!(pool().unplanned, 0);
		assert_eq!(last_plan(), None);
		assert!(crate::Validators::<Test>::get(POOL).is_empty());
	});
}
