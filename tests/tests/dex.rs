//! The DEX in the real runtime: the bond token trades beside the wrapped coins, and the
//! arbitrage that keeps its price: buy bond below fair value, unstake it, receive the fair value
//! after the unbonding period.

use frame_support::assert_ok;
use liquid_staking_integration_tests::{new_chain, signed, signed_all, Chain};
use liquid_staking_runtime::{
	dex::DexAsset,
	genesis_config_presets::{COIN, WBNB},
	Assets, LiquidStaking, Runtime, RuntimeCall, RuntimeEvent,
};
use pallet_liquid_staking::{Call as StakingCall, TokenKind, Unbonding};
use sp_keyring::Sr25519Keyring::{Charlie, Dave};

fn ok(results: Vec<sp_runtime::ApplyExtrinsicResult>) {
	for r in results {
		assert_ok!(r.expect("the transaction is valid"));
	}
}

fn dex(call: pallet_asset_conversion::Call<Runtime>) -> RuntimeCall {
	RuntimeCall::AssetConversion(call)
}

#[test]
fn buying_bond_below_fair_value_and_unstaking_it_pays_the_fair_value() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let (charlie, dave) = (Charlie.to_account_id(), Dave.to_account_id());
		let (wbnb, bond) = (DexAsset::Asset(WBNB), DexAsset::Bond(0));

		// The development chain starts with a WBNB/bond pool at fair value. Charlie stakes 1,000
		// BNB as bond and dumps 300 of it into the pool: bond is now cheap there.
		assert!(pallet_asset_conversion::Pools::<Runtime>::contains_key((wbnb, bond)));
		ok(Chain::block_with(signed_all(
			Charlie,
			vec![
				RuntimeCall::LiquidStaking(StakingCall::stake {
					pool: 0,
					amount: 1_000 * COIN,
					kind: TokenKind::Bond,
				}),
				dex(pallet_asset_conversion::Call::swap_exact_tokens_for_tokens {
					path: vec![Box::new(bond), Box::new(wbnb)],
					amount_in: 300 * COIN,
					amount_out_min: 200 * COIN,
					send_to: charlie.clone(),
					keep_alive: true,
				}),
			],
		)));
		LiquidStaking::do_try_state().unwrap();

		// Dave buys bond with 5 WBNB: he gets more than 5 bond.
		let wbnb_before = Assets::balance(WBNB, &dave);
		ok(Chain::block_with(vec![signed(
			Dave,
			dex(pallet_asset_conversion::Call::swap_exact_tokens_for_tokens {
				path: vec![Box::new(wbnb), Box::new(bond)],
				amount_in: 5 * COIN,
				amount_out_min: 5 * COIN,
				send_to: dave.clone(),
				keep_alive: true,
			}),
		)]));
		let bought = LiquidStaking::bond_balance_of(0, &dave);
		assert!(bought > 5 * COIN, "bought {bought}");
		assert_eq!(Assets::balance(WBNB, &dave), wbnb_before - 5 * COIN);
		LiquidStaking::do_try_state().unwrap();

		// He unstakes it all and, after the unbonding period, receives its fair value.
		ok(Chain::block_with(vec![signed(
			Dave,
			RuntimeCall::LiquidStaking(StakingCall::unstake {
				pool: 0,
				amount: bought,
				kind: TokenKind::Bond,
			}),
		)]));
		let bucket = Unbonding::<Runtime>::get(0, &dave)[0].bucket;
		let events = Chain::run_to(bucket);
		assert!(events.iter().any(|e| matches!(
			e,
			RuntimeEvent::LiquidStaking(pallet_liquid_staking::Event::BucketMatured { .. })
		)));
		ok(Chain::block_with(vec![signed(
			Dave,
			RuntimeCall::LiquidStaking(StakingCall::claim { pool: 0, owner: dave.clone() }),
		)]));
		let after = Assets::balance(WBNB, &dave);
		assert!(after + 1 >= wbnb_before - 5 * COIN + bought, "paid the fair value");
		assert!(after > wbnb_before, "the arbitrage paid: {} more", after - wbnb_before);
		LiquidStaking::do_try_state().unwrap();
	});
}
