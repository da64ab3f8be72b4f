//! The relay chain a sealed dev node pretends to be built on, as polkadot-omni-node's dev mode
//! does: every block gets the `set_validation_data` inherent with a mocked relay-chain state
//! proof (`cumulus-client-parachain-inherent`), the timestamp of its relay slot, and an Aura
//! pre-digest of that slot (`AuraConsensusDataProvider`), so that the parachain runtime runs as
//! it runs on a collator.
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
use cumulus_client_parachain_inherent::MockValidationDataInherentDataProvider;
use cumulus_primitives_core::{
	relay_chain::{HeadData, UpgradeGoAhead},
	CollectCollationInfo, GetParachainInfo, ParaId, RelayParentOffsetApi,
};
use liquid_staking_runtime::opaque::Block;
use sc_client_api::StorageProvider;
use sp_api::ProvideRuntimeApi;
use sp_runtime::traits::{Block as BlockT, Header as _};
use sp_storage::StorageKey;
use std::sync::Arc;

/// The relay chain's slot (and block time), in milliseconds.
pub const RELAY_SLOT_MILLIS: u64 = 6_000;

type Hash = <Block as BlockT>::Hash;

/// The inherent data providers of a block built on `parent`: the relay chain's validation data
/// and the timestamp of its relay slot.
pub type Providers =
	(sp_timestamp::InherentDataProvider, MockValidationDataInherentDataProvider<()>);

/// The storage key of `Timestamp::Now`.
fn timestamp_key() -> StorageKey {
	let mut key = sp_crypto_hashing::twox_128(b"Timestamp").to_vec();
	key.extend(sp_crypto_hashing::twox_128(b"Now"));
	StorageKey(key)
}

/// The relay slot a block built on a parent of timestamp `parent_millis` gets at wall-clock time
/// `now_millis` (see the module's docs).
pub fn next_relay_slot(parent_millis: u64, now_millis: u64) -> u64 {
	let parent_slot = parent_millis / RELAY_SLOT_MILLIS;
	(parent_slot + 1).max(now_millis / RELAY_SLOT_MILLIS)
}

/// The inherent data of the block built on `parent`.
pub fn providers(client: &Arc<FullClient>, parent: Hash) -> Result<Providers, String> {
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

	let parent_millis = client
		.storage(parent, &timestamp_key())
		.map_err(|e| e.to_string())?
		.map(|v| u64::decode(&mut &v.0[..]).map_err(|e| e.to_string()))
		.transpose()?
		.unwrap_or_default();
	let now_millis = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map_err(|e| e.to_string())?
		.as_millis() as u64;
	let relay_slot = next_relay_slot(parent_millis, now_millis);
	let block = u32::try_from(*header.number()).map_err(|e| e.to_string())? + 1;
	// The mock's relay parent is `relay_offset + relay_blocks_per_para_block * block`.
	let relay_number = u32::try_from(relay_slot).map_err(|e| e.to_string())?;
	let relay_offset = relay_number
		.checked_sub(block)
		.ok_or_else(|| format!("relay block {relay_number} is below parachain block {block}"))?;

	let validation_data = MockValidationDataInherentDataProvider::<()> {
		current_para_block: block,
		para_id,
		current_para_block_head: Some(HeadData(header.encode())),
		relay_offset,
		relay_parent_offset,
		relay_blocks_per_para_block: 1,
		para_blocks_per_relay_epoch: 10,
		upgrade_go_ahead,
		..Default::default()
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
