//! Genesis presets: `development` (one endowed dev account set, for `--dev`) and `local_testnet`.
//!
//! Both start with two pools: BNB staked on BNB Smart Chain and MATIC staked on Polygon. Their
//! underlying coins are the wrapped coins `WBNB` (asset 1) and `WMATIC` (asset 2), owned by the
//! liquid-staking pallet account; their cert tokens are `cBNB` (asset 101) and `cMATIC` (asset
//! 102). The dev accounts hold 10,000 of each wrapped coin, so they can stake from the first block.
//! Both chains are registered with the bridge, with Alice, Bob and Charlie as relayers and a
//! threshold of two.

use crate::{
	configs::{LiquidStakingFeeAccount, LiquidStakingPalletId},
	AccountId, AssetId, AssetsConfig, Balance, BalancesConfig, LiquidStakingConfig,
	RuntimeGenesisConfig, DAYS, UNIT,
};
use crate::{dex::DexAsset, DexGenesisConfig};
use alloc::{vec, vec::Vec};
use frame_support::{build_struct_json_patch, traits::fungible::NativeOrWithId};
use pallet_liquid_staking::{BridgeLimits, PoolParams, TokenKind, ValidatorId};
use serde_json::Value;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::AccountIdConversion, Perbill};

/// What every dev account holds at genesis.
pub const ENDOWMENT: u128 = 1_000_000 * UNIT;
/// What the liquid-staking pallet account holds at genesis: the deposits of the cert assets'
/// metadata are reserved from it.
pub const PALLET_ENDOWMENT: u128 = 1_000 * UNIT;
/// One coin of an 18-decimal remote chain (BNB, MATIC).
pub const COIN: Balance = 1_000_000_000_000_000_000;
/// What every dev account holds of each wrapped coin at genesis.
pub const WRAPPED_ENDOWMENT: Balance = 10_000 * COIN;
/// The wrapped BNB, staked by pool 0.
pub const WBNB: AssetId = 1;
/// The wrapped MATIC, staked by pool 1.
pub const WMATIC: AssetId = 2;
/// The cert token of pool 0.
pub const CBNB: AssetId = 101;
/// The cert token of pool 1.
pub const CMATIC: AssetId = 102;
/// The EVM chain id of BNB Smart Chain.
pub const BSC_CHAIN_ID: u64 = 56;
/// The EVM chain id of Polygon.
pub const POLYGON_CHAIN_ID: u64 = 137;

/// The deposit limits of both chains: 10,000 coins per deposit, 100,000 a day.
pub fn bridge_limits() -> BridgeLimits<Balance, crate::BlockNumber> {
	BridgeLimits { max_per_deposit: 10_000 * COIN, max_per_period: 100_000 * COIN, period: DAYS }
}

/// The genesis pools' unbonding period: 7 days of 6-second blocks (20 blocks with the
/// `fast-runtime` feature, for end-to-end tests only).
#[cfg(not(feature = "fast-runtime"))]
pub const UNBONDING_PERIOD: crate::BlockNumber = 7 * DAYS;
#[cfg(feature = "fast-runtime")]
pub const UNBONDING_PERIOD: crate::BlockNumber = 20;
/// Releases are grouped by the hour (5 blocks with `fast-runtime`).
#[cfg(not(feature = "fast-runtime"))]
pub const BUCKET_INTERVAL: crate::BlockNumber = crate::HOURS;
#[cfg(feature = "fast-runtime")]
pub const BUCKET_INTERVAL: crate::BlockNumber = 5;
/// At most one reward or slash report an hour (every block with `fast-runtime`).
#[cfg(not(feature = "fast-runtime"))]
pub const REPORT_INTERVAL: crate::BlockNumber = crate::HOURS;
#[cfg(feature = "fast-runtime")]
pub const REPORT_INTERVAL: crate::BlockNumber = 1;

/// The validator whose EVM address is the big-endian `n`.
fn validator(n: u64) -> ValidatorId {
	let mut bytes = [0u8; 20];
	bytes[12..].copy_from_slice(&n.to_be_bytes());
	ValidatorId::from(bytes)
}

/// A genesis allocation over five validators, 20 % each (the pools' per-validator cap).
pub fn allocation(seed: u64) -> Vec<(ValidatorId, Perbill)> {
	(1..=5u64)
		.map(|i| (validator(seed << 8 | i), Perbill::from_percent(20)))
		.collect()
}

/// What the DEX's genesis provider puts on each side of each genesis pool (and stakes).
pub const DEX_LIQUIDITY: Balance = 1_000 * COIN;

