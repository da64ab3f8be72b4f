//! The node's service: client, ParityDB backend, transaction pool, network, RPC and sealing.
//!
//! # Transaction pool
//!
//! The pool is built from the `--pool-type` option, whose default this node sets to
//! `single-state` (see `setup_command` in `command.rs`); `--pool-type fork-aware` still selects
//! the fork-aware pool. The fork-aware pool of sc-transaction-pool 48 loses transactions on a
//! single authoring node (paritytech/polkadot-sdk#10104; the revive dev node forces the
//! single-state pool for the same reason, paritytech/polkadot-sdk#10106):
//!
//! - a transaction submitted while the pool builds the view of a new block goes into the mempool
//!   after the new view took its snapshot of the mempool (`update_view_with_mempool`) and into the
//!   old views only, because the new view is not yet active (`view_store.submit` iterates the
//!   active views); the new view never sees it;
//! - a transaction that is `Future` in every view that has it (a burst with nonces set in
//!   advance reaches the pool out of order) is dropped from the mempool as soon as those views
//!   are removed (`dropped_watcher`: the last referencing view gone, `LimitsEnforced`), and the
//!   views below a finalized block are removed on every finalization (`view_store::
//!   handle_finalized`). With blocks finalized as they are sealed, that is at once;
//! - from then on the account's next nonce is missing: its later transactions are never included
//!   and never shown as ready (`author_pendingExtrinsics` shows the ready set of the newest view).
//!
//! The single-state pool validates every transaction against the one pool at the best block and
//! keeps `Future` transactions until their predecessor arrives.
//!
//! # Sealing
//!
//! The blocks the node seals on its own (`instant-seal`, `manual-seal-<ms>`) are sealed without
//! being finalized, and the best chain is finalized [`FINALITY_DELAY`] behind its head by
//! [`finalize_behind_best`], as a finality gadget trailing the head would: a transaction's status
//! goes `Ready` → `InBlock` → `Finalized` as on a real chain. Sealed with `finalize: true`, the
//! client sends the finality notification of a block before its import notification, the pool
//! handles both in the same maintenance pass, and `InBlock` and `Finalized` reach the RPC client
//! within microseconds: @polkadot/api's `signAndSend` follows the status stream with `switchMap`,
//! so the `Finalized` status cancels the `InBlock` result while it is still fetching the block's
//! events, and a client waiting for `InBlock` never sees it.
//!
//! An automatic seal waits until the pool has processed the best block ([`pool_caught_up`]), so
//! blocks never outrun the pool: a block built from a stale ready set reports the transactions
//! already included as invalid (the single-state pool then removes their still-valid
//! descendants too), and a pool more than 20 blocks behind skips the maintenance of the blocks in
//! between (`SKIP_MAINTENANCE_THRESHOLD`), without `InBlock` events and without pruning. In
//! instant seal a seal is also tried after every new best block and once a second while the pool
//! holds ready transactions, so that a transaction that became ready without an import
//! notification (a leftover of a full block, a promoted or resubmitted one) is not left waiting
//! for the next submission.
//!
//! `engine_createBlock` seals, and finalizes if asked, in every mode; in `instant-seal` and
//! `manual-seal-<ms>` a block it leaves unfinalized is finalized [`FINALITY_DELAY`] later like the
//! others. In `manual-seal` mode (no block time) nothing else seals or finalizes.

use crate::cli::Consensus;
use futures::{channel::mpsc, stream::BoxStream, FutureExt, Stream, StreamExt};
use liquid_staking_runtime::{apis::RuntimeApi, opaque::Block};
use sc_client_api::{backend::Backend, BlockchainEvents, Finalizer};
use sc_consensus_manual_seal::EngineCommand;
use sc_executor::WasmExecutor;
use sc_service::{error::Error as ServiceError, Configuration, TaskManager};
use sc_telemetry::{log, Telemetry, TelemetryWorker};
use sc_transaction_pool_api::{OffchainTransactionPoolFactory, TransactionPool};
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::{Block as BlockT, Header as _, NumberFor};
use std::{
	collections::VecDeque,
	sync::Arc,
	time::{Duration, Instant},
};

/// What the runtime's Wasm may import: the standard host functions, and the benchmarking ones when
/// the runtime is built with `runtime-benchmarks` (the end-to-end tests' node).
type HostFunctions = (sp_io::SubstrateHostFunctions, liquid_staking_runtime::ExtraHostFunctions);

pub(crate) type FullClient =
	sc_service::TFullClient<Block, RuntimeApi, WasmExecutor<HostFunctions>>;
