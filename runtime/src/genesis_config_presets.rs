//! Genesis presets: `development` (one endowed dev account set, for `--dev`) and `local_testnet`.

use crate::{AccountId, BalancesConfig, RuntimeGenesisConfig, UNIT};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::Sr25519Keyring;

/// What every dev account holds at genesis.
pub const ENDOWMENT: u128 = 1_000_000 * UNIT;

fn testnet_genesis(endowed_accounts: Vec<AccountId>) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts.iter().cloned().map(|k| (k, ENDOWMENT)).collect::<Vec<_>>(),
		},
	})
}

/// The `development` preset: the well-known dev accounts, endowed.
pub fn development_config_genesis() -> Value {
	testnet_genesis(Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect())
}

/// The `local_testnet` preset: the same accounts, for a local network of several nodes.
pub fn local_config_genesis() -> Value {
	testnet_genesis(Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect())
}

/// The JSON patch of the preset `id`, if the runtime has it.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work. qed.")
			.into_bytes(),
	)
}

/// The names of the presets this runtime has.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
