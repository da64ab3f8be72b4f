//! The liquid-staking pallet in the real runtime: the genesis pools, and a stake → reward →
//! unstake → scheduler-matured release → claim flow through signed extrinsics in produced blocks,
//! and the relay-chain clock of the unbonding with parachain blocks irregularly spaced.

use frame_support::{
	assert_ok,
	traits::{fungible::NativeOrWithId, fungibles::metadata::Inspect as MetadataInspect},
};
use liquid_staking_integration_tests::{new_chain, signed, signed_all, Chain};
use liquid_staking_runtime::{
	genesis_config_presets::{
		pool_params, BSC_CHAIN_ID, CBNB, CMATIC, COIN, DEX_LIQUIDITY, ETHEREUM_CHAIN_ID, WBNB,
		WMATIC, WRAPPED_ENDOWMENT,
	},
	Assets, LiquidStaking, Runtime, RuntimeCall, RuntimeEvent, System,
};
use pallet_liquid_staking::{Buckets, Call as StakingCall, Pools, TokenKind, Unbonding};
use pallet_liquid_staking_bridge::{BridgeMessage, Call as BridgeCall};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve};

fn staking(call: StakingCall<Runtime>) -> RuntimeCall {
	RuntimeCall::LiquidStaking(call)
}

fn try_state() {
	LiquidStaking::do_try_state().expect("the pallet's invariants hold");
}

#[test]
fn the_dev_chain_starts_with_a_bnb_and_a_matic_pool() {
	new_chain("development").execute_with(|| {
		for (pool, underlying, cert, chain, symbol) in [
			(0, WBNB, CBNB, BSC_CHAIN_ID, &b"cBNB"[..]),
			(1, WMATIC, CMATIC, ETHEREUM_CHAIN_ID, &b"cMATIC"[..]),
		] {
			let info = Pools::<Runtime>::get(pool).expect("the genesis pool exists");
			assert_eq!(info.underlying, NativeOrWithId::WithId(underlying));
			assert_eq!(info.cert, cert);
			assert_eq!(info.validator_chain, Some(chain));
			assert_eq!(info.params, pool_params());
			// The DEX's genesis provider staked first: the pool holds its stakes.
			let seeded = if pool == 0 { 4 * DEX_LIQUIDITY } else { 3 * DEX_LIQUIDITY };
			assert_eq!(info.total_pooled, seeded);
			assert_eq!(<Assets as MetadataInspect<_>>::symbol(cert), symbol.to_vec());
			assert_eq!(<Assets as MetadataInspect<_>>::decimals(cert), 18);
			assert_eq!(
				Assets::balance(underlying, Alice.to_account_id()),
				WRAPPED_ENDOWMENT,
				"the dev accounts hold the wrapped coin"
			);
		}
		try_state();
	});
}

