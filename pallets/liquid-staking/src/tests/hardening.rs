//! The edges where dust, rounding, decimals or report timing could cost someone: minimum bond
//! balances, exact `Balanced` deposits, cert rests below the cert's minimum, the annualised reward
//! bound, dead shares by decimals, minimum unstakes and claims to accounts without coins.

use crate::{
	mock::*, BondShares, Error, Event, NextPoolId, PoolId, PoolParams, Pools, TokenKind, Unbonding,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungibles::{Balanced, Create, Inspect},
		tokens::{DepositConsequence, Fortitude, Precision, Preservation, Provenance},
		Get,
	},
};
use sp_runtime::{DispatchResult, FixedU128, Perbill, TokenError};

fn stake_in(pool: PoolId, who: AccountId, amount: Balance, kind: TokenKind) -> DispatchResult {
	LiquidStaking::stake(RuntimeOrigin::signed(who), pool, amount, kind)
		.map(|_| ())
		.map_err(|e| e.error)
}

fn stake(who: AccountId, amount: Balance, kind: TokenKind) -> DispatchResult {
	stake_in(POOL, who, amount, kind)
}

fn transfer_bond(from: AccountId, to: AccountId, amount: Balance) -> DispatchResult {
	LiquidStaking::transfer_bond(RuntimeOrigin::signed(from), POOL, to, amount)
}

fn report(epoch: u64, amount: Balance) -> DispatchResult {
	LiquidStaking::report_rewards(RuntimeOrigin::signed(ORACLE), POOL, epoch, amount)
}

fn metadata(decimals: u8, min_balance: Balance) -> crate::CertMetadataOf<Test> {
	crate::CertMetadata {
		name: b"Cert".to_vec().try_into().unwrap(),
		symbol: b"C".to_vec().try_into().unwrap(),
		decimals,
		min_balance,
	}
}

fn create(
	underlying: u32,
	cert: u32,
	metadata: crate::CertMetadataOf<Test>,
	params: crate::PoolParamsOf<Test>,
) -> DispatchResult {
	LiquidStaking::create_pool(RuntimeOrigin::root(), underlying, cert, metadata, None, params)
}

/// `who`'s balance of the cert asset `asset`.
fn cert_of(asset: u32, who: AccountId) -> Balance {
	<Assets as Inspect<_>>::balance(asset, &who)
}

/// Multiplies pool 0's `P` by `factor` and mints the underlying that backs it.
fn multiply_rate(factor: u128) {
	let mut p = pool();
	let extra = p.total_pooled * (factor - 1);
	p.total_pooled *= factor;
	Pools::<Test>::insert(POOL, p);
	assert_ok!(<Assets as frame_support::traits::fungibles::Mutate<_>>::mint_into(
		WBNB,
		&pool_account(),
		extra
	));
}

/// Blocks in the mock's year.
fn year() -> BlockNumber {
	<<Test as crate::Config>::BlocksPerYear as Get<BlockNumber>>::get()
}

/// 20 % a year of `pooled` over `blocks`, floored: the annualised bound at the rate the
/// reward tests set.
fn fifth_a_year(pooled: Balance, blocks: BlockNumber) -> Balance {
	pooled * 2 * u128::from(blocks) / (10 * u128::from(year()))
}

