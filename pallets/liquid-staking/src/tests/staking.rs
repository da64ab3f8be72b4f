//! Stake, convert and transfer: amounts at their edges, rounding against the user, value kept.

use crate::{mock::*, BondShares, Error, Event, PoolParams, TokenKind};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungibles::{Inspect, Mutate},
};
use sp_runtime::{DispatchError, Perbill, TokenError};

fn stake(who: AccountId, amount: Balance, kind: TokenKind) -> sp_runtime::DispatchResult {
	LiquidStaking::stake(RuntimeOrigin::signed(who), POOL, amount, kind)
		.map(|_| ())
		.map_err(|e| e.error)
}

#[test]
fn first_stake_gives_the_dead_shares_to_the_pool_account() {
	new_test(|| {
		assert_ok!(stake(ALICE, 100 * UNIT, TokenKind::Bond));
		let p = pool();
		assert_eq!((p.total_pooled, p.total_shares), (100 * UNIT, 100 * UNIT));
		assert_eq!(BondShares::<Test>::get(POOL, pool_account()), DEAD);
		assert_eq!(LiquidStaking::bond_balance_of(POOL, &ALICE), 100 * UNIT - DEAD);
		assert_eq!(wbnb(pool_account()), 100 * UNIT);
		assert_eq!(wbnb(ALICE), ENDOWED - 100 * UNIT);
		assert!(events().contains(&Event::Staked {
			pool: POOL,
			who: ALICE,
			amount: 100 * UNIT,
			shares: 100 * UNIT - DEAD,
			kind: TokenKind::Bond
		}));
	});
}

#[test]
fn stake_as_cert_mints_the_cert_token() {
	new_test(|| {
		assert_ok!(stake(ALICE, 100 * UNIT, TokenKind::Bond));
		assert_ok!(stake(BOB, 50 * UNIT, TokenKind::Cert));
		assert_eq!(cert(BOB), 50 * UNIT);
		assert_eq!(Assets::total_issuance(CERT), 50 * UNIT);
		assert_eq!(LiquidStaking::cert_value_of(POOL, &BOB), (50 * UNIT, 50 * UNIT));
	});
}

#[test]
fn stake_refuses_bad_amounts_and_changes_nothing() {
	new_test(|| {
		assert_noop!(stake(ALICE, 0, TokenKind::Bond), Error::<Test>::BelowMinimumStake);
		assert_noop!(stake(ALICE, WBNB_MIN - 1, TokenKind::Bond), Error::<Test>::BelowMinimumStake);
		// The first stake must buy more than the dead shares.
		assert_noop!(stake(ALICE, DEAD, TokenKind::Bond), Error::<Test>::AmountTooSmall);
		assert_noop!(
			stake(ALICE, u128::MAX, TokenKind::Cert),
			sp_runtime::ArithmeticError::Underflow
		);
		assert_noop!(stake(STRANGER, 100 * UNIT, TokenKind::Cert), TokenError::FundsUnavailable);
		// The whole balance would kill the account: it is kept alive.
		assert_noop!(stake(ALICE, ENDOWED, TokenKind::Bond), TokenError::NotExpendable);
		assert_noop!(
			LiquidStaking::stake(RuntimeOrigin::signed(ALICE), 9, UNIT, TokenKind::Bond),
			Error::<Test>::PoolNotFound
		);
		assert_noop!(
			LiquidStaking::stake(RuntimeOrigin::none(), POOL, UNIT, TokenKind::Bond),
			DispatchError::BadOrigin
		);
		// The minimum itself is taken.
		assert_ok!(stake(ALICE, DEAD + WBNB_MIN, TokenKind::Bond));
		assert_ok!(stake(BOB, WBNB_MIN, TokenKind::Cert));
	});
}

#[test]
fn stake_cap_is_enforced_to_the_unit() {
	new_test(|| {
		let params = PoolParams { stake_cap: Some(100 * UNIT), ..default_params() };
		assert_ok!(LiquidStaking::set_pool_params(RuntimeOrigin::root(), POOL, params));
		assert_ok!(stake(ALICE, 60 * UNIT, TokenKind::Bond));
		assert_noop!(stake(BOB, 40 * UNIT + 1, TokenKind::Bond), Error::<Test>::StakeCapExceeded);
		assert_ok!(stake(BOB, 40 * UNIT, TokenKind::Bond));
	});
}

