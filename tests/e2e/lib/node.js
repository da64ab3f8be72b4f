// Starts the dev node on free ports with a temporary base path (or a given one, kept), connects
// @polkadot/api to it, and stops it afterwards, leaving nothing behind.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { registerFeeCoinType } from '../../../web/src/fee-coin-type.js';

/** The genesis presets' units, pools, assets and remote chains, as the tests name them. */
export const COIN = 10n ** 18n;
export const UNIT = 10n ** 12n;
export const POOL = 0;
export const MATIC_POOL = 1;
export const WBNB = 1;
export const WMATIC = 2;
export const CBNB = 101;
export const ETHEREUM = 1;
export const BSC = 56;
export const POLYGON = 137;

/** The node binary: `$NODE_BIN`, else the debug build in the shared target directory. */
export function nodeBinary() {
	if (process.env.NODE_BIN) return process.env.NODE_BIN;
	const target =
		process.env.CARGO_TARGET_DIR || join(process.env.HOME, '.cache/liquid-staking/target');
	return join(target, 'debug', 'liquid-staking-node');
}

/** A free TCP port on the loopback interface. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/**
 * Starts a node and connects to it: `{ api, keyring, stop, kill, log, startupLog, rpcUrl,
 * basePath }` (`log`: the last 20,000 characters of its output; `startupLog`: the first 100,000).
 *
 * - `basePath`: the node's base path; kept by `stop()` and `kill()` (the caller removes it).
 *   Without it, a temporary one that `stop()` removes.
 * - `consensus`: the `--consensus` value (`instant-seal` when absent, the node's default).
 * - `args`: more node arguments (e.g. `['--pool-type', 'fork-aware']`).
 */
