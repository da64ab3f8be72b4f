//! Pool creation, parameters and pausing: governance only, every range checked.

use crate::{mock::*, Error, Event, PauseFlags, PoolParams, Pools};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungibles::{metadata::Inspect as _, Inspect},
};
use sp_runtime::{DispatchError, Perbill};

fn metadata(name: &[u8], symbol: &[u8], min_balance: Balance) -> crate::CertMetadataOf<Test> {
	crate::CertMetadata {
		name: name.to_vec().try_into().unwrap(),
		symbol: symbol.to_vec().try_into().unwrap(),
		decimals: 18,
		min_balance,
	}
}

fn create(
	origin: RuntimeOrigin,
	cert: u32,
	params: crate::PoolParamsOf<Test>,
) -> sp_runtime::DispatchResult {
	LiquidStaking::create_pool(origin, WBNB, cert, metadata(b"Cert", b"C", 1), None, params)
}

#[test]
fn genesis_pool_has_its_cert_asset_owned_by_the_pallet() {
	new_test(|| {
		let p = pool();
		assert_eq!(p.cert, CERT);
		assert_eq!(p.validator_chain, None);
		assert!(Assets::asset_exists(CERT));
		assert_eq!(Assets::symbol(CERT), b"lsBNBc".to_vec());
		assert_eq!(Assets::decimals(CERT), DECIMALS);
		assert_eq!(
			pallet_assets::Asset::<Test>::get(CERT).unwrap().owner,
			LiquidStaking::account_id()
		);
		assert_eq!(crate::NextPoolId::<Test>::get(), 1);
	});
}

#[test]
fn only_the_admin_origin_creates_pools() {
	new_test(|| {
		for origin in
			[RuntimeOrigin::signed(ALICE), RuntimeOrigin::signed(ORACLE), RuntimeOrigin::none()]
		{
			assert_noop!(create(origin, 101, default_params()), DispatchError::BadOrigin);
		}
		assert_ok!(create(RuntimeOrigin::root(), 101, default_params()));
		assert!(Pools::<Test>::contains_key(1));
		assert!(events().contains(&Event::PoolCreated { pool: 1, underlying: WBNB, cert: 101 }));
	});
}

#[test]
fn create_pool_refuses_taken_cert_ids_unknown_coins_and_bad_metadata() {
	new_test(|| {
		assert_noop!(
			create(RuntimeOrigin::root(), CERT, default_params()),
			Error::<Test>::CertAssetExists
		);
		assert_noop!(
			create(RuntimeOrigin::root(), WBNB, default_params()),
			Error::<Test>::CertAssetExists
		);
		assert_noop!(
			LiquidStaking::create_pool(
				RuntimeOrigin::root(),
				77,
				101,
				metadata(b"C", b"C", 1),
				None,
				default_params()
			),
			Error::<Test>::UnderlyingNotFound
		);
		assert_noop!(
			LiquidStaking::create_pool(
				RuntimeOrigin::root(),
				WBNB,
				101,
				metadata(b"", b"C", 1),
				None,
				default_params()
			),
			Error::<Test>::InvalidMetadata
		);
		assert_noop!(
			LiquidStaking::create_pool(
				RuntimeOrigin::root(),
				WBNB,
				101,
				metadata(b"C", b"C", 0),
				None,
				default_params()
			),
			Error::<Test>::InvalidCertMinBalance
		);
		// This runtime has no bridge: no pool can be staked on a remote chain.
		assert_noop!(
			LiquidStaking::create_pool(
				RuntimeOrigin::root(),
				WBNB,
				101,
				metadata(b"C", b"C", 1),
				Some(56),
				default_params()
			),
			Error::<Test>::ChainNotFound
		);
	});
}