#[test]
fn bond_balances_have_an_existential_amount() {
	new_test(|| {
		// The bond token's minimum balance is the underlying's.
		assert_eq!(<LiquidStaking as Inspect<_>>::minimum_balance(POOL), WBNB_MIN);
		assert_ok!(stake(ALICE, 100 * UNIT, TokenKind::Bond));

		// A transfer that would open a bond balance below the minimum is refused; the minimum
		// opens it, and an account that holds bond takes any amount.
		assert_noop!(transfer_bond(ALICE, STRANGER, WBNB_MIN - 1), Error::<Test>::BelowMinimumBond);
		assert_ok!(transfer_bond(ALICE, STRANGER, WBNB_MIN));
		assert_eq!(LiquidStaking::bond_balance_of(POOL, &STRANGER), WBNB_MIN);
		assert_ok!(transfer_bond(ALICE, STRANGER, 1));
		assert_eq!(LiquidStaking::bond_balance_of(POOL, &STRANGER), WBNB_MIN + 1);

		// The same holds for a conversion into bond: 1 cert (worth 1) cannot open a balance.
		assert_ok!(stake(BOB, 10 * UNIT, TokenKind::Cert));
		assert_noop!(
			LiquidStaking::cert_to_bond(RuntimeOrigin::signed(BOB), POOL, 1),
			Error::<Test>::BelowMinimumBond
		);
		assert_ok!(LiquidStaking::cert_to_bond(RuntimeOrigin::signed(BOB), POOL, WBNB_MIN));
		assert_ok!(LiquidStaking::cert_to_bond(RuntimeOrigin::signed(BOB), POOL, 1));
		assert_eq!(LiquidStaking::bond_balance_of(POOL, &BOB), WBNB_MIN + 1);

		// Through `Balanced`: a deposit that would open a balance below the minimum is refused,
		// so the credit of a withdrawal of 5 does not resolve to a fresh account. What ALICE
		// lost waits in transit; the pool's books do not move.
		let fresh: AccountId = 77;
		assert_eq!(
			<LiquidStaking as Inspect<_>>::can_deposit(
				POOL,
				&fresh,
				WBNB_MIN - 1,
				Provenance::Extant
			),
			DepositConsequence::BelowMinimum
		);
		assert_eq!(
			<LiquidStaking as Inspect<_>>::can_deposit(POOL, &fresh, WBNB_MIN, Provenance::Extant),
			DepositConsequence::Success
		);
		assert_eq!(
			<LiquidStaking as Inspect<_>>::can_deposit(POOL, &STRANGER, 1, Provenance::Extant),
			DepositConsequence::Success
		);
		let p0 = pool();
		let alice0 = BondShares::<Test>::get(POOL, ALICE);
		let credit = <LiquidStaking as Balanced<_>>::withdraw(
			POOL,
			&ALICE,
			5,
			Precision::Exact,
			Preservation::Expendable,
			Fortitude::Polite,
		)
		.expect("ALICE holds far more than 5");
		assert_eq!(credit.peek(), 5);
		assert!(<LiquidStaking as Balanced<_>>::resolve(&fresh, credit).is_err());
		assert!(!BondShares::<Test>::contains_key(POOL, fresh));
		// At a rate of 1, 5 bond are 5 shares.
		assert_eq!(alice0 - BondShares::<Test>::get(POOL, ALICE), 5);
		assert_eq!(BondShares::<Test>::get(POOL, LiquidStaking::transit_account(POOL)), 5);
		let p1 = pool();
		assert_eq!(
			(p1.total_pooled, p1.total_shares, p1.bond_shares),
			(p0.total_pooled, p0.total_shares, p0.bond_shares)
		);
	});
}

