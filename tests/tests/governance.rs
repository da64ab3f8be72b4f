//! OpenGov in the real runtime: a referendum on the validator-allocation track changes a pool's
//! allocation, and an ordinary account can perform no governance or relayer action.

use codec::Encode;
use frame_support::traits::{schedule::DispatchTime, Bounded};
use liquid_staking_integration_tests::{new_chain, signed, signed_all, Chain};
use liquid_staking_runtime::{
	genesis_config_presets::{allocation, BSC_CHAIN_ID, WBNB},
	governance::{origins::Origin as GovOrigin, tracks::ids},
	LiquidStaking, OriginCaller, Runtime, RuntimeCall, RuntimeEvent, UNIT,
};
use pallet_conviction_voting::{AccountVote, Conviction, Vote};
use pallet_liquid_staking::{Call as StakingCall, ValidatorId};
use pallet_liquid_staking_bridge::{BridgeMessage, Call as BridgeCall, Deposit};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::{traits::Hash, Perbill};

fn ok(results: Vec<sp_runtime::ApplyExtrinsicResult>) {
	for r in results {
		frame_support::assert_ok!(r.expect("the transaction is valid"));
	}
}

#[test]
fn a_referendum_on_the_allocation_track_sets_a_pool_s_allocation() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		assert_eq!(LiquidStaking::allocation_of(0), allocation(0xb5c));
		let new: Vec<(ValidatorId, Perbill)> = (1..=10u64)
			.map(|i| (ValidatorId::from_low_u64_be(0xa110c << 8 | i), Perbill::from_percent(10)))
			.collect();
		let proposal = RuntimeCall::LiquidStaking(StakingCall::set_allocation {
			pool: 0,
			allocation: new.clone().try_into().unwrap(),
		});
		let encoded = proposal.encode();
		let hash = <Runtime as frame_system::Config>::Hashing::hash(&encoded);

		// Alice notes the proposal and submits it on the allocation track; Bob places the
		// decision deposit.
		let mut xts = signed_all(
			Alice,
			vec![
				RuntimeCall::Preimage(pallet_preimage::Call::note_preimage {
					bytes: encoded.clone(),
				}),
				RuntimeCall::Referenda(pallet_referenda::Call::submit {
					proposal_origin: Box::new(OriginCaller::Origins(
						GovOrigin::ValidatorAllocation,
					)),
					proposal: Bounded::Lookup { hash, len: encoded.len() as u32 },
					enactment_moment: DispatchTime::After(0),
				}),
			],
		);
		xts.push(signed(
			Bob,
			RuntimeCall::Referenda(pallet_referenda::Call::place_decision_deposit { index: 0 }),
		));
		ok(Chain::block_with(xts));
		let status = match pallet_referenda::ReferendumInfoFor::<Runtime>::get(0) {
			Some(pallet_referenda::ReferendumInfo::Ongoing(s)) => s,
			other => panic!("the referendum is ongoing: {other:?}"),
		};
		assert_eq!(status.track, ids::VALIDATOR_ALLOCATION);

		// Six token holders vote aye with conviction.
		let vote = |who: Sr25519Keyring| {
			signed(
				who,
				RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::vote {
					poll_index: 0,
					vote: AccountVote::Standard {
						vote: Vote { aye: true, conviction: Conviction::Locked1x },
						balance: 800_000 * UNIT,
					},
				}),
			)
		};
		ok(Chain::block_with([Alice, Bob, Charlie, Dave, Eve, Ferdie].map(vote).to_vec()));

		// Preparation, decision, confirmation and enactment, through the real scheduler.
		let start = Chain::relay_now();
		let events = Chain::run_to(start + 2 * liquid_staking_runtime::DAYS);
		let referenda: Vec<_> = events
			.iter()
			.filter_map(|e| match e {
				RuntimeEvent::Referenda(e) => Some(e),
				_ => None,
			})
			.collect();
		for expected in ["DecisionStarted", "ConfirmStarted", "Confirmed"] {
			assert!(
				referenda.iter().any(|e| format!("{e:?}").contains(&format!("::{expected} "))),
				"{expected} in {referenda:?}"
			);
		}
		assert!(events.iter().any(|e| matches!(
			e,
			RuntimeEvent::Scheduler(pallet_scheduler::Event::Dispatched { result: Ok(()), .. })
		)));
		assert!(events.iter().any(|e| matches!(
			e,
			RuntimeEvent::LiquidStaking(pallet_liquid_staking::Event::AllocationSet {
				pool: 0,
				..
			})
		)));
		assert!(matches!(
			pallet_referenda::ReferendumInfoFor::<Runtime>::get(0),
			Some(pallet_referenda::ReferendumInfo::Approved(..))
		));
		assert_eq!(LiquidStaking::allocation_of(0), new, "the referendum's call was enacted");
		LiquidStaking::do_try_state().unwrap();
	});
}