#[test]
fn every_parameter_is_range_checked() {
	new_test(|| {
		let d = default_params;
		let cases: Vec<(crate::PoolParamsOf<Test>, Error<Test>)> = vec![
			(PoolParams { min_stake: 0, ..d() }, Error::InvalidMinimum),
			(PoolParams { min_stake: WBNB_MIN - 1, ..d() }, Error::InvalidMinimum),
			(PoolParams { min_unstake: 0, ..d() }, Error::InvalidMinimum),
			(PoolParams { unbonding_period: 0, ..d() }, Error::InvalidUnbondingPeriod),
			(
				PoolParams { unbonding_period: 28 * 24 * 600 + 1, ..d() },
				Error::InvalidUnbondingPeriod,
			),
			(PoolParams { bucket_interval: 0, ..d() }, Error::InvalidBucketInterval),
			(PoolParams { bucket_interval: PERIOD + 1, ..d() }, Error::InvalidBucketInterval),
			(
				PoolParams { commission: Perbill::from_parts(200_000_001), ..d() },
				Error::CommissionTooHigh,
			),
			(
				PoolParams { conversion_fee: Perbill::from_parts(10_000_001), ..d() },
				Error::ConversionFeeTooHigh,
			),
			(
				PoolParams { max_reward_per_report: Perbill::zero(), ..d() },
				Error::InvalidRewardBound,
			),
			(
				PoolParams { max_reward_per_report: Perbill::from_parts(10_000_001), ..d() },
				Error::InvalidRewardBound,
			),
			(PoolParams { max_slash_per_report: Perbill::zero(), ..d() }, Error::InvalidSlashBound),
			(PoolParams { min_report_interval: 0, ..d() }, Error::InvalidReportInterval),
			(PoolParams { stake_cap: Some(0), ..d() }, Error::InvalidStakeCap),
		];
		for (params, error) in cases {
			let error: DispatchError = error.into();
			assert_noop!(
				LiquidStaking::set_pool_params(RuntimeOrigin::root(), POOL, params.clone()),
				error
			);
			assert_noop!(create(RuntimeOrigin::root(), 101, params), error);
		}
		// At the bounds: accepted.
		let edge = PoolParams {
			min_stake: WBNB_MIN,
			unbonding_period: 28 * 24 * 600,
			bucket_interval: 28 * 24 * 600,
			commission: Perbill::from_percent(20),
			conversion_fee: Perbill::from_percent(1),
			max_reward_per_report: Perbill::from_percent(1),
			min_report_interval: 1,
			stake_cap: Some(1),
			..d()
		};
		assert_ok!(LiquidStaking::set_pool_params(RuntimeOrigin::root(), POOL, edge.clone()));
		assert_eq!(pool().params, edge);
		assert_noop!(
			LiquidStaking::set_pool_params(RuntimeOrigin::signed(ALICE), POOL, d()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			LiquidStaking::set_pool_params(RuntimeOrigin::root(), 7, d()),
			Error::<Test>::PoolNotFound
		);
	});
}

#[test]
fn pausing_is_governance_only_and_blocks_stake_and_unstake() {
	new_test(|| {
		assert_ok!(LiquidStaking::stake(
			RuntimeOrigin::signed(ALICE),
			POOL,
			1_000 * UNIT,
			crate::TokenKind::Bond
		));
		assert_noop!(
			LiquidStaking::set_paused(RuntimeOrigin::signed(ORACLE), POOL, PauseFlags::ALL),
			DispatchError::BadOrigin
		);
		assert_ok!(LiquidStaking::set_paused(RuntimeOrigin::root(), POOL, PauseFlags::ALL));
		assert_noop!(
			LiquidStaking::stake(RuntimeOrigin::signed(ALICE), POOL, UNIT, crate::TokenKind::Bond),
			Error::<Test>::StakingPaused
		);
		assert_noop!(
			LiquidStaking::unstake(
				RuntimeOrigin::signed(ALICE),
				POOL,
				UNIT,
				crate::TokenKind::Bond
			),
			Error::<Test>::UnstakingPaused
		);
		assert_ok!(LiquidStaking::set_paused(RuntimeOrigin::root(), POOL, PauseFlags::default()));
		assert_ok!(LiquidStaking::stake(
			RuntimeOrigin::signed(ALICE),
			POOL,
			UNIT,
			crate::TokenKind::Bond
		));
	});
}
