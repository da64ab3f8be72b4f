//! XCM, as the parachain receives it: the relay chain's token comes from the relay chain (its
//! reserve) and from nowhere else, execution is paid for, and the relay chain governs the
//! parachain (its `Transact` as `Superuser` is root). The relay chain's messages come down as a
//! collator delivers them, in the `set_validation_data` inherent with the relay chain's proof of
//! its downward queue, and the message queue executes them.

use codec::Encode;
use frame_support::{
	traits::fungibles::Inspect,
	weights::{
		constants::{WEIGHT_PROOF_SIZE_PER_MB, WEIGHT_REF_TIME_PER_SECOND},
		Weight,
	},
};
use liquid_staking_integration_tests::{new_chain, Chain};
use liquid_staking_runtime::{
	xcm_config::{RelayTokenPerSecond, UnitWeightCost, XcmConfig, RELAY_TOKEN},
	AccountId, Assets, Runtime, RuntimeCall, RuntimeEvent, System,
};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::Dave;
use sp_runtime::traits::Hash;
use xcm::{
	latest::{prelude::*, ExecuteXcm, InstructionError},
	VersionedXcm,
};
use xcm_executor::XcmExecutor;

/// One relay token (10 decimals).
const DOT: u128 = 10_000_000_000;

fn account(who: &AccountId) -> Location {
	AccountId32 { network: None, id: who.clone().into() }.into()
}

fn relay_token(amount: u128) -> Asset {
	(Location::parent(), amount).into()
}

/// What a reserve transfer of `asset` to `who` sends: the asset deposited in holding, execution
/// bought with it, the rest deposited.
fn reserve_transfer<Call>(asset: Asset, who: &AccountId) -> Xcm<Call> {
	Xcm(vec![
		ReserveAssetDeposited(asset.clone().into()),
		ClearOrigin,
		BuyExecution { fees: asset, weight_limit: Unlimited },
		DepositAsset { assets: Wild(AllCounted(1)), beneficiary: account(who) },
	])
}

/// The price of `instructions` instructions in the relay token, by the runtime's rate.
fn fee(instructions: u64) -> u128 {
	let weight = UnitWeightCost::get().saturating_mul(instructions);
	let (_, per_second, per_mb) = RelayTokenPerSecond::get();
	per_second * weight.ref_time() as u128 / WEIGHT_REF_TIME_PER_SECOND as u128
		+ per_mb * weight.proof_size() as u128 / WEIGHT_PROOF_SIZE_PER_MB as u128
}

fn relay_balance(who: &AccountId) -> u128 {
	<Assets as Inspect<AccountId>>::balance(RELAY_TOKEN, who)
}

fn relay_supply() -> u128 {
	<Assets as Inspect<AccountId>>::total_issuance(RELAY_TOKEN)
}

/// The message queue's verdicts on the messages it executed, from the events so far.
fn processed(events: &[RuntimeEvent]) -> Vec<bool> {
	events
		.iter()
		.filter_map(|e| match e {
			RuntimeEvent::MessageQueue(pallet_message_queue::Event::Processed {
				success, ..
			}) => Some(*success),
			_ => None,
		})
		.collect()
}

/// Sends `message` down from the relay chain and produces the blocks that execute it; returns
/// their events.
fn from_relay(message: Xcm<RuntimeCall>) -> Vec<RuntimeEvent> {
	Chain::send_downward(VersionedXcm::from(message).encode());
	let mut events = Vec::new();
	for _ in 0..2 {
		Chain::advance(1);
		events.extend(System::events().into_iter().map(|r| r.event));
	}
	events
}

fn execute(origin: Location, message: Xcm<RuntimeCall>) -> Outcome {
	let mut id = message.using_encoded(sp_io::hashing::blake2_256);
	XcmExecutor::<XcmConfig>::prepare_and_execute(
		origin,
		message,
		&mut id,
		Weight::MAX,
		Weight::zero(),
	)
}

