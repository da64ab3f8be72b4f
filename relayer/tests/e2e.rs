//! End to end: the dev node (`--chain local`, built with `fast-runtime`), three anvil chains
//! (BNB Smart Chain 56, Ethereum 1, Polygon 137) with the vaults and the staking stand-ins,
//! and three relayer processes (Alice, Bob and Charlie on the appchain; threshold 2).
//!
//! Run by the test command (`scripts/test.sh`) with `NODE_BIN` set to that node:
//! `cargo test -p liquid-staking-relayer --test e2e -- --ignored --nocapture`. Every process it
//! starts listens on 127.0.0.1, on a free port, and is killed when the test ends, whatever
//! its outcome.

use std::{
	future::Future,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

use alloy::{
	primitives::{aliases::U208, aliases::U48, Address, FixedBytes, U256},
	providers::{ext::AnvilApi, Provider},
};
use liquid_staking_contracts::{
	bindings::{
		BscStakeHubAdapter, IStakingAdapter, LiquidCertToken,
		LiquidStakingVault::{self, LiquidStakingVaultInstance},
		StakeHubStandIn, TestToken,
	},
	LocalChain,
};
use liquid_staking_relayer::appchain::{Appchain, PoolInfo, TokenKind};
use scale_decode::DecodeAsType;
use subxt::{
	dynamic,
	utils::{AccountId32, H160},
	OnlineClient, SubstrateConfig,
};
use subxt_signer::sr25519::{dev, Keypair};

const COIN: u128 = 1_000_000_000_000_000_000;
const BSC: u64 = 56;
const ETHEREUM: u64 = 1;
const POLYGON: u64 = 137;
/// The genesis assets of `local_testnet`.
const WBNB: u32 = 1;
const WMATIC: u32 = 2;
const CBNB: u32 = 101;
const CMATIC: u32 = 102;
/// What a pool's first stake leaves in the pool account: 10^(decimals / 2) shares.
const DEAD_SHARES: u128 = 1_000_000_000;
/// The appchain's block time in the test, as the runtime expects it (no clock drift).
const APPCHAIN_BLOCK_MS: u64 = 3_000;
/// A withdrawal's release window: below half the `fast-runtime` WithdrawalTimeout (30 blocks).
const RELEASE_WINDOW: u64 = 40;

type Vault = LiquidStakingVaultInstance<alloy::providers::DynProvider>;
type CertToken = LiquidCertToken::LiquidCertTokenInstance<alloy::providers::DynProvider>;

// -------------------------------------------------------------------------------------------
// Processes
// -------------------------------------------------------------------------------------------

/// A child process, killed when dropped.
struct Proc {
	child: Child,
	log: PathBuf,
}

impl Proc {
	fn kill(&mut self) {
		self.child.kill().ok();
		self.child.wait().ok();
	}

	/// The end of its log.
	fn tail(&self) -> String {
		let text = std::fs::read_to_string(&self.log).unwrap_or_default();
		let start = text.len().saturating_sub(6_000);
		text[text.char_indices().map(|(i, _)| i).find(|i| *i >= start).unwrap_or(0)..].to_string()
	}
}

impl Drop for Proc {
	fn drop(&mut self) {
		self.kill();
	}
}

fn free_port() -> u16 {
	std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn spawn(bin: &Path, args: &[String], log: PathBuf) -> Proc {
	let out = std::fs::OpenOptions::new().create(true).append(true).open(&log).unwrap();
	let child = Command::new(bin)
		.args(args)
		.stdin(Stdio::null())
		.stdout(out.try_clone().unwrap())
		.stderr(out)
		.spawn()
		.unwrap_or_else(|e| panic!("starting {}: {e}", bin.display()));
	Proc { child, log }
}

fn node_bin() -> PathBuf {
	let path = std::env::var_os("NODE_BIN").map(PathBuf::from).unwrap_or_else(|| {
		let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| {
			PathBuf::from(std::env::var("HOME").unwrap()).join(".cache/liquid-staking/target")
		});
		target.join("debug/liquid-staking-node")
	});
	assert!(
		path.exists(),
		"the node binary {} is missing: build it (with fast-runtime) or set NODE_BIN",
		path.display()
	);
	path
}

/// Waits until `check` returns `Some`, polling every half second, at most `secs` seconds.
async fn wait_for<T, F, Fut>(what: &str, secs: u64, mut check: F) -> T
where
	F: FnMut() -> Fut,
	Fut: Future<Output = Option<T>>,
{
	let start = Instant::now();
	loop {
		if let Some(v) = check().await {
			println!("[{:>5.1}s] {what}", start.elapsed().as_secs_f32());
			return v;
		}
		assert!(
			start.elapsed() < Duration::from_secs(secs),
			"timed out after {secs}s waiting for: {what}"
		);
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
}

// -------------------------------------------------------------------------------------------
// The appchain, from the test's side
// -------------------------------------------------------------------------------------------

type Api = OnlineClient<SubstrateConfig>;

#[derive(DecodeAsType)]
struct AssetAccount {
	balance: u128,
}

#[derive(DecodeAsType)]
struct AssetDetails {
	supply: u128,
}

#[derive(DecodeAsType)]
struct AccountInfo {
	data: AccountData,
}

#[derive(DecodeAsType)]
struct AccountData {
	free: u128,
}

async fn best(
	api: &Api,
) -> subxt::client::ClientAtBlock<
	SubstrateConfig,
	subxt::client::OnlineClientAtBlockImpl<SubstrateConfig>,
> {
	api.at_current_block().await.expect("the appchain's finalized block")
}

async fn asset_balance(api: &Api, asset: u32, who: &AccountId32) -> u128 {
	let at = best(api).await;
	let addr = dynamic::storage::<(u32, AccountId32), AssetAccount>("Assets", "Account");
	match at.storage().try_fetch(addr, (asset, *who)).await.unwrap() {
		Some(v) => v.decode().unwrap().balance,
		None => 0,
	}
}

async fn asset_supply(api: &Api, asset: u32) -> u128 {
	let at = best(api).await;
	let addr = dynamic::storage::<(u32,), AssetDetails>("Assets", "Asset");
	at.storage().fetch(addr, (asset,)).await.unwrap().decode().unwrap().supply
}

async fn native_balance(api: &Api, who: &AccountId32) -> u128 {
	let at = best(api).await;
	let addr = dynamic::storage::<(AccountId32,), AccountInfo>("System", "Account");
	at.storage().fetch(addr, (*who,)).await.unwrap().decode().unwrap().data.free
}

async fn pool(api: &Api, id: u32) -> PoolInfo {
	let at = best(api).await;
	let addr = dynamic::storage::<(u32,), PoolInfo>("LiquidStaking", "Pools");
	at.storage().fetch(addr, (id,)).await.unwrap().decode().unwrap()
}

async fn bond_balance(api: &Api, pool: u32, who: &AccountId32) -> u128 {
	let at = best(api).await;
	let call =
		dynamic::runtime_api_call::<_, u128>("LiquidStakingApi", "bond_balance", (pool, *who));
	at.runtime_apis().call(call).await.unwrap()
}

async fn chain_info(api: &Api, chain: u64) -> liquid_staking_relayer::appchain::ChainInfo {
	Appchain::chain(&best(api).await, chain)
		.await
		.unwrap()
		.expect("a registered chain")
}

/// What a pool's cert route to a chain owes it: (outstanding there, pending mints).
async fn cert_route(api: &Api, chain: u64, pool: u32) -> (u128, u128) {
	#[derive(DecodeAsType)]
	struct Route {
		outstanding: u128,
		pending: u128,
	}
	let at = best(api).await;
	let addr = dynamic::storage::<(u64, u32), Route>("LiquidStakingBridge", "CertRoutes");
	let r = at.storage().fetch(addr, (chain, pool)).await.unwrap().decode().unwrap();
	(r.outstanding, r.pending)
}

/// The bridge's account (`PalletId(*b"py/lqbrg")`), which locks the cert sent out.
fn bridge_account() -> AccountId32 {
	let mut bytes = [0u8; 32];
	bytes[..4].copy_from_slice(b"modl");
	bytes[4..12].copy_from_slice(b"py/lqbrg");
	AccountId32(bytes)
}

async fn deposit_next(api: &Api, chain: u64) -> u64 {
	Appchain::deposit_nonces(&best(api).await, chain).await.unwrap().next
}

/// Signs and submits a call, waits for it in a block; the dispatch error's name if it failed.
async fn call<Args: scale_encode::EncodeAsFields>(
	api: &Api,
	who: &Keypair,
	pallet: &str,
	name: &str,
	args: Args,
) -> Result<(), String> {
	let tx = dynamic::transaction(pallet, name, args);
	let at = api.at_current_block().await.unwrap();
	let progress = at
		.transactions()
		.sign_and_submit_then_watch_default(&tx, who)
		.await
		.map_err(|e| e.to_string())?;
	match progress.wait_for_finalized_success().await {
		Ok(_) => Ok(()),
		Err(e) => Err(format!("{e}")),
	}
}

/// The pool's rate: coin per share, scaled by 10¹⁸.
fn rate(p: &PoolInfo) -> u128 {
	U256::from(p.total_pooled)
		.saturating_mul(U256::from(COIN))
		.checked_div(U256::from(p.total_shares.max(1)))
		.unwrap()
		.to::<u128>()
}

// -------------------------------------------------------------------------------------------
// The remote chains
// -------------------------------------------------------------------------------------------

fn limits() -> LiquidStakingVault::Limits {
	LiquidStakingVault::Limits {
		minDeposit: U256::from(COIN / 100),
		maxDeposit: U256::from(100 * COIN),
		depositWindow: U48::from(86_400u64),
		depositLimit: U208::from(1_000 * COIN),
		releaseWindow: U48::from(86_400u64),
		releaseLimit: U208::from(1_000 * COIN),
		maxDeadlineAhead: U48::from(3_600u64),
	}
}

async fn mined<P, D, N>(
	call: alloy::contract::CallBuilder<P, D, N>,
) -> alloy::rpc::types::TransactionReceipt
where
	P: Provider<N>,
	D: alloy::contract::CallDecoder,
	N: alloy::network::Network<ReceiptResponse = alloy::rpc::types::TransactionReceipt>,
{
	if let Err(e) = call.call().await {
		panic!("the call reverts: {e}");
	}
	let receipt = call
		.send()
		.await
		.unwrap_or_else(|e| panic!("sending: {e}"))
		.get_receipt()
		.await
		.unwrap();
	assert!(receipt.status(), "the transaction succeeded: {receipt:?}");
	receipt
}

/// A vault on `chain` for `token` (zero: the native coin), with anvil's accounts 1 to 3 as
/// relayers, threshold 2.
async fn deploy_vault(chain: &LocalChain, token: Address) -> Vault {
	let a = &chain.accounts;
	LiquidStakingVault::deploy(
		chain.provider.clone(),
		token,
		vec![a[1], a[2], a[3]],
		U256::from(2),
		limits(),
		a[4],
	)
	.await
	.expect("the vault deploys")
}

/// A cert token of `pool` for `vault`, set by two of its relayers with the appchain's limits
/// (`settings_nonce`: the vault's next settings nonce).
async fn deploy_cert_token(
	chain: &LocalChain,
	vault: &Vault,
	pool: u32,
	symbol: &str,
	settings_nonce: u64,
) -> CertToken {
	let token = LiquidCertToken::deploy(
		chain.provider.clone(),
		format!("Staked {} certificate", &symbol[1..]),
		symbol.into(),
		18,
		*vault.address(),
		pool,
	)
	.await
	.unwrap();
	let config = LiquidStakingVault::CertConfig {
		chainId: U256::from(chain.anvil.chain_id()),
		vault: *vault.address(),
		nonce: settings_nonce,
		token: *token.address(),
		limits: LiquidStakingVault::CertLimits {
			minTransfer: U256::from(COIN / 10),
			maxTransfer: U256::from(1_000 * COIN),
			mintWindow: U48::from(86_400u64),
			mintLimit: U208::from(10_000 * COIN),
			burnWindow: U48::from(86_400u64),
			burnLimit: U208::from(10_000 * COIN),
		},
	};
	mined(vault.approveCertConfig(config.clone()).from(chain.accounts[1])).await;
	mined(vault.approveCertConfig(config).from(chain.accounts[2])).await;
	token
}

/// The validator `seed << 8 | i` of the genesis allocations, as an EVM address.
fn validator(seed: u64, i: u64) -> Address {
	let mut bytes = [0u8; 20];
	bytes[12..].copy_from_slice(&(seed << 8 | i).to_be_bytes());
	Address::from(bytes)
}

fn account_bytes(who: &AccountId32) -> FixedBytes<32> {
	FixedBytes::from(who.0)
}

// -------------------------------------------------------------------------------------------
// Relayers
// -------------------------------------------------------------------------------------------

struct RelayerSetup {
	dir: PathBuf,
	node_url: String,
	chains: Vec<(String, u64, String, Address, u64, u64)>,
}

struct Relayer {
	proc: Option<Proc>,
	config: PathBuf,
	metrics: u16,
	log: PathBuf,
}

impl Relayer {
	fn start(&mut self) {
		let bin = PathBuf::from(env!("CARGO_BIN_EXE_liquid-staking-relayer"));
		self.proc = Some(spawn(
			&bin,
			&["--config".into(), self.config.display().to_string()],
			self.log.clone(),
		));
	}

	fn stop(&mut self) {
		if let Some(mut p) = self.proc.take() {
			p.kill();
		}
	}

	async fn metrics(&self) -> String {
		http_get(self.metrics, "/metrics").await.unwrap_or_default()
	}

	fn tail(&self) -> String {
		self.proc.as_ref().map(|p| p.tail()).unwrap_or_default()
	}
}

/// A plain HTTP/1.0 GET on 127.0.0.1: the body, or `None` if nothing answers.
async fn http_get(port: u16, path: &str) -> Option<String> {
	use tokio::io::{AsyncReadExt, AsyncWriteExt};
	let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.ok()?;
	s.write_all(format!("GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").as_bytes())
		.await
		.ok()?;
	let mut buf = String::new();
	s.read_to_string(&mut buf).await.ok()?;
	Some(buf)
}

/// The sum of the values of the metric lines starting with `prefix`.
fn metric_sum(text: &str, prefix: &str) -> i64 {
	text.lines()
		.filter(|l| l.starts_with(prefix))
		.filter_map(|l| l.rsplit(' ').next()?.parse::<i64>().ok())
		.sum()
}

/// The value of a metric line starting with `prefix` (0 if absent).
fn metric(text: &str, prefix: &str) -> i64 {
	text.lines()
		.find(|l| l.starts_with(prefix))
		.and_then(|l| l.rsplit(' ').next())
		.and_then(|v| v.parse().ok())
		.unwrap_or(0)
}

fn write_relayer(
	setup: &RelayerSetup,
	n: usize,
	app_uri: &str,
	evm_key: &str,
	vaults: &[(u64, Address)],
	db: &str,
) -> Relayer {
	let dir = setup.dir.join(format!("relayer-{n}-{db}"));
	std::fs::create_dir_all(&dir).unwrap();
	std::fs::write(dir.join("appchain.key"), format!("{app_uri}\n")).unwrap();
	std::fs::write(dir.join("evm.key"), format!("{evm_key}\n")).unwrap();
	let metrics = free_port();
	let mut toml = format!(
		"database = \"{}\"\nevm_key_file = \"{}\"\nmetrics = \"127.0.0.1:{metrics}\"\npoll_interval_ms = 500\nvote_stagger_ms = 6000\n\n[appchain]\nurl = \"{}\"\nkey_file = \"{}\"\nplan_every = 2\n",
		setup.dir.join(format!("{db}-{n}.redb")).display(),
		dir.join("evm.key").display(),
		setup.node_url,
		dir.join("appchain.key").display(),
	);
	for (name, id, url, vault, confirmations, epoch_blocks) in &setup.chains {
		let vault = vaults.iter().find(|(c, _)| c == id).map(|(_, v)| *v).unwrap_or(*vault);
		toml += &format!(
			"\n[[chain]]\nname = \"{name}\"\nchain_id = {id}\nurl = \"{url}\"\nvault = \"{vault}\"\nconfirmations = {confirmations}\nepoch_blocks = {epoch_blocks}\nmin_report = 1000000000\nmin_delegation = {}\nrelease_window_secs = {RELEASE_WINDOW}\n",
			COIN / 100
		);
	}
	let config = dir.join("relayer.toml");
	std::fs::write(&config, toml).unwrap();
	Relayer { proc: None, config, metrics, log: dir.join("relayer.log") }
}

// -------------------------------------------------------------------------------------------
// The test
// -------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[ignore = "needs the fast-runtime node: run by scripts/test.sh with NODE_BIN"]
async fn deposits_rewards_withdrawals_and_faults_end_to_end() {
	let started = Instant::now();
	let dir =
		std::env::temp_dir().join(format!("liquid-staking-relayer-e2e-{}", std::process::id()));
	std::fs::create_dir_all(&dir).unwrap();

	// The remote chains, one block a second.
	let (bsc, eth, polygon) = tokio::join!(
		LocalChain::start_with(BSC, Some(1)),
		LocalChain::start_with(ETHEREUM, Some(1)),
		LocalChain::start_with(POLYGON, Some(1)),
	);
	let user = bsc.accounts[5];

	// BNB Smart Chain: the StakeHub stand-in (1 s unbonding, delegations from 0.01 BNB) with
	// pool 0's five genesis validators, the vault and its adapter.
	let hub = StakeHubStandIn::deploy(bsc.provider.clone(), U256::from(1), U256::from(COIN / 100))
		.await
		.unwrap();
	for i in 1..=5 {
		mined(hub.addValidator(validator(0xb5c, i))).await;
	}
	let bsc_vault = deploy_vault(&bsc, Address::ZERO).await;
	let adapter =
		BscStakeHubAdapter::deploy(bsc.provider.clone(), *bsc_vault.address(), *hub.address())
			.await
			.unwrap();
	let settings = LiquidStakingVault::Settings {
		chainId: U256::from(BSC),
		vault: *bsc_vault.address(),
		nonce: 0,
		limits: limits(),
		guardian: bsc.accounts[4],
		adapter: *adapter.address(),
	};
	mined(bsc_vault.approveSettings(settings.clone()).from(bsc.accounts[1])).await;
	mined(bsc_vault.approveSettings(settings).from(bsc.accounts[2])).await;
	// Pool 0's cert on BSC: its token, which only the vault mints, with the appchain's limits.
	let cert_token = deploy_cert_token(&bsc, &bsc_vault, 0, "cBNB", 1).await;
	// A vault nobody deposits into honestly: what a misconfigured (or lying) relayer follows.
	let fake_vault = deploy_vault(&bsc, Address::ZERO).await;

	// Ethereum: MATIC, an ERC-20; Polygon: MATIC, the native coin. No adapters.
	let matic = TestToken::deploy(eth.provider.clone(), "Matic Token".into(), "MATIC".into())
		.await
		.unwrap();
	mined(matic.mint(eth.accounts[5], U256::from(100 * COIN))).await;
	let eth_vault = deploy_vault(&eth, *matic.address()).await;
	let polygon_vault = deploy_vault(&polygon, Address::ZERO).await;
	// Pool 1's cert on Ethereum and on Polygon.
	let (eth_cert, polygon_cert) = tokio::join!(
		deploy_cert_token(&eth, &eth_vault, 1, "cMATIC", 0),
		deploy_cert_token(&polygon, &polygon_vault, 1, "cMATIC", 0),
	);

	// The appchain: `local_testnet` (wrapped coins only through the bridge), 3-second blocks.
	let rpc_port = free_port();
	let node_args: Vec<String> = [
		"--chain",
		"local",
		"--tmp",
		"--no-prometheus",
		"--no-telemetry",
		"--no-mdns",
		"--rpc-port",
		rpc_port.to_string().as_str(),
		"--listen-addr",
		format!("/ip4/127.0.0.1/tcp/{}", free_port()).as_str(),
		"--consensus",
		format!("manual-seal-{APPCHAIN_BLOCK_MS}").as_str(),
	]
	.iter()
	.map(|s| s.to_string())
	.collect();
	let node = spawn(&node_bin(), &node_args, dir.join("node.log"));
	let node_url = format!("ws://127.0.0.1:{rpc_port}");
	let api: Api = wait_for("the appchain answers", 120, || async {
		OnlineClient::<SubstrateConfig>::from_insecure_url(&node_url).await.ok()
	})
	.await;

	let setup = RelayerSetup {
		dir: dir.clone(),
		node_url: node_url.clone(),
		chains: vec![
			("bsc".into(), BSC, bsc.anvil.endpoint(), *bsc_vault.address(), 2, 3),
			("ethereum".into(), ETHEREUM, eth.anvil.endpoint(), *eth_vault.address(), 2, 5),
			("polygon".into(), POLYGON, polygon.anvil.endpoint(), *polygon_vault.address(), 4, 5),
		],
	};
	let key_hex = |i: usize| {
		format!(
			"{}",
			alloy::signers::local::PrivateKeySigner::from(bsc.anvil.keys()[i].clone()).to_bytes()
		)
	};
	let uris = ["//Alice", "//Bob", "//Charlie"];
	let mut relayers: Vec<Relayer> = (0..3)
		.map(|i| write_relayer(&setup, i, uris[i], &key_hex(i + 1), &[], "db"))
		.collect();
	let result = async {
		for r in relayers.iter_mut() {
			r.start();
		}
		run(
			&api,
			&bsc,
			&eth,
			&polygon,
			&bsc_vault,
			&cert_token,
			[&eth_cert, &polygon_cert],
			&fake_vault,
			&eth_vault,
			&polygon_vault,
			&matic,
			&hub,
			*adapter.address(),
			user,
			&mut relayers,
			&setup,
			&key_hex,
		)
		.await;
	};
	let outcome = tokio::time::timeout(
		Duration::from_secs(900),
		futures::FutureExt::catch_unwind(std::panic::AssertUnwindSafe(result)),
	)
	.await;
	let failed = !matches!(outcome, Ok(Ok(())));
	if failed {
		for (i, r) in relayers.iter().enumerate() {
			eprintln!("---- relayer {i} ----\n{}", r.tail());
		}
		eprintln!("---- node ----\n{}", node.tail());
	}
	match outcome {
		Ok(Ok(())) => {},
		Ok(Err(panic)) => std::panic::resume_unwind(panic),
		Err(_) => panic!("the end-to-end test did not finish within 15 minutes"),
	}
	println!("end to end: {:.0}s", started.elapsed().as_secs_f32());
	if std::env::var_os("E2E_KEEP_LOGS").is_some() {
		println!("logs kept in {}", dir.display());
	} else {
		std::fs::remove_dir_all(&dir).ok();
	}
}

#[allow(clippy::too_many_arguments)]
async fn run(
	api: &Api,
	bsc: &LocalChain,
	eth: &LocalChain,
	polygon: &LocalChain,
	bsc_vault: &Vault,
	cert_token: &CertToken,
	matic_certs: [&CertToken; 2],
	fake_vault: &Vault,
	eth_vault: &Vault,
	polygon_vault: &Vault,
	matic: &TestToken::TestTokenInstance<alloy::providers::DynProvider>,
	hub: &StakeHubStandIn::StakeHubStandInInstance<alloy::providers::DynProvider>,
	adapter: Address,
	user: Address,
	relayers: &mut [Relayer],
	setup: &RelayerSetup,
	key_hex: &dyn Fn(usize) -> String,
) {
	let dave: AccountId32 = dev::dave().public_key().into();
	let eve: AccountId32 = dev::eve().public_key().into();
	let ferdie: AccountId32 = dev::ferdie().public_key().into();
	let relayer_accounts: Vec<AccountId32> = [dev::alice(), dev::bob(), dev::charlie()]
		.iter()
		.map(|k| k.public_key().into())
		.collect();

	// The relayers are up: their health endpoints answer 200.
	for r in relayers.iter() {
		wait_for("a relayer is healthy", 120, || async {
			http_get(r.metrics, "/health")
				.await
				.filter(|b| b.starts_with("HTTP/1.1 200") || b.starts_with("HTTP/1.0 200"))
		})
		.await;
	}
	let fees_before: Vec<u128> =
		futures::future::join_all(relayer_accounts.iter().map(|a| native_balance(api, a))).await;

	// 1. Dave's BNB, deposited on BSC as cert; MATIC on Ethereum and on Polygon, as bond.
	mined(
		bsc_vault
			.deposit(account_bytes(&dave), U256::from(10 * COIN), 0, 2)
			.gas(300_000)
			.value(U256::from(10 * COIN))
			.from(user),
	)
	.await;
	mined(matic.approve(*eth_vault.address(), U256::from(5 * COIN)).from(eth.accounts[5])).await;
	mined(
		eth_vault
			.deposit(account_bytes(&dave), U256::from(5 * COIN), 1, 1)
			.gas(300_000)
			.from(eth.accounts[5]),
	)
	.await;
	mined(
		polygon_vault
			.deposit(account_bytes(&dave), U256::from(3 * COIN), 1, 1)
			.gas(300_000)
			.value(U256::from(3 * COIN))
			.from(polygon.accounts[5]),
	)
	.await;
	let cert = wait_for("Dave holds cBNB for his 10 BNB", 120, || async {
		Some(asset_balance(api, CBNB, &dave).await).filter(|c| *c > 0)
	})
	.await;
	assert_eq!(
		cert,
		10 * COIN - DEAD_SHARES,
		"at rate 1, 10 BNB is 10 cBNB, less the first stake's dead shares"
	);
	wait_for("Dave's MATIC from Ethereum and Polygon is bond of pool 1", 120, || async {
		(bond_balance(api, 1, &dave).await == 8 * COIN - DEAD_SHARES).then_some(())
	})
	.await;
	let fees_after: Vec<u128> =
		futures::future::join_all(relayer_accounts.iter().map(|a| native_balance(api, a))).await;
	for (i, r) in relayers.iter().enumerate() {
		let m = r.metrics().await;
		println!(
			"relayer {i}: three deposits cost {} on the appchain ({} by its metrics: {:?})",
			fees_before[i] - fees_after[i],
			metric_sum(&m, "relayer_appchain_fees_total"),
			m.lines()
				.filter(|l| l.starts_with("relayer_appchain_fees_total")
					|| l.starts_with("relayer_votes_total"))
				.collect::<Vec<_>>(),
		);
		// A relayer's first vote on a key is free, and so is the one that executes.
		assert_eq!(
			metric_sum(&m, "relayer_appchain_fees_total{chain=\"bsc\",kind=\"deposit\"}"),
			0
		);
	}
	// Conservation: what the vaults hold is what the appchain minted for them.
	assert_eq!(chain_info(api, BSC).await.minted, 10 * COIN);
	assert_eq!(
		chain_info(api, ETHEREUM).await.minted + chain_info(api, POLYGON).await.minted,
		8 * COIN
	);
	assert_eq!(asset_supply(api, WMATIC).await, 8 * COIN);
	assert_eq!(matic.balanceOf(*eth_vault.address()).call().await.unwrap(), U256::from(5 * COIN));
	assert_eq!(polygon.balance(*polygon_vault.address()).await, U256::from(3 * COIN));

	// Dave sends 4 of his cBNB to an address on BSC, where the vault mints it (while step 2
	// runs).
	let holder = bsc.accounts[6];
	let locked = || async {
		let locked = asset_balance(api, CBNB, &bridge_account()).await;
		let (outstanding, pending) = cert_route(api, BSC, 0).await;
		let supply = cert_token.totalSupply().call().await.unwrap().to::<u128>();
		(locked, outstanding, pending, supply)
	};
	call(
		api,
		&dev::dave(),
		"LiquidStakingBridge",
		"send_cert",
		(BSC, 0u32, 4 * COIN, H160(holder.0 .0)),
	)
	.await
	.expect("send_cert");
	let (held, outstanding, pending, _) = locked().await;
	assert_eq!((held, outstanding + pending), (4 * COIN, 4 * COIN), "locked here for BSC");

	// 2. The relayers delegate the pool's BNB; the stand-in pays a reward; the relayers report
	//    it; the rate rises.
	let staked_validator =
		wait_for("the relayers delegated some of the pool's BNB", 120, || async {
			for i in 1..=5 {
				let v = validator(0xb5c, i);
				let a = IStakingAdapter::new(adapter, bsc.provider.clone());
				if !a.staked(v).call().await.unwrap().is_zero() {
					return Some(v);
				}
			}
			None
		})
		.await;
	let before = pool(api, 0).await;
	mined(
		hub.distributeReward(staked_validator)
			.value(U256::from(COIN / 1_000))
			.from(bsc.accounts[0]),
	)
	.await;
	let after = wait_for("the reward is reported and the rate rises", 120, || async {
		let p = pool(api, 0).await;
		(p.last_epoch > before.last_epoch).then_some(p)
	})
	.await;
	assert!(rate(&after) > rate(&before), "the rate rose: {} -> {}", rate(&before), rate(&after));
	// The reward, to the stand-in's rounding of shares (a wei per delegation at most).
	let earned = after.total_pooled - before.total_pooled;
	assert!(earned.abs_diff(COIN / 1_000) <= 10, "the reward reported: {earned}");
	// The relayers carry the report's rate to the cert on BSC: its fair value there is the
	// appchain's, on chain, for lending markets and DEXs to read.
	assert_eq!(cert_token.certToCoin(U256::from(COIN)).call().await.unwrap(), U256::from(COIN));
	wait_for("the cert's rate on BSC moves with the report", 120, || async {
		(cert_token.rateEpoch().call().await.unwrap() == after.last_epoch).then_some(())
	})
	.await;
	let on_bsc = cert_token.certToCoin(U256::from(COIN)).call().await.unwrap().to::<u128>();
	assert_eq!(on_bsc, rate(&after), "1 cert is worth on BSC what it is worth here");
	assert!(on_bsc > COIN);
	assert!(cert_token.ratio().call().await.unwrap() < U256::from(COIN));
	wait_for("the vault minted the 4 cBNB on BSC and the mint is attested", 120, || async {
		(locked().await == (4 * COIN, 4 * COIN, 0, 4 * COIN)).then_some(())
	})
	.await;
	assert_eq!(
		cert_token.balanceOf(holder).call().await.unwrap(),
		U256::from(4 * COIN),
		"the holder on BSC"
	);

	// 3. A deposit that a reorg removes before its confirmations is never attested.
	polygon.provider.anvil_set_interval_mining(0).await.unwrap();
	let snapshot = polygon.provider.anvil_snapshot().await.unwrap();
	let tx = polygon_vault
		.deposit(account_bytes(&eve), U256::from(2 * COIN), 0, 0)
		.gas(300_000)
		.value(U256::from(2 * COIN))
		.from(polygon.accounts[6])
		.send()
		.await
		.unwrap();
	polygon.provider.anvil_mine(Some(1), None).await.unwrap();
	let receipt = tx.get_receipt().await.unwrap();
	assert!(receipt.status());
	polygon.provider.anvil_mine(Some(2), None).await.unwrap();
	tokio::time::sleep(Duration::from_secs(3)).await;
	assert!(polygon.provider.anvil_revert(snapshot).await.unwrap(), "the reorg");
	polygon.provider.anvil_set_interval_mining(1).await.unwrap();
	let reorged_block = receipt.block_number.unwrap();
	wait_for("Polygon is well past the removed deposit's confirmations", 60, || async {
		(polygon.provider.get_block_number().await.unwrap() > reorged_block + 8).then_some(())
	})
	.await;
	tokio::time::sleep(Duration::from_secs(4)).await;
	assert_eq!(deposit_next(api, POLYGON).await, 1, "only the first Polygon deposit executed");
	assert_eq!(asset_balance(api, WMATIC, &eve).await, 0, "the removed deposit was never paid");

	// 4. Two relayers die; a deposit waits; one restarts from its database and attests it;
	//    nothing is missed and nothing doubled.
	relayers[0].stop();
	relayers[1].stop();
	mined(
		bsc_vault
			.deposit(account_bytes(&ferdie), U256::from(COIN), 0, 0)
			.gas(300_000)
			.value(U256::from(COIN))
			.from(user),
	)
	.await;
	tokio::time::sleep(Duration::from_secs(12)).await;
	assert_eq!(asset_balance(api, WBNB, &ferdie).await, 0, "one relayer alone executes nothing");
	assert_eq!(deposit_next(api, BSC).await, 1);
	relayers[0].start();
	wait_for("the restarted relayer attests the deposit it missed", 120, || async {
		(asset_balance(api, WBNB, &ferdie).await > 0).then_some(())
	})
	.await;
	relayers[1].start();
	wait_for("the second restarted relayer catches up", 120, || async {
		let m = relayers[1].metrics().await;
		let head = bsc.provider.get_block_number().await.unwrap() as i64;
		(metric(&m, "relayer_processed_block{chain=\"bsc\"}") >= head - 4).then_some(())
	})
	.await;
	let m = relayers[1].metrics().await;
	assert_eq!(
		metric(&m, "relayer_votes_total{chain=\"bsc\",kind=\"deposit\"}"),
		0,
		"nothing voted twice: {m}"
	);
	assert_eq!(asset_balance(api, WBNB, &ferdie).await, COIN, "paid once");

	// 5. A relayer following another vault (or lying) cannot make anything execute alone.
	relayers[2].stop();
	let mut liar =
		write_relayer(setup, 2, "//Charlie", &key_hex(3), &[(BSC, *fake_vault.address())], "liar");
	for _ in 0..3 {
		mined(
			fake_vault
				.deposit(account_bytes(&eve), U256::from(50 * COIN), 0, 0)
				.gas(300_000)
				.value(U256::from(50 * COIN))
				.from(bsc.accounts[7]),
		)
		.await;
	}
	liar.start();
	wait_for("the liar's vote on nonce 2 is recorded", 120, || async {
		let at = best(api).await;
		let votes = Appchain::votes(
			&at,
			BSC,
			liquid_staking_relayer::appchain::ReplayKey::Deposit { nonce: 2 },
		)
		.await
		.unwrap();
		(votes.len() == 1).then_some(())
	})
	.await;
	tokio::time::sleep(Duration::from_secs(10)).await;
	assert_eq!(asset_balance(api, WBNB, &eve).await, 0, "the lie did not execute");
	mined(
		bsc_vault
			.deposit(account_bytes(&eve), U256::from(COIN), 0, 0)
			.gas(300_000)
			.value(U256::from(COIN))
			.from(user),
	)
	.await;
	wait_for("the honest deposit 2 executes over the lie", 120, || async {
		(asset_balance(api, WBNB, &eve).await > 0).then_some(())
	})
	.await;
	assert_eq!(asset_balance(api, WBNB, &eve).await, COIN, "the vault's deposit, not the lie");
	liar.stop();
	relayers[2].start();

	// 6. Dave turns 3 of his pool 1 bond into cMATIC and sends 1 to Ethereum and 1 to Polygon
	//    (minted while the BSC steps below run).
	call(api, &dev::dave(), "LiquidStaking", "bond_to_cert", (1u32, 3 * COIN))
		.await
		.expect("bond_to_cert");
	let matic_holder = eth.accounts[6];
	for chain in [ETHEREUM, POLYGON] {
		call(
			api,
			&dev::dave(),
			"LiquidStakingBridge",
			"send_cert",
			(chain, 1u32, COIN, H160(matic_holder.0 .0)),
		)
		.await
		.expect("send_cert of cMATIC");
	}
	//    The holder of the 4 cBNB on BSC trades some, returns 1 to Eve on the appchain and
	//    redeems 2 for BNB on BSC in one step (the redemption's unbonding runs with Dave's, in
	//    step 7). At every step the cBNB locked here is the cert the routes owe, and the ERC-20
	//    on BSC totals what is outstanding there.
	mined(cert_token.transfer(bsc.accounts[7], U256::from(COIN / 2)).from(holder)).await;
	mined(cert_token.transfer(holder, U256::from(COIN / 2)).from(bsc.accounts[7])).await;
	let holder_before = bsc.balance(holder).await;
	let returned =
		mined(bsc_vault.returnCert(account_bytes(&eve), U256::from(COIN)).from(holder)).await;
	let redeemed =
		mined(bsc_vault.redeemCert(holder, U256::from(2 * COIN)).gas(300_000).from(holder)).await;
	let gas = [returned, redeemed]
		.iter()
		.map(|r| U256::from(r.gas_used) * U256::from(r.effective_gas_price))
		.fold(U256::ZERO, |a, b| a + b);
	wait_for("Eve receives the cBNB returned from BSC", 120, || async {
		(asset_balance(api, CBNB, &eve).await == COIN).then_some(())
	})
	.await;
	let value = wait_for("the redemption is unstaked on the appchain", 120, || async {
		let at = best(api).await;
		Appchain::redemptions(&at, BSC).await.unwrap().first().map(|(_, r)| r.value)
	})
	.await;
	assert!(value > 2 * COIN, "2 cBNB is worth more than 2 BNB after the reward: {value}");
	assert_eq!(locked().await, (COIN, COIN, 0, COIN));

	// 7. Dave unstakes straight to his BSC address (his unbonding runs with the redemption's);
	//    the unbonding passes, Charlie's claim sends the coin to BSC: the vault pays it.
	let cert = asset_balance(api, CBNB, &dave).await;
	let worth = U256::from(cert) * U256::from(rate(&pool(api, 0).await)) / U256::from(COIN);
	call(
		api,
		&dev::dave(),
		"LiquidStaking",
		"unstake_to_remote",
		(0u32, cert, TokenKind::Cert, BSC, H160(user.0 .0)),
	)
	.await
	.expect("unstake to BSC");
	let paid = wait_for(
		"the unbonding passes, the relayers complete the redemption and the vault pays it",
		300,
		|| async {
			let gained = bsc.balance(holder).await + gas - holder_before;
			(!gained.is_zero()).then_some(gained.to::<u128>())
		},
	)
	.await;
	assert!(paid + 1 >= value, "the holder on BSC is paid what the cert was worth: {paid}");
	for (i, r) in relayers.iter().enumerate() {
		let m = r.metrics().await;
		println!(
			"relayer {i}: cert votes on BSC: mint {} gas, rate {} gas; appchain fees of the cert messages {:?}",
			metric(&m, "relayer_gas_used_total{chain=\"bsc\",kind=\"cert_mint\"}"),
			metric(&m, "relayer_gas_used_total{chain=\"bsc\",kind=\"cert_rate\"}"),
			m.lines()
				.filter(|l| l.starts_with("relayer_appchain_fees_total") && l.contains("cert"))
				.collect::<Vec<_>>()
		);
	}

	wait_for(
		"the unbonding passes, the relayers undelegate and claim Dave's BNB back into the vault",
		240,
		|| async { (bsc.balance(*bsc_vault.address()).await >= worth).then_some(()) },
	)
	.await;
	let user_before = bsc.balance(user).await;
	let gas_before: Vec<U256> =
		futures::future::join_all((1..=3).map(|i| bsc.balance(bsc.accounts[i]))).await;
	let withdrawn_before = chain_info(api, BSC).await.withdrawn;
	wait_for("the bucket matures and Charlie's claim sends Dave's BNB to BSC", 240, || async {
		call(api, &dev::charlie(), "LiquidStaking", "claim", (0u32, dave)).await.ok()
	})
	.await;
	let owed = chain_info(api, BSC).await.withdrawn - withdrawn_before;
	assert!(owed > cert, "the claim includes the reward: {owed} for {cert} cert");
	assert_eq!(asset_balance(api, WBNB, &dave).await, 0, "nothing stayed on the appchain");
	wait_for("the vault pays Dave's BNB to his EVM address", 180, || async {
		(bsc.balance(user).await == user_before + U256::from(owed)).then_some(())
	})
	.await;
	wait_for(
		"both withdrawals (Dave's and the redemption's) are settled on the appchain",
		120,
		|| async { (chain_info(api, BSC).await.released == owed + paid).then_some(()) },
	)
	.await;
	wait_for("the redemption is closed with its withdrawal's settlement", 120, || async {
		let at = best(api).await;
		Appchain::redemptions(&at, BSC).await.unwrap().is_empty().then_some(())
	})
	.await;
	assert_eq!(locked().await, (COIN, COIN, 0, COIN));
	// Pool 1's cert on both chains of its coin: the cMATIC locked here is what the two ERC-20s
	// total.
	let matic_out = || async {
		let locked = asset_balance(api, CMATIC, &bridge_account()).await;
		let mut minted = 0;
		for token in matic_certs {
			minted += token.totalSupply().call().await.unwrap().to::<u128>();
		}
		let (eth, _) = cert_route(api, ETHEREUM, 1).await;
		let (polygon, _) = cert_route(api, POLYGON, 1).await;
		(locked, minted, eth + polygon)
	};
	wait_for(
		"cMATIC is minted on Ethereum and on Polygon, and the mints attested",
		120,
		|| async { (matic_out().await == (2 * COIN, 2 * COIN, 2 * COIN)).then_some(()) },
	)
	.await;
	for token in matic_certs {
		assert_eq!(token.balanceOf(matic_holder).call().await.unwrap(), U256::from(COIN));
	}
	let gas_after: Vec<U256> =
		futures::future::join_all((1..=3).map(|i| bsc.balance(bsc.accounts[i]))).await;
	for (i, r) in relayers.iter().enumerate() {
		let m = r.metrics().await;
		println!(
			"relayer {i}: the withdrawal's release vote used {} gas; {} staking votes since its start {} gas; BSC balance spent {} wei; appchain fees {}",
			metric(&m, "relayer_gas_used_total{chain=\"bsc\",kind=\"release\"}"),
			metric(&m, "relayer_votes_total{chain=\"bsc\",kind=\"staking_op\"}"),
			metric(&m, "relayer_gas_used_total{chain=\"bsc\",kind=\"staking_op\"}"),
			gas_before[i] - gas_after[i],
			metric_sum(&m, "relayer_appchain_fees_total"),
		);
		println!(
			"relayer {i}: appchain fees by call: {:?}",
			m.lines()
				.filter(|l| l.starts_with("relayer_appchain_fees_total"))
				.collect::<Vec<_>>()
		);
	}
	// Conservation on BSC: the vault and its stake hold what the appchain's WBNB is worth (the
	// redemption's coin included: it left as a withdrawal).
	let info = chain_info(api, BSC).await;
	let outstanding = info.minted + info.refunded - info.burned - info.withdrawn;
	assert_eq!(asset_supply(api, WBNB).await, outstanding, "WBNB is minted only by the bridge");
	let mut held = bsc.balance(*bsc_vault.address()).await;
	let a = IStakingAdapter::new(adapter, bsc.provider.clone());
	for i in 1..=5 {
		let v = validator(0xb5c, i);
		held += a.staked(v).call().await.unwrap() + a.unbonding(v).call().await.unwrap();
	}
	let held = held.to::<u128>();
	assert!(
		held.abs_diff(outstanding) <= 10,
		"the vault backs the WBNB (to the stand-in's rounding): {held} vs {outstanding}"
	);

	// 8. A reorg deeper than the confirmations: the relayers raise the alarm and pause the
	//    chain on the appchain and on the vault.
	let snapshot = polygon.provider.anvil_snapshot().await.unwrap();
	let from = polygon.provider.get_block_number().await.unwrap();
	wait_for("the relayers processed Polygon blocks past the snapshot", 60, || async {
		let m = relayers[0].metrics().await;
		(metric(&m, "relayer_processed_block{chain=\"polygon\"}") > from as i64 + 1).then_some(())
	})
	.await;
	assert!(polygon.provider.anvil_revert(snapshot).await.unwrap(), "the deep reorg");
	polygon.provider.anvil_mine(Some(20), None).await.unwrap();
	wait_for("the relayers pause Polygon on the appchain and on its vault", 120, || async {
		let paused_here = chain_info(api, POLYGON).await.paused;
		let paused_there = polygon_vault.paused().call().await.unwrap();
		(paused_here && paused_there).then_some(())
	})
	.await;
	let m = relayers[0].metrics().await;
	assert!(metric(&m, "relayer_deep_reorgs_total{chain=\"polygon\"}") >= 1, "{m}");
	assert!(!chain_info(api, BSC).await.paused, "only the reorged chain is paused");
}