type FullBackend = sc_service::TFullBackend<Block>;
type FullSelectChain = sc_consensus::LongestChain<FullBackend, Block>;
type FullPool = sc_transaction_pool::TransactionPoolHandle<Block, FullClient>;
type BlockHash = <Block as BlockT>::Hash;

/// How long after its import a block of the best chain is finalized, in the modes where the node
/// seals on its own. Long enough for a client to fetch the block and its events on `InBlock`
/// before `Finalized` arrives.
const FINALITY_DELAY: Duration = Duration::from_millis(1_000);

/// At most how long an automatic seal waits for the pool to process the best block.
const POOL_CATCH_UP_TIMEOUT: Duration = Duration::from_secs(5);

/// How often instant seal looks for ready transactions that no notification announced.
const INSTANT_SEAL_HEARTBEAT: Duration = Duration::from_secs(1);

/// What the chain-operation subcommands need.
pub type Service = sc_service::PartialComponents<
	FullClient,
	FullBackend,
	FullSelectChain,
	sc_consensus::DefaultImportQueue<Block>,
	FullPool,
	Option<Telemetry>,
>;

pub fn new_partial(config: &Configuration) -> Result<Service, ServiceError> {
	let telemetry = config
		.telemetry_endpoints
		.clone()
		.filter(|x| !x.is_empty())
		.map(|endpoints| -> Result<_, sc_telemetry::Error> {
			let worker = TelemetryWorker::new(16)?;
			let telemetry = worker.handle().new_telemetry(endpoints);
			Ok((worker, telemetry))
		})
		.transpose()?;

	let executor = sc_service::new_wasm_executor(&config.executor);
	let (client, backend, keystore_container, task_manager) =
		sc_service::new_full_parts::<Block, RuntimeApi, _>(
			config,
			telemetry.as_ref().map(|(_, telemetry)| telemetry.handle()),
			executor,
			Vec::new(),
		)?;
	let client = Arc::new(client);

	let telemetry = telemetry.map(|(worker, telemetry)| {
		task_manager.spawn_handle().spawn("telemetry", None, worker.run());
		telemetry
	});

	let select_chain = sc_consensus::LongestChain::new(backend.clone());
	// The pool type comes from `--pool-type`, single-state unless chosen otherwise (see the
	// module's documentation and `command.rs`). `spawn_tasks` reads the same options to decide
	// which block notifications maintain the pool, so they must not be overridden here.
	let transaction_pool = Arc::from(
		sc_transaction_pool::Builder::new(
			task_manager.spawn_essential_handle(),
			client.clone(),
			config.role.is_authority().into(),
		)
		.with_options(config.transaction_pool.clone())
		.with_prometheus(config.prometheus_registry())
		.build(),
	);
	let import_queue = sc_consensus_manual_seal::import_queue(
		Box::new(client.clone()),
		&task_manager.spawn_essential_handle(),
		config.prometheus_registry(),
	);

	Ok(sc_service::PartialComponents {
		client,
		backend,
		task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: telemetry,
	})
}

