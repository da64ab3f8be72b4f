//! The relayer's configuration: a TOML file (see the README's "Run a relayer").

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use alloy::primitives::Address;
use anyhow::{bail, Context};
use serde::Deserialize;

/// The whole configuration file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
	/// The appchain.
	pub appchain: AppchainConfig,
	/// The remote chains this relayer serves (each registered with the bridge).
	#[serde(rename = "chain")]
	pub chains: Vec<ChainConfig>,
	/// Where the checkpoint database lives.
	pub database: PathBuf,
	/// The file holding the EVM private key (hex, one line), the same on every chain.
	pub evm_key_file: PathBuf,
	/// The address the metrics (`/metrics`) and health (`/health`) endpoint listens on.
	#[serde(default = "default_metrics")]
	pub metrics: SocketAddr,
	/// How often each chain is polled, in milliseconds.
	#[serde(default = "default_poll_ms")]
	pub poll_interval_ms: u64,
	/// The relayer at position `r` of a chain's relayer list (from 0) votes on a new message
	/// only once it has seen it for `r` times this, in milliseconds (default 12,000: two
	/// 6-second blocks). The first relayers' votes then usually execute the message before the
	/// last ones vote, and those skip it: a vote on a message already executed is refused and
	/// pays a fee.
	#[serde(default = "default_stagger_ms")]
	pub vote_stagger_ms: u64,
}

/// The appchain.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppchainConfig {
	/// Its RPC endpoint (`ws://` or `wss://`).
	pub url: String,
	/// The file holding the relayer account's secret URI (a mnemonic, a hex seed, or a dev URI
	/// such as `//Alice`), one line.
	pub key_file: PathBuf,
	/// Allocation plans are read at the latest finalized block whose number is a multiple of
	/// this, so that every relayer reads the same one (default 10).
	#[serde(default = "default_plan_every")]
	pub plan_every: u64,
}

/// A remote chain and its vault.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChainConfig {
	/// A name for logs and metrics (`bsc`, `ethereum`, `polygon`).
	pub name: String,
	/// Its EVM chain id, as registered with the bridge.
	pub chain_id: u64,
	/// Its JSON-RPC endpoint (`http://` or `https://`); state at past blocks must be readable
	/// back to the last reported epoch boundary.
	pub url: String,
	/// The vault's address.
	pub vault: Address,
	/// How many blocks a block must have on top of it before anything in it is attested.
	pub confirmations: u64,
	/// The first block the vault's deposits are read from (its deployment block).
	#[serde(default)]
	pub start_block: u64,
	/// Epoch boundaries: the blocks `epoch_origin + k · epoch_blocks`, `k ≥ 1`, at which the
	/// pools staked on this chain are reported and their staking operations computed.
	pub epoch_blocks: u64,
	/// See `epoch_blocks` (default: `start_block`).
	pub epoch_origin: Option<u64>,
	/// A reward or slash is reported once what the pool's stake earned or lost since its last
	/// report reaches this, in wei (default 1 gwei): smaller changes wait for the next boundary.
	/// An integer, or a string of digits for amounts above TOML's 64-bit integers.
	#[serde(default = "default_min_report", deserialize_with = "amount")]
	pub min_report: u128,
	/// The smallest delegation the staking system accepts, in wei (BNB Smart Chain: 1 BNB);
	/// an integer or a string of digits. Claims worth less wait too.
	#[serde(default, deserialize_with = "amount")]
	pub min_delegation: u128,
	/// A withdrawal's release deadline: its request's appchain timestamp plus this many
	/// seconds. At most half the appchain's `WithdrawalTimeout`, and at most the vault's
	/// `maxDeadlineAhead`.
	pub release_window_secs: u64,
	/// At most how many blocks one log query spans (default 2,000).
	#[serde(default = "default_log_span")]
	pub max_log_span: u64,
}

/// An amount in wei: a TOML integer, or a string of digits (`"1000000000000000000"`).
fn amount<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u128, D::Error> {
	#[derive(Deserialize)]
	#[serde(untagged)]
	enum Amount {
		Integer(u64),
		Digits(String),
	}
	match Amount::deserialize(d)? {
		Amount::Integer(n) => Ok(n as u128),
		Amount::Digits(s) => s
			.replace('_', "")
			.parse()
			.map_err(|_| serde::de::Error::custom(format!("not an amount in wei: {s:?}"))),
	}
}

fn default_metrics() -> SocketAddr {
	SocketAddr::from(([127, 0, 0, 1], 9616))
}
fn default_stagger_ms() -> u64 {
	12_000
}
fn default_poll_ms() -> u64 {
	1_000
}
fn default_plan_every() -> u64 {
	10
}
fn default_min_report() -> u128 {
	1_000_000_000
}
fn default_log_span() -> u64 {
	2_000
}