#[test]
fn a_donation_to_the_pool_account_changes_nothing() {
	new_test(|| {
		assert_ok!(stake(ALICE, 100 * UNIT, TokenKind::Bond));
		assert_ok!(<Assets as Mutate<_>>::transfer(
			WBNB,
			&BOB,
			&pool_account(),
			500_000 * UNIT,
			frame_support::traits::tokens::Preservation::Preserve
		));
		let before = pool();
		assert_eq!(before.total_pooled, 100 * UNIT);
		assert_ok!(stake(CHARLIE, 100 * UNIT, TokenKind::Cert));
		assert_eq!(cert(CHARLIE), 100 * UNIT);
	});
}

#[test]
fn a_stake_that_rounds_to_zero_shares_is_refused() {
	new_test(|| {
		assert_ok!(stake(ALICE, 100 * UNIT, TokenKind::Bond));
		// Make one share worth far more than the minimum stake: rate 1e12.
		Pools::mutate_rate(1_000_000_000_000);
		assert_noop!(stake(BOB, WBNB_MIN, TokenKind::Cert), Error::<Test>::AmountTooSmall);
	});
}

/// Test-only lever: multiplies `P` and funds the pool account accordingly.
struct Pools;
impl Pools {
	fn mutate_rate(factor: u128) {
		let mut p = pool();
		let extra = p.total_pooled * (factor - 1);
		p.total_pooled *= factor;
		crate::Pools::<Test>::insert(POOL, p);
		// Far more than any account holds: minted.
		assert_ok!(<Assets as frame_support::traits::fungibles::Mutate<_>>::mint_into(
			WBNB,
			&pool_account(),
			extra
		));
	}
}

#[test]
fn bond_and_cert_convert_at_fair_value_and_round_trips_never_gain() {
	new_test(|| {
		assert_ok!(stake(ALICE, 100 * UNIT, TokenKind::Bond));
		assert_ok!(stake(BOB, 30 * UNIT, TokenKind::Bond));
		// Rate 1.5: rewards of half the pool (bypassing report bounds).
		let mut p = pool();
		fund_rewards(p.total_pooled / 2);
		p.total_pooled += p.total_pooled / 2;
		crate::Pools::<Test>::insert(POOL, p);

		let bond_before = LiquidStaking::bond_balance_of(POOL, &BOB);
		assert_eq!(bond_before, 45 * UNIT);
		assert_ok!(LiquidStaking::bond_to_cert(RuntimeOrigin::signed(BOB), POOL, 15 * UNIT));
		assert_eq!(cert(BOB), 10 * UNIT);
		assert_eq!(LiquidStaking::bond_balance_of(POOL, &BOB), 30 * UNIT);
		assert_ok!(LiquidStaking::cert_to_bond_all(RuntimeOrigin::signed(BOB), POOL));
		assert_eq!(cert(BOB), 0);
		assert!(LiquidStaking::bond_balance_of(POOL, &BOB) <= bond_before);
		assert_ok!(LiquidStaking::bond_to_cert_all(RuntimeOrigin::signed(BOB), POOL));
		assert_eq!(BondShares::<Test>::get(POOL, BOB), 0);
		assert_eq!(cert(BOB), 30 * UNIT);
		assert_ok!(LiquidStaking::cert_to_bond(RuntimeOrigin::signed(BOB), POOL, 10 * UNIT));
		assert_eq!(cert(BOB), 20 * UNIT);
	});
}

#[test]
fn conversions_refuse_bad_amounts() {
	new_test(|| {
		assert_ok!(stake(ALICE, 100 * UNIT, TokenKind::Bond));
		assert_noop!(
			LiquidStaking::bond_to_cert(RuntimeOrigin::signed(ALICE), POOL, 0),
			Error::<Test>::AmountTooSmall
		);
		assert_noop!(
			LiquidStaking::bond_to_cert(RuntimeOrigin::signed(ALICE), POOL, 100 * UNIT),
			Error::<Test>::InsufficientBond
		);
		assert_noop!(
			LiquidStaking::bond_to_cert(RuntimeOrigin::signed(BOB), POOL, 1),
			Error::<Test>::InsufficientBond
		);
		assert_noop!(
			LiquidStaking::bond_to_cert_all(RuntimeOrigin::signed(BOB), POOL),
			Error::<Test>::InsufficientBond
		);
		assert_noop!(
			LiquidStaking::cert_to_bond(RuntimeOrigin::signed(ALICE), POOL, 1),
			Error::<Test>::InsufficientCert
		);
		assert_noop!(
			LiquidStaking::cert_to_bond(RuntimeOrigin::signed(ALICE), POOL, 0),
			Error::<Test>::AmountTooSmall
		);
		assert_noop!(
			LiquidStaking::cert_to_bond_all(RuntimeOrigin::signed(ALICE), POOL),
			Error::<Test>::InsufficientCert
		);
		assert_noop!(
			LiquidStaking::cert_to_bond(RuntimeOrigin::signed(ALICE), POOL, u128::MAX),
			Error::<Test>::InsufficientCert
		);
	});
}

