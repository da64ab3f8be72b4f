//! Prometheus metrics and the health endpoint, served over HTTP (hyper): `GET /metrics` in the
//! Prometheus text format, `GET /health` (200 when every chain was polled successfully within
//! the last 30 seconds, 503 otherwise, with the reason).

use std::{
	collections::HashMap,
	sync::{Arc, Mutex},
	time::{Duration, Instant},
};

use http_body_util::Full;
use hyper::{body::Bytes, server::conn::http1, service::service_fn, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use prometheus::{Encoder, IntCounterVec, IntGauge, IntGaugeVec, Opts, Registry, TextEncoder};

/// How long a chain may go without a successful poll before `/health` reports it.
pub const HEALTH_STALE: Duration = Duration::from_secs(30);

/// The relayer's metrics.
#[derive(Clone)]
pub struct Metrics {
	registry: Registry,
	/// The latest block seen, per chain (`appchain`: its latest finalized block).
	pub head: IntGaugeVec,
	/// The latest block processed (deposits attested up to it), per chain.
	pub processed: IntGaugeVec,
	/// Blocks seen but not processed yet (the confirmations included), per chain.
	pub lag: IntGaugeVec,
	/// Votes this relayer sent and that wait for other relayers, per chain.
	pub pending_votes: IntGaugeVec,
	/// Votes sent, per chain and kind: on the appchain `deposit`, `rewards`, `slash`,
	/// `delegations`, `withdrawal_released`, `withdrawal_failed`, `cert_minted`,
	/// `cert_mint_failed`, `cert_returned`, `cert_redeemed`, `execute`, `complete_redemption`;
	/// on the vault `release`, `cert_mint`, `cert_rate`, `staking_op`.
	pub votes: IntCounterVec,
	/// Failures, per chain and kind (`rpc`, `refused`, `reverted`, `reorg`).
	pub failures: IntCounterVec,
	/// Reorgs deeper than the confirmations (each also sends pause votes).
	pub deep_reorgs: IntCounterVec,
	/// The appchain's latest finalized block.
	pub appchain_finalized: IntGauge,
	/// Gas used by this relayer's votes, per chain and kind (`release`, `cert_mint`,
	/// `cert_rate`, `staking_op`).
	pub gas: IntCounterVec,
	/// Fees paid on the appchain, in the native token's smallest unit, per kind of call.
	pub appchain_fees: IntCounterVec,
	health: Arc<Mutex<HashMap<String, Instant>>>,
}

impl Metrics {
	/// Registers every metric.
	pub fn new() -> anyhow::Result<Self> {
		let registry = Registry::new_custom(Some("relayer".into()), None)?;
		let gauge = |name: &str, help: &str| -> anyhow::Result<IntGaugeVec> {
			let g = IntGaugeVec::new(Opts::new(name, help), &["chain"])?;
			registry.register(Box::new(g.clone()))?;
			Ok(g)
		};
		let counter = |name: &str, help: &str, labels: &[&str]| -> anyhow::Result<IntCounterVec> {
			let c = IntCounterVec::new(Opts::new(name, help), labels)?;
			registry.register(Box::new(c.clone()))?;
			Ok(c)
		};
		let head = gauge("head_block", "The latest block seen on the chain")?;
		let processed = gauge("processed_block", "The latest block whose deposits were attested")?;
		let lag = gauge("lag_blocks", "Blocks seen but not processed yet")?;
		let pending_votes = gauge("pending_votes", "Votes sent that wait for other relayers")?;
		let votes = counter("votes_total", "Votes sent", &["chain", "kind"])?;
		let failures = counter("failures_total", "Failures", &["chain", "kind"])?;
		let deep_reorgs =
			counter("deep_reorgs_total", "Reorgs deeper than the confirmations", &["chain"])?;
		let gas =
			counter("gas_used_total", "Gas used by this relayer's votes", &["chain", "kind"])?;
		let appchain_fees =
			counter("appchain_fees_total", "Fees paid on the appchain", &["chain", "kind"])?;
		let appchain_finalized =
			IntGauge::new("appchain_finalized_block", "The appchain's latest finalized block")?;
		registry.register(Box::new(appchain_finalized.clone()))?;
		Ok(Self {
			registry,
			head,
			processed,
			lag,
			pending_votes,
			votes,
			failures,
			deep_reorgs,
			appchain_finalized,
			gas,
			appchain_fees,
			health: Default::default(),
		})
	}

	/// Records a successful poll of `chain` (for `/health`).
	pub fn alive(&self, chain: &str) {
		self.health
			.lock()
			.expect("not poisoned")
			.insert(chain.to_string(), Instant::now());
	}

	/// Declares `chain` as one `/health` expects polls of.
	pub fn expect(&self, chain: &str) {
		self.health
			.lock()
			.expect("not poisoned")
			.entry(chain.to_string())
			.or_insert_with(|| Instant::now() - HEALTH_STALE);
	}

	/// The chains not polled successfully within [`HEALTH_STALE`].
	pub fn unhealthy(&self) -> Vec<String> {
		let health = self.health.lock().expect("not poisoned");
		let mut stale: Vec<String> = health
			.iter()
			.filter(|(_, t)| t.elapsed() > HEALTH_STALE)
			.map(|(c, _)| c.clone())
			.collect();
		stale.sort();
		stale
	}

	/// The metrics in the Prometheus text format.
	pub fn render(&self) -> String {
		let mut buf = Vec::new();
		TextEncoder::new().encode(&self.registry.gather(), &mut buf).ok();
		String::from_utf8(buf).unwrap_or_default()
	}

	/// Serves `/metrics` and `/health` on `listener` until the process ends.
	pub async fn serve(self, listener: tokio::net::TcpListener) {
		if let Ok(addr) = listener.local_addr() {
			tracing::info!(%addr, "metrics and health endpoint listening");
		}
		loop {
			let (stream, _) = match listener.accept().await {
				Ok(s) => s,
				Err(e) => {
					tracing::warn!(error = %e, "metrics endpoint: accept failed");
					continue;
				},
			};
			let metrics = self.clone();
			tokio::spawn(async move {
				let service = service_fn(move |req: Request<hyper::body::Incoming>| {
					let metrics = metrics.clone();
					async move { Ok::<_, std::convert::Infallible>(metrics.respond(req.uri().path())) }
				});
				if let Err(e) =
					http1::Builder::new().serve_connection(TokioIo::new(stream), service).await
				{
					tracing::debug!(error = %e, "metrics endpoint: connection ended");
				}
			});
		}
	}

	fn respond(&self, path: &str) -> Response<Full<Bytes>> {
		let (status, body) = match path {
			"/metrics" => (StatusCode::OK, self.render()),
			"/health" => {
				let stale = self.unhealthy();
				if stale.is_empty() {
					(StatusCode::OK, "ok\n".to_string())
				} else {
					(
						StatusCode::SERVICE_UNAVAILABLE,
						format!(
							"not polled within {}s: {}\n",
							HEALTH_STALE.as_secs(),
							stale.join(", ")
						),
					)
				}
			},
			_ => (StatusCode::NOT_FOUND, "not found: use /metrics or /health\n".to_string()),
		};
		let mut response = Response::new(Full::new(Bytes::from(body)));
		*response.status_mut() = status;
		response
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn renders_and_reports_health() {
		let m = Metrics::new().unwrap();
		m.head.with_label_values(&["bsc"]).set(12);
		m.votes.with_label_values(&["bsc", "deposit"]).inc();
		let text = m.render();
		assert!(text.contains("relayer_head_block{chain=\"bsc\"} 12"), "{text}");
		assert!(text.contains("relayer_votes_total{chain=\"bsc\",kind=\"deposit\"} 1"), "{text}");
		m.expect("bsc");
		assert_eq!(m.unhealthy(), vec!["bsc".to_string()]);
		assert_eq!(m.respond("/health").status(), StatusCode::SERVICE_UNAVAILABLE);
		m.alive("bsc");
		assert!(m.unhealthy().is_empty());
		assert_eq!(m.respond("/health").status(), StatusCode::OK);
		assert_eq!(m.respond("/nope").status(), StatusCode::NOT_FOUND);
	}
}
