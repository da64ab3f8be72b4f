//! Helpers for the integration tests: a chain of the real runtime, run natively, whose blocks are
//! produced the way a collator produces them: initialised with the Aura pre-digest of their slot,
//! given the `set_validation_data` inherent (the relay chain's validation data and a state proof
//! built by `cumulus-test-relay-sproof-builder`) and the timestamp inherent, their extrinsics,
//! and finalised.
//!
//! The relay chain's clock (the pallets' clock) is explicit: [`Chain::begin_block`] builds on
//! the next relay block, [`Chain::begin_block_at`] on any later one, as a collator whose blocks
//! are irregularly spaced would.

use codec::{Decode, Encode};
use cumulus_primitives_core::{
	relay_chain::HeadData, InboundDownwardMessage, PersistedValidationData,
};
use cumulus_primitives_parachain_inherent::{ParachainInherentData, INHERENT_IDENTIFIER};
use cumulus_test_relay_sproof_builder::RelayStateSproofBuilder;
use frame_support::{
	inherent::ProvideInherent,
	traits::{Get, Time},
};
use liquid_staking_runtime::{
	dex::DexAsset, genesis_config_presets::PARA_ID, AccountId, Block, BlockNumber, Executive,
	Header, ParachainSystem, Runtime, RuntimeCall, RuntimeEvent, SignedPayload, System, Timestamp,
	TxExtension, UncheckedExtrinsic, SLOT_DURATION,
};
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_core::H256;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::{Digest, DigestItem, Era},
	traits::{Block as BlockT, Header as HeaderT},
	ApplyExtrinsicResult, BuildStorage,
};

