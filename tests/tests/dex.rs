//! The DEX in the real runtime: the bond token trades beside the wrapped coins, and the
//! arbitrage that keeps its price: buy bond below fair value, unstake it, receive the fair value
//! after the unbonding period. Creating a pool costs its setup fee, and a pool's first provider
//! cannot inflate the LP token's value against the next providers.

use frame_support::{assert_ok, traits::fungible::Inspect};
use liquid_staking_integration_tests::{fees_paid_by, new_chain, signed, signed_all, Chain};
use liquid_staking_runtime::{
	dex::{AssetConversionAccount, DexAsset, MintMinLiquidity, PoolSetupFee},
	genesis_config_presets::{CMATIC, COIN, WBNB, WMATIC},
	AccountId, AssetConversion, Assets, Balances, BalancesCall, LiquidStaking, PoolAssets, Runtime,
	RuntimeCall, RuntimeEvent, System, UNIT,
};
use pallet_liquid_staking::{Call as StakingCall, TokenKind, Unbonding};
use sp_keyring::Sr25519Keyring::{self, Charlie, Dave, Eve};

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

fn create_pool(a: DexAsset, b: DexAsset) -> RuntimeCall {
	dex(pallet_asset_conversion::Call::create_pool { asset1: Box::new(a), asset2: Box::new(b) })
}

fn add_liquidity(a: DexAsset, b: DexAsset, amount: u128, to: &AccountId) -> RuntimeCall {
	dex(pallet_asset_conversion::Call::add_liquidity {
		asset1: Box::new(a),
		asset2: Box::new(b),
		amount1_desired: amount,
		amount2_desired: amount,
		amount1_min: 1,
		amount2_min: 1,
		mint_to: to.clone(),
	})
}

fn remove_liquidity(a: DexAsset, b: DexAsset, lp: u128, to: &AccountId) -> RuntimeCall {
	dex(pallet_asset_conversion::Call::remove_liquidity {
		asset1: Box::new(a),
		asset2: Box::new(b),
		lp_token_burn: lp,
		amount1_min_receive: 1,
		amount2_min_receive: 1,
		withdraw_to: to.clone(),
	})
}

/// The pool account and the LP token of the pool created in the last block produced.
fn created_pool() -> (AccountId, u32) {
	System::events()
		.into_iter()
		.find_map(|r| match r.event {
			RuntimeEvent::AssetConversion(pallet_asset_conversion::Event::PoolCreated {
				pool_account,
				lp_token,
				..
			}) => Some((pool_account, lp_token)),
			_ => None,
		})
		.expect("a pool was created")
}

/// `who`'s WBNB and WMATIC.
fn wrapped_of(who: &AccountId) -> (u128, u128) {
	(Assets::balance(WBNB, who), Assets::balance(WMATIC, who))
}

fn dispatch_error(results: Vec<sp_runtime::ApplyExtrinsicResult>) -> sp_runtime::DispatchError {
	results[0].expect("the transaction is valid").expect_err("the call fails")
}

#[test]
fn creating_a_pool_charges_the_setup_fee() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let dave = Dave.to_account_id();
		let (wbnb, wmatic) = (DexAsset::Asset(WBNB), DexAsset::Asset(WMATIC));
		assert_eq!(PoolSetupFee::get(), 10 * UNIT);
		let target = AssetConversionAccount::get();
		// The genesis pools, four to trade and five to pay fees through, paid theirs.
		let genesis_pools = pallet_asset_conversion::Pools::<Runtime>::iter().count() as u128;
		assert_eq!(genesis_pools, 9);
		assert_eq!(Balances::free_balance(&target), genesis_pools * PoolSetupFee::get());
		let dave_total = <Balances as Inspect<AccountId>>::total_balance(&dave);

		ok(Chain::block_with(vec![signed(Dave, create_pool(wbnb, wmatic))]));
		let (pool_account, lp) = created_pool();
		let fee: u128 = fees_paid_by(&dave).iter().map(|(fee, _)| fee).sum();
		assert!(fee > 0);
		assert_eq!(Balances::free_balance(&target), (genesis_pools + 1) * PoolSetupFee::get());
		// Dave paid the setup fee and the transaction's; the deposits of the pool account's asset
		// accounts are only reserved.
		assert_eq!(
			<Balances as Inspect<AccountId>>::total_balance(&dave),
			dave_total - PoolSetupFee::get() - fee
		);
		assert!(Balances::reserved_balance(&dave) > 0);
		assert_eq!(PoolAssets::total_supply(lp), 0);
		assert_eq!(Assets::balance(WBNB, &pool_account), 0);

		// An account that cannot pay the fee cannot create a pool.
		let poor = Sr25519Keyring::One.to_account_id();
		ok(Chain::block_with(vec![signed(
			Dave,
			RuntimeCall::Balances(BalancesCall::transfer_keep_alive {
				dest: poor.into(),
				value: PoolSetupFee::get() / 2,
			}),
		)]));
		let cmatic = DexAsset::Asset(CMATIC);
		let results =
			Chain::block_with(vec![signed(Sr25519Keyring::One, create_pool(wbnb, cmatic))]);
		assert!(results[0].expect("the transaction is valid").is_err());
		assert!(!pallet_asset_conversion::Pools::<Runtime>::contains_key((wbnb, cmatic)));
		assert_eq!(Balances::free_balance(&target), (genesis_pools + 1) * PoolSetupFee::get());
	});
}

