//! The relay chain a sealed dev node pretends to be built on, as polkadot-omni-node's dev mode
//! does: every block gets the `set_validation_data` inherent with a mocked relay-chain state
//! proof (built by `cumulus-test-relay-sproof-builder`, as the integration tests build theirs),
//! the timestamp of its relay slot, and an Aura pre-digest of that slot
//! (`AuraConsensusDataProvider`), so that the parachain runtime runs as it runs on a collator.
//!
//! # The mocked relay chain's clock
//!
//! The relay chain has 6-second slots and one block per slot, and a parachain block gets the
//! relay parent of slot `max(parent's slot + 1, the wall clock's slot)`:
//!
//! - a block sealed 6 seconds or more after its parent is built on the relay block of the wall
//!   clock's slot: the relay chain's blocks pass in real time, and a dev chain left idle for an
//!   hour sees its unbonding periods progress by an hour (600 relay blocks) at its next block;
//! - blocks sealed faster than that (instant seal, `engine_createBlock`) get consecutive relay
//!   blocks: one relay block per parachain block, and the chain's time runs ahead of the wall
//!   clock until blocks slow down.
//!
//! The parent's slot is read from its timestamp (`Timestamp::Now`), so the clock survives a
//! restart of the node.

use crate::service::FullClient;
use codec::{Decode, Encode};
use cumulus_primitives_core::{
	relay_chain::{HeadData, Slot, UpgradeGoAhead},
	CollectCollationInfo, GetParachainInfo, ParaId, PersistedValidationData, RelayParentOffsetApi,
};
use cumulus_primitives_parachain_inherent::{MessageQueueChain, ParachainInherentData};
use cumulus_test_relay_sproof_builder::RelayStateSproofBuilder;
use liquid_staking_runtime::opaque::Block;
use sc_client_api::StorageProvider;
use sp_api::ProvideRuntimeApi;
use sp_runtime::traits::Block as BlockT;
use sp_storage::StorageKey;
use std::sync::Arc;

/// The relay chain's slot (and block time), in milliseconds.
pub const RELAY_SLOT_MILLIS: u64 = 6_000;

type Hash = <Block as BlockT>::Hash;

/// The inherent data providers of a block built on `parent`: the timestamp of its relay slot
/// and the relay chain's validation data.
pub type Providers = (sp_timestamp::InherentDataProvider, ParachainInherentData);

/// The storage key of `pallet::item`.
fn storage_key(pallet: &[u8], item: &[u8]) -> StorageKey {
	let mut key = sp_crypto_hashing::twox_128(pallet).to_vec();
	key.extend(sp_crypto_hashing::twox_128(item));
	StorageKey(key)
}

/// The value of `key` in the state of `parent` (`None` if absent).
fn read<T: Decode>(
	client: &Arc<FullClient>,
	parent: Hash,
	key: &StorageKey,
) -> Result<Option<T>, String> {
	client
		.storage(parent, key)
		.map_err(|e| e.to_string())?
		.map(|v| T::decode(&mut &v.0[..]).map_err(|e| e.to_string()))
		.transpose()
}

/// The relay slot a block built on a parent of timestamp `parent_millis` gets at wall-clock time
/// `now_millis` (see the module's docs).
pub fn next_relay_slot(parent_millis: u64, now_millis: u64) -> u64 {
	let parent_slot = parent_millis / RELAY_SLOT_MILLIS;
	(parent_slot + 1).max(now_millis / RELAY_SLOT_MILLIS)
}

/// The inherent data of the block built on `parent` now: at the relay slot of the module's
/// clock.
pub fn providers(client: &Arc<FullClient>, parent: Hash) -> Result<Providers, String> {
	let parent_millis: u64 =
		read(client, parent, &storage_key(b"Timestamp", b"Now"))?.unwrap_or_default();
	let now_millis = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map_err(|e| e.to_string())?
		.as_millis() as u64;
	providers_at(client, parent, next_relay_slot(parent_millis, now_millis))
}

/// The inherent data of the block built on `parent` on the relay parent of `relay_slot` (one
/// relay block per slot: its number is the slot).
pub fn providers_at(
	client: &Arc<FullClient>,
	parent: Hash,
	relay_slot: u64,
) -> Result<Providers, String> {
	let header = client
		.header(parent)
		.map_err(|e| e.to_string())?
		.ok_or_else(|| format!("the parent {parent} is not in the database"))?;
	let api = client.runtime_api();
	let para_id: ParaId = api.parachain_id(parent).map_err(|e| e.to_string())?;
	let relay_parent_offset = api.relay_parent_offset(parent).unwrap_or_default();
	// A pending code upgrade is applied at once: the relay chain says "go ahead".
	let upgrade_go_ahead = api
		.collect_collation_info(parent, &header)
		.map(|info| info.new_validation_code.is_some())
		.unwrap_or_default()
		.then_some(UpgradeGoAhead::GoAhead);

	// One relay block per relay slot: the relay parent's number is its slot.
	let relay_parent_number = u32::try_from(relay_slot).map_err(|e| e.to_string())?;
	// No downward messages: the queue's head stays what the parachain last saw.
	let dmq_mqc_head = read::<MessageQueueChain>(
		client,
		parent,
		&storage_key(b"ParachainSystem", b"LastDmqMqcHead"),
	)?
	.unwrap_or_default()
	.head();

	let sproof = RelayStateSproofBuilder {
		para_id,
		current_slot: Slot::from(relay_slot),
		included_para_head: Some(HeadData(header.encode())),
		dmq_mqc_head: Some(dmq_mqc_head),
		upgrade_go_ahead,
		..Default::default()
	};
	let (relay_parent_storage_root, relay_chain_state, relay_parent_descendants) =
		sproof.into_state_root_proof_and_descendants(relay_parent_offset.into());
	let validation_data = ParachainInherentData {
		validation_data: PersistedValidationData {
			parent_head: HeadData(header.encode()),
			relay_parent_number,
			relay_parent_storage_root,
			max_pov_size: cumulus_primitives_core::relay_chain::MAX_POV_SIZE,
		},
		relay_chain_state,
		downward_messages: Default::default(),
		horizontal_messages: Default::default(),
		relay_parent_descendants,
		collator_peer_id: None,
	};
	let timestamp =
		sp_timestamp::InherentDataProvider::new((relay_slot * RELAY_SLOT_MILLIS).into());
	Ok((timestamp, validation_data))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn relay_slots_follow_the_wall_clock_and_never_repeat() {
		// Sealed slowly: the wall clock's slot.
		assert_eq!(next_relay_slot(6_000 * 100, 6_000 * 250 + 10), 250);
		// Sealed fast: the slot after the parent's.
		assert_eq!(next_relay_slot(6_000 * 100, 6_000 * 100 + 10), 101);
		assert_eq!(next_relay_slot(6_000 * 100, 6_000 * 50), 101);
		// The genesis (timestamp 0): the wall clock's slot.
		assert_eq!(next_relay_slot(0, 6_000 * 7), 7);
	}
}
