//! Genesis presets: `development` and `local_testnet`, for two different uses.
//!
//! **`development`** (`--dev`, [`development_config_genesis`]) is the chain the end-to-end tests,
//! the web page and the integration tests of `tests/` run against: everything is seeded so that
//! one can stake, trade and bridge from the first block.
//! - The twelve well-known dev accounts (Alice to Ferdie and their `//stash` accounts) hold
//!   [`ENDOWMENT`] of the native token and [`WRAPPED_ENDOWMENT`] of each wrapped coin.
//! - Bridge limits of [`bridge_limits`]: 10,000 coins per deposit, 100,000 a day.
//! - The DEX is seeded by Ferdie through the dev-only `DexGenesis` pallet: he stakes into both
//!   pools, then provides [`DEX_LIQUIDITY`] to the pools WBNB/bond of pool 0, WBNB/cBNB,
//!   WMATIC/bond of pool 1 and native/WBNB, and [`FEE_POOL_LIQUIDITY`] against the native token
//!   to a pool of each other coin (WMATIC, cBNB, cMATIC and both bond tokens), so that every coin
//!   of the chain can pay fees (see `configs::balances`), paying each pool's setup fee
//!   (`dex::PoolSetupFee`).
//! - Alice is the only member of `OracleMembership`: she reports the rewards of local pools
//!   (`LocalPoolOracle`).
//!
//! The end-to-end tests, the page and `tests/` depend on every one of these: change one only
//! together with them.
//!
//! **`local_testnet`** (`--chain local`, [`local_config_genesis`]) is a chain that starts as a
//! real deployment would, with the well-known dev keys: nothing is seeded for tests, the wrapped
//! coins arrive only through the bridge (the relayers attest deposits made on BSC and Polygon).
//! - The same accounts hold [`ENDOWMENT`] of the native token and nothing else: no wrapped coins,
//!   no stakes, no DEX pools (`DexGenesis` is left empty), no oracle members.
//! - Stricter bridge limits, [`local_bridge_limits`]: 1,000 coins per deposit, 10,000 a day; a
//!   larger deposit waits in the chain's queue until the `BridgeAdmin` track approves it.
//!
//! **Both** start with two pools: BNB staked on BNB Smart Chain (pool 0) and MATIC staked on
//! Ethereum (pool 1, where Polygon PoS validators stake), with the parameters of [`pool_params`]
//! and an allocation over five validators each. Their underlying coins are the wrapped coins `WBNB`
//! (asset 1) and `WMATIC` (asset 2), owned by the liquid-staking pallet account (which holds
//! [`PALLET_ENDOWMENT`] for the deposits of the cert tokens' metadata); their cert tokens are
//! `cBNB` (asset 101) and `cMATIC` (asset 102). All four ids are below `FIRST_USER_ASSET_ID`, in
//! the runtime's range. Three chains are registered with the bridge, with Alice, Bob and Charlie as
//! relayers and a threshold of two: BNB Smart Chain (56) with WBNB, and Ethereum (1) and Polygon
//! (137), which share WMATIC: MATIC deposited on either feeds pool 1. Each pool's cert may be sent
//! to the chains of its coin ([`cert_limits`]): cBNB to BNB Smart Chain, cMATIC to Ethereum and
//! Polygon. Neither has a sudo key (root decisions go through OpenGov's referenda).
//!
//! **The parachain** (both): para id [`PARA_ID`]; Alice and Bob are the invulnerable collators,
//! their Aura session keys the sr25519 dev keys (`//Alice`, `//Bob`); candidates bond
//! [`CANDIDACY_BOND`] to join them; the relay chain's token is the sufficient asset
//! [`RELAY_TOKEN`](crate::xcm_config::RELAY_TOKEN) (`DOT`, 10 decimals), which only the relay
//! chain deposits (see [`crate::xcm_config`]); pallet-xcm speaks XCM version
//! [`SAFE_XCM_VERSION`] until it learns the others'.

use crate::{
	configs::{
		dex::{DexAsset, MintMinLiquidity},
		LiquidStakingFeeAccount, LiquidStakingPalletId, FIRST_USER_ASSET_ID,
	},
	xcm_config::RELAY_TOKEN,
	AccountId, AssetId, AssetsConfig, AuraId, Balance, BalancesConfig, CollatorSelectionConfig,
	DexGenesisConfig, LiquidStakingBridgeConfig, LiquidStakingConfig, OracleMembershipConfig,
	ParachainInfoConfig, PolkadotXcmConfig, RuntimeGenesisConfig, SessionConfig, SessionKeys, DAYS,
	UNIT,
};
use alloc::{vec, vec::Vec};
use frame_support::{build_struct_json_patch, traits::fungible::NativeOrWithId};
use pallet_liquid_staking::{
	GenesisAllocation, GenesisPool, PoolId, PoolParams, TokenKind, ValidatorId,
};
use pallet_liquid_staking_bridge::{BridgeLimits, CertLimits, GenesisCertRoute, GenesisChain};
use serde_json::Value;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::AccountIdConversion, Perbill};

