// End-to-end, under load: dev accounts sign bursts of transactions with nonces set in advance
// (balance transfers, stakes, conversions, unstakes) and submit them all at once, in nonce order
// (or in a deterministic shuffle, `LOAD_ORDER=shuffled`, `LOAD_SEED`), as scripts and bots do.
// Every accepted transaction must be included exactly once, in every sealing mode, and its
// status stream must go `Ready`/`Future` -> `InBlock` -> `Finalized`.
// A second part kills the node (SIGKILL) in the middle of a burst and restarts it on the same
// base path: what was included is still there, the chain goes on, and what was lost can be sent
// again.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COIN, POOL, send, startNode, UNIT, waitFor, watch, WBNB } from './lib/node.js';

/** Transactions per account and burst. */
const PER_ACCOUNT = Number(process.env.LOAD_PER_ACCOUNT || 40);
/** The signers of the bursts: three endowed dev accounts. */
const SIGNERS = ['//Alice', '//Bob', '//Charlie'];
/** Node arguments: the state of every block stays readable (the scans read each block's events). */
const ARCHIVE = ['--state-pruning', 'archive'];
/** How long a burst may take to be included (a debug build on two cores takes seconds). */
const INCLUSION_TIMEOUT = 90_000;

/**
 * The `j`-th transaction of an account's burst: `{ kind, amount, tx }`. In nonce order, each is
 * valid after the ones before it: a 1-coin bond stake and a 1-coin cert stake, half a coin of
 * bond converted to cert, a quarter coin of cert back to bond, a quarter coin of bond unstaked,
 * and a 1-unit transfer to the account's own recipient.
 */
function burstTx(api, j, recipient) {
	switch (j % 6) {
		case 0:
			return { kind: 'transfer', amount: UNIT, tx: api.tx.balances.transferKeepAlive(recipient, UNIT) };
		case 1:
			return { kind: 'stake', amount: COIN, tx: api.tx.liquidStaking.stake(POOL, COIN, 'Bond') };
		case 2:
			return { kind: 'stake', amount: COIN, tx: api.tx.liquidStaking.stake(POOL, COIN, 'Cert') };
		case 3:
			return { kind: 'bondToCert', amount: COIN / 2n, tx: api.tx.liquidStaking.bondToCert(POOL, COIN / 2n) };
		case 4:
			return { kind: 'certToBond', amount: COIN / 4n, tx: api.tx.liquidStaking.certToBond(POOL, COIN / 4n) };
		default:
			return { kind: 'unstake', amount: COIN / 4n, tx: api.tx.liquidStaking.unstake(POOL, COIN / 4n, 'Bond') };
	}
}

/** A deterministic shuffle (xorshift), so that a failing order can be replayed. */
function shuffled(items, seed = Number(process.env.LOAD_SEED || 0x5eed)) {
	const out = [...items];
	let s = seed >>> 0 || 1;
	for (let i = out.length - 1; i > 0; i--) {
		s ^= s << 13;
		s ^= s >>> 17;
		s ^= s << 5;
		const k = (s >>> 0) % (i + 1);
		[out[i], out[k]] = [out[k], out[i]];
	}
	return out;
}

/** The order of submission: by nonce, the accounts interleaved, or shuffled (`LOAD_ORDER`). */
function ordered(txs) {
	if (process.env.LOAD_ORDER === 'shuffled') return shuffled(txs);
	return [...txs].sort((a, b) => a.nonce - b.nonce);
}

/** The sum of the amounts of `account`'s transactions of `kind` among `txs`. */
function sumOf(txs, account, kind) {
	return txs
		.filter((t) => t.account === account && t.kind === kind)
		.reduce((sum, t) => sum + t.amount, 0n);
}

async function nonceOf(api, address) {
	return (await api.query.system.account(address)).nonce.toNumber();
}

async function wbnbOf(api, address) {
	const account = await api.query.assets.account(WBNB, address);
	return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
}

async function freeOf(api, address) {
	return (await api.query.system.account(address)).data.free.toBigInt();
}

async function bestNumber(api) {
	return (await api.rpc.chain.getHeader()).number.toNumber();
}

