//! The liquid-staking bridge's relayer: one process per relayer operator.
//!
//! - [`config`]: the TOML configuration;
//! - [`appchain`]: the appchain through subxt (the bridge's storage, calls and types);
//! - [`evm`]: the remote chains through alloy (the vaults and their staking adapters);
//! - [`relayer`]: what it does on every poll of a chain;
//! - [`db`]: its checkpoints (redb);
//! - [`metrics`]: Prometheus metrics and the health endpoint.
//!
//! The README's "Run a relayer" section says how to run it and what it guarantees.

pub mod appchain;
pub mod config;
pub mod db;
pub mod evm;
pub mod metrics;
pub mod relayer;

use std::{sync::Arc, time::Duration};

use tokio::sync::Mutex;

/// The longest wait between two attempts after failures.
pub const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// The wait after `failures` consecutive failures: doubling from the poll interval, at most
/// [`MAX_BACKOFF`].
pub fn backoff(poll: Duration, failures: u32) -> Duration {
	poll.saturating_mul(1u32 << failures.min(16)).min(MAX_BACKOFF)
}

/// Runs the relayer until the process is stopped.
pub async fn run(cfg: config::Config) -> anyhow::Result<()> {
	let metrics = metrics::Metrics::new()?;
	let db = Arc::new(db::Db::open(&cfg.database)?);
	let app_key = appchain::read_key(&cfg.appchain.key_file)?;
	let evm_key = evm::read_key(&cfg.evm_key_file)?;
	let listener = tokio::net::TcpListener::bind(cfg.metrics)
		.await
		.map_err(|e| anyhow::anyhow!("the metrics address {}: {e}", cfg.metrics))?;
	tokio::spawn(metrics.clone().serve(listener));
	metrics.expect("appchain");
	for c in &cfg.chains {
		metrics.expect(&c.name);
	}

	// The appchain: retried until it answers.
	let mut failures = 0;
	let app = loop {
		match appchain::Appchain::connect(&cfg.appchain.url, app_key.clone()).await {
			Ok(app) => break app,
			Err(e) => {
				let wait = backoff(cfg.poll_interval(), failures);
				metrics.failures.with_label_values(&["appchain", "rpc"]).inc();
				tracing::warn!(url = %cfg.appchain.url, error = %format!("{e:#}"), retry_in = ?wait, "the appchain is unreachable");
				failures += 1;
				tokio::time::sleep(wait).await;
			},
		}
	};
	metrics.alive("appchain");
	tracing::info!(account = %app.account, url = %cfg.appchain.url, "connected to the appchain");

	let submit = Arc::new(Mutex::new(()));
	let mut tasks = Vec::new();
	for c in cfg.chains.clone() {
		let evm = evm::Evm::new(&c.url, c.chain_id, c.vault, evm_key.clone())?;
		tracing::info!(chain = %c.name, chain_id = c.chain_id, vault = %c.vault, evm_account = %evm.me, "serving chain");
		let mut worker = relayer::ChainWorker::new(
			c.clone(),
			&cfg,
			evm.clone(),
			app.clone(),
			db.clone(),
			metrics.clone(),
			submit.clone(),
		);
		let metrics = metrics.clone();
		let poll = cfg.poll_interval();
		tasks.push(tokio::spawn(async move {
			let mut failures = 0u32;
			let mut checked = false;
			loop {
				let result = async {
					if !checked {
						evm.check_chain().await?;
						checked = true;
					}
					worker.poll().await
				}
				.await;
				let wait = match result {
					Ok(()) => {
						failures = 0;
						metrics.alive(&c.name);
						metrics.alive("appchain");
						poll
					},
					Err(e) => {
						let wait = backoff(poll, failures);
						failures += 1;
						metrics.failures.with_label_values(&[c.name.as_str(), "rpc"]).inc();
						tracing::warn!(chain = %c.name, error = %format!("{e:#}"), retry_in = ?wait, failures, "poll failed");
						wait
					},
				};
				tokio::time::sleep(wait).await;
			}
		}));
	}
	futures::future::join_all(tasks).await;
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn backoff_doubles_up_to_a_minute() {
		let poll = Duration::from_secs(1);
		assert_eq!(backoff(poll, 0), poll);
		assert_eq!(backoff(poll, 3), Duration::from_secs(8));
		assert_eq!(backoff(poll, 10), MAX_BACKOFF);
		assert_eq!(backoff(poll, 100), MAX_BACKOFF);
	}
}