/// The para id of both presets.
pub const PARA_ID: u32 = 2000;
/// What a collator candidate bonds.
pub const CANDIDACY_BOND: Balance = 1_000 * UNIT;
/// The XCM version pallet-xcm speaks to a chain whose version it does not know yet.
pub const SAFE_XCM_VERSION: u32 = xcm::prelude::XCM_VERSION;
/// The relay token's smallest balance: a hundredth of a token (10 decimals).
pub const RELAY_TOKEN_MIN_BALANCE: Balance = 100_000_000;

/// The invulnerable collators of both presets, with their Aura keys: Alice and Bob.
pub fn invulnerables() -> Vec<(AccountId, AuraId)> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob]
		.iter()
		.map(|k| (k.to_account_id(), k.public().into()))
		.collect()
}

/// What every dev account holds of the native token at genesis (both presets).
pub const ENDOWMENT: u128 = 1_000_000 * UNIT;
/// What the liquid-staking pallet account holds at genesis: the deposits of the cert assets'
/// metadata are reserved from it.
pub const PALLET_ENDOWMENT: u128 = 1_000 * UNIT;
/// One coin of an 18-decimal remote chain (BNB, MATIC).
pub const COIN: Balance = 1_000_000_000_000_000_000;
/// What every dev account holds of each wrapped coin at genesis (`development` only).
pub const WRAPPED_ENDOWMENT: Balance = 10_000 * COIN;
/// The wrapped BNB, staked by pool 0.
pub const WBNB: AssetId = 1;
/// The wrapped MATIC, staked by pool 1.
pub const WMATIC: AssetId = 2;
/// The cert token of pool 0.
pub const CBNB: AssetId = 101;
/// The cert token of pool 1.
pub const CMATIC: AssetId = 102;
// The genesis assets' ids are the runtime's: no signed account could have created them.
const _: () = assert!(
	WBNB < FIRST_USER_ASSET_ID
		&& WMATIC < FIRST_USER_ASSET_ID
		&& CBNB < FIRST_USER_ASSET_ID
		&& CMATIC < FIRST_USER_ASSET_ID
);
/// The EVM chain id of Ethereum, where MATIC is staked (Polygon PoS validators stake there).
pub const ETHEREUM_CHAIN_ID: u64 = 1;
/// The EVM chain id of BNB Smart Chain.
pub const BSC_CHAIN_ID: u64 = 56;
/// The EVM chain id of Polygon, where MATIC is also held: its deposits feed the same pool.
pub const POLYGON_CHAIN_ID: u64 = 137;

/// The deposit limits of both chains in `development`: 10,000 coins per deposit, 100,000 in any
/// day; withdrawals of at least a hundredth of a coin.
pub fn bridge_limits() -> BridgeLimits<Balance, crate::BlockNumber> {
	BridgeLimits {
		max_per_deposit: 10_000 * COIN,
		max_per_period: 100_000 * COIN,
		period: DAYS,
		min_withdrawal: COIN / 100,
	}
}

/// The deposit limits of both chains in `local_testnet`: 1,000 coins per deposit, 10,000 in any
/// day; withdrawals of at least a tenth of a coin.
pub fn local_bridge_limits() -> BridgeLimits<Balance, crate::BlockNumber> {
	BridgeLimits {
		max_per_deposit: 1_000 * COIN,
		max_per_period: 10_000 * COIN,
		period: DAYS,
		min_withdrawal: COIN / 10,
	}
}

