//! What the contract tests share: the accounts' roles, the limits, deploying a vault and a cert
//! token, approving an action by several relayers, and the vault's balance sheet.
#![allow(dead_code)]

use alloy::{
	primitives::{aliases::U208, aliases::U48, Address, FixedBytes, U256},
	providers::Provider,
};
use liquid_staking_contracts::{
	bindings::{
		LiquidCertToken::{self, LiquidCertTokenInstance},
		LiquidStakingVault::{self, LiquidStakingVaultInstance},
		TestToken::{self, TestTokenInstance},
	},
	LocalChain,
};

/// `StakeAs`: the wrapped coin, bond or cert on the appchain.
pub const NONE: u8 = 0;
pub const BOND: u8 = 1;
pub const CERT: u8 = 2;

/// One coin of 18 decimals.
pub const COIN: u128 = 1_000_000_000_000_000_000;
/// A day, in seconds.
pub const DAY: u64 = 86_400;

pub fn coins(n: u128) -> U256 {
	U256::from(n * COIN)
}

/// The roles of anvil's ten accounts in these tests.
pub struct Roles {
	pub deployer: Address,
	pub relayers: Vec<Address>,
	pub guardian: Address,
	pub user: Address,
	pub recipient: Address,
	pub stranger: Address,
	pub new_relayers: Vec<Address>,
}

pub fn roles(chain: &LocalChain) -> Roles {
	let a = &chain.accounts;
	Roles {
		deployer: a[0],
		relayers: vec![a[1], a[2], a[3]],
		guardian: a[4],
		user: a[5],
		recipient: a[6],
		stranger: a[7],
		new_relayers: vec![a[8], a[9], a[2]],
	}
}

/// The limits of the tests: deposits of 0.1 to 100 coins, 300 coins per day in and out,
/// release deadlines at most 4 days ahead.
pub fn limits() -> LiquidStakingVault::Limits {
	LiquidStakingVault::Limits {
		minDeposit: U256::from(COIN / 10),
		maxDeposit: coins(100),
		depositWindow: U48::from(DAY),
		depositLimit: U208::from(300 * COIN),
		releaseWindow: U48::from(DAY),
		releaseLimit: U208::from(300 * COIN),
		maxDeadlineAhead: U48::from(4 * DAY),
	}
}

/// Deploys a vault of `token` (0: the native coin) with the three relayers, threshold 2, the
/// tests' limits and the guardian.
pub async fn deploy_vault(
	chain: &LocalChain,
	token: Address,
) -> LiquidStakingVaultInstance<alloy::providers::DynProvider> {
	let r = roles(chain);
	LiquidStakingVault::deploy(
		chain.provider.clone(),
		token,
		r.relayers.clone(),
		U256::from(2),
		limits(),
		r.guardian,
	)
	.await
	.expect("the vault deploys")
}

/// Deploys an 18-decimal test ERC-20 (MATIC on Ethereum) and mints `amount` to `to`.
pub async fn deploy_token(
	chain: &LocalChain,
	to: Address,
	amount: U256,
) -> TestTokenInstance<alloy::providers::DynProvider> {
	let token =
		TestToken::deploy(chain.provider.clone(), "Polygon Ecosystem Token".into(), "POL".into())
			.await
			.expect("the token deploys");
	mined(token.mint(to, amount)).await;
	token
}

/// Sends a call and checks that it succeeded; returns its receipt.
pub async fn mined<P, D, N>(
	call: alloy::contract::CallBuilder<P, D, N>,
) -> alloy::rpc::types::TransactionReceipt
where
	P: Provider<N>,
	D: alloy::contract::CallDecoder,
	N: alloy::network::Network<ReceiptResponse = alloy::rpc::types::TransactionReceipt>,
{
	// The vault's deposit and release windows write a new checkpoint when the second changes:
	// an estimate made in the second of the last checkpoint is short by that write.
	let gas = call
		.estimate_gas()
		.await
		.unwrap_or_else(|e| panic!("the call is estimated: {e}"));
	let receipt = call
		.gas(gas + gas / 4 + 25_000)
		.send()
		.await
		.unwrap_or_else(|e| panic!("the call is sent: {e}"))
		.get_receipt()
		.await
		.expect("the receipt");
	assert!(receipt.status(), "the transaction succeeded");
	receipt
}

/// A release of `vault` on its chain.
pub fn release(
	chain: &LocalChain,
	vault: Address,
	id: u64,
	recipient: Address,
	amount: U256,
	deadline: u64,
) -> LiquidStakingVault::Release {
	LiquidStakingVault::Release {
		chainId: U256::from(chain.anvil.chain_id()),
		vault,
		id,
		recipient,
		amount,
		deadline,
	}
}

/// A 32-byte appchain account.
pub fn account(n: u8) -> FixedBytes<32> {
	FixedBytes::from([n; 32])
}