/**
 * Signs the bursts: for each signer, `count` transactions from its current nonce, immortal (so
 * that they stay valid however long the burst takes, and across a restart). Returns the
 * accounts (`{ pair, recipient, nonce0 }`) and the transactions
 * (`{ account, nonce, kind, amount, hash, hex, tx }`), in nonce order.
 */
async function signBursts(node, count = PER_ACCOUNT) {
	const { api, keyring } = node;
	const accounts = [];
	const txs = [];
	for (const [i, uri] of SIGNERS.entries()) {
		const pair = keyring.addFromUri(uri);
		const recipient = keyring.addFromUri(`//LoadRecipient//${i}`).address;
		const nonce0 = await nonceOf(api, pair.address);
		const account = { pair, recipient, nonce0, count };
		accounts.push(account);
		for (let j = 0; j < count; j++) {
			const { kind, amount, tx } = burstTx(api, j, recipient);
			await tx.signAsync(pair, { nonce: nonce0 + j, era: 0 });
			txs.push({ account, nonce: nonce0 + j, kind, amount, hash: tx.hash.toHex(), hex: tx.toHex(), tx });
		}
	}
	return { accounts, txs };
}

/**
 * Submits every transaction at once, every `watchEvery`-th one with its status stream followed
 * (the others through `author_submitExtrinsic`): in nonce order, the accounts interleaved, as
 * scripts and relayers send (this order lost transactions with the fork-aware pool and blocks
 * finalized as they were sealed), or shuffled with `LOAD_ORDER=shuffled` (most of them arrive
 * `Future`). Resolves to
 * `{ watched, rejected }` once the node answered every submission: `watched` maps hashes to
 * `watch()` handles, `rejected` lists `{ hash, error }` of the refused ones.
 */
async function submitAll(api, txs, watchEvery = 3) {
	const watched = new Map();
	const rejected = [];
	await Promise.all(
		ordered(txs).map(async (t, i) => {
			try {
				if (i % watchEvery === 0) {
					const w = watch(api, t.tx);
					watched.set(t.hash, w);
					await w.accepted;
				} else {
					const hash = await api.rpc.author.submitExtrinsic(t.tx);
					assert.equal(hash.toHex(), t.hash);
				}
			} catch (error) {
				rejected.push({ hash: t.hash, nonce: t.nonce, error: String(error) });
			}
		}),
	);
	return { watched, rejected };
}

/**
 * Reads the chain from block `from` to the best block: each extrinsic's hash mapped to where it
 * is (`{ number, blockHash, index, success }`), and a count of each hash's occurrences.
 */
async function scanChain(api, from = 1) {
	const found = new Map();
	const counts = new Map();
	const best = await bestNumber(api);
	for (let n = from; n <= best; n++) {
		const blockHash = await api.rpc.chain.getBlockHash(n);
		const { block } = await api.rpc.chain.getBlock(blockHash);
		const events = await (await api.at(blockHash)).query.system.events();
		block.extrinsics.forEach((ex, index) => {
			const hash = ex.hash.toHex();
			counts.set(hash, (counts.get(hash) || 0) + 1);
			const success = events.some(
				({ phase, event }) =>
					phase.isApplyExtrinsic &&
					phase.asApplyExtrinsic.toNumber() === index &&
					event.section === 'system' &&
					event.method === 'ExtrinsicSuccess',
			);
			found.set(hash, { number: n, blockHash: blockHash.toHex(), index, success });
		});
	}
	return { found, counts, best };
}

/** Waits until every account's on-chain nonce reached `nonce0 + count`. */
async function allIncluded(api, accounts) {
	await waitFor(
		async () => {
			for (const a of accounts) {
				if ((await nonceOf(api, a.pair.address)) < a.nonce0 + a.count) return false;
			}
			return true;
		},
		{ timeout: INCLUSION_TIMEOUT, interval: 250, what: 'every transaction of the bursts' },
	);
}

