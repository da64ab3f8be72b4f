// Starts the dev node on free ports with a temporary base path, connects @polkadot/api to it,
// and stops it afterwards, leaving nothing behind.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

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

/** Starts a node and connects to it: `{ api, keyring, stop, log, rpcUrl }`. */
export async function startNode() {
	const [rpcPort, p2pPort] = [await freePort(), await freePort()];
	const basePath = mkdtempSync(join(tmpdir(), 'liquid-staking-e2e-'));
	const args = [
		'--dev',
		'--base-path', basePath,
		'--rpc-port', String(rpcPort),
		'--port', String(p2pPort),
		'--no-prometheus',
		'--no-telemetry',
		'--no-mdns',
		'--rpc-cors', 'all',
	];
	const child = spawn(nodeBinary(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
	let log = '';
	child.stderr.on('data', (d) => {
		log = (log + d.toString()).slice(-20_000);
	});
	const exited = new Promise((resolve) => child.on('exit', resolve));

	const stop = async () => {
		if (globalThis.__api) await globalThis.__api.disconnect().catch(() => {});
		if (child.exitCode === null) {
			child.kill('SIGINT');
			const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
			await exited;
			clearTimeout(timer);
		}
		rmSync(basePath, { recursive: true, force: true });
	};

	try {
		const deadline = Date.now() + 300_000;
		while (!log.includes('Running JSON-RPC server')) {
			if (child.exitCode !== null) throw new Error(`the node exited:\n${log}`);
			if (Date.now() > deadline) throw new Error(`the node did not start:\n${log}`);
			await new Promise((r) => setTimeout(r, 200));
		}
		const provider = new WsProvider(`ws://127.0.0.1:${rpcPort}`);
		const api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
		globalThis.__api = api;
		await cryptoWaitReady();
		const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
		return { api, keyring, stop, log: () => log, rpcUrl: `ws://127.0.0.1:${rpcPort}` };
	} catch (e) {
		await stop();
		throw e;
	}
}

/** Seals `n` blocks through the manual-seal RPC. */
export async function createBlocks(api, n) {
	for (let i = 0; i < n; i++) {
		await api.rpc.engine.createBlock(true, true);
	}
}

/**
 * Signs and sends `tx` with `signer`, waits for its block, and returns
 * `{ events, error }`: the block's events of this extrinsic, and the decoded dispatch error
 * (`section.name`) if it failed.
 */
export function send(api, tx, signer) {
	return new Promise((resolve, reject) => {
		let unsub;
		tx.signAndSend(signer, { nonce: -1 }, (result) => {
			if (result.status.isInBlock || result.status.isFinalized) {
				if (unsub) unsub();
				let error = null;
				if (result.dispatchError) {
					if (result.dispatchError.isModule) {
						const meta = api.registry.findMetaError(result.dispatchError.asModule);
						error = `${meta.section}.${meta.name}`;
					} else {
						error = result.dispatchError.type;
					}
				}
				resolve({ events: result.events.map((r) => r.event), error });
			} else if (result.isError) {
				if (unsub) unsub();
				reject(new Error(`transaction failed: ${result.status.toString()}`));
			}
		})
			.then((u) => {
				unsub = u;
			})
			.catch(reject);
	});
}

/** Whether `events` hold `section.method`. */
export function has(events, section, method) {
	return events.some((e) => e.section === section && e.method === method);
}