/// Sets the vault's adapter by the relayers' threshold.
pub async fn set_adapter(
	chain: &LocalChain,
	vault: &LiquidStakingVaultInstance<alloy::providers::DynProvider>,
	adapter: Address,
) {
	let r = roles(chain);
	let settings = LiquidStakingVault::Settings {
		chainId: U256::from(chain.anvil.chain_id()),
		vault: *vault.address(),
		nonce: vault.nextSettingsNonce().call().await.unwrap(),
		limits: limits(),
		guardian: r.guardian,
		adapter,
	};
	mined(vault.approveSettings(settings.clone()).from(r.relayers[0])).await;
	mined(vault.approveSettings(settings).from(r.relayers[1])).await;
	assert_eq!(vault.adapter().call().await.unwrap(), adapter);
}

/// Deposits `amount` of the native coin from `from` into `vault`, for the appchain account
/// `account(1)`, paid as the wrapped coin.
pub async fn deposit_native(
	vault: &LiquidStakingVaultInstance<alloy::providers::DynProvider>,
	from: Address,
	amount: U256,
) -> alloy::rpc::types::TransactionReceipt {
	mined(vault.deposit(account(1), amount, 0, NONE).value(amount).from(from)).await
}

/// The cert limits of the tests: returns and redemptions of 0.1 to 50 cert each, 100 cert minted
/// and 100 cert burned per day.
pub fn cert_limits() -> LiquidStakingVault::CertLimits {
	LiquidStakingVault::CertLimits {
		minTransfer: U256::from(COIN / 10),
		maxTransfer: coins(50),
		mintWindow: U48::from(DAY),
		mintLimit: U208::from(100 * COIN),
		burnWindow: U48::from(DAY),
		burnLimit: U208::from(100 * COIN),
	}
}

/// Deploys the cert token of pool 0 ("aBNBc", 18 decimals) that `vault` mints and burns.
pub async fn deploy_cert(
	chain: &LocalChain,
	vault: Address,
) -> LiquidCertTokenInstance<alloy::providers::DynProvider> {
	LiquidCertToken::deploy(
		chain.provider.clone(),
		"Liquid staked BNB cert".into(),
		"aBNBc".into(),
		18,
		vault,
		0,
	)
	.await
	.expect("the cert token deploys")
}

/// A cert config of `vault` on its chain.
pub fn cert_config(
	chain: &LocalChain,
	vault: Address,
	nonce: u64,
	token: Address,
	limits: LiquidStakingVault::CertLimits,
) -> LiquidStakingVault::CertConfig {
	LiquidStakingVault::CertConfig {
		chainId: U256::from(chain.anvil.chain_id()),
		vault,
		nonce,
		token,
		limits,
	}
}

/// A cert mint of `vault` on its chain.
pub fn cert_mint(
	chain: &LocalChain,
	vault: Address,
	id: u64,
	recipient: Address,
	amount: U256,
	deadline: u64,
) -> LiquidStakingVault::CertMint {
	LiquidStakingVault::CertMint {
		chainId: U256::from(chain.anvil.chain_id()),
		vault,
		id,
		recipient,
		amount,
		deadline,
	}
}

/// A cert rate of `vault` on its chain.
pub fn cert_rate(
	chain: &LocalChain,
	vault: Address,
	pool: u32,
	epoch: u64,
	pooled: U256,
	shares: U256,
) -> LiquidStakingVault::CertRate {
	LiquidStakingVault::CertRate {
		chainId: U256::from(chain.anvil.chain_id()),
		vault,
		pool,
		epoch,
		pooled,
		shares,
	}
}

/// Sets the vault's cert token, with the tests' cert limits, by the relayers' threshold.
pub async fn set_cert(
	chain: &LocalChain,
	vault: &LiquidStakingVaultInstance<alloy::providers::DynProvider>,
	token: Address,
) {
	let r = roles(chain);
	let config = cert_config(
		chain,
		*vault.address(),
		vault.nextSettingsNonce().call().await.unwrap(),
		token,
		cert_limits(),
	);
	mined(vault.approveCertConfig(config.clone()).from(r.relayers[0])).await;
	mined(vault.approveCertConfig(config).from(r.relayers[1])).await;
	assert_eq!(vault.certToken().call().await.unwrap(), token);
}

/// Mints `amount` cert to `recipient` by the relayers' threshold, under the cert mint id `id`.
pub async fn mint_cert(
	chain: &LocalChain,
	vault: &LiquidStakingVaultInstance<alloy::providers::DynProvider>,
	id: u64,
	recipient: Address,
	amount: U256,
) {
	let r = roles(chain);
	let m = cert_mint(chain, *vault.address(), id, recipient, amount, chain.now().await + DAY);
	mined(vault.approveCertMint(m.clone()).from(r.relayers[0])).await;
	mined(vault.approveCertMint(m).from(r.relayers[1])).await;
	assert!(vault.certMinted(id).call().await.unwrap());
}