/// The first provider of a pool of two 18-decimal coins makes the smallest first deposit, then
/// donates 1,000 coins of each to the pool account to inflate the LP token's value. A smaller
/// deposit than the inflated price allows fails and keeps its coins instead of minting nothing;
/// a larger one loses less than one LP token's worth to rounding, less than a billionth of it,
/// while the attacker loses about half his donation to the locked LP tokens.
#[test]
fn a_first_provider_cannot_inflate_the_lp_token_against_the_next() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let (dave, eve) = (Dave.to_account_id(), Eve.to_account_id());
		let (wbnb, wmatic) = (DexAsset::Asset(WBNB), DexAsset::Asset(WMATIC));
		let min = MintMinLiquidity::get();
		assert_eq!(min, 1_000_000_000);
		let insufficient: sp_runtime::DispatchError =
			pallet_asset_conversion::Error::<Runtime>::InsufficientLiquidityMinted.into();
		let dave_start = wrapped_of(&dave);

		ok(Chain::block_with(vec![signed(Dave, create_pool(wbnb, wmatic))]));
		let (pool_account, lp) = created_pool();
		// A first deposit must mint more than `2 · MintMinLiquidity`: `MintMinLiquidity` of it
		// is locked in the pool account, the rest must be more than `MintMinLiquidity` too.
		let results =
			Chain::block_with(vec![signed(Dave, add_liquidity(wbnb, wmatic, 2 * min, &dave))]);
		assert_eq!(dispatch_error(results), insufficient);
		let first = 2 * min + 1;
		ok(Chain::block_with(vec![signed(Dave, add_liquidity(wbnb, wmatic, first, &dave))]));
		assert_eq!(PoolAssets::balance(lp, &dave), min + 1);
		assert_eq!(PoolAssets::balance(lp, &pool_account), min);
		assert_eq!(PoolAssets::total_supply(lp), first);

		// The donation.
		let donation = 1_000 * COIN;
		let transfer = |id| {
			RuntimeCall::Assets(pallet_assets::Call::transfer {
				id: codec::Compact(id),
				target: pool_account.clone().into(),
				amount: donation,
			})
		};
		ok(Chain::block_with(signed_all(Dave, vec![transfer(WBNB), transfer(WMATIC)])));
		let (reserve, other) = AssetConversion::get_reserves(wbnb, wmatic).expect("a pool");
		assert_eq!((reserve, other), (first + donation, first + donation));
		let supply = PoolAssets::total_supply(lp);
		// What one LP token is now worth, of each coin: about half a micro-coin.
		let unit = reserve / supply;
		assert!((COIN / 10_000_000..COIN / 1_000_000).contains(&unit), "{unit}");

		// Eve's deposit of 10 coins each would mint fewer than `MintMinLiquidity` tokens: it
		// fails, and she keeps her coins.
		let eve_start = wrapped_of(&eve);
		let results =
			Chain::block_with(vec![signed(Eve, add_liquidity(wbnb, wmatic, 10 * COIN, &eve))]);
		assert_eq!(dispatch_error(results), insufficient);
		assert_eq!(wrapped_of(&eve), eve_start);
		assert_eq!(PoolAssets::total_supply(lp), supply);

		// Her deposit of 1,000 coins each mints more than `MintMinLiquidity` tokens, rounded down.
		let deposit = 1_000 * COIN;
		ok(Chain::block_with(vec![signed(Eve, add_liquidity(wbnb, wmatic, deposit, &eve))]));
		let minted = PoolAssets::balance(lp, &eve);
		assert_eq!(minted, deposit * supply / reserve);
		assert!(minted > min);
		assert_eq!(wrapped_of(&eve), (eve_start.0 - deposit, eve_start.1 - deposit));
		// Withdrawn at once, it comes back but for less than one LP token's worth of each coin:
		// less than a `MintMinLiquidity`-th of the deposit.
		ok(Chain::block_with(vec![signed(Eve, remove_liquidity(wbnb, wmatic, minted, &eve))]));
		let eve_end = wrapped_of(&eve);
		let eve_lost = (eve_start.0 - eve_end.0, eve_start.1 - eve_end.1);
		assert!(eve_lost.0 <= unit && eve_lost.1 <= unit, "Eve lost {eve_lost:?}");
		assert!(eve_lost.0 < deposit / min && eve_lost.1 < deposit / min, "Eve lost {eve_lost:?}");

		// Dave withdraws his LP tokens: the locked ones keep about half of what he put in.
		ok(Chain::block_with(vec![signed(Dave, remove_liquidity(wbnb, wmatic, min + 1, &dave))]));
		let dave_end = wrapped_of(&dave);
		let dave_lost = (dave_start.0 - dave_end.0, dave_start.1 - dave_end.1);
		for (lost, by_eve) in [(dave_lost.0, eve_lost.0), (dave_lost.1, eve_lost.1)] {
			assert!((donation * 2 / 5..donation * 3 / 5).contains(&lost), "Dave lost {lost}");
			assert!(lost > 1_000_000 * by_eve, "Dave lost {lost}, Eve {by_eve}");
		}
		assert_eq!(PoolAssets::total_supply(lp), min);
	});
}