#[test]
fn stake_reward_unstake_and_claim_through_blocks() {
	new_chain("development").execute_with(|| {
		let (alice, bob) = (Alice.to_account_id(), Bob.to_account_id());
		Chain::advance(1);

		// Alice stakes 100 BNB as cert, Bob 50 BNB as bond, in one block.
		let results = Chain::block_with(vec![
			signed(
				Alice,
				staking(StakingCall::stake { pool: 0, amount: 100 * COIN, kind: TokenKind::Cert }),
			),
			signed(
				Bob,
				staking(StakingCall::stake { pool: 0, amount: 50 * COIN, kind: TokenKind::Bond }),
			),
		]);
		for r in results {
			assert_ok!(r.expect("the transaction is valid"));
		}
		let alice_cert = Assets::balance(CBNB, &alice);
		// Nothing has been rewarded yet: one cert per staked coin.
		assert_eq!(alice_cert, 100 * COIN);
		assert_eq!(LiquidStaking::bond_balance_of(0, &bob), 50 * COIN);
		assert_eq!(Assets::balance(WBNB, &alice), WRAPPED_ENDOWMENT - 100 * COIN);
		try_state();

		// Two of the three relayers attest a reward of 0.05 % on BSC: the wrapped BNB is minted
		// into the pool, Bob's bond balance grows without a transfer, and Alice's cert is worth
		// more.
		let reward = 150 * COIN / 2_000;
		let message = BridgeMessage::Rewards { pool: 0, epoch: 1, amount: reward };
		let attest = |who| {
			signed(
				who,
				RuntimeCall::LiquidStakingBridge(BridgeCall::attest {
					chain: BSC_CHAIN_ID,
					message: message.clone(),
				}),
			)
		};
		let held = Assets::balance(WBNB, LiquidStaking::pool_account(0));
		for r in Chain::block_with(vec![attest(Alice), attest(Bob)]) {
			assert_ok!(r.expect("the transaction is valid"));
		}
		assert_eq!(Assets::balance(WBNB, LiquidStaking::pool_account(0)), held + reward);
		assert_eq!(Pools::<Runtime>::get(0).unwrap().last_epoch, 1);
		let bob_bond = LiquidStaking::bond_balance_of(0, &bob);
		assert!(bob_bond > 50 * COIN);
		let (_, alice_value) = LiquidStaking::cert_value_of(0, &alice);
		assert!(alice_value > alice_cert);
		try_state();

		// Alice unstakes all her cert; the request's bucket is at least 7 days of relay blocks
		// away (the block holding the unstake is built on the next relay block).
		let unstake_relay = Chain::relay_now() + 1;
		let results = Chain::block_with(vec![signed(
			Alice,
			staking(StakingCall::unstake { pool: 0, amount: alice_cert, kind: TokenKind::Cert }),
		)]);
		assert_ok!(results[0].expect("the transaction is valid"));
		assert_eq!(Assets::balance(CBNB, &alice), 0);
		let request = Unbonding::<Runtime>::get(0, &alice)[0];
		let period = pool_params().unbonding_period;
		assert_eq!(period, 7 * liquid_staking_runtime::DAYS);
		assert!(request.bucket >= unstake_relay + period);
		assert!(request.bucket < unstake_relay + period + pool_params().bucket_interval);

		// Jump to the relay block before the release: in a block built on it, the bucket has not
		// matured and nothing can be claimed.
		Chain::skip_to(request.bucket - 1);
		let early = signed(Charlie, staking(StakingCall::claim { pool: 0, owner: alice.clone() }));
		let results = Chain::block_with(vec![early]);
		assert_eq!(Chain::relay_now(), request.bucket - 1);
		assert!(results[0].expect("the transaction is valid").is_err());
		assert_eq!(Buckets::<Runtime>::get(0, request.bucket).unwrap().matured, None);

		// The block built on the release's relay block: the scheduler, which ran in its
		// `on_initialize` before the relay parent was known, has not matured the bucket yet.
		Chain::advance(1);
		assert_eq!(Chain::relay_now(), request.bucket);
		assert_eq!(Buckets::<Runtime>::get(0, request.bucket).unwrap().matured, None);
		// The next block's scheduler sees the release's relay block and matures it.
		Chain::advance(1);
		let matured = Buckets::<Runtime>::get(0, request.bucket).unwrap().matured;
		assert!(matured.is_some(), "the scheduler's task matured the bucket");
		assert!(System::events().iter().any(|e| matches!(
			e.event,
			RuntimeEvent::LiquidStaking(pallet_liquid_staking::Event::BucketMatured { .. })
		)));

		// Charlie claims for Alice; the coins go to Alice, with her share of the reward.
		let before = Assets::balance(WBNB, &alice);
		let results = Chain::block_with(vec![signed(
			Charlie,
			staking(StakingCall::claim { pool: 0, owner: alice.clone() }),
		)]);
		assert_ok!(results[0].expect("the transaction is valid"));
		let paid = Assets::balance(WBNB, &alice) - before;
		assert!(paid > alice_cert, "Alice earned until the release");
		assert!(Unbonding::<Runtime>::get(0, &alice).is_empty());
		try_state();
	});
}