/// A full node.
pub fn new_full<Network: sc_network::NetworkBackend<Block, <Block as BlockT>::Hash>>(
	config: Configuration,
	consensus: Consensus,
) -> Result<TaskManager, ServiceError> {
	// `TransactionPoolOptions` keeps its pool type private; its `Debug` output names it.
	if format!("{:?}", config.transaction_pool).contains("ForkAware") {
		log::warn!(
			"⚠️  The fork-aware transaction pool can drop transactions on this node \
			 (paritytech/polkadot-sdk#10104); `--pool-type single-state` (the default) does not."
		);
	}

	let sc_service::PartialComponents {
		client,
		backend,
		mut task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: mut telemetry,
	} = new_partial(&config)?;

	let net_config = sc_network::config::FullNetworkConfiguration::<
		Block,
		<Block as BlockT>::Hash,
		Network,
	>::new(
		&config.network,
		config.prometheus_config.as_ref().map(|cfg| cfg.registry.clone()),
	);
	let metrics = Network::register_notification_metrics(
		config.prometheus_config.as_ref().map(|cfg| &cfg.registry),
	);

	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		sc_service::build_network(sc_service::BuildNetworkParams {
			config: &config,
			net_config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			import_queue,
			block_announce_validator_builder: None,
			warp_sync_config: None,
			block_relay: None,
			metrics,
			gap_sync_body_policy: None,
		})?;

	if config.offchain_worker.enabled {
		let offchain_workers =
			sc_offchain::OffchainWorkers::new(sc_offchain::OffchainWorkerOptions {
				runtime_api_provider: client.clone(),
				is_validator: config.role.is_authority(),
				keystore: Some(keystore_container.keystore()),
				offchain_db: backend.offchain_storage(),
				transaction_pool: Some(OffchainTransactionPoolFactory::new(
					transaction_pool.clone(),
				)),
				network_provider: Arc::new(network.clone()),
				enable_http_requests: true,
				custom_extensions: |_| vec![],
			})?;
		task_manager.spawn_handle().spawn(
			"offchain-workers-runner",
			"offchain-worker",
			offchain_workers.run(client.clone(), task_manager.spawn_handle()).boxed(),
		);
	}

	// `engine_createBlock` / `engine_finalizeBlock` and the sealing modes share one command
	// stream.
	let (command_sink, rpc_commands) = mpsc::channel::<EngineCommand<BlockHash>>(1024);

	let rpc_extensions_builder = {
		let client = client.clone();
		let pool = transaction_pool.clone();
		Box::new(move |_| {
			let deps = crate::rpc::FullDeps {
				client: client.clone(),
				pool: pool.clone(),
				command_sink: command_sink.clone(),
			};
			crate::rpc::create_full(deps).map_err(Into::into)
		})
	};

	let prometheus_registry = config.prometheus_registry().cloned();
	sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		network,
		client: client.clone(),
		keystore: keystore_container.keystore(),
		task_manager: &mut task_manager,
		transaction_pool: transaction_pool.clone(),
		rpc_builder: rpc_extensions_builder,
		backend,
		system_rpc_tx,
		tx_handler_controller,
		sync_service,
		config,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;

	let proposer = sc_basic_authorship::ProposerFactory::new(
		task_manager.spawn_handle(),
		client.clone(),
		transaction_pool.clone(),
		prometheus_registry.as_ref(),
		telemetry.as_ref().map(|x| x.handle()),
	);

	let commands = match auto_seal_commands(consensus, client.clone(), transaction_pool.clone()) {
		Some(auto) => {
			// The node seals on its own: it also finalizes, behind the head.
			task_manager.spawn_handle().spawn(
				"finality",
				Some("block-authoring"),
				finalize_behind_best(client.clone(), FINALITY_DELAY),
			);
			futures::stream::select(rpc_commands, auto).boxed()
		},
		None => rpc_commands.boxed(),
	};

	let slot_duration = {
		use sp_api::ProvideRuntimeApi;
		use sp_consensus_aura::AuraApi;
		client
			.runtime_api()
			.slot_duration(client.info().best_hash)
			.map_err(|e| ServiceError::Application(Box::new(e)))?
	};
	let inherent_client = client.clone();
	let params = sc_consensus_manual_seal::ManualSealParams {
		block_import: client.clone(),
		env: proposer,
		client,
		pool: transaction_pool,
		select_chain,
		commands_stream: commands,
		// The Aura pre-digest of the block's slot, which the runtime checks against the
		// timestamp and the relay slot.
		consensus_data_provider: Some(Box::new(
			sc_consensus_manual_seal::consensus::aura::AuraConsensusDataProvider::new_with_slot_duration(
				slot_duration,
			),
		)),
		// The mocked relay chain's validation data and the timestamp of its slot.
		create_inherent_data_providers: move |parent, ()| {
			let providers = crate::parachain::providers(&inherent_client, parent)
				.map_err(|e| -> Box<dyn std::error::Error + Send + Sync> { e.into() });
			futures::future::ready(providers)
		},
	};
	task_manager.spawn_essential_handle().spawn_blocking(
		"manual-seal",
		None,
		sc_consensus_manual_seal::run_manual_seal(params),
	);

	Ok(task_manager)
}

/// A command sealing a block on the best block, not finalized: [`finalize_behind_best`] does.
fn seal(create_empty: bool) -> EngineCommand<BlockHash> {
	EngineCommand::SealNewBlock { create_empty, finalize: false, parent_hash: None, sender: None }
}

/// A stream yielding `()` every `period`, the first one `period` after it is first polled.
fn every(period: Duration) -> impl Stream<Item = ()> + Send {
	futures::stream::unfold((), move |()| async move {
		futures_timer::Delay::new(period).await;
		Some(((), ()))
	})
}