export async function startNode({ basePath, consensus, args = [] } = {}) {
	const [rpcPort, p2pPort] = [await freePort(), await freePort()];
	const ownBasePath = !basePath;
	if (ownBasePath) basePath = mkdtempSync(join(tmpdir(), 'liquid-staking-e2e-'));
	const nodeArgs = [
		'--dev',
		'--base-path', basePath,
		'--rpc-port', String(rpcPort),
		'--port', String(p2pPort),
		'--no-prometheus',
		'--no-telemetry',
		'--no-mdns',
		'--rpc-cors', 'all',
		...(consensus ? ['--consensus', consensus] : []),
		...args,
	];
	const child = spawn(nodeBinary(), nodeArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
	let log = '';
	let head = '';
	child.stderr.on('data', (d) => {
		log = (log + d.toString()).slice(-20_000);
		if (head.length < 100_000) head += d.toString();
	});
	const exited = new Promise((resolve) => child.on('exit', resolve));
	const running = () => child.exitCode === null && child.signalCode === null;
	let api;
	let provider;

	/** Stops the node (SIGINT, SIGKILL after 10 s) and removes its base path if it is its own. */
	const stop = async () => {
		if (api) await api.disconnect().catch(() => {});
		if (running()) {
			child.kill('SIGINT');
			const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
			await exited;
			clearTimeout(timer);
		}
		if (ownBasePath) rmSync(basePath, { recursive: true, force: true });
	};

	/** Kills the node with `signal` (a crash: SIGKILL), keeping its base path. */
	const kill = async (signal = 'SIGKILL') => {
		if (running()) {
			child.kill(signal);
			await exited;
		}
		if (api) await api.disconnect().catch(() => {});
	};

	try {
		const deadline = Date.now() + 300_000;
		while (!log.includes('Running JSON-RPC server')) {
			if (!running()) throw new Error(`the node exited:\n${log}`);
			if (Date.now() > deadline) throw new Error(`the node did not start:\n${log}`);
			await new Promise((r) => setTimeout(r, 200));
		}
		provider = new WsProvider(`ws://127.0.0.1:${rpcPort}`);
		api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
		registerFeeCoinType(api);
		await cryptoWaitReady();
		const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
		return {
			api,
			keyring,
			stop,
			kill,
			log: () => log,
			startupLog: () => head,
			rpcUrl: `ws://127.0.0.1:${rpcPort}`,
			basePath,
		};
	} catch (e) {
		// A provider whose API never connected keeps reconnecting: stop it too.
		if (provider && !api) await provider.disconnect().catch(() => {});
		await stop();
		throw e;
	}
}

/** Seals `n` blocks through the manual-seal RPC, finalized unless `finalize` is false. */
/**
 * The pallets' clock: the relay-chain block the best block was built on (the node mocks the
 * relay chain, one relay block per 6 seconds and at least one per parachain block). A call in
 * the next block sees a later one.
 */
export async function relayNow(api) {
	return (await api.query.parachainSystem.lastRelayChainBlockNumber()).toNumber();
}

/**
 * Seals blocks until the scheduler has seen relay block `relay`: until a block is built on it,
 * then the next one, whose scheduler (in `on_initialize`, before that block's relay parent is
 * known) sees it.
 */
export async function createBlocksUntilRelay(api, relay) {
	for (let i = 0; i < 10_000 && (await relayNow(api)) < relay; i++) {
		await createBlocks(api, 1);
	}
	await createBlocks(api, 1);
}

export async function createBlocks(api, n, finalize = true) {
	for (let i = 0; i < n; i++) {
		await api.rpc.engine.createBlock(true, finalize);
	}
}

/**
 * A `DispatchError` by name: `section.name` for a pallet's error (`liquidStaking.InsufficientBond`),
 * `Token.FundsUnavailable` or `Arithmetic.Overflow` for those, else its variant (`BadOrigin`).
 * A refused runtime-API preview (`Result::Err`) and a failed transaction are named alike.
 */
export function errorName(api, dispatchError) {
	if (dispatchError.isModule) {
		const meta = api.registry.findMetaError(dispatchError.asModule);
		return `${meta.section}.${meta.name}`;
	}
	if (dispatchError.isToken) return `Token.${dispatchError.asToken.type}`;
	if (dispatchError.isArithmetic) return `Arithmetic.${dispatchError.asArithmetic.type}`;
	return dispatchError.type;
}


/**
 * Signs and sends `tx` with `signer`, waits for its block (`InBlock`), and returns
 * `{ events, error, blockHash }`: the block's events of this extrinsic, and the decoded dispatch
 * error (`errorName`: `section.name` for a pallet's error) if it failed. Fails if the
 * transaction is dropped, invalid or usurped, or finalized without an `InBlock` status first.
 * `options` go to `signAndSend` (`{ assetId: { Asset: WBNB } }` pays the fee in WBNB).
 */
export function send(api, tx, signer, options = {}) {
	return new Promise((resolve, reject) => {
		let unsub;
		let settled = false;
		const settle = (f) => {
			if (settled) return;
			settled = true;
			if (unsub) unsub();
			f();
		};
		tx.signAndSend(signer, { nonce: -1, ...options }, (result) => {
			// `InBlock` as clients wait for it; `Finalized` too, which carries the same events, in
			// case fetching the events of `InBlock` took longer than the node's finality delay
			// (the order itself is checked in load.test.js).
			if (result.status.isInBlock || result.status.isFinalized) {
				const error = result.dispatchError ? errorName(api, result.dispatchError) : null;
				settle(() =>
					resolve({
						events: result.events.map((r) => r.event),
						error,
						blockHash: (result.status.isInBlock
							? result.status.asInBlock
							: result.status.asFinalized
						).toHex(),
					}),
				);
			} else if (result.isError) {
				settle(() => reject(new Error(`transaction failed: ${result.status.toString()}`)));
			}
		})
			.then((u) => {
				unsub = u;
				if (settled) u();
			})
			.catch((e) => settle(() => reject(e)));
	});
}

/**
 * Submits a signed extrinsic (a `SubmittableExtrinsic` or its hex) and follows its raw status
 * stream (`author_submitAndWatchExtrinsic`, without @polkadot/api's `switchMap`, which drops a
 * status whose block fetch is overtaken by the next one). Returns
 * `{ hash, statuses, accepted, done }`: `statuses` collects `{ type, block }` as they come;
 * `accepted` resolves once the node accepted the transaction (rejects with its error);
 * `done` resolves at the final status (Finalized, Dropped, Invalid, Usurped, FinalityTimeout).
 */
export function watch(api, tx) {
	const extrinsic = typeof tx === 'string' ? api.createType('Extrinsic', tx) : tx;
	const statuses = [];
	let finish;
	const done = new Promise((r) => (finish = r));
	let unsub;
	let finished = false;
	const accepted = api.rpc.author
		.submitAndWatchExtrinsic(extrinsic, (status) => {
			const block = status.isInBlock
				? status.asInBlock.toHex()
				: status.isFinalized
					? status.asFinalized.toHex()
					: null;
			statuses.push({ type: status.type, block });
			if (
				status.isFinalized ||
				status.isDropped ||
				status.isInvalid ||
				status.isUsurped ||
				status.isFinalityTimeout
			) {
				finished = true;
				if (unsub) unsub();
				finish();
			}
		})
		.then((u) => {
			unsub = u;
			if (finished) u();
		});
	return { hash: extrinsic.hash.toHex(), statuses, accepted, done };
}

/** Polls `check` (async, truthy when done) every `interval` ms until `timeout` ms have passed. */
export async function waitFor(check, { timeout = 120_000, interval = 200, what = 'a condition' } = {}) {
	const deadline = Date.now() + timeout;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, interval));
	}
}

/** Whether `events` hold `section.method`. */
export function has(events, section, method) {
	return events.some((e) => e.section === section && e.method === method);
}