/// The cert routes of both presets: each pool's cert may go to the chains of its coin, from a
/// tenth of a cert to 1,000 cert per transfer, and at most 10,000 cert may come back from one
/// chain in any day. The vault on each chain holds the matching `CertLimits`.
pub fn cert_limits() -> CertLimits<Balance, crate::BlockNumber> {
	CertLimits {
		min_transfer: COIN / 10,
		max_transfer: 1_000 * COIN,
		max_per_period: 10_000 * COIN,
		period: DAYS,
	}
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

/// What the DEX's genesis provider puts on each side of each genesis pool (and stakes), in
/// `development`.
pub const DEX_LIQUIDITY: Balance = 1_000 * COIN;

/// What the DEX's genesis provider puts against the native token in the pools through which
/// WMATIC, cBNB, cMATIC and the bond tokens pay fees (`development`): at 100 native units a coin,
/// as in the native/WBNB pool, a fee of a milli-unit moves such a pool's price by about two
/// ten-millionths.
pub const FEE_POOL_LIQUIDITY: Balance = 100 * COIN;

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

/// A genesis stake of the DEX's provider: (staker, pool, amount, kind).
type DexStake = (AccountId, PoolId, Balance, TokenKind);
/// A genesis DEX pool: (provider, asset, asset, amount, amount).
type DexPool = (AccountId, DexAsset, DexAsset, Balance, Balance);

/// The DEX's genesis seeding (`development` only): `provider` stakes into both pools for the bond
/// and cert tokens it provides, then creates four trading pools and five fee pools with their
/// first liquidity, paying each pool's setup fee. Each first deposit mints `√(a₁·a₂)` LP tokens
/// (10²¹, 10¹⁹ and 10¹⁸), far above the `2 · MintMinLiquidity` it must exceed.
fn dex_seeding(provider: AccountId) -> (Vec<DexStake>, Vec<DexPool>) {
	let stakes = vec![
		(provider.clone(), 0, 2 * DEX_LIQUIDITY, TokenKind::Bond),
		(provider.clone(), 0, 2 * DEX_LIQUIDITY, TokenKind::Cert),
		(provider.clone(), 1, 2 * DEX_LIQUIDITY, TokenKind::Bond),
		(provider.clone(), 1, DEX_LIQUIDITY, TokenKind::Cert),
	];
	// The fee pools: every coin but WBNB (whose trading pool with the native token serves)
	// against the native token.
	let native_per_fee_pool = 100 * FEE_POOL_LIQUIDITY / COIN * UNIT;
	let fee_pools = [
		DexAsset::Asset(WMATIC),
		DexAsset::Asset(CBNB),
		DexAsset::Asset(CMATIC),
		DexAsset::Bond(0),
		DexAsset::Bond(1),
	]
	.map(|coin| {
		(provider.clone(), DexAsset::Native, coin, native_per_fee_pool, FEE_POOL_LIQUIDITY)
	});
	let pools = vec![
		(provider.clone(), DexAsset::Asset(WBNB), DexAsset::Bond(0), DEX_LIQUIDITY, DEX_LIQUIDITY),
		(
			provider.clone(),
			DexAsset::Asset(WBNB),
			DexAsset::Asset(CBNB),
			DEX_LIQUIDITY,
			DEX_LIQUIDITY,
		),
		(
			provider.clone(),
			DexAsset::Asset(WMATIC),
			DexAsset::Bond(1),
			DEX_LIQUIDITY,
			DEX_LIQUIDITY,
		),
		(provider, DexAsset::Native, DexAsset::Asset(WBNB), 100_000 * UNIT, DEX_LIQUIDITY),
	]
	.into_iter()
	.chain(fee_pools)
	.collect::<Vec<_>>();
	debug_assert!(pools.iter().all(|(.., a, b)| {
		let (a, b) = (sp_core::U256::from(*a), sp_core::U256::from(*b));
		(a * b).integer_sqrt() > sp_core::U256::from(2 * MintMinLiquidity::get())
	}));
	(stakes, pools)
}

/// The genesis both presets share: the endowed accounts' native token, the wrapped coins, both
/// chains with `relayers` and `limits`, both pools and their allocations. With `test_seeding`
/// (`development` only), also every endowed account's wrapped coins and the DEX's stakes and
/// pools.
fn testnet_genesis(
	endowed_accounts: Vec<AccountId>,
	relayers: Vec<AccountId>,
	limits: BridgeLimits<Balance, crate::BlockNumber>,
	oracle_members: Vec<AccountId>,
	test_seeding: bool,
) -> Value {
	let pallet: AccountId = LiquidStakingPalletId::get().into_account_truncating();
	let mut balances: Vec<(AccountId, Balance)> =
		endowed_accounts.iter().cloned().map(|k| (k, ENDOWMENT)).collect();
	balances.push((pallet.clone(), PALLET_ENDOWMENT));
	let wrapped = [(WBNB, "Wrapped BNB", "WBNB"), (WMATIC, "Wrapped MATIC", "WMATIC")];
	let collators = invulnerables();
	let (wrapped_accounts, (dex_stakes, dex_pools)) = if test_seeding {
		let accounts: Vec<(AssetId, AccountId, Balance)> = wrapped
			.iter()
			.flat_map(|(id, ..)| {
				endowed_accounts.iter().map(move |who| (*id, who.clone(), WRAPPED_ENDOWMENT))
			})
			.collect();
		// Ferdie provides the DEX's first liquidity.
		(accounts, dex_seeding(Sr25519Keyring::Ferdie.to_account_id()))
	} else {
		(Vec::new(), (Vec::new(), Vec::new()))
	};
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		parachain_info: ParachainInfoConfig { parachain_id: PARA_ID.into() },
		collator_selection: CollatorSelectionConfig {
			invulnerables: collators.iter().map(|(account, _)| account.clone()).collect::<Vec<_>>(),
			candidacy_bond: CANDIDACY_BOND,
		},
		session: SessionConfig {
			keys: collators
				.into_iter()
				.map(|(account, aura)| (account.clone(), account, SessionKeys { aura }))
				.collect::<Vec<_>>(),
		},
		polkadot_xcm: PolkadotXcmConfig { safe_xcm_version: Some(SAFE_XCM_VERSION) },
		assets: AssetsConfig {
			assets: wrapped
				.iter()
				.map(|(id, ..)| (*id, pallet.clone(), true, 1))
				.chain([(RELAY_TOKEN, pallet.clone(), true, RELAY_TOKEN_MIN_BALANCE)])
				.collect::<Vec<_>>(),
			metadata: wrapped
				.iter()
				.map(|(id, name, symbol)| (
					*id,
					name.as_bytes().to_vec(),
					symbol.as_bytes().to_vec(),
					18
				))
				.chain([(RELAY_TOKEN, b"Relay chain token".to_vec(), b"DOT".to_vec(), 10)])
				.collect::<Vec<_>>(),
			accounts: wrapped_accounts,
		},
		dex_genesis: DexGenesisConfig { stakes: dex_stakes, pools: dex_pools, unstakes: vec![] },
		oracle_membership: OracleMembershipConfig {
			members: oracle_members.try_into().expect("at most MaxOracleMembers oracle members"),
		},
		liquid_staking_bridge: LiquidStakingBridgeConfig {
			chains:
				[(BSC_CHAIN_ID, WBNB), (ETHEREUM_CHAIN_ID, WMATIC), (POLYGON_CHAIN_ID, WMATIC),]
					.into_iter()
					.map(|(chain, coin)| GenesisChain {
						chain,
						wrapped: NativeOrWithId::WithId(coin),
						limits,
						relayers: relayers.clone(),
						threshold: 2,
					})
					.collect::<Vec<_>>(),
			// Each pool's cert may go to the chains of its coin.
			cert_routes: [(BSC_CHAIN_ID, 0), (ETHEREUM_CHAIN_ID, 1), (POLYGON_CHAIN_ID, 1)]
				.into_iter()
				.map(|(chain, pool)| GenesisCertRoute { chain, pool, limits: cert_limits() })
				.collect::<Vec<_>>(),
		},
		liquid_staking: LiquidStakingConfig {
			pools: vec![
				GenesisPool {
					underlying: NativeOrWithId::WithId(WBNB),
					cert: CBNB,
					cert_name: "Staked BNB certificate".into(),
					cert_symbol: "cBNB".into(),
					cert_decimals: 18,
					cert_min_balance: 1,
					validator_chain: Some(BSC_CHAIN_ID),
					params: pool_params(),
				},
				GenesisPool {
					underlying: NativeOrWithId::WithId(WMATIC),
					cert: CMATIC,
					cert_name: "Staked MATIC certificate".into(),
					cert_symbol: "cMATIC".into(),
					cert_decimals: 18,
					cert_min_balance: 1,
					validator_chain: Some(ETHEREUM_CHAIN_ID),
					params: pool_params(),
				},
			],
			allocations: vec![
				GenesisAllocation { pool: 0, allocation: allocation(0xb5c) },
				GenesisAllocation { pool: 1, allocation: allocation(0x137) },
			],
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

/// The `development` preset: the well-known dev accounts endowed with the native token and the
/// wrapped coins, the DEX seeded, the limits of [`bridge_limits`], Alice the oracle's only member
/// (see the module's docs).
pub fn development_config_genesis() -> Value {
	testnet_genesis(
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		relayers(),
		bridge_limits(),
		vec![Sr25519Keyring::Alice.to_account_id()],
		true,
	)
}

/// The `local_testnet` preset: the well-known dev accounts endowed with the native token only,
/// nothing seeded, the stricter limits of [`local_bridge_limits`] (see the module's docs).
pub fn local_config_genesis() -> Value {
	testnet_genesis(
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		relayers(),
		local_bridge_limits(),
		Vec::new(),
		false,
	)
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