/// The parameters both genesis pools start with.
pub fn pool_params() -> PoolParams<AccountId, Balance, crate::BlockNumber> {
	PoolParams {
		min_stake: COIN / 100,
		min_unstake: COIN / 100,
		unbonding_period: UNBONDING_PERIOD,
		bucket_interval: BUCKET_INTERVAL,
		commission: Perbill::from_percent(10),
		commission_account: LiquidStakingFeeAccount::get(),
		max_reward_per_report: Perbill::from_parts(750_000),
		max_slash_per_report: Perbill::from_percent(1),
		min_report_interval: REPORT_INTERVAL,
		conversion_fee: Perbill::zero(),
		stake_cap: None,
		max_validator_target: Perbill::from_percent(20),
	}
}

fn testnet_genesis(endowed_accounts: Vec<AccountId>, relayers: Vec<AccountId>) -> Value {
	// Ferdie provides the DEX's first liquidity.
	let dex_provider = Sr25519Keyring::Ferdie.to_account_id();
	let pallet: AccountId = LiquidStakingPalletId::get().into_account_truncating();
	let mut balances: Vec<(AccountId, Balance)> =
		endowed_accounts.iter().cloned().map(|k| (k, ENDOWMENT)).collect();
	balances.push((pallet.clone(), PALLET_ENDOWMENT));
	let wrapped = [(WBNB, "Wrapped BNB", "WBNB"), (WMATIC, "Wrapped MATIC", "WMATIC")];
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		assets: AssetsConfig {
			assets: wrapped
				.iter()
				.map(|(id, ..)| (*id, pallet.clone(), true, 1))
				.collect::<Vec<_>>(),
			metadata: wrapped
				.iter()
				.map(|(id, name, symbol)| (
					*id,
					name.as_bytes().to_vec(),
					symbol.as_bytes().to_vec(),
					18
				))
				.collect::<Vec<_>>(),
			accounts: wrapped
				.iter()
				.flat_map(|(id, ..)| {
					endowed_accounts.iter().map(move |who| (*id, who.clone(), WRAPPED_ENDOWMENT))
				})
				.collect::<Vec<_>>(),
		},
		dex_genesis: DexGenesisConfig {
			stakes: vec![
				(dex_provider.clone(), 0, 2 * DEX_LIQUIDITY, TokenKind::Bond),
				(dex_provider.clone(), 0, 2 * DEX_LIQUIDITY, TokenKind::Cert),
				(dex_provider.clone(), 1, 2 * DEX_LIQUIDITY, TokenKind::Bond),
			],
			pools: vec![
				(
					dex_provider.clone(),
					DexAsset::Asset(WBNB),
					DexAsset::Bond(0),
					DEX_LIQUIDITY,
					DEX_LIQUIDITY
				),
				(
					dex_provider.clone(),
					DexAsset::Asset(WBNB),
					DexAsset::Asset(CBNB),
					DEX_LIQUIDITY,
					DEX_LIQUIDITY
				),
				(
					dex_provider.clone(),
					DexAsset::Asset(WMATIC),
					DexAsset::Bond(1),
					DEX_LIQUIDITY,
					DEX_LIQUIDITY
				),
				(
					dex_provider.clone(),
					DexAsset::Native,
					DexAsset::Asset(WBNB),
					100_000 * UNIT,
					DEX_LIQUIDITY
				),
			],
		},
		liquid_staking: LiquidStakingConfig {
			chains: vec![
				(BSC_CHAIN_ID, NativeOrWithId::WithId(WBNB), bridge_limits(), relayers.clone(), 2),
				(POLYGON_CHAIN_ID, NativeOrWithId::WithId(WMATIC), bridge_limits(), relayers, 2),
			],
			pools: vec![
				(
					NativeOrWithId::WithId(WBNB),
					CBNB,
					b"Staked BNB certificate".to_vec(),
					b"cBNB".to_vec(),
					18,
					1,
					Some(BSC_CHAIN_ID),
					pool_params(),
				),
				(
					NativeOrWithId::WithId(WMATIC),
					CMATIC,
					b"Staked MATIC certificate".to_vec(),
					b"cMATIC".to_vec(),
					18,
					1,
					Some(POLYGON_CHAIN_ID),
					pool_params(),
				),
			],
			allocations: vec![(0, allocation(0xb5c)), (1, allocation(0x137))],
		},
	})
}

/// The relayers of both chains at genesis: Alice, Bob and Charlie, two of whom must agree.
pub fn relayers() -> Vec<AccountId> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
		.iter()
		.map(|k| k.to_account_id())
		.collect()
}

/// The `development` preset: the well-known dev accounts, endowed.
pub fn development_config_genesis() -> Value {
	testnet_genesis(Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(), relayers())
}

/// The `local_testnet` preset: the same accounts, for a local network of several nodes.
pub fn local_config_genesis() -> Value {
	testnet_genesis(Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(), relayers())
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