/** Asserts that every transaction of `txs` is on chain exactly once, and succeeded. */
function assertIncludedOnce(txs, { found, counts }) {
	const missing = txs.filter((t) => !found.has(t.hash));
	assert.deepEqual(
		missing.map((t) => `${t.account.pair.address.slice(0, 6)}#${t.nonce}`),
		[],
		'every accepted transaction is included',
	);
	const repeated = txs.filter((t) => counts.get(t.hash) !== 1);
	assert.deepEqual(repeated.map((t) => t.hash), [], 'each exactly once');
	const failed = txs.filter((t) => !found.get(t.hash).success);
	assert.deepEqual(
		failed.map((t) => `${t.kind}#${t.nonce}`),
		[],
		'each dispatched successfully',
	);
}

/**
 * Asserts that each watched transaction's statuses go `InBlock` (in the block it is in) before
 * `Finalized`, with nothing final (`Dropped`, `Invalid`, `Usurped`) on the way.
 */
function assertStatuses(watched, found) {
	for (const [hash, w] of watched) {
		const types = w.statuses.map((s) => s.type);
		const inBlock = types.indexOf('InBlock');
		const finalized = types.indexOf('Finalized');
		assert.ok(inBlock >= 0, `${hash}: InBlock seen (${types.join(' -> ')})`);
		assert.ok(finalized > inBlock, `${hash}: Finalized after InBlock (${types.join(' -> ')})`);
		assert.equal(w.statuses[inBlock].block, found.get(hash).blockHash, `${hash}: its block`);
		for (const bad of ['Dropped', 'Invalid', 'Usurped', 'FinalityTimeout']) {
			assert.ok(!types.includes(bad), `${hash}: no ${bad} (${types.join(' -> ')})`);
		}
	}
}

async function allDone(watched, timeout = 60_000) {
	const timer = new Promise((_, reject) =>
		setTimeout(() => reject(new Error('statuses not final in time')), timeout).unref(),
	);
	await Promise.race([Promise.all([...watched.values()].map((w) => w.done)), timer]);
}

/** The burst test of one sealing mode: `seal()` drives block production where the node does not. */
function burstTests(name, { consensus, seal, finalize }) {
	describe(`a burst, ${name}`, () => {
		let node;
		before(async () => {
			node = await startNode({ consensus, args: ARCHIVE });
		});
		after(async () => {
			if (node) await node.stop();
		});

		test(`${SIGNERS.length} accounts x ${PER_ACCOUNT} transactions, all included once`, async () => {
			const { api } = node;
			// The node's default pool.
			assertPoolType(node, 'SingleState');
			const from = (await bestNumber(api)) + 1;
			const { accounts, txs } = await signBursts(node);
			const wbnb0 = await Promise.all(accounts.map((a) => wbnbOf(api, a.pair.address)));
			const free0 = await Promise.all(accounts.map((a) => freeOf(api, a.recipient)));

			const { watched, rejected } = await submitAll(api, txs);
			assert.deepEqual(rejected, [], 'the node accepted every transaction');

			if (seal) await seal(api, accounts);
			await allIncluded(api, accounts);

			const chain = await scanChain(api, from);
			assertIncludedOnce(txs, chain);
			for (const a of accounts) {
				assert.equal(await nonceOf(api, a.pair.address), a.nonce0 + a.count, 'the nonce');
			}
			// The pool drops what was included in its own maintenance, right after the import.
			await waitFor(async () => (await api.rpc.author.pendingExtrinsics()).length === 0, {
				timeout: 30_000,
				what: 'nothing left pending',
			});

			// The effects: the stakes debited exactly their WBNB, the transfers arrived.
			for (const [i, a] of accounts.entries()) {
				const staked = sumOf(txs, a, 'stake');
				const sent = sumOf(txs, a, 'transfer');
				assert.equal(await wbnbOf(api, a.pair.address), wbnb0[i] - staked, 'WBNB staked');
				assert.equal(await freeOf(api, a.recipient), free0[i] + sent, 'transfers received');
				const requests = await api.query.liquidStaking.unbonding(POOL, a.pair.address);
				assert.ok(requests.length > 0, 'the unstakes are unbonding');
			}

			if (finalize) await finalize(api);
			await allDone(watched);
			assertStatuses(watched, chain.found);
		});

		if (!seal) {
			test('a client waiting for InBlock (signAndSend) gets it, then Finalized', async () => {
				const { api, keyring } = node;
				const dave = keyring.addFromUri('//Dave');
				const seen = [];
				let inBlockEvents = null;
				await new Promise((resolve, reject) => {
					let unsub;
					let finished = false;
					api.tx.liquidStaking
						.stake(POOL, COIN, 'Bond')
						.signAndSend(dave, { nonce: -1 }, (result) => {
							seen.push(result.status.type);
							if (result.status.isInBlock) {
								inBlockEvents = result.events.map((r) => r.event.method);
							}
							if (result.status.isFinalized || result.isError) {
								finished = true;
								if (unsub) unsub();
								resolve();
							}
						})
						.then((u) => {
							unsub = u;
							if (finished) u();
						}, reject);
				});
				assert.ok(seen.includes('InBlock'), `InBlock seen: ${seen.join(' -> ')}`);
				assert.ok(seen.indexOf('Finalized') > seen.indexOf('InBlock'), seen.join(' -> '));
				assert.ok(inBlockEvents.includes('Staked'), 'the InBlock result carries the events');
				// `send` (lib/node.js), which the other tests use, gets its block too.
				const r = await send(api, api.tx.liquidStaking.stake(POOL, COIN, 'Bond'), dave);
				assert.equal(r.error, null);
			});
		}
	});
}