#[test]
fn the_relay_chain_s_reserve_transfer_credits_its_token_less_the_execution_fee() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let dave = Dave.to_account_id();
		let (balance, supply) = (relay_balance(&dave), relay_supply());

		let events = from_relay(reserve_transfer(relay_token(10 * DOT), &dave));
		assert_eq!(processed(&events), vec![true], "one message, executed");
		assert!(events.iter().any(|e| matches!(
			e,
			RuntimeEvent::ParachainSystem(
				cumulus_pallet_parachain_system::Event::DownwardMessagesReceived { count: 1 }
			)
		)));

		// Four instructions were paid for in the relay token; the rest is Dave's. The fee is not
		// minted here: it stays in the parachain's reserve on the relay chain, so every relay
		// token here stays backed.
		let fee = fee(4);
		assert!(fee > 0 && fee < DOT);
		assert_eq!(relay_balance(&dave), balance + 10 * DOT - fee);
		assert_eq!(relay_supply(), supply + 10 * DOT - fee, "minted: what the relay chain sent");

		// A transfer too small to pay for its execution stops at BuyExecution: nothing reaches
		// Dave, and the assets are trapped for the relay chain to claim (`ClaimAsset`), issued
		// and counted in the supply until then.
		let small = fee / 2;
		let events = from_relay(reserve_transfer(relay_token(small), &dave));
		assert_eq!(processed(&events), vec![false], "executed, and stopped at BuyExecution");
		let trapped: Vec<_> = events
			.iter()
			.filter_map(|e| match e {
				RuntimeEvent::PolkadotXcm(pallet_xcm::Event::AssetsTrapped {
					origin,
					assets,
					..
				}) => Some((origin.clone(), assets.clone())),
				_ => None,
			})
			.collect();
		let relay_assets =
			xcm::VersionedAssets::from(xcm::latest::Assets::from(relay_token(small)));
		assert_eq!(trapped, vec![(Location::parent(), relay_assets)]);
		assert_eq!(relay_balance(&dave), balance + 10 * DOT - fee);
		assert_eq!(relay_supply(), supply + 10 * DOT - fee + small, "Dave's, and the trapped");
	});
}

#[test]
fn the_relay_chain_governs_the_parachain_its_superuser_transact_is_root() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let code_hash: H256 = <Runtime as frame_system::Config>::Hashing::hash(b"new runtime");
		let call = RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash });
		let events = from_relay(Xcm(vec![
			UnpaidExecution { weight_limit: Unlimited, check_origin: None },
			Transact {
				origin_kind: OriginKind::Superuser,
				fallback_max_weight: None,
				call: call.encode().into(),
			},
		]));
		assert_eq!(processed(&events), vec![true]);
		assert!(events.iter().any(|e| matches!(
			e,
			RuntimeEvent::System(frame_system::Event::UpgradeAuthorized { code_hash: h, .. })
				if *h == code_hash
		)));
	});
}

#[test]
fn no_one_else_mints_the_relay_token_or_acts_as_root() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let dave = Dave.to_account_id();
		let supply = relay_supply();
		let sibling = Location::new(1, [Parachain(2001)]);

		// A sibling is no reserve of the relay token.
		let outcome = execute(sibling.clone(), reserve_transfer(relay_token(10 * DOT), &dave));
		assert!(
			matches!(
				outcome,
				Outcome::Incomplete {
					error: InstructionError { index: 0, error: XcmError::UntrustedReserveLocation },
					..
				}
			),
			"{outcome:?}"
		);

		// The relay chain is the reserve of its own token only: not of another asset it names,
		// nor of this chain's native token.
		for asset in [
			Asset::from((Location::new(1, [GeneralIndex(1)]), 10 * DOT)),
			Asset::from((Location::here(), 10 * DOT)),
		] {
			let outcome = execute(Location::parent(), reserve_transfer(asset, &dave));
			assert!(
				matches!(
					outcome,
					Outcome::Incomplete {
						error: InstructionError {
							index: 0,
							error: XcmError::UntrustedReserveLocation
						},
						..
					}
				),
				"{outcome:?}"
			);
		}

		// A sibling's unpaid root call is stopped by the barrier.
		let code_hash: H256 = <Runtime as frame_system::Config>::Hashing::hash(b"new runtime");
		let call = RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash });
		let outcome = execute(
			sibling,
			Xcm(vec![
				UnpaidExecution { weight_limit: Unlimited, check_origin: None },
				Transact {
					origin_kind: OriginKind::Superuser,
					fallback_max_weight: None,
					call: call.encode().into(),
				},
			]),
		);
		assert!(
			matches!(
				outcome,
				Outcome::Incomplete {
					error: InstructionError { error: XcmError::Barrier, .. },
					..
				}
			),
			"{outcome:?}"
		);
		assert!(!System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::System(frame_system::Event::UpgradeAuthorized { .. })
		)));
		assert_eq!(relay_supply(), supply, "nothing minted");
	});
}