#[test]
fn the_conversion_fee_goes_to_the_commission_account_as_cert() {
	new_test(|| {
		let params = PoolParams { conversion_fee: Perbill::from_percent(1), ..default_params() };
		assert_ok!(LiquidStaking::set_pool_params(RuntimeOrigin::root(), POOL, params));
		assert_ok!(stake(ALICE, 100 * UNIT, TokenKind::Cert));
		assert_ok!(LiquidStaking::cert_to_bond(RuntimeOrigin::signed(ALICE), POOL, 50 * UNIT));
		assert_eq!(cert(TREASURY), UNIT / 2);
		assert_eq!(BondShares::<Test>::get(POOL, ALICE), 50 * UNIT - UNIT / 2);
	});
}

#[test]
fn transfer_bond_moves_shares_rounding_against_the_sender() {
	new_test(|| {
		assert_ok!(stake(ALICE, 100 * UNIT, TokenKind::Bond));
		// Rate 3/2 makes amounts round.
		let mut p = pool();
		fund_rewards(p.total_pooled / 2);
		p.total_pooled += p.total_pooled / 2;
		crate::Pools::<Test>::insert(POOL, p);
		let before = BondShares::<Test>::get(POOL, ALICE);
		assert_ok!(LiquidStaking::transfer_bond(RuntimeOrigin::signed(ALICE), POOL, BOB, 10));
		// 10 bond at rate 1.5 costs ceil(6.67) = 7 shares; BOB sees floor(7 · 1.5) = 10.
		assert_eq!(before - BondShares::<Test>::get(POOL, ALICE), 7);
		assert_eq!(LiquidStaking::bond_balance_of(POOL, &BOB), 10);
		assert_noop!(
			LiquidStaking::transfer_bond(RuntimeOrigin::signed(ALICE), POOL, ALICE, 10),
			Error::<Test>::SameAccount
		);
		assert_noop!(
			LiquidStaking::transfer_bond(RuntimeOrigin::signed(ALICE), POOL, BOB, 0),
			Error::<Test>::AmountTooSmall
		);
		assert_noop!(
			LiquidStaking::transfer_bond(RuntimeOrigin::signed(CHARLIE), POOL, BOB, 1),
			Error::<Test>::InsufficientBond
		);
		assert_noop!(
			LiquidStaking::transfer_bond(RuntimeOrigin::signed(ALICE), POOL, BOB, u128::MAX),
			Error::<Test>::InsufficientBond
		);
	});
}

#[test]
fn the_bond_token_is_a_fungible_that_cannot_be_minted() {
	new_test(|| {
		assert_ok!(stake(ALICE, 100 * UNIT, TokenKind::Bond));
		assert_eq!(<LiquidStaking as Inspect<_>>::balance(POOL, &ALICE), 100 * UNIT - DEAD);
		assert_eq!(<LiquidStaking as Inspect<_>>::total_issuance(POOL), 100 * UNIT);
		assert_ok!(<LiquidStaking as Mutate<_>>::transfer(
			POOL,
			&ALICE,
			&BOB,
			UNIT,
			frame_support::traits::tokens::Preservation::Expendable
		));
		assert_eq!(<LiquidStaking as Inspect<_>>::balance(POOL, &BOB), UNIT);
		assert_noop!(
			<LiquidStaking as Mutate<_>>::mint_into(POOL, &BOB, UNIT),
			TokenError::Unsupported
		);
		assert_noop!(
			<LiquidStaking as Mutate<_>>::burn_from(
				POOL,
				&BOB,
				UNIT,
				frame_support::traits::tokens::Preservation::Expendable,
				frame_support::traits::tokens::Precision::Exact,
				frame_support::traits::tokens::Fortitude::Polite
			),
			TokenError::Unsupported
		);
		assert!(!<LiquidStaking as Inspect<_>>::asset_exists(5));
	});
}