/// The seal commands the node issues on its own, `None` in `manual-seal` mode.
///
/// - `instant-seal`: a block as soon as a transaction is ready. A seal is tried on every
///   transaction imported as ready (the pool's import notifications), on every new best block
///   (what a full block left over) and every [`INSTANT_SEAL_HEARTBEAT`]; the triggers that come
///   in while a block is being sealed make one try, and a try is skipped when the pool, caught up
///   with the best block, holds no ready transaction. The seal itself allows an empty block:
///   manual seal counts a block's inherents by the inherent data's entries, and the parachain
///   inherent has two (its current and its first format) for one extrinsic, so a block of one
///   transaction would look empty to it.
/// - `manual-seal-<ms>`: a block, empty or not, every `<ms>` milliseconds.
///
/// Each command is handed over only once the pool has processed the best block
/// ([`pool_caught_up`]); `run_manual_seal` takes the next command after it has sealed the
/// previous one, so the wait starts after the previous block's import.
fn auto_seal_commands(
	consensus: Consensus,
	client: Arc<FullClient>,
	pool: Arc<FullPool>,
) -> Option<BoxStream<'static, EngineCommand<BlockHash>>> {
	let triggers: BoxStream<'static, bool> = match consensus {
		Consensus::ManualSeal(0) => return None,
		Consensus::InstantSeal => {
			let ready_txs = pool.import_notification_stream().map(|_| ());
			let best_blocks = client
				.import_notification_stream()
				.filter_map(|n| futures::future::ready(n.is_new_best.then_some(())));
			futures::stream::select(
				futures::stream::select(ready_txs, best_blocks),
				every(INSTANT_SEAL_HEARTBEAT),
			)
			.ready_chunks(1024)
			.map(|_| false)
			.boxed()
		},
		Consensus::ManualSeal(block_time) => {
			every(Duration::from_millis(block_time)).map(|()| true).boxed()
		},
	};
	Some(
		triggers
			.filter_map(move |create_empty| {
				let client = client.clone();
				let pool = pool.clone();
				async move {
					pool_caught_up(&client, &pool).await;
					(create_empty || pool.status().ready > 0).then(|| seal(true))
				}
			})
			.boxed(),
	)
}

/// Waits until the pool has processed the best block, at most [`POOL_CATCH_UP_TIMEOUT`].
///
/// `ready_at` resolves once the pool's maintenance has handled the block (both pool types), or
/// at once for an empty single-state pool.
async fn pool_caught_up(client: &FullClient, pool: &FullPool) {
	let best = client.info().best_hash;
	let ready = pool.ready_at(best);
	let timeout = futures_timer::Delay::new(POOL_CATCH_UP_TIMEOUT);
	if let futures::future::Either::Right(_) = futures::future::select(ready, timeout).await {
		log::debug!(target: "manual-seal", "the pool has not processed the best block {best}");
	}
}

/// Finalizes the best chain `delay` behind its head: each block that is imported as the new best
/// block is finalized (with its ancestors) `delay` after its import, oldest first, if it is still
/// on the best chain and not finalized yet (`engine_createBlock` with `finalize: true` finalizes
/// at once; `engine_finalizeBlock` may go ahead). Blocks that are due together are finalized in
/// one step, by the newest of them. A best block left unfinalized by a previous run is finalized
/// `delay` after the start.
async fn finalize_behind_best(client: Arc<FullClient>, delay: Duration) {
	let mut imported = client.import_notification_stream().fuse();
	// The best blocks waiting to be finalized, oldest first, with the instant they are due; from
	// the start, the best block if it is not final (a node stopped before finalizing it).
	let mut pending: VecDeque<(Instant, BlockHash, NumberFor<Block>)> = VecDeque::new();
	let info = client.info();
	if info.best_number > info.finalized_number {
		pending.push_back((Instant::now() + delay, info.best_hash, info.best_number));
	}
	loop {
		let next_due = pending.front().map(|(due, ..)| *due);
		let timer = async move {
			match next_due {
				Some(due) => {
					futures_timer::Delay::new(due.saturating_duration_since(Instant::now())).await
				},
				None => futures::future::pending::<()>().await,
			}
		};
		futures::select! {
			notification = imported.next() => match notification {
				Some(n) if n.is_new_best =>
					pending.push_back((Instant::now() + delay, n.hash, *n.header.number())),
				Some(_) => {},
				None => return,
			},
			() = timer.fuse() => finalize_due(&client, &mut pending),
		}
	}
}

/// Takes the blocks of `pending` that are due, and finalizes the newest of them that is still on
/// the best chain and not finalized yet (its ancestors with it).
fn finalize_due(
	client: &FullClient,
	pending: &mut VecDeque<(Instant, BlockHash, NumberFor<Block>)>,
) {
	let now = Instant::now();
	let mut due = Vec::new();
	while pending.front().is_some_and(|(at, ..)| *at <= now) {
		due.extend(pending.pop_front());
	}
	let finalized = client.info().finalized_number;
	let newest_canonical = due.into_iter().rev().find(|(_, hash, number)| {
		*number > finalized && client.hash(*number).ok().flatten() == Some(*hash)
	});
	if let Some((_, hash, number)) = newest_canonical {
		if let Err(e) = Finalizer::<Block, FullBackend>::finalize_block(client, hash, None, true) {
			log::warn!(target: "manual-seal", "could not finalize #{number} ({hash}): {e}");
		}
	}
}
