//! Chain specifications built from the runtime's genesis presets, with the relay chain and the
//! para id a collator (polkadot-omni-node) reads from them.

use liquid_staking_runtime::{genesis_config_presets::PARA_ID, WASM_BINARY};
use sc_chain_spec::{ChainSpecExtension, ChainSpecGroup};
use sc_service::ChainType;
use serde::{Deserialize, Serialize};

/// The relay chain both specs name: a local Westend (`polkadot --chain westend-local`).
pub const RELAY_CHAIN: &str = "westend-local";

/// What a collator needs to know of the parachain beyond its genesis: the relay chain it runs on
/// and its para id, under the names polkadot-omni-node reads (`relay_chain`, `para_id`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ChainSpecGroup, ChainSpecExtension)]
pub struct Extensions {
	/// The relay chain's chain spec id (or path).
	#[serde(alias = "relayChain")]
	pub relay_chain: String,
	/// The para id, the same as the genesis' `parachainInfo.parachainId`.
	#[serde(alias = "paraId")]
	pub para_id: u32,
}

/// The node's chain specification, with the parachain's [`Extensions`].
pub type ChainSpec = sc_service::GenericChainSpec<Extensions>;

fn properties() -> sc_chain_spec::Properties {
	let mut p = sc_chain_spec::Properties::new();
	p.insert("tokenSymbol".into(), "LQS".into());
	p.insert("tokenDecimals".into(), 12.into());
	p.insert("ss58Format".into(), 42.into());
	p
}

fn builder(
	name: &str,
	id: &str,
	chain_type: ChainType,
) -> Result<sc_chain_spec::ChainSpecBuilder<Extensions>, String> {
	let wasm = WASM_BINARY.ok_or_else(|| "the runtime's Wasm was not built".to_string())?;
	let extensions = Extensions { relay_chain: RELAY_CHAIN.into(), para_id: PARA_ID };
	Ok(ChainSpec::builder(wasm, extensions)
		.with_name(name)
		.with_id(id)
		.with_chain_type(chain_type)
		.with_properties(properties()))
}

fn spec(name: &str, id: &str, chain_type: ChainType, preset: &str) -> Result<ChainSpec, String> {
	Ok(builder(name, id, chain_type)?.with_genesis_config_preset_name(preset).build())
}

/// A chain specification whose genesis is the runtime's default config with `patch` applied.
#[cfg(feature = "runtime-benchmarks")]
pub fn with_patch(
	name: &str,
	id: &str,
	chain_type: ChainType,
	patch: serde_json::Value,
) -> Result<ChainSpec, String> {
	Ok(builder(name, id, chain_type)?.with_genesis_config_patch(patch).build())
}

/// `--dev`: the `development` preset.
pub fn development() -> Result<ChainSpec, String> {
	spec(
		"Liquid staking development",
		"dev",
		ChainType::Development,
		sp_genesis_builder::DEV_RUNTIME_PRESET,
	)
}

/// `--chain local`: the `local_testnet` preset.
pub fn local_testnet() -> Result<ChainSpec, String> {
	spec(
		"Liquid staking local testnet",
		"local_testnet",
		ChainType::Local,
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
	)
}
