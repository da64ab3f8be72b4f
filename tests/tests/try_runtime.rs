//! The runtime's `try-runtime` checks on a populated chain: every pallet's `try_state`, the
//! upgrade checks (pre/post-upgrade hooks, storage versions) and the decoding of the entire
//! state, as `try-runtime` runs them against a live chain's state.
//!
//! Built with the `try-runtime` feature (the test command runs it):
//! `cargo test -p liquid-staking-integration-tests --features try-runtime --test try_runtime`.

#![cfg(feature = "try-runtime")]

use frame_support::{
	assert_ok,
	traits::{TryState, TryStateSelect, UpgradeCheckSelect},
};
use liquid_staking_integration_tests::{new_chain, signed, Chain};
use liquid_staking_runtime::{
	genesis_config_presets::{BSC_CHAIN_ID, COIN, POLYGON_CHAIN_ID},
	AllPalletsWithSystem, Executive, LiquidStaking, Runtime, RuntimeCall, System,
};
use pallet_liquid_staking::{BondShares, Call as StakingCall, TokenKind};
use pallet_liquid_staking_bridge::{Call as BridgeCall, Deposit, MessageOf};
use sp_core::{H160, H256};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve};

fn staking(call: StakingCall<Runtime>) -> RuntimeCall {
	RuntimeCall::LiquidStaking(call)
}

/// Applies each call signed by its signer in one block; each must succeed.
fn block(calls: Vec<(Sr25519Keyring, RuntimeCall)>) {
	let xts = calls.into_iter().map(|(who, call)| signed(who, call)).collect();
	for r in Chain::block_with(xts) {
		assert_ok!(r.expect("the transaction is valid"));
	}
}

/// Applies each staking call signed by its signer in one block; each must succeed.
fn stakes(calls: Vec<(Sr25519Keyring, StakingCall<Runtime>)>) {
	block(calls.into_iter().map(|(who, call)| (who, staking(call))).collect());
}

fn attest(chain: u64, message: MessageOf<Runtime>, by: &[Sr25519Keyring]) {
	let call = RuntimeCall::LiquidStakingBridge(BridgeCall::attest { chain, message });
	block(by.iter().map(|who| (*who, call.clone())).collect());
}

/// A chain with stakes in both pools and both faces, rewards, a staked bridge deposit, a
/// queued deposit, pending votes, unbonding requests (matured and not), a claim and a pending
/// withdrawal.
fn populate() {
	Chain::advance(1);
	stakes(vec![
		(Alice, StakingCall::stake { pool: 0, amount: 100 * COIN, kind: TokenKind::Cert }),
		(Bob, StakingCall::stake { pool: 0, amount: 50 * COIN, kind: TokenKind::Bond }),
		(Charlie, StakingCall::stake { pool: 1, amount: 70 * COIN, kind: TokenKind::Bond }),
		(Dave, StakingCall::stake { pool: 1, amount: 30 * COIN, kind: TokenKind::Cert }),
	]);
	Chain::advance(1);
	attest(
		BSC_CHAIN_ID,
		pallet_liquid_staking_bridge::BridgeMessage::Rewards {
			pool: 0,
			epoch: 1,
			amount: COIN / 20,
		},
		&[Alice, Bob],
	);
	attest(
		BSC_CHAIN_ID,
		pallet_liquid_staking_bridge::BridgeMessage::Deposit(Deposit {
			nonce: 1,
			tx_hash: H256::repeat_byte(1),
			beneficiary: Eve.to_account_id(),
			amount: 5 * COIN,
			stake: Some((0, TokenKind::Bond)),
		}),
		&[Bob, Charlie],
	);
	// Over the per-deposit limit: it waits in the queue.
	attest(
		POLYGON_CHAIN_ID,
		pallet_liquid_staking_bridge::BridgeMessage::Deposit(Deposit {
			nonce: 2,
			tx_hash: H256::repeat_byte(2),
			beneficiary: Eve.to_account_id(),
			amount: 20_000 * COIN,
			stake: None,
		}),
		&[Alice, Charlie],
	);
	// One vote only: it stays pending.
	attest(
		BSC_CHAIN_ID,
		pallet_liquid_staking_bridge::BridgeMessage::Deposit(Deposit {
			nonce: 3,
			tx_hash: H256::repeat_byte(3),
			beneficiary: Alice.to_account_id(),
			amount: COIN,
			stake: None,
		}),
		&[Alice],
	);
	stakes(vec![
		(Bob, StakingCall::unstake { pool: 0, amount: 10 * COIN, kind: TokenKind::Bond }),
		(Eve, StakingCall::bond_to_cert { pool: 0, amount: COIN }),
		(Charlie, StakingCall::unstake { pool: 1, amount: 20 * COIN, kind: TokenKind::Bond }),
	]);
	// Bob's and Charlie's buckets mature; Bob claims, Charlie's stays claimable.
	let bucket = pallet_liquid_staking::Unbonding::<Runtime>::get(0, Bob.to_account_id())[0].bucket;
	Chain::skip_to(bucket);
	Chain::advance(1);
	block(vec![
		(Bob, staking(StakingCall::claim { pool: 0, owner: Bob.to_account_id() })),
		(Dave, staking(StakingCall::unstake { pool: 1, amount: 10 * COIN, kind: TokenKind::Cert })),
		(
			Eve,
			RuntimeCall::LiquidStakingBridge(BridgeCall::withdraw_to_remote {
				chain: BSC_CHAIN_ID,
				amount: COIN,
				recipient: H160::repeat_byte(7),
			}),
		),
	]);
	Chain::advance(1);
}

#[test]
fn try_state_and_upgrade_checks_hold_on_a_populated_chain() {
	new_chain("development").execute_with(|| {
		populate();
		let now = System::block_number();
		assert_ok!(<AllPalletsWithSystem as TryState<_>>::try_state(now, TryStateSelect::All));
		// Pre/post-upgrade hooks, storage versions, every pallet's try_state and the decoding
		// of the whole state.
		assert_ok!(Executive::try_runtime_upgrade(UpgradeCheckSelect::All));
	});
}

#[test]
fn try_state_catches_a_broken_bridge_book() {
	new_chain("development").execute_with(|| {
		populate();
		// A withdrawal settled without its books.
		pallet_liquid_staking_bridge::Withdrawals::<Runtime>::remove(0);
		assert!(liquid_staking_runtime::LiquidStakingBridge::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_broken_invariant() {
	new_chain("development").execute_with(|| {
		populate();
		// One bond share more than the pool's books say exist.
		BondShares::<Runtime>::mutate(0, Bob.to_account_id(), |s| *s += 1);
		assert!(LiquidStaking::do_try_state().is_err());
		assert!(<AllPalletsWithSystem as TryState<_>>::try_state(
			System::block_number(),
			TryStateSelect::All
		)
		.is_err());
	});
}