#[test]
fn balanced_bond_moves_by_pairs_and_never_creates_value() {
	use frame_support::traits::{
		fungibles::Balanced,
		tokens::{Fortitude, Precision, Preservation},
	};
	new_test(|| {
		assert_ok!(stake(ALICE, 100 * UNIT, TokenKind::Bond));
		// A rate of 3, so that rounding shows.
		Pools::mutate_rate(3);
		let p0 = pool();
		// Nothing can be deposited that was not withdrawn.
		assert_noop!(
			<LiquidStaking as Balanced<_>>::deposit(POOL, &BOB, UNIT, Precision::Exact),
			TokenError::FundsUnavailable
		);
		// A withdrawal from Alice resolved to Bob: Bob gets at most what Alice lost.
		let alice0 = LiquidStaking::bond_balance_of(POOL, &ALICE);
		let credit = <LiquidStaking as Balanced<_>>::withdraw(
			POOL,
			&ALICE,
			7 * UNIT + 1,
			Precision::Exact,
			Preservation::Expendable,
			Fortitude::Polite,
		)
		.unwrap();
		assert!(<LiquidStaking as Balanced<_>>::resolve(&BOB, credit).is_ok());
		let lost = alice0 - LiquidStaking::bond_balance_of(POOL, &ALICE);
		let got = LiquidStaking::bond_balance_of(POOL, &BOB);
		// An exact deposit: Bob gets at least what was asked, and not more than Alice lost.
		assert!(lost > 7 * UNIT && got > 7 * UNIT && got <= lost, "{lost} {got}");
		// The pool's books are unchanged: shares only moved.
		let p1 = pool();
		assert_eq!(
			(p1.total_pooled, p1.total_shares, p1.bond_shares),
			(p0.total_pooled, p0.total_shares, p0.bond_shares)
		);
		// The rounding leftover waits in transit; it cannot be deposited beyond what it holds.
		let transit = LiquidStaking::transit_account(POOL);
		let left = crate::BondShares::<Test>::get(POOL, transit);
		assert!(left <= 1, "{left} shares left in transit");
		assert_noop!(
			<LiquidStaking as Balanced<_>>::deposit(POOL, &BOB, UNIT, Precision::Exact),
			TokenError::FundsUnavailable
		);
		// More than one holds is refused.
		assert_noop!(
			<LiquidStaking as Balanced<_>>::withdraw(
				POOL,
				&BOB,
				got + 1,
				Precision::Exact,
				Preservation::Expendable,
				Fortitude::Polite,
			),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn a_stake_is_charged_as_an_asset_stake_and_refunded_in_a_native_coin_pool() {
	use crate::weights::WeightInfo;
	use frame_support::{
		dispatch::{GetDispatchInfo, Pays},
		traits::fungibles::Create,
	};
	new_test(|| {
		let native = MockNativeCoin::get();
		assert_ok!(<Assets as Create<_>>::create(native, ADMIN, true, WBNB_MIN));
		assert_ok!(<Assets as Mutate<_>>::mint_into(native, &ALICE, 1_000 * UNIT));
		assert_ok!(LiquidStaking::create_pool(
			RuntimeOrigin::root(),
			native,
			303,
			crate::CertMetadata {
				name: b"Native cert".to_vec().try_into().unwrap(),
				symbol: b"cNAT".to_vec().try_into().unwrap(),
				decimals: 18,
				min_balance: 1,
			},
			None,
			default_params()
		));
		let native_pool = POOL + 1;
		for (kind, asset_weight, native_weight) in [
			(
				TokenKind::Bond,
				<() as WeightInfo>::stake_bond(),
				<() as WeightInfo>::stake_bond_native(),
			),
			(
				TokenKind::Cert,
				<() as WeightInfo>::stake_cert(),
				<() as WeightInfo>::stake_cert_native(),
			),
		] {
			let call = crate::Call::<Test>::stake { pool: native_pool, amount: 10 * UNIT, kind };
			let charged = call.get_dispatch_info().call_weight;
			assert_eq!(charged, asset_weight.max(native_weight));
			let native_post =
				LiquidStaking::stake(RuntimeOrigin::signed(ALICE), native_pool, 10 * UNIT, kind)
					.unwrap();
			assert_eq!(native_post.actual_weight, Some(native_weight));
			assert_eq!(native_post.pays_fee, Pays::Yes);
			let asset_post =
				LiquidStaking::stake(RuntimeOrigin::signed(ALICE), POOL, 10 * UNIT, kind).unwrap();
			assert_eq!(asset_post.actual_weight, Some(charged));
		}
	});
}
