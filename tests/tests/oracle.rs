//! The oracle of local pools in the real runtime: a member of `OracleMembership` (Alice in the
//! `development` preset) reports the rewards of a pool staked on this chain with a signed
//! transaction; an account that is not a member cannot; governance changes the members.

use frame_support::{
	assert_ok,
	traits::{fungible::NativeOrWithId, SortedMembers},
};
use liquid_staking_integration_tests::{new_chain, signed, Chain};
use liquid_staking_runtime::{
	genesis_config_presets::pool_params, AccountId, BalancesCall, LiquidStaking, OracleMembership,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System, DAYS, UNIT,
};
use pallet_liquid_staking::{CertMetadata, Pools};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave};
use sp_runtime::DispatchError;

fn report(who: Sr25519Keyring, pool: u32, epoch: u64, amount: u128) -> sp_runtime::DispatchResult {
	let call = RuntimeCall::LiquidStaking(pallet_liquid_staking::Call::report_rewards {
		pool,
		epoch,
		amount,
	});
	Chain::block_with(vec![signed(who, call)])[0].expect("the transaction is valid")
}

/// Governance creates a pool of the native token (a local pool: no validator chain) and Bob
/// stakes 1,000 units in it; returns the pool.
fn local_pool() -> u32 {
	let params =
		pallet_liquid_staking::PoolParams { min_stake: UNIT, min_unstake: UNIT, ..pool_params() };
	assert_ok!(LiquidStaking::create_pool(
		RuntimeOrigin::root(),
		NativeOrWithId::Native,
		103,
		CertMetadata {
			name: b"Staked native certificate".to_vec().try_into().unwrap(),
			symbol: b"cNAT".to_vec().try_into().unwrap(),
			decimals: 12,
			min_balance: 1,
		},
		None,
		params
	));
	// Pools 0 and 1 are the genesis pools.
	let pool = 2;
	let info = Pools::<Runtime>::get(pool).expect("the pool exists");
	assert_eq!(info.underlying, NativeOrWithId::Native);
	assert_eq!(info.validator_chain, None);
	let stake = RuntimeCall::LiquidStaking(pallet_liquid_staking::Call::stake {
		pool,
		amount: 1_000 * UNIT,
		kind: pallet_liquid_staking::TokenKind::Bond,
	});
	assert_ok!(Chain::block_with(vec![signed(Bob, stake)])[0].expect("the stake is valid"));
	pool
}

/// A reward well within the pool's bounds for one report interval: a tenth of the pool a year,
/// for one interval.
fn reward(pool: u32) -> u128 {
	let info = Pools::<Runtime>::get(pool).expect("the pool exists");
	let interval = u128::from(info.params.min_report_interval.max(1));
	let reward = info.total_pooled * interval / u128::from(365 * DAYS) / 10;
	assert!((1..=info.params.max_reward_per_report * info.total_pooled).contains(&reward));
	reward
}

/// The validator rewards arrive in the pool account (a local pool's coins are on this chain).
fn earn(pool: u32, amount: u128) {
	let transfer = RuntimeCall::Balances(BalancesCall::transfer_keep_alive {
		dest: LiquidStaking::pool_account(pool).into(),
		value: amount,
	});
	assert_ok!(Chain::block_with(vec![signed(Charlie, transfer)])[0].expect("valid"));
}

fn members() -> Vec<AccountId> {
	<OracleMembership as SortedMembers<AccountId>>::sorted_members()
}

#[test]
fn an_oracle_member_reports_a_local_pool_s_rewards_and_no_one_else_does() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		assert_eq!(members(), vec![Alice.to_account_id()]);
		let bob = Bob.to_account_id();
		let pool = local_pool();
		let amount = reward(pool);
		earn(pool, 10 * amount);
		let before = Pools::<Runtime>::get(pool).unwrap();
		let bob_bond = LiquidStaking::bond_balance_of(pool, &bob);

		// A remote pool's reports come from its relayers only: a member's report on the BNB
		// pool (staked on BNB Smart Chain) is refused and changes nothing.
		let bnb = Pools::<Runtime>::get(0).unwrap();
		assert!(bnb.validator_chain.is_some());
		assert_eq!(
			report(Alice, 0, bnb.last_epoch + 1, 1),
			Err(pallet_liquid_staking::Error::<Runtime>::ReportedByRelayers.into())
		);
		assert_eq!(Pools::<Runtime>::get(0).unwrap(), bnb);

		// Dave is not a member: his report is refused by origin and changes nothing.
		assert_eq!(report(Dave, pool, 1, amount), Err(DispatchError::BadOrigin));
		assert_eq!(Pools::<Runtime>::get(pool).unwrap(), before);

		// Alice is: her signed report applies the reward in the block it is included in.
		assert_ok!(report(Alice, pool, 1, amount));
		let after = Pools::<Runtime>::get(pool).unwrap();
		assert_eq!(after.total_pooled, before.total_pooled + amount);
		assert_eq!(after.last_epoch, 1);
		assert_eq!(after.last_report_block, Some(Chain::relay_now()));
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::LiquidStaking(pallet_liquid_staking::Event::RewardsReported {
				pool: p,
				epoch: 1,
				amount: a,
				..
			}) if p == pool && a == amount
		)));
		assert!(LiquidStaking::bond_balance_of(pool, &bob) > bob_bond, "Bob's bond grew");
		LiquidStaking::do_try_state().expect("the pallet's invariants hold");

		// Governance makes Dave a member and removes Alice.
		assert_ok!(OracleMembership::add_member(
			RuntimeOrigin::root(),
			Dave.to_account_id().into()
		));
		assert_ok!(OracleMembership::remove_member(
			RuntimeOrigin::root(),
			Alice.to_account_id().into()
		));
		assert_eq!(members(), vec![Dave.to_account_id()]);
		// A signed account cannot change the members.
		let add = RuntimeCall::OracleMembership(pallet_membership::Call::add_member {
			who: Charlie.to_account_id().into(),
		});
		let results = Chain::block_with(vec![signed(Dave, add)]);
		assert_eq!(results[0], Ok(Err(DispatchError::BadOrigin)));
		assert_eq!(members(), vec![Dave.to_account_id()]);

		// One report interval later, Alice's report is refused, Dave's applied.
		Chain::run_to(Chain::relay_now() + before.params.min_report_interval);
		let amount = reward(pool);
		let before = Pools::<Runtime>::get(pool).unwrap();
		assert_eq!(report(Alice, pool, 2, amount), Err(DispatchError::BadOrigin));
		assert_ok!(report(Dave, pool, 2, amount));
		let after = Pools::<Runtime>::get(pool).unwrap();
		assert_eq!(after.total_pooled, before.total_pooled + amount);
		assert_eq!(after.last_epoch, 2);
		LiquidStaking::do_try_state().expect("the pallet's invariants hold");
	});
}

#[test]
fn root_reports_too_and_the_local_testnet_starts_without_members() {
	new_chain("local_testnet").execute_with(|| {
		Chain::advance(1);
		assert!(members().is_empty());
		assert_eq!(
			report(Alice, 0, 1, UNIT),
			Err(DispatchError::BadOrigin),
			"no account reports in local_testnet"
		);
	});
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let pool = local_pool();
		let amount = reward(pool);
		earn(pool, amount);
		let before = Pools::<Runtime>::get(pool).unwrap();
		assert_ok!(LiquidStaking::report_rewards(RuntimeOrigin::root(), pool, 1, amount));
		assert_eq!(Pools::<Runtime>::get(pool).unwrap().total_pooled, before.total_pooled + amount);
	});
}