/**
 * The node finalizes its own blocks behind the head: waits until the block that is the head now
 * is final (in timed mode the head moves on meanwhile).
 */
async function headFinalized(api) {
	const target = await bestNumber(api);
	await waitFor(
		async () => {
			const fin = await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead());
			return fin.number.toNumber() >= target;
		},
		{ timeout: 30_000, what: 'the head to be finalized' },
	);
}

/** Asserts that `node` logged, at startup, the transaction pool type `expected`. */
function assertPoolType(node, expected) {
	const line = node
		.startupLog()
		.split('\n')
		.find((l) => l.includes('Creating transaction pool'));
	assert.ok(line, 'the pool logs its type at startup');
	assert.ok(line.includes(expected), `${expected}: ${line}`);
}

describe('the pool type', () => {
	test('fork-aware on request (single-state by default: the bursts below)', async () => {
		const node = await startNode({ args: ['--pool-type', 'fork-aware'] });
		try {
			assertPoolType(node, 'ForkAware');
		} finally {
			await node.stop();
		}
	});
});

burstTests('instant seal (the default)', { finalize: headFinalized });

burstTests('timed seal (manual-seal-300)', { consensus: 'manual-seal-300', finalize: headFinalized });

burstTests('manual seal (engine_createBlock, then engine_finalizeBlock)', {
	consensus: 'manual-seal',
	// Blocks only on request, not finalized: the statuses stop at InBlock until finalization.
	seal: async (api, accounts) => {
		await waitFor(
			async () => {
				await api.rpc.engine.createBlock(true, false);
				for (const a of accounts) {
					if ((await nonceOf(api, a.pair.address)) < a.nonce0 + a.count) return false;
				}
				return true;
			},
			{ timeout: INCLUSION_TIMEOUT, interval: 50, what: 'manual blocks to include the bursts' },
		);
		const fin = await api.rpc.chain.getFinalizedHead();
		assert.notEqual(fin.toHex(), (await api.rpc.chain.getBlockHash()).toHex(), 'not final yet');
	},
	finalize: async (api) => {
		await api.rpc.engine.finalizeBlock(await api.rpc.chain.getBlockHash());
	},
});