/// The pallets count relay-chain blocks. With parachain blocks 1 to 7 relay blocks apart (as
/// when the relay chain includes them irregularly), an unbonding bucket is due at its relay
/// block, not at a parachain block: a claim is refused in every block built on an earlier relay
/// block; the scheduler, which runs in `on_initialize` and so sees the previous block's relay
/// parent, matures the bucket in the first block after one built on its relay block or later,
/// and never before; the claim then pays.
#[test]
fn a_bucket_matures_at_its_relay_block_whatever_the_spacing_of_parachain_blocks() {
	new_chain("development").execute_with(|| {
		let (dave, eve) = (Dave.to_account_id(), Eve.to_account_id());
		Chain::advance(1);
		let stake = |amount| staking(StakingCall::stake { pool: 0, amount, kind: TokenKind::Bond });
		let unstake =
			|amount| staking(StakingCall::unstake { pool: 0, amount, kind: TokenKind::Bond });
		for r in
			Chain::block_with(vec![signed(Dave, stake(10 * COIN)), signed(Eve, stake(10 * COIN))])
		{
			assert_ok!(r.expect("the transaction is valid"));
		}
		let unstake_relay = Chain::relay_now() + 1;
		for r in
			Chain::block_with(vec![signed(Dave, unstake(5 * COIN)), signed(Eve, unstake(5 * COIN))])
		{
			assert_ok!(r.expect("the transaction is valid"));
		}
		let bucket = Unbonding::<Runtime>::get(0, &dave)[0].bucket;
		assert_eq!(Unbonding::<Runtime>::get(0, &eve)[0].bucket, bucket);
		assert!(bucket >= unstake_relay + 7 * liquid_staking_runtime::DAYS);
		let (para_before, relay_before) = (System::block_number(), Chain::relay_now());

		// A day of the relay chain passes with one parachain block (a stalled parachain), then
		// blocks come 1 to 7 relay blocks apart across the bucket's relay block.
		Chain::skip_to(bucket - 20);
		Chain::advance(1);
		let steps = [3, 1, 7, 2, 5, 1, 4, 6, 2, 3];
		let mut matured_in = None;
		let mut claimed = false;
		for (i, step) in steps.iter().cycle().enumerate().take(40) {
			let seen = Chain::relay_now(); // what this block's scheduler sees
			let relay = seen + step;
			// Eve tries to claim in every block built before the bucket's relay block.
			let early = relay < bucket;
			let xts = if early {
				vec![signed(Eve, staking(StakingCall::claim { pool: 0, owner: eve.clone() }))]
			} else {
				Vec::new()
			};
			let results = Chain::block_at(relay, xts);
			if early {
				assert_eq!(
					results[0],
					Ok(Err(pallet_liquid_staking::Error::<Runtime>::NothingToClaim.into())),
					"a claim on relay block {relay}, before {bucket}"
				);
			}
			let matured = Buckets::<Runtime>::get(0, bucket).unwrap().matured.is_some();
			assert_eq!(matured, seen >= bucket, "block {i}: scheduler saw {seen}, bucket {bucket}");
			if matured && matured_in.is_none() {
				matured_in = Some(seen);
				assert!(System::events().iter().any(|e| matches!(
					e.event,
					RuntimeEvent::LiquidStaking(pallet_liquid_staking::Event::BucketMatured {
						bucket: b, ..
					}) if b == bucket
				)));
				// Dave claims in the next block: paid.
				let before = Assets::balance(WBNB, &dave);
				let results = Chain::block_with(vec![signed(
					Charlie,
					staking(StakingCall::claim { pool: 0, owner: dave.clone() }),
				)]);
				assert_ok!(results[0].expect("the transaction is valid"));
				assert_eq!(Assets::balance(WBNB, &dave), before + 5 * COIN);
				claimed = true;
				break;
			}
		}
		assert!(claimed, "the bucket matured within the blocks produced");
		// It matured in the first block whose scheduler saw a relay block at or after it.
		assert!(matured_in.unwrap() >= bucket && matured_in.unwrap() < bucket + 7);
		// Far fewer parachain blocks than relay blocks passed: the period is counted in relay
		// blocks.
		let para_blocks = System::block_number() - para_before;
		let relay_blocks = Chain::relay_now() - relay_before;
		assert!(relay_blocks > 7 * liquid_staking_runtime::DAYS);
		assert!(para_blocks < 20, "{para_blocks} parachain blocks");
		try_state();
	});
}