impl Config {
	/// Reads and checks the configuration file.
	pub fn load(path: &std::path::Path) -> anyhow::Result<Self> {
		let text = std::fs::read_to_string(path)
			.with_context(|| format!("reading the configuration {}", path.display()))?;
		let config: Config = toml::from_str(&text)
			.with_context(|| format!("parsing the configuration {}", path.display()))?;
		config.check()?;
		Ok(config)
	}

	/// Refuses a configuration that cannot work.
	pub fn check(&self) -> anyhow::Result<()> {
		if self.chains.is_empty() {
			bail!("no [[chain]] configured");
		}
		if self.appchain.plan_every == 0 {
			bail!("appchain.plan_every must be above 0");
		}
		for (i, c) in self.chains.iter().enumerate() {
			if self.chains[..i].iter().any(|o| o.chain_id == c.chain_id || o.name == c.name) {
				bail!("chain {} ({}) configured twice", c.name, c.chain_id);
			}
			if c.epoch_blocks == 0 {
				bail!("chain {}: epoch_blocks must be above 0", c.name);
			}
			if c.max_log_span == 0 {
				bail!("chain {}: max_log_span must be above 0", c.name);
			}
			if c.release_window_secs == 0 {
				bail!("chain {}: release_window_secs must be above 0", c.name);
			}
			if c.vault == Address::ZERO {
				bail!("chain {}: vault is the zero address", c.name);
			}
		}
		Ok(())
	}

	/// The vote stagger.
	pub fn vote_stagger(&self) -> Duration {
		Duration::from_millis(self.vote_stagger_ms)
	}

	/// The poll interval.
	pub fn poll_interval(&self) -> Duration {
		Duration::from_millis(self.poll_interval_ms.max(50))
	}
}

impl ChainConfig {
	/// The block epochs are counted from.
	pub fn origin(&self) -> u64 {
		self.epoch_origin.unwrap_or(self.start_block)
	}

	/// The block of epoch boundary `k`.
	pub fn boundary(&self, k: u64) -> u64 {
		self.origin().saturating_add(k.saturating_mul(self.epoch_blocks))
	}

	/// The latest boundary at or below `block` (0 when none).
	pub fn boundary_index(&self, block: u64) -> u64 {
		block.saturating_sub(self.origin()) / self.epoch_blocks
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_example_configuration_is_valid() {
		let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("relayer.example.toml");
		let cfg = Config::load(&path).unwrap();
		assert_eq!(cfg.chains.len(), 3);
		let bsc = &cfg.chains[0];
		assert_eq!((bsc.name.as_str(), bsc.chain_id), ("bsc", 56));
		assert_eq!(bsc.min_delegation, 1_000_000_000_000_000_000);
		assert_eq!(bsc.boundary(2), bsc.origin() + 2 * bsc.epoch_blocks);
		assert_eq!(bsc.boundary_index(bsc.boundary(3) + 1), 3);
	}

	#[test]
	fn bad_configurations_are_refused() {
		let base = r#"
database = "db"
evm_key_file = "k"
[appchain]
url = "ws://127.0.0.1:9944"
key_file = "a"
[[chain]]
name = "bsc"
chain_id = 56
url = "http://127.0.0.1:8545"
vault = "0x1111111111111111111111111111111111111111"
confirmations = 2
epoch_blocks = 3
release_window_secs = 40
min_delegation = "20000000000000000000"
"#;
		let cfg: Config = toml::from_str(base).unwrap();
		cfg.check().unwrap();
		assert_eq!(cfg.chains[0].min_delegation, 20 * 10u128.pow(18));
		assert_eq!(cfg.chains[0].min_report, 1_000_000_000);
		let refused = |from: &str, to: &str, why: &str| {
			let cfg: Config = toml::from_str(&base.replace(from, to)).unwrap();
			let e = cfg.check().unwrap_err().to_string();
			assert!(e.contains(why), "{e}");
		};
		refused("epoch_blocks = 3", "epoch_blocks = 0", "epoch_blocks");
		refused("release_window_secs = 40", "release_window_secs = 0", "release_window_secs");
		refused(
			"0x1111111111111111111111111111111111111111",
			"0x0000000000000000000000000000000000000000",
			"zero address",
		);
		assert!(toml::from_str::<Config>(&base.replace("\"20000000000000000000\"", "\"2e19\""))
			.is_err());
		assert!(toml::from_str::<Config>(
			&base.replace("confirmations = 2", "confirmations = 2\nsurprise = 1")
		)
		.is_err());
	}
}
