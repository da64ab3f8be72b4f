//! The bridge in the real runtime: a deposit attested on BSC by two of the three relayers is
//! staked as cert at once, unstaked, released by the scheduler, claimed, and withdrawn back to
//! BSC, where the relayers attest its release.

use frame_support::assert_ok;
use liquid_staking_integration_tests::{new_chain, signed, Chain};
use liquid_staking_runtime::{
	genesis_config_presets::{BSC_CHAIN_ID, CBNB, COIN, WBNB},
	Assets, LiquidStaking, Runtime, RuntimeCall, RuntimeEvent, System,
};
use pallet_liquid_staking::{
	BridgeMessage, Call as StakingCall, Chains, Deposit, TokenKind, Unbonding, Withdrawals,
};
use sp_core::{H160, H256};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave};

fn staking(call: StakingCall<Runtime>) -> RuntimeCall {
	RuntimeCall::LiquidStaking(call)
}

/// Relayers Alice and Bob attest `message` in one block.
fn attested(message: BridgeMessage<liquid_staking_runtime::AccountId, u128>) {
	let attest = |who: Sr25519Keyring| {
		signed(who, staking(StakingCall::attest { chain: BSC_CHAIN_ID, message: message.clone() }))
	};
	for r in Chain::block_with(vec![attest(Alice), attest(Bob)]) {
		assert_ok!(r.expect("the transaction is valid"));
	}
}

/// The bridge's books against the wrapped BNB's issuance.
fn conserved() {
	let c = Chains::<Runtime>::get(BSC_CHAIN_ID).unwrap();
	assert_eq!(
		Assets::total_supply(WBNB),
		c.issuance_base + c.minted + c.refunded - c.burned - c.withdrawn
	);
	LiquidStaking::do_try_state().expect("the pallet's invariants hold");
}

#[test]
fn a_bsc_deposit_staked_as_cert_comes_back_to_bsc() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let dave = Dave.to_account_id();
		let wbnb_before = Assets::balance(WBNB, &dave);
		// A first staker, so that Dave's stake is not the pool's first.
		let r = Chain::block_with(vec![signed(
			Charlie,
			staking(StakingCall::stake { pool: 0, amount: 10 * COIN, kind: TokenKind::Bond }),
		)]);
		assert_ok!(r[0].clone().unwrap());

		// 1. 5 BNB deposited on BSC for Dave, to be staked as cert.
		attested(BridgeMessage::Deposit(Deposit {
			tx_hash: H256::repeat_byte(0xb5),
			log_index: 3,
			beneficiary: dave.clone(),
			amount: 5 * COIN,
			stake: Some((0, TokenKind::Cert)),
		}));
		let certs = Assets::balance(CBNB, &dave);
		assert_eq!(certs, 5 * COIN);
		assert_eq!(Assets::balance(WBNB, &dave), wbnb_before);
		conserved();

		// 2. Dave unstakes his cert; the scheduler releases it after the unbonding period.
		let r = Chain::block_with(vec![signed(
			Dave,
			staking(StakingCall::unstake { pool: 0, amount: certs, kind: TokenKind::Cert }),
		)]);
		assert_ok!(r[0].clone().unwrap());
		let bucket = Unbonding::<Runtime>::get(0, &dave)[0].bucket;
		let events = Chain::run_to(bucket);
		assert!(events.iter().any(|e| matches!(
			e,
			RuntimeEvent::LiquidStaking(pallet_liquid_staking::Event::BucketMatured { .. })
		)));
		let r = Chain::block_with(vec![signed(
			Dave,
			staking(StakingCall::claim { pool: 0, owner: dave.clone() }),
		)]);
		assert_ok!(r[0].clone().unwrap());
		let claimed = Assets::balance(WBNB, &dave) - wbnb_before;
		assert!(claimed >= 5 * COIN - 1 && claimed <= 5 * COIN, "claimed {claimed}");
		conserved();

		// 3. Dave withdraws what he claimed to his BSC address; the relayers attest its release.
		let recipient = H160::repeat_byte(0xda);
		let r = Chain::block_with(vec![signed(
			Dave,
			staking(StakingCall::withdraw_to_remote {
				chain: BSC_CHAIN_ID,
				amount: claimed,
				recipient,
			}),
		)]);
		assert_ok!(r[0].clone().unwrap());
		assert_eq!(Assets::balance(WBNB, &dave), wbnb_before);
		let id = Withdrawals::<Runtime>::iter().next().expect("a pending withdrawal").0;
		conserved();
		attested(BridgeMessage::WithdrawalReleased { id, tx_hash: H256::repeat_byte(0x7e) });
		assert!(Withdrawals::<Runtime>::get(id).is_none());
		assert!(System::events().iter().any(|e| matches!(
			&e.event,
			RuntimeEvent::LiquidStaking(pallet_liquid_staking::Event::WithdrawalReleased {
				recipient: r, ..
			}) if *r == recipient
		)));
		let c = Chains::<Runtime>::get(BSC_CHAIN_ID).unwrap();
		assert_eq!((c.minted, c.withdrawn, c.released), (5 * COIN, claimed, claimed));
		conserved();
	});
}
