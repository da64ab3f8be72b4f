//! Previews run the call itself and roll it back: they give exactly what the call gives, refuse
//! exactly what it refuses, and change nothing.

use crate::{mock::*, ConversionPreview, Error, Event, PauseFlags, PoolParams, TokenKind};
use frame_support::assert_ok;
use sp_runtime::{DispatchError, Perbill, StateVersion, TokenError};

/// Runs `f` and checks that it changed no storage.
fn unchanged<R>(f: impl FnOnce() -> R) -> R {
	let root = sp_io::storage::root(StateVersion::V1);
	let r = f();
	assert_eq!(root, sp_io::storage::root(StateVersion::V1), "a preview changed storage");
	r
}

fn preview_stake(
	who: AccountId,
	amount: Balance,
	kind: TokenKind,
) -> Result<Balance, DispatchError> {
	unchanged(|| LiquidStaking::preview_stake(POOL, who, amount, kind))
}

fn preview_unstake(
	who: AccountId,
	amount: Balance,
	kind: TokenKind,
) -> Result<(Balance, BlockNumber), DispatchError> {
	unchanged(|| LiquidStaking::preview_unstake(POOL, who, amount, kind))
}

fn preview_convert(
	who: AccountId,
	amount: Option<Balance>,
	from: TokenKind,
) -> Result<ConversionPreview<Balance>, DispatchError> {
	unchanged(|| LiquidStaking::preview_convert(POOL, who, amount, from))
}

/// A pool at a rate of 1.5 with a 1 % conversion fee, where Alice holds bond and Bob cert.
fn pool_at_one_and_a_half() {
	let params = PoolParams { conversion_fee: Perbill::from_percent(1), ..default_params() };
	assert_ok!(LiquidStaking::set_pool_params(RuntimeOrigin::root(), POOL, params));
	assert_ok!(LiquidStaking::stake(
		RuntimeOrigin::signed(ALICE),
		POOL,
		100 * UNIT,
		TokenKind::Bond
	));
	assert_ok!(LiquidStaking::stake(RuntimeOrigin::signed(BOB), POOL, 33 * UNIT, TokenKind::Cert));
	let mut p = pool();
	fund_rewards(p.total_pooled / 2);
	p.total_pooled += p.total_pooled / 2;
	crate::Pools::<Test>::insert(POOL, p);
}

#[test]
fn a_stake_preview_is_the_stake() {
	new_test(|| {
		pool_at_one_and_a_half();
		for (who, amount, kind) in
			[(CHARLIE, 7 * UNIT + 3, TokenKind::Cert), (CHARLIE, 11 * UNIT + 1, TokenKind::Bond)]
		{
			let previewed = preview_stake(who, amount, kind).unwrap();
			let (bond, cert) = (LiquidStaking::bond_balance_of(POOL, &who), cert(who));
			assert_ok!(LiquidStaking::stake(RuntimeOrigin::signed(who), POOL, amount, kind));
			let got = match kind {
				TokenKind::Bond => LiquidStaking::bond_balance_of(POOL, &who) - bond,
				TokenKind::Cert => crate::mock::cert(who) - cert,
			};
			assert_eq!(previewed, got);
		}
	});
}

#[test]
fn a_stake_preview_refuses_what_the_stake_refuses() {
	new_test(|| {
		pool_at_one_and_a_half();
		// More than the account holds, below the minimum, a pool that does not exist.
		for (who, amount) in [(CHARLIE, ENDOWED * 2), (CHARLIE, WBNB_MIN - 1), (STRANGER, UNIT)] {
			let previewed = preview_stake(who, amount, TokenKind::Bond);
			let called =
				LiquidStaking::stake(RuntimeOrigin::signed(who), POOL, amount, TokenKind::Bond);
			assert!(previewed.is_err());
			assert_eq!(previewed.map(|_| ()), called.map(|_| ()).map_err(|e| e.error));
		}
		assert_eq!(
			preview_stake(CHARLIE, ENDOWED * 2, TokenKind::Bond),
			Err(TokenError::FundsUnavailable.into())
		);
		assert_ok!(LiquidStaking::set_paused(
			RuntimeOrigin::root(),
			POOL,
			PauseFlags { staking: true, unstaking: false }
		));
		assert_eq!(
			preview_stake(CHARLIE, UNIT, TokenKind::Cert),
			Err(Error::<Test>::StakingPaused.into())
		);
	});
}

#[test]
fn an_unstake_preview_is_the_unstake_and_refuses_what_it_refuses() {
	new_test(|| {
		pool_at_one_and_a_half();
		let (value, release) = preview_unstake(BOB, 10 * UNIT, TokenKind::Cert).unwrap();
		assert_ok!(LiquidStaking::unstake(
			RuntimeOrigin::signed(BOB),
			POOL,
			10 * UNIT,
			TokenKind::Cert
		));
		assert!(events().iter().any(|e| matches!(
			e,
			Event::Unstaked { who: BOB, amount, release_at, .. }
				if *amount == value && *release_at == release
		)));
		// Charlie holds nothing; Alice asks for more bond than she holds, or less than the
		// minimum unstake is worth.
		assert_eq!(
			preview_unstake(CHARLIE, UNIT, TokenKind::Bond),
			Err(Error::<Test>::InsufficientBond.into())
		);
		assert_eq!(
			preview_unstake(ALICE, 1_000 * UNIT, TokenKind::Bond),
			Err(Error::<Test>::InsufficientBond.into())
		);
		assert_eq!(
			preview_unstake(ALICE, WBNB_MIN - 1, TokenKind::Bond),
			Err(Error::<Test>::BelowMinimumUnstake.into())
		);
		assert!(preview_unstake(CHARLIE, UNIT, TokenKind::Cert).is_err());
	});
}

#[test]
fn a_conversion_preview_is_the_conversion_and_refuses_what_it_refuses() {
	new_test(|| {
		pool_at_one_and_a_half();
		let preview = preview_convert(ALICE, Some(15 * UNIT + 7), TokenKind::Bond).unwrap();
		let before = cert(ALICE);
		assert_ok!(LiquidStaking::bond_to_cert(RuntimeOrigin::signed(ALICE), POOL, 15 * UNIT + 7));
		assert_eq!(preview.received, cert(ALICE) - before);
		assert!(events()
			.iter()
			.any(|e| matches!(e, Event::Converted { who: ALICE, fee, .. } if *fee == preview.fee)));
		assert!(preview.fee > 0);

		let preview = preview_convert(BOB, None, TokenKind::Cert).unwrap();
		let before = LiquidStaking::bond_balance_of(POOL, &BOB);
		assert_ok!(LiquidStaking::cert_to_bond_all(RuntimeOrigin::signed(BOB), POOL));
		assert_eq!(preview.received, LiquidStaking::bond_balance_of(POOL, &BOB) - before);

		assert_eq!(
			preview_convert(CHARLIE, None, TokenKind::Bond),
			Err(Error::<Test>::InsufficientBond.into())
		);
		assert_eq!(
			preview_convert(CHARLIE, None, TokenKind::Cert),
			Err(Error::<Test>::InsufficientCert.into())
		);
		assert_eq!(
			preview_convert(ALICE, Some(1), TokenKind::Bond),
			Err(Error::<Test>::AmountTooSmall.into())
		);
	});
}