/// A pool of the chain's own coin: governance creates it, a stake moves the native coin into
/// the pool account, and costs its staker less than a stake of a wrapped coin (the weight is
/// refunded to the native stake's). The stakes of a block are planned when it ends.
#[test]
fn a_pool_of_the_native_coin_stakes_at_the_native_weight() {
	use frame_support::traits::fungible::Inspect;
	use liquid_staking_runtime::{Balances, RuntimeOrigin, UNIT};
	new_chain("development").execute_with(|| {
		let alice = Alice.to_account_id();
		Chain::advance(1);
		let params = pallet_liquid_staking::PoolParams {
			min_stake: UNIT,
			min_unstake: UNIT,
			..pool_params()
		};
		assert_ok!(LiquidStaking::create_pool(
			RuntimeOrigin::root(),
			NativeOrWithId::Native,
			103,
			pallet_liquid_staking::CertMetadata {
				name: b"Staked native certificate".to_vec().try_into().unwrap(),
				symbol: b"cNAT".to_vec().try_into().unwrap(),
				decimals: 12,
				min_balance: 1,
			},
			None,
			params
		));
		let native_pool = 2;
		// A first stake, so that both pools are in the same state: past their first stake.
		let first = Chain::block_with(vec![signed(
			Bob,
			staking(StakingCall::stake {
				pool: native_pool,
				amount: 10 * UNIT,
				kind: TokenKind::Bond,
			}),
		)]);
		assert_ok!(first[0].expect("the transaction is valid"));

		let before = Balances::balance(&alice);
		let results = Chain::block_with(signed_all(
			Alice,
			vec![
				staking(StakingCall::stake {
					pool: native_pool,
					amount: 100 * UNIT,
					kind: TokenKind::Bond,
				}),
				staking(StakingCall::stake { pool: 0, amount: 100 * COIN, kind: TokenKind::Bond }),
			],
		));
		for r in results {
			assert_ok!(r.expect("the transaction is valid"));
		}
		let events: Vec<RuntimeEvent> = System::events().into_iter().map(|r| r.event).collect();
		let fees: Vec<u128> = events
			.iter()
			.filter_map(|e| match e {
				RuntimeEvent::TransactionPayment(
					pallet_transaction_payment::Event::TransactionFeePaid { actual_fee, .. },
				) => Some(*actual_fee),
				_ => None,
			})
			.collect();
		assert_eq!(fees.len(), 2);
		assert!(fees[0] < fees[1], "a native stake costs {} against {}", fees[0], fees[1]);
		assert_eq!(Balances::balance(&alice), before - 100 * UNIT - fees[0] - fees[1]);
		assert_eq!(
			Balances::balance(&LiquidStaking::pool_account(native_pool)),
			110 * UNIT,
			"the pool account holds the native stakes"
		);
		assert_eq!(LiquidStaking::bond_balance_of(native_pool, &alice), 100 * UNIT);
		// Pool 0 has an allocation: its stake of the block was planned when the block ended.
		assert!(events.iter().any(|e| matches!(
			e,
			RuntimeEvent::LiquidStaking(pallet_liquid_staking::Event::AllocationPlanned {
				pool: 0,
				amount,
				..
			}) if *amount == 100 * COIN
		)));
		assert_eq!(Pools::<Runtime>::get(0).unwrap().unplanned, 0);
		try_state();
	});
}
