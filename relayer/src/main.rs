//! `liquid-staking-relayer`: attests the vaults' deposits and the remote pools' reports on the
//! appchain, and gets the appchain's withdrawals released by the vaults. See the README's
//! "Run a relayer".

use std::path::PathBuf;

use clap::{Parser, ValueEnum};

/// The liquid-staking bridge's relayer: one process per relayer operator.
///
/// It follows each configured vault's deposits (after the configured confirmations) and attests
/// them on the appchain; gets the appchain's withdrawals released by the vaults (a vote of the
/// relayers' threshold) and settles them; reports the rewards, slashes and delegations of the
/// pools staked on each chain at every epoch boundary, and carries out their staking plan
/// through the vault's adapter. Its checkpoints are kept in a database, so a restart resumes
/// where it stopped.
#[derive(Parser, Debug)]
#[command(name = "liquid-staking-relayer", version)]
struct Cli {
	/// The configuration file (TOML): the appchain, the chains and their vaults, the keys, the
	/// database and the metrics address.
	#[arg(long, short, value_name = "FILE")]
	config: PathBuf,
	/// The log format: `text` for people, `json` for log collectors.
	#[arg(long, value_enum, default_value_t = LogFormat::Text)]
	log_format: LogFormat,
	/// Which logs to print (a tracing filter, e.g. `info`, `liquid_staking_relayer=debug`);
	/// the `RUST_LOG` environment variable overrides it.
	#[arg(long, default_value = "info")]
	log: String,
	/// Checks the configuration and the key files, then exits.
	#[arg(long)]
	check: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum LogFormat {
	Text,
	Json,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
	let cli = Cli::parse();
	let filter = tracing_subscriber::EnvFilter::try_from_default_env()
		.unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(&cli.log));
	let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
	match cli.log_format {
		LogFormat::Text => builder.init(),
		LogFormat::Json => builder.json().init(),
	}
	let cfg = liquid_staking_relayer::config::Config::load(&cli.config)?;
	if cli.check {
		liquid_staking_relayer::appchain::read_key(&cfg.appchain.key_file)?;
		liquid_staking_relayer::evm::read_key(&cfg.evm_key_file)?;
		println!("configuration and keys are valid: {} chain(s)", cfg.chains.len());
		return Ok(());
	}
	let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
	tokio::select! {
		r = liquid_staking_relayer::run(cfg) => r,
		_ = tokio::signal::ctrl_c() => {
			tracing::info!("interrupted: stopping");
			Ok(())
		},
		_ = terminate.recv() => {
			tracing::info!("terminated: stopping");
			Ok(())
		},
	}
}