/// A swap into bond pays at least its minimum, at a rate that is not one: the bond the DEX pays
/// out is credited as shares rounded up, so the receiver's balance grows by at least what was
/// asked (rounded down, it would be a unit short).
#[test]
fn a_swap_never_pays_less_bond_than_its_minimum() {
	use liquid_staking_runtime::genesis_config_presets::BSC_CHAIN_ID;
	use pallet_liquid_staking_bridge::{BridgeMessage, Call as BridgeCall};
	use sp_keyring::Sr25519Keyring::{Alice, Bob};
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let dave = Dave.to_account_id();
		let (wbnb, bond) = (DexAsset::Asset(WBNB), DexAsset::Bond(0));

		// The relayers report a reward: one bond is worth a little more than one coin.
		let pool = pallet_liquid_staking::Pools::<Runtime>::get(0).unwrap();
		let reward = pool
			.params
			.max_reward_per_report
			.mul_floor(pool.total_pooled)
			.min(LiquidStaking::annual_reward_bound(&pool));
		let message =
			BridgeMessage::Rewards { pool: 0, epoch: pool.last_epoch + 1, amount: reward };
		let vote = |who| {
			signed(
				who,
				RuntimeCall::LiquidStakingBridge(BridgeCall::attest {
					chain: BSC_CHAIN_ID,
					message: message.clone(),
				}),
			)
		};
		ok(Chain::block_with(vec![vote(Alice), vote(Bob)]));
		let after = pallet_liquid_staking::Pools::<Runtime>::get(0).unwrap();
		assert_eq!(after.total_pooled, pool.total_pooled + reward);
		assert!(after.total_pooled > after.total_shares, "the rate is above one");

		// Exact output: odd amounts of bond, each paid in full.
		for amount_out in [7 * COIN + 1, 3 * COIN + 7, COIN - 1] {
			let before = LiquidStaking::bond_balance_of(0, &dave);
			ok(Chain::block_with(vec![signed(
				Dave,
				dex(pallet_asset_conversion::Call::swap_tokens_for_exact_tokens {
					path: vec![Box::new(wbnb), Box::new(bond)],
					amount_out,
					amount_in_max: 2 * amount_out,
					send_to: dave.clone(),
					keep_alive: true,
				}),
			)]));
			let got = LiquidStaking::bond_balance_of(0, &dave) - before;
			assert!(got >= amount_out, "asked {amount_out}, got {got}");
			assert!(got <= amount_out + 2, "at most the rounding of one share: {got}");
		}

		// Exact input with the quote as the minimum: at least the quote.
		let amount_in = 5 * COIN + 3;
		let quote =
			AssetConversion::quote_price_exact_tokens_for_tokens(wbnb, bond, amount_in, true)
				.expect("the pool quotes");
		let before = LiquidStaking::bond_balance_of(0, &dave);
		ok(Chain::block_with(vec![signed(
			Dave,
			dex(pallet_asset_conversion::Call::swap_exact_tokens_for_tokens {
				path: vec![Box::new(wbnb), Box::new(bond)],
				amount_in,
				amount_out_min: quote,
				send_to: dave.clone(),
				keep_alive: true,
			}),
		)]));
		assert!(LiquidStaking::bond_balance_of(0, &dave) - before >= quote);
		LiquidStaking::do_try_state().unwrap();
		pallet_liquid_staking_bridge::Pallet::<Runtime>::do_try_state().unwrap();
	});
}