/// A fresh chain built from one of the runtime's genesis presets.
pub fn new_chain(preset: &str) -> sp_io::TestExternalities {
	let patch = liquid_staking_runtime::genesis_config_presets::get_preset(&preset.into())
		.expect("the runtime has this preset");
	let mut config = serde_json::to_value(liquid_staking_runtime::RuntimeGenesisConfig::default())
		.expect("the default genesis config serialises");
	let patch: serde_json::Value = serde_json::from_slice(&patch).expect("a preset is JSON");
	json_merge(&mut config, patch);
	let config: liquid_staking_runtime::RuntimeGenesisConfig =
		serde_json::from_value(config).expect("the patched genesis config deserialises");
	let storage = config.build_storage().expect("genesis storage builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(0));
	ext
}

fn json_merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (k, v) in patch {
				json_merge(base.entry(k).or_insert(serde_json::Value::Null), v);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// The transaction extensions of a signed transaction from an account with `nonce`, paying its
/// fee in the native token.
pub fn tx_extension(nonce: u32) -> TxExtension {
	tx_extension_paying_in(nonce, None)
}

/// The transaction extensions of a signed transaction from an account with `nonce`, paying its
/// fee in `coin` (`None`: the native token).
pub fn tx_extension_paying_in(nonce: u32, coin: Option<DexAsset>) -> TxExtension {
	(
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_asset_conversion_tx_payment::ChargeAssetTxPayment::<Runtime>::from(0, coin),
	)
		.into()
}

/// A transaction signed by `signer` with its current nonce.
pub fn signed(signer: Sr25519Keyring, call: RuntimeCall) -> UncheckedExtrinsic {
	let who: AccountId = signer.to_account_id();
	signed_with_nonce(signer, call, System::account_nonce(&who))
}

/// Transactions signed by `signer` with consecutive nonces from its current one, to go in one
/// block.
pub fn signed_all(signer: Sr25519Keyring, calls: Vec<RuntimeCall>) -> Vec<UncheckedExtrinsic> {
	let first = System::account_nonce(signer.to_account_id());
	calls
		.into_iter()
		.enumerate()
		.map(|(i, call)| signed_with_nonce(signer, call, first + i as u32))
		.collect()
}

/// A transaction signed by `signer` with `nonce`.
pub fn signed_with_nonce(
	signer: Sr25519Keyring,
	call: RuntimeCall,
	nonce: u32,
) -> UncheckedExtrinsic {
	signed_paying_in(signer, call, nonce, None)
}

/// A transaction signed by `signer` with `nonce` that pays its fee in `coin` (`None`: the native
/// token).
pub fn signed_paying_in(
	signer: Sr25519Keyring,
	call: RuntimeCall,
	nonce: u32,
	coin: Option<DexAsset>,
) -> UncheckedExtrinsic {
	let who: AccountId = signer.to_account_id();
	let extension = tx_extension_paying_in(nonce, coin);
	let payload = SignedPayload::new(call.clone(), extension.clone())
		.expect("the extensions' implicit data is available");
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	UncheckedExtrinsic::new_signed(call, who.into(), signature.into(), extension)
}

/// Where the helpers keep the last block's header (the next block's parent, and the head the
/// relay chain includes): test storage outside every pallet's.
const PARENT_HEADER_KEY: &[u8] = b":integration-tests:parent-header";

/// Where [`Chain::skip_to`] keeps the relay block the next block builds on.
const NEXT_RELAY_KEY: &[u8] = b":integration-tests:next-relay";

/// Where [`Chain::send_downward`] keeps the messages the next block receives.
const DOWNWARD_KEY: &[u8] = b":integration-tests:downward";

/// The messages [`Chain::send_downward`] queued for the next block.
fn downward_queue() -> Vec<Vec<u8>> {
	sp_io::storage::get(DOWNWARD_KEY)
		.map(|m| Vec::<Vec<u8>>::decode(&mut &m[..]).expect("the messages decode"))
		.unwrap_or_default()
}

/// Produces parachain blocks as a collator does (see the crate's docs).
pub struct Chain;

impl Chain {
	/// The pallets' clock: the relay block of the last block's relay parent (0 before the first
	/// block).
	pub fn relay_now() -> BlockNumber {
		cumulus_pallet_parachain_system::LastRelayChainBlockNumber::<Runtime>::get()
	}

	/// Starts the next block on the next relay block (or the one [`Chain::skip_to`] named).
	pub fn begin_block() -> BlockNumber {
		let next = sp_io::storage::get(NEXT_RELAY_KEY)
			.map(|n| BlockNumber::decode(&mut &n[..]).expect("a relay block number"));
		sp_io::storage::clear(NEXT_RELAY_KEY);
		Self::begin_block_at(next.unwrap_or(Self::relay_now() + 1))
	}

	/// Starts the next block on relay parent `relay` (later than the last block's): the Aura
	/// pre-digest of its slot, `on_initialize` of every pallet, the `set_validation_data`
	/// inherent with a relay-chain state proof (the slot, the para id, the parent as the
	/// included head) and the timestamp inherent of the slot.
	pub fn begin_block_at(relay: BlockNumber) -> BlockNumber {
		assert!(relay > Self::relay_now(), "one block per relay block (velocity 1)");
		let number = System::block_number() + 1;
		let parent: Option<Header> = sp_io::storage::get(PARENT_HEADER_KEY)
			.map(|h| Header::decode(&mut &h[..]).expect("the parent header decodes"));
		let parent_hash = parent.as_ref().map_or(H256::zero(), |h| h.hash());
		// The parachain's slot is the relay chain's: both are 6 seconds.
		let slot = Slot::from(u64::from(relay));
		let digest = Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())] };
		let header =
			Header::new(number, Default::default(), Default::default(), parent_hash, digest);
		Executive::initialize_block(&header);
		// The next block's scheduler services every agenda from the last serviced relay block
		// up to `relay`. Over relay blocks with no agenda it would only walk empty agendas,
		// a bounded number per block: skip them, so that a test may jump days ahead.
		if let Some(from) = pallet_scheduler::IncompleteSince::<Runtime>::get() {
			let first = pallet_scheduler::Agenda::<Runtime>::iter_keys()
				.filter(|when| *when >= from && *when <= relay)
				.min();
			pallet_scheduler::IncompleteSince::<Runtime>::put(first.unwrap_or(relay).max(from));
		}

		// The relay chain's downward messages, sent at this relay block: the state proof
		// carries the head of the downward message queue chain they extend.
		let downward: Vec<InboundDownwardMessage> = downward_queue()
			.into_iter()
			.map(|msg| InboundDownwardMessage { sent_at: relay, msg })
			.collect();
		sp_io::storage::clear(DOWNWARD_KEY);
		let mut dmq = cumulus_pallet_parachain_system::LastDmqMqcHead::<Runtime>::get();
		for message in &downward {
			dmq.extend_downward(message);
		}

		let parent_head = HeadData(parent.map(|h| h.encode()).unwrap_or_default());
		let sproof = RelayStateSproofBuilder {
			para_id: PARA_ID.into(),
			current_slot: slot,
			included_para_head: Some(parent_head.clone()),
			dmq_mqc_head: Some(dmq.head()),
			..Default::default()
		};
		let (relay_parent_storage_root, relay_chain_state) = sproof.into_state_root_and_proof();
		let data = ParachainInherentData {
			validation_data: PersistedValidationData {
				parent_head,
				relay_parent_number: relay,
				relay_parent_storage_root,
				max_pov_size: cumulus_primitives_core::relay_chain::MAX_POV_SIZE,
			},
			relay_chain_state,
			downward_messages: downward,
			horizontal_messages: Default::default(),
			relay_parent_descendants: Default::default(),
			collator_peer_id: None,
		};
		let mut inherents = sp_inherents::InherentData::new();
		inherents
			.put_data(INHERENT_IDENTIFIER, &data)
			.expect("the inherent data encodes");
		let validation = ParachainSystem::create_inherent(&inherents)
			.expect("parachain-system makes its inherent");
		Executive::apply_extrinsic(UncheckedExtrinsic::new_bare(RuntimeCall::ParachainSystem(
			validation,
		)))
		.expect("the validation data inherent is valid")
		.expect("the validation data inherent dispatches");

		let now = u64::from(relay) * SLOT_DURATION;
		let inherent =
			UncheckedExtrinsic::new_bare(RuntimeCall::Timestamp(pallet_timestamp::Call::set {
				now,
			}));
		Executive::apply_extrinsic(inherent)
			.expect("the timestamp inherent is valid")
			.expect("the timestamp inherent dispatches");
		number
	}

	/// The relay chain sends `message` (an encoded `VersionedXcm`) down to the parachain: the
	/// next block's `set_validation_data` inherent carries it (with the relay chain's proof of
	/// its downward queue) and the message queue executes it.
	pub fn send_downward(message: Vec<u8>) {
		let mut messages = downward_queue();
		messages.push(message);
		sp_io::storage::set(DOWNWARD_KEY, &messages.encode());
	}

	/// Applies one extrinsic to the block being built.
	pub fn apply(xt: UncheckedExtrinsic) -> ApplyExtrinsicResult {
		Executive::apply_extrinsic(xt)
	}

	/// Finalises the block being built; returns its header.
	pub fn end_block() -> <Block as BlockT>::Header {
		let header = Executive::finalize_block();
		sp_io::storage::set(PARENT_HEADER_KEY, &header.encode());
		header
	}

	/// Produces `n` blocks with no extrinsics but the inherents, one per relay block.
	pub fn advance(n: BlockNumber) {
		for _ in 0..n {
			Self::begin_block();
			Self::end_block();
		}
	}

	/// Makes the next block ([`Chain::begin_block`]) build on relay parent `relay`, as if the
	/// parachain had no block in the relay blocks between (the scheduler services their agendas
	/// in the block after that one).
	pub fn skip_to(relay: BlockNumber) {
		assert!(relay > Self::relay_now() + 1, "skip forward only");
		sp_io::storage::set(NEXT_RELAY_KEY, &relay.encode());
	}

	/// Produces blocks until the scheduler has serviced relay block `relay`, with as few blocks
	/// as the agendas allow: a block on the next relay block while an agenda is due but not
	/// serviced (a block's scheduler services the agendas up to the previous block's relay
	/// parent), otherwise a block on the next relay block with an agenda, or on `relay` (the
	/// relay blocks between are skipped, as a parachain with sparse blocks would). Returns the
	/// events of the blocks produced.
	pub fn run_to(relay: BlockNumber) -> Vec<RuntimeEvent> {
		let mut events = Vec::new();
		loop {
			let serviced_from = pallet_scheduler::IncompleteSince::<Runtime>::get();
			if serviced_from.is_some_and(|from| from > relay) {
				return events;
			}
			let now = Self::relay_now();
			let from = serviced_from.unwrap_or(0);
			let agendas: Vec<BlockNumber> = pallet_scheduler::Agenda::<Runtime>::iter_keys()
				.filter(|w| *w >= from)
				.collect();
			let due = serviced_from.is_none() || agendas.iter().any(|w| *w <= now);
			let at = if due || now >= relay {
				now + 1
			} else {
				agendas.into_iter().filter(|w| *w > now && *w <= relay).min().unwrap_or(relay)
			};
			Self::begin_block_at(at);
			Self::end_block();
			events.extend(System::events().into_iter().map(|r| r.event));
		}
	}

	/// Produces one block on relay parent `relay` holding `xts`; returns each extrinsic's apply
	/// result.
	pub fn block_at(relay: BlockNumber, xts: Vec<UncheckedExtrinsic>) -> Vec<ApplyExtrinsicResult> {
		Self::begin_block_at(relay);
		let results = xts.into_iter().map(Self::apply).collect();
		Self::end_block();
		results
	}

	/// Produces one block holding `xts`; returns each extrinsic's apply result.
	pub fn block_with(xts: Vec<UncheckedExtrinsic>) -> Vec<ApplyExtrinsicResult> {
		Self::begin_block();
		let results = xts.into_iter().map(Self::apply).collect();
		Self::end_block();
		results
	}
}

/// The minimum period between two timestamps, as the runtime configures it.
pub fn minimum_period() -> u64 {
	<Runtime as pallet_timestamp::Config>::MinimumPeriod::get()
}

/// The current timestamp.
pub fn now() -> u64 {
	Timestamp::now()
}

/// The fees `who` paid in other coins than the native token in the events so far (the last
/// block produced): the coin, what it paid of it, and the tip (in the native token).
pub fn asset_fees_paid_by(who: &AccountId) -> Vec<(DexAsset, u128, u128)> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::AssetTxPayment(
				pallet_asset_conversion_tx_payment::Event::AssetTxFeePaid {
					who: payer,
					actual_fee,
					tip,
					asset_id,
				},
			) if payer == *who => Some((asset_id, actual_fee, tip)),
			_ => None,
		})
		.collect()
}

/// The fees `who` paid in the events so far (the last block produced), each with its tip.
pub fn fees_paid_by(who: &AccountId) -> Vec<(u128, u128)> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid {
					who: payer,
					actual_fee,
					tip,
				},
			) if payer == *who => Some((actual_fee, tip)),
			_ => None,
		})
		.collect()
}