#[test]
fn an_ordinary_account_performs_no_governance_or_relayer_action() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		// Dave is endowed but neither governance nor a relayer.
		let before_allocation = LiquidStaking::allocation_of(0);
		let before_pool = pallet_liquid_staking::Pools::<Runtime>::get(0);
		let before_chain = pallet_liquid_staking_bridge::Chains::<Runtime>::get(BSC_CHAIN_ID);
		let before_wbnb = liquid_staking_runtime::Assets::total_supply(WBNB);
		let deposit = BridgeMessage::Deposit(Deposit {
			nonce: 1,
			tx_hash: sp_core::H256::repeat_byte(1),
			beneficiary: Dave.to_account_id(),
			amount: UNIT,
			stake: None,
		});
		let staking = [
			StakingCall::set_allocation { pool: 0, allocation: allocation(1).try_into().unwrap() },
			StakingCall::set_pool_params {
				pool: 0,
				params: liquid_staking_runtime::genesis_config_presets::pool_params(),
			},
			StakingCall::set_paused { pool: 0, paused: pallet_liquid_staking::PauseFlags::ALL },
			StakingCall::report_rewards { pool: 0, epoch: 1, amount: UNIT },
		];
		let bridge = [
			BridgeCall::set_relayers {
				chain: BSC_CHAIN_ID,
				relayers: vec![Dave.to_account_id()].try_into().unwrap(),
				threshold: 1,
			},
			BridgeCall::unpause_chain { chain: BSC_CHAIN_ID },
			BridgeCall::pause_chain { chain: BSC_CHAIN_ID },
			BridgeCall::attest { chain: BSC_CHAIN_ID, message: deposit.clone() },
			BridgeCall::approve_deposit { chain: BSC_CHAIN_ID, id: 0 },
		];
		let calls = staking
			.into_iter()
			.map(RuntimeCall::LiquidStaking)
			.chain(bridge.into_iter().map(RuntimeCall::LiquidStakingBridge))
			.collect();
		let results = Chain::block_with(signed_all(Dave, calls));
		for r in results {
			let outcome = r.expect("the transaction is valid: it pays its fee");
			assert!(outcome.is_err(), "an ordinary account's governance or relayer call fails");
		}
		// A referendum cannot be cancelled or killed by a signed account either.
		let results = Chain::block_with(signed_all(
			Dave,
			vec![
				RuntimeCall::Referenda(pallet_referenda::Call::cancel { index: 0 }),
				RuntimeCall::Referenda(pallet_referenda::Call::kill { index: 0 }),
			],
		));
		for r in results {
			assert!(r.expect("valid").is_err());
		}
		assert_eq!(LiquidStaking::allocation_of(0), before_allocation);
		assert_eq!(pallet_liquid_staking::Pools::<Runtime>::get(0), before_pool);
		assert_eq!(
			pallet_liquid_staking_bridge::Chains::<Runtime>::get(BSC_CHAIN_ID),
			before_chain
		);
		assert_eq!(liquid_staking_runtime::Assets::total_supply(WBNB), before_wbnb);
		assert!(pallet_liquid_staking_bridge::Votes::<Runtime>::iter().next().is_none());
		LiquidStaking::do_try_state().unwrap();
		liquid_staking_runtime::LiquidStakingBridge::do_try_state().unwrap();
	});
}
