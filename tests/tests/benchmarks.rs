//! The runtime's benchmark helper for the fees paid in another coin
//! (`pallet_asset_conversion_tx_payment`'s benchmarks, run by the benchmark CLI): the coin, its
//! pool against the native token and the account it sets up are what a fee payment in that coin
//! needs.

#![cfg(feature = "runtime-benchmarks")]

use frame_support::assert_ok;
use liquid_staking_integration_tests::{asset_fees_paid_by, new_chain, signed_paying_in, Chain};
use liquid_staking_runtime::{
	dex::{DexAsset, DexBenchmarkHelper},
	AccountId, Assets, RuntimeCall, System,
};
use pallet_asset_conversion_tx_payment::BenchmarkHelperTrait;
use sp_keyring::Sr25519Keyring::Eve;

#[test]
fn the_fee_benchmarks_helper_makes_a_coin_that_pays_fees() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let (coin, parameter) = DexBenchmarkHelper::create_asset_id_parameter(1);
		assert_eq!(coin, parameter);
		let eve: AccountId = Eve.to_account_id();
		DexBenchmarkHelper::setup_balances_and_pool(coin, eve.clone());
		let DexAsset::Asset(id) = coin else { panic!("a pallet-assets coin") };
		let held = Assets::balance(id, &eve);
		assert!(held > 0);

		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![0; 8] });
		let xt = signed_paying_in(Eve, remark, System::account_nonce(&eve), Some(coin));
		assert_ok!(Chain::block_with(vec![xt]).remove(0).expect("the transaction is valid"));
		let [(paid_in, paid, _)] = asset_fees_paid_by(&eve)[..] else { panic!("one fee") };
		assert_eq!(paid_in, coin);
		assert!(paid > 0);
		assert_eq!(Assets::balance(id, &eve), held - paid);
	});
}