describe('a restart after SIGKILL in the middle of a burst', () => {
	let basePath;
	let node;
	before(() => {
		basePath = mkdtempSync(join(tmpdir(), 'liquid-staking-restart-'));
	});
	after(async () => {
		if (node) await node.stop();
		rmSync(basePath, { recursive: true, force: true });
	});

	test('what was included stays, the chain goes on, the rest can be sent again', async () => {
		node = await startNode({ basePath, args: ARCHIVE });
		let api = node.api;
		const from = (await bestNumber(api)) + 1;
		const { accounts, txs } = await signBursts(node);
		const wbnb0 = await Promise.all(accounts.map((a) => wbnbOf(api, a.pair.address)));
		const free0 = await Promise.all(accounts.map((a) => freeOf(api, a.recipient)));

		// Submit everything, watched, and kill the node once a third of it is included (the
		// submissions still in flight then fail, as they would for a client).
		const watched = new Map();
		const submissions = shuffled(txs).map((t) => {
			const w = watch(api, t.tx);
			watched.set(t.hash, w);
			// Settled later (allSettled); a submission cut off by the kill must not count as an
			// unhandled rejection meanwhile.
			w.accepted.catch(() => {});
			return w.accepted;
		});
		const total = txs.length;
		await waitFor(
			async () => {
				let included = 0;
				for (const a of accounts) included += (await nonceOf(api, a.pair.address)) - a.nonce0;
				return included >= total / 3;
			},
			{ timeout: INCLUSION_TIMEOUT, interval: 50, what: 'a third of the burst' },
		);
		await node.kill('SIGKILL');
		await Promise.allSettled(submissions);
		const finalizedBeforeKill = [...watched]
			.filter(([, w]) => w.statuses.some((s) => s.type === 'Finalized'))
			.map(([hash]) => hash);

		// Restart on the same base path.
		node = await startNode({ basePath, args: ARCHIVE });
		api = node.api;
		const chain = await scanChain(api, from);
		const included = txs.filter((t) => chain.found.has(t.hash));
		assert.ok(included.length > 0, 'blocks of the burst survived');
		for (const hash of finalizedBeforeKill) {
			assert.ok(chain.found.has(hash), `${hash}, finalized before the kill, is still on chain`);
		}
		for (const t of included) assert.equal(chain.counts.get(t.hash), 1, 'included once');
		for (const [i, a] of accounts.entries()) {
			// What is on chain is a prefix of the account's nonces, and its effects are there.
			const mine = included.filter((t) => t.account === a).map((t) => t.nonce);
			const onChain = await nonceOf(api, a.pair.address);
			assert.deepEqual(
				mine.sort((x, y) => x - y),
				Array.from({ length: onChain - a.nonce0 }, (_, k) => a.nonce0 + k),
				'the included transactions are the nonces up to the on-chain nonce',
			);
			const done = included.filter((t) => t.account === a);
			const staked = sumOf(included, a, 'stake');
			const sent = sumOf(included, a, 'transfer');
			assert.equal(await wbnbOf(api, a.pair.address), wbnb0[i] - staked, 'WBNB of the stakes');
			assert.equal(await freeOf(api, a.recipient), free0[i] + sent, 'the transfers');
			const requests = await api.query.liquidStaking.unbonding(POOL, a.pair.address);
			assert.equal(
				requests.length > 0,
				done.some((t) => t.kind === 'unstake'),
				'unbonding requests iff an unstake was included',
			);
		}

		// The chain goes on, and what is not on chain is sent again and included.
		const pending = txs.filter((t) => !chain.found.has(t.hash));
		const again = await Promise.allSettled(
			pending.map((t) => api.rpc.author.submitExtrinsic(t.hex)),
		);
		assert.deepEqual(
			again.filter((r) => r.status === 'rejected').map((r) => String(r.reason)),
			[],
			'the lost transactions are accepted again',
		);
		if (pending.length === 0) {
			// Everything was included before the kill: one more transaction shows blocks go on.
			const r = await send(
				api,
				api.tx.balances.transferKeepAlive(accounts[0].recipient, UNIT),
				accounts[0].pair,
			);
			assert.equal(r.error, null);
		}
		await allIncluded(api, accounts);
		const final = await scanChain(api, from);
		assertIncludedOnce(txs, final);
		for (const [i, a] of accounts.entries()) {
			const staked = sumOf(txs, a, 'stake');
			assert.equal(await wbnbOf(api, a.pair.address), wbnb0[i] - staked, 'all stakes');
		}
		assert.ok(final.best > chain.best || pending.length === 0, 'new blocks after the restart');
	});
});
