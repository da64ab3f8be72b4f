//! The subcommands and running the node.

use crate::{
	chain_spec,
	cli::{Cli, Subcommand},
	service,
};
use sc_cli::SubstrateCli;
use sc_service::PartialComponents;

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"Liquid staking node".into()
	}

	fn impl_version() -> String {
		env!("CARGO_PKG_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"https://github.com/liquid-staking/liquid-staking/issues".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	/// sc-cli's setup (name, version, authors, the subcommand settings), and the node's own
	/// default pool type: `--pool-type` is `single-state` unless given. sc-cli's default, the
	/// fork-aware pool, drops transactions on this single authoring node
	/// (paritytech/polkadot-sdk#10104; see `service.rs`). The option is still there to choose the
	/// fork-aware pool; the whole configuration, `spawn_tasks`' choice of the block notifications
	/// that maintain the pool included, follows from it.
	fn setup_command(cmd: sc_cli::clap::Command) -> sc_cli::clap::Command {
		cmd.name(Self::executable_name())
			.version(format!("{}\n", Self::impl_version()))
			.author(Self::author())
			.about(Self::description())
			.long_about(Self::description())
			.after_help(format!("Support: {}", Self::support_url()))
			.propagate_version(true)
			.args_conflicts_with_subcommands(true)
			.subcommand_negates_reqs(true)
			// `pool_type`: the id of `sc_cli::TransactionPoolParams::pool_type`, flattened into
			// `RunCmd`, itself flattened into `Cli`.
			.mut_arg("pool_type", |arg| arg.default_value("single-state"))
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		Ok(match id {
			"dev" | "" => Box::new(chain_spec::development()?),
			"local" => Box::new(chain_spec::local_testnet()?),
			#[cfg(feature = "runtime-benchmarks")]
			id if crate::benchmarking::is_benchmark_chain(id) => {
				Box::new(crate::benchmarking::benchmark_spec(id)?)
			},
			path => {
				Box::new(chain_spec::ChainSpec::from_json_file(std::path::PathBuf::from(path))?)
			},
		})
	}
}

/// Parses the command line and runs it.
pub fn run() -> sc_cli::Result<()> {
	let cli = Cli::from_args();

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		#[allow(deprecated)]
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		},
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let chain_spec = cli.load_spec(&cmd.chain)?;
			cmd.run(chain_spec)
		},
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		},
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		},
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		},
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, backend, None), task_manager))
			})
		},
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<liquid_staking_runtime::opaque::Block>(&config))
		},
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(cmd)) => {
			use crate::benchmarking;
			use frame_benchmarking_cli::BenchmarkCmd;
			use sp_runtime::traits::HashingFor;
			type Block = liquid_staking_runtime::opaque::Block;
			type ProofSize =
				cumulus_primitives_proof_size_hostfunction::storage_proof_size::HostFunctions;
			let runner = cli.create_runner(cmd)?;
			match cmd {
				// The runtime imports cumulus' storage-proof-size host function (weight reclaim).
				BenchmarkCmd::Pallet(cmd) => runner.sync_run(|config| {
					cmd.run_with_spec::<HashingFor<Block>, ProofSize>(Some(config.chain_spec))
				}),
				// The base weights of a block and of a transaction, on the chain's genesis
				// (`--chain`), in a client of frame-benchmarking-cli's own.
				BenchmarkCmd::Overhead(cmd) => runner.sync_run(|config| {
					cmd.run_with_default_builder_and_spec::<Block, ()>(Some(config.chain_spec))
				}),
				// Reads and writes of every key of the database at `--base-path` (the chain's
				// genesis if it is new).
				BenchmarkCmd::Storage(cmd) => runner.sync_run(|config| {
					let PartialComponents { client, backend, .. } = service::new_partial(&config)?;
					let db = backend.expose_db();
					let storage = backend.expose_storage();
					let shared_trie_cache = backend.expose_shared_trie_cache();
					cmd.run(config, client, db, storage, shared_trie_cache)
				}),
				// One call's time in a full block (frame-benchmarking-cli), then how many of it a
				// block holds, with the proof recorded as a collator records it (one JSON line
				// on the standard output).
				BenchmarkCmd::Extrinsic(cmd) => runner.sync_run(|config| {
					let PartialComponents { client, .. } = service::new_partial(&config)?;
					let factory = benchmarking::factory(&client, config.chain_spec.id())?;
					let (inherents, digest) = benchmarking::block_inputs(&client)?;
					cmd.run(client.clone(), inherents.clone(), digest.clone(), &factory)?;
					if let (Some(pallet), Some(extrinsic)) =
						(&cmd.params.pallet, &cmd.params.extrinsic)
					{
						let builder = factory
							.try_get(pallet, extrinsic)
							.ok_or("unknown pallet or extrinsic")?;
						let report = benchmarking::block_capacity(
							&client,
							builder,
							cmd.params.bench.max_ext_per_block,
							&inherents,
							&digest,
						)?;
						println!("{report}");
					}
					Ok(())
				}),
				BenchmarkCmd::Machine(cmd) => runner.sync_run(|config| {
					cmd.run(&config, frame_benchmarking_cli::SUBSTRATE_REFERENCE_HARDWARE.clone())
				}),
				BenchmarkCmd::Block(_) => Err("`benchmark block` is not available".into()),
			}
		},
		None => {
			let runner = cli.create_runner(&cli.run)?;
			runner.run_node_until_exit(|config| async move {
				match config.network.network_backend {
					sc_network::config::NetworkBackendType::Libp2p => {
						service::new_full::<sc_network::NetworkWorker<_, _>>(config, cli.consensus)
							.map_err(sc_cli::Error::Service)
					},
					sc_network::config::NetworkBackendType::Litep2p => service::new_full::<
						sc_network::Litep2pNetworkBackend,
					>(config, cli.consensus)
					.map_err(sc_cli::Error::Service),
				}
			})
		},
	}
}