#[test]
fn an_exact_bond_deposit_is_exact_or_refused() {
	new_test(|| {
		assert_ok!(stake(ALICE, 100 * UNIT, TokenKind::Bond));
		assert_ok!(stake(BOB, 10 * UNIT, TokenKind::Bond));
		// A rate of 3: one share is worth 3, so amounts below 3 round.
		multiply_rate(3);
		let alice0 = LiquidStaking::bond_balance_of(POOL, &ALICE);
		let bob0 = LiquidStaking::bond_balance_of(POOL, &BOB);

		// A withdrawal of 1 takes one whole share (rounded up, against ALICE).
		let credit = <LiquidStaking as Balanced<_>>::withdraw(
			POOL,
			&ALICE,
			1,
			Precision::Exact,
			Preservation::Expendable,
			Fortitude::Polite,
		)
		.expect("ALICE holds far more than 1");
		assert_eq!(credit.peek(), 1);
		assert_eq!(alice0 - LiquidStaking::bond_balance_of(POOL, &ALICE), 3);

		// Its deposit to BOB is exact: a third of a share, rounded down, would be nothing; the
		// deposit credits whole shares rounded up, so BOB gets at least the 1 asked (the whole
		// share, worth 3), never more than ALICE lost.
		assert_ok!(<LiquidStaking as Balanced<_>>::resolve(&BOB, credit));
		let got = LiquidStaking::bond_balance_of(POOL, &BOB) - bob0;
		assert!(got >= 1, "BOB got {got}");
		assert_eq!(got, 3);
		assert!(!BondShares::<Test>::contains_key(POOL, LiquidStaking::transit_account(POOL)));

		// With nothing left in transit, an exact deposit cannot be covered: refused.
		assert_noop!(
			<LiquidStaking as Balanced<_>>::deposit(POOL, &BOB, 1, Precision::Exact),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn cert_dust_is_never_burned() {
	new_test(|| {
		// A second pool whose cert has a minimum balance of 1,000.
		let (dusty, dusty_cert): (PoolId, u32) = (1, 300);
		assert_ok!(create(WBNB, dusty_cert, metadata(DECIMALS, 1_000), default_params()));
		assert_eq!(<Assets as Inspect<_>>::minimum_balance(dusty_cert), 1_000);
		// BOB's first stake leaves the dead shares; ALICE then stakes at a rate of 1.
		assert_ok!(stake_in(dusty, BOB, 100 * UNIT, TokenKind::Bond));
		assert_ok!(stake_in(dusty, ALICE, UNIT, TokenKind::Cert));
		assert_eq!(cert_of(dusty_cert, ALICE), UNIT);
		let unstake = |amount: Balance| {
			LiquidStaking::unstake(RuntimeOrigin::signed(ALICE), dusty, amount, TokenKind::Cert)
		};
		let to_bond = |amount: Balance| {
			LiquidStaking::cert_to_bond(RuntimeOrigin::signed(ALICE), dusty, amount)
		};

		// A rest of 1 to 999 cert would be burned by pallet-assets with the account: refused,
		// by an unstake as by a conversion.
		assert_noop!(unstake(UNIT - 1), Error::<Test>::CertLeavesDust);
		assert_noop!(unstake(UNIT - 999), Error::<Test>::CertLeavesDust);
		assert_noop!(to_bond(UNIT - 999), Error::<Test>::CertLeavesDust);

		// Leaving the minimum or more is fine, and every cert stays counted in `S`.
		assert_ok!(to_bond(UNIT - 2_000));
		assert_eq!(cert_of(dusty_cert, ALICE), 2_000);
		assert_ok!(LiquidStaking::do_try_state());
		assert_ok!(unstake(1_000));
		assert_eq!(cert_of(dusty_cert, ALICE), 1_000);
		assert_ok!(LiquidStaking::do_try_state());
		assert_noop!(to_bond(1), Error::<Test>::CertLeavesDust);
		// All of it leaves nothing: fine.
		assert_ok!(to_bond(1_000));
		assert_eq!(cert_of(dusty_cert, ALICE), 0);
		assert_ok!(LiquidStaking::do_try_state());

		// A conversion fee below the cert's minimum cannot open the commission account's cert
		// balance: the conversion goes through without a fee instead of failing.
		let params = PoolParams { conversion_fee: Perbill::from_percent(1), ..default_params() };
		assert_ok!(LiquidStaking::set_pool_params(RuntimeOrigin::root(), dusty, params));
		let bond_to_cert = |amount: Balance| {
			LiquidStaking::bond_to_cert(RuntimeOrigin::signed(BOB), dusty, amount)
		};
		// 1 % of 50,000 is 500, below 1,000.
		assert_ok!(bond_to_cert(50_000));
		assert_eq!(
			events().last(),
			Some(&Event::Converted {
				pool: dusty,
				who: BOB,
				from: TokenKind::Bond,
				shares: 50_000,
				fee: 0
			})
		);
		assert_eq!(cert_of(dusty_cert, TREASURY), 0);
		assert_eq!(cert_of(dusty_cert, BOB), 50_000);
		// 1 % of 100,000 is the minimum itself: taken.
		assert_ok!(bond_to_cert(100_000));
		assert_eq!(
			events().last(),
			Some(&Event::Converted {
				pool: dusty,
				who: BOB,
				from: TokenKind::Bond,
				shares: 100_000,
				fee: 1_000
			})
		);
		assert_eq!(cert_of(dusty_cert, TREASURY), 1_000);
		assert_eq!(cert_of(dusty_cert, BOB), 50_000 + 99_000);
		// Once the commission account holds cert, a fee below the minimum is taken too.
		assert_ok!(bond_to_cert(50_000));
		assert_eq!(cert_of(dusty_cert, TREASURY), 1_500);
		assert_eq!(
			<Assets as Inspect<_>>::total_issuance(dusty_cert),
			cert_of(dusty_cert, ALICE) + cert_of(dusty_cert, BOB) + cert_of(dusty_cert, TREASURY)
		);
		assert_ok!(LiquidStaking::do_try_state());
	});
}

#[test]
fn rewards_are_bounded_per_year_however_often_they_come() {
	new_test(|| {
		// 20 % a year.
		MaxAnnualReward::set(&FixedU128::from_rational(20, 100));
		assert_ok!(stake(ALICE, 1_000 * UNIT, TokenKind::Bond));
		fund_rewards(10 * UNIT);

		// The first report may bring the interval's part of 20 % a year; the per-report bound
		// (0.075 %) is far above it, so the annualised one binds.
		run_to_block(1 + REPORT_INTERVAL);
		let p0 = pool().total_pooled;
		let bound = LiquidStaking::annual_reward_bound(&pool());
		assert!(bound.abs_diff(fifth_a_year(p0, REPORT_INTERVAL)) <= 2, "{bound}");
		assert!(bound < pool().params.max_reward_per_report.mul_floor(p0));
		assert_noop!(report(1, bound + 1), Error::<Test>::RewardAboveAnnualBound);
		assert_ok!(report(1, bound));
		// Right after a report, nothing more may come.
		assert_eq!(LiquidStaking::annual_reward_bound(&pool()), 0);

		// Three intervals later, the bound is three intervals' worth: it counts the blocks
		// since the last report.
		run_to_block(1 + 4 * REPORT_INTERVAL);
		let p1 = pool().total_pooled;
		let bound = LiquidStaking::annual_reward_bound(&pool());
		assert!(bound.abs_diff(fifth_a_year(p1, 3 * REPORT_INTERVAL)) <= 2, "{bound}");
		assert_noop!(report(2, bound + 1), Error::<Test>::RewardAboveAnnualBound);
		assert_ok!(report(2, bound));

		// Fifty reports, one every interval, each at its bound: `P` grows by 20 % a year over
		// the time they span, compounded report by report; over so short a span that stays
		// within 1 % of simple interest, and the bound gives at least 99 % of it.
		let (p_start, start, reports) = (pool().total_pooled, System::block_number(), 50u64);
		for i in 1..=reports {
			run_to_block(start + i * REPORT_INTERVAL);
			let bound = LiquidStaking::annual_reward_bound(&pool());
			assert_ok!(report(2 + i, bound));
		}
		let growth = pool().total_pooled - p_start;
		// `growth / P ≤ 0.2 · span / year`, i.e. `growth · 10 · year ≤ 2 · P · span`.
		let simple = 2 * p_start * u128::from(reports * REPORT_INTERVAL);
		let scaled = growth * 10 * u128::from(year()) * 100;
		assert!(scaled <= simple * 101, "{growth}");
		assert!(scaled >= simple * 99, "{growth}");

		// However long the wait, one report brings at most a year's worth: 20 % of `P`. The
		// clock is moved two years on without running the blocks.
		System::set_block_number(System::block_number() + 2 * year());
		let p = pool().total_pooled;
		let bound = LiquidStaking::annual_reward_bound(&pool());
		assert!(bound.abs_diff(p / 5) <= 1, "{bound}");
	});
}

#[test]
fn dead_shares_are_sized_by_the_coin_s_decimals() {
	new_test(|| {
		// `10^(decimals / 2)`: a thousandth of a coin of 6 decimals, a millionth of one of 12,
		// a billionth of one of 18; 36 decimals is the most a pool may have.
		for (cert_id, decimals, dead) in [
			(301u32, 6u8, 1_000u128),
			(302, 12, 1_000_000),
			(303, 18, 1_000_000_000),
			(304, 36, 1_000_000_000_000_000_000),
		] {
			let id = NextPoolId::<Test>::get();
			assert_ok!(create(WBNB, cert_id, metadata(decimals, 1), default_params()));
			assert_eq!(Pools::<Test>::get(id).unwrap().dead_shares, dead, "{decimals} decimals");
		}
		assert_noop!(
			create(WBNB, 305, metadata(37, 1), default_params()),
			Error::<Test>::InvalidMetadata
		);

		// In the pool of 6 decimals (pool 1), a first stake must buy more than 10^3 shares.
		let six: PoolId = 1;
		assert_noop!(stake_in(six, ALICE, 1_000, TokenKind::Bond), Error::<Test>::AmountTooSmall);
		assert_noop!(stake_in(six, ALICE, 999, TokenKind::Bond), Error::<Test>::AmountTooSmall);
		// One coin: 10^3 shares stay in the pool account, the staker gets the rest.
		assert_ok!(stake_in(six, ALICE, 1_000_000, TokenKind::Bond));
		assert_eq!(BondShares::<Test>::get(six, LiquidStaking::pool_account(six)), 1_000);
		assert_eq!(BondShares::<Test>::get(six, ALICE), 999_000);
		assert_eq!(LiquidStaking::bond_balance_of(six, &ALICE), 999_000);
		let p = Pools::<Test>::get(six).unwrap();
		assert_eq!((p.total_pooled, p.total_shares), (1_000_000, 1_000_000));
	});
}

#[test]
fn min_unstake_is_at_least_the_coin_s_minimum() {
	new_test(|| {
		// A request below the coin's minimum could not be paid to an owner without an account.
		let below = PoolParams { min_unstake: WBNB_MIN - 1, ..default_params() };
		assert_noop!(
			LiquidStaking::set_pool_params(RuntimeOrigin::root(), POOL, below.clone()),
			Error::<Test>::InvalidMinimum
		);
		assert_noop!(
			create(WBNB, 301, metadata(DECIMALS, 1), below),
			Error::<Test>::InvalidMinimum
		);
		let at = PoolParams { min_unstake: WBNB_MIN, ..default_params() };
		assert_ok!(LiquidStaking::set_pool_params(RuntimeOrigin::root(), POOL, at));

		// The bound is the pool's own coin's minimum: 1,000 for a coin whose minimum is 1,000.
		let coin = 7;
		assert_ok!(<Assets as Create<_>>::create(coin, ADMIN, true, 1_000));
		let params =
			|min_stake, min_unstake| PoolParams { min_stake, min_unstake, ..default_params() };
		assert_noop!(
			create(coin, 302, metadata(DECIMALS, 1), params(1_000, 999)),
			Error::<Test>::InvalidMinimum
		);
		assert_noop!(
			create(coin, 302, metadata(DECIMALS, 1), params(999, 1_000)),
			Error::<Test>::InvalidMinimum
		);
		assert_ok!(create(coin, 302, metadata(DECIMALS, 1), params(1_000, 1_000)));
		assert_noop!(
			LiquidStaking::set_pool_params(RuntimeOrigin::root(), 1, params(1_000, 999)),
			Error::<Test>::InvalidMinimum
		);
	});
}

#[test]
fn a_claim_waits_for_an_account_that_can_take_it() {
	new_test(|| {
		assert_ok!(stake(ALICE, 1_000 * UNIT, TokenKind::Bond));
		// STRANGER holds no coin at all; ALICE gives them the least bond one may hold, and they
		// unstake all of it: a request worth exactly the minimum unstake.
		assert_ok!(transfer_bond(ALICE, STRANGER, WBNB_MIN));
		assert_eq!(wbnb(STRANGER), 0);
		assert_ok!(LiquidStaking::unstake(
			RuntimeOrigin::signed(STRANGER),
			POOL,
			WBNB_MIN,
			TokenKind::Bond
		));
		let at = (1 + PERIOD).div_ceil(BUCKET) * BUCKET;

		// A slash of a thousandth of the pool (within the 1 % bound: the pool stays open) makes
		// the request's 10 shares worth floor(10 · 0.999) = 9, below the coin's minimum.
		run_to_block(1 + REPORT_INTERVAL);
		assert_ok!(LiquidStaking::report_slash(RuntimeOrigin::signed(ORACLE), POOL, 1, UNIT));
		assert_eq!(pool().paused, crate::PauseFlags::default());
		let owed = LiquidStaking::unbonding_view(POOL, &STRANGER)[0].value;
		assert_eq!(owed, WBNB_MIN - 1);

		// Matured, it cannot be paid to an account that does not exist: refused, and the
		// request stays.
		run_to_block(at);
		let claim = || LiquidStaking::claim(RuntimeOrigin::signed(STRANGER), POOL, STRANGER);
		assert_noop!(claim(), Error::<Test>::PayoutBelowMinimum);
		let view = LiquidStaking::unbonding_view(POOL, &STRANGER);
		assert_eq!(view.len(), 1);
		assert!(view[0].matured);
		assert_eq!(view[0].value, owed);
		assert_eq!(Unbonding::<Test>::get(POOL, STRANGER).len(), 1);

		// Once STRANGER has an account of the coin, the claim pays exactly what is owed.
		assert_ok!(Assets::transfer(RuntimeOrigin::signed(BOB), WBNB, STRANGER, WBNB_MIN));
		assert_ok!(claim());
		assert_eq!(wbnb(STRANGER), WBNB_MIN + owed);
		assert_eq!(
			events().last(),
			Some(&Event::Claimed { pool: POOL, owner: STRANGER, amount: owed })
		);
		assert!(Unbonding::<Test>::get(POOL, STRANGER).is_empty());
	});
}
