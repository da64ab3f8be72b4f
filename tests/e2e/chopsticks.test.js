// The runtime in an executor no one here wrote: the runtime's Wasm, taken from the chain spec
// the node exports (`export-chain-spec --raw`), runs in chopsticks (@acala-network/chopsticks),
// which builds parachain blocks with its own mocked relay chain. A staker stakes, the relayers
// report a reward, the staker converts and unstakes, the relay blocks of the unbonding pass,
// and the claim pays; the wrapped coin is conserved throughout.
//
// The Wasm is the one NODE_BIN embeds (the tests' build: `fast-runtime`, and the benchmarking
// host functions, which chopsticks does not provide and which the runtime never calls outside
// benchmarks: `allow-unresolved-imports`). Chopsticks reads the Aura slot duration by calling
// `AuraApi_slot_duration` in a strict executor that refuses those imports, and would fall back
// to 12 s; the test gives it the runtime's answer, which it then checks through the runtime API.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { BSC, CBNB, COIN, freePort, has, nodeBinary, POOL, send, WBNB } from './lib/node.js';

/** The runtime's Aura slot: 6 s, the relay chain's block time under async backing. */
const SLOT_MS = 6000;
/** The storage key `:code`. */
const CODE_KEY = '0x3a636f6465';

// Chopsticks logs every block at `info`; its loggers read LOG_LEVEL when the module loads.
process.env.LOG_LEVEL ??= 'warn';
const { setupWithServer } = await import('@acala-network/chopsticks');
const { destroyWorker, getAuraSlotDuration } = await import('@acala-network/chopsticks-core');

let dir;
let chopsticks;
let api;
let provider;
let alice, bob, charlie, dave;

before(async () => {
	dir = mkdtempSync(join(tmpdir(), 'liquid-staking-chopsticks-'));
	const spec = join(dir, 'dev.json');
	const raw = execFileSync(nodeBinary(), ['export-chain-spec', '--chain', 'dev', '--raw'], {
		maxBuffer: 64 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'ignore'],
	});
	writeFileSync(spec, raw);
	const code = JSON.parse(raw.toString()).genesis.raw.top[CODE_KEY];
	assert.ok(code, 'the chain spec holds the runtime');
	getAuraSlotDuration.cache.set(code, Promise.resolve(SLOT_MS));
	const port = await freePort();
	chopsticks = await setupWithServer({
		genesis: spec,
		host: '127.0.0.1',
		port,
		'build-block-mode': 'Instant',
		'allow-unresolved-imports': true,
	});
	provider = new WsProvider(`ws://127.0.0.1:${port}`);
	api = await ApiPromise.create({
		provider,
		noInitWarn: true,
		throwOnConnect: true,
	});
	await cryptoWaitReady();
	const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
	[alice, bob, charlie, dave] = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((u) =>
		keyring.addFromUri(u),
	);
	// A block built by chopsticks before any transaction, so that the first transaction is
	// signed against a block the runtime built and recorded (`System::BlockHash`).
	const head = (await api.rpc.chain.getHeader()).number.toNumber();
	await newBlocks(1);
	const next = (await api.rpc.chain.getHeader()).number.toNumber();
	assert.equal(next, head + 1, `chopsticks built a block on block ${head}`);
});

/** `promise`, or nothing after `ms` milliseconds. */
function within(ms, promise) {
	return Promise.race([promise.catch(() => {}), new Promise((r) => setTimeout(r, ms).unref())]);
}

after(async () => {
	if (api) await within(10_000, api.disconnect());
	if (chopsticks) await within(10_000, chopsticks.close());
	// The runtime executor's worker thread outlives `close`.
	await within(10_000, destroyWorker());
	if (dir) rmSync(dir, { recursive: true, force: true });
});

async function assetBalance(asset, who) {
	const account = await api.query.assets.account(asset, who);
	return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
}

async function pool() {
	return (await api.query.liquidStaking.pools(POOL)).unwrap();
}

async function bondOf(who) {
	return (await api.call.liquidStakingApi.bondBalance(POOL, who.address)).toBigInt();
}

/** The pallets' clock in chopsticks: the relay block of the best block's relay parent. */
async function relayNow() {
	return (await api.query.parachainSystem.lastRelayChainBlockNumber()).toNumber();
}

/**
 * WBNB's books: its supply, which only the reward the relayers attest changes (minted into the
 * pool's account), and Dave's wallet.
 */
async function wbnbBooks() {
	const supply = (await api.query.assets.asset(WBNB)).unwrap().supply.toBigInt();
	return { supply, dave: await assetBalance(WBNB, dave.address) };
}

/** Chopsticks builds `count` blocks (`dev_newBlock`). */
async function newBlocks(count) {
	await provider.send('dev_newBlock', [{ count }]);
}

async function attested(message) {
	for (const relayer of [alice, bob]) {
		const r = await send(api, api.tx.liquidStakingBridge.attest(BSC, message), relayer);
		assert.equal(r.error, null);
		if (relayer === bob) {
			assert.ok(has(r.events, 'liquidStakingBridge', 'MessageExecuted'), 'the message executed');
			return r.events;
		}
	}
}

test('chopsticks runs the runtime: stake, reward by relayers, convert, unstake, relay blocks pass, claim', async () => {
	const version = await api.rpc.state.getRuntimeVersion();
	assert.equal(version.specName.toString(), 'liquid-staking');
	assert.equal((await api.query.parachainInfo.parachainId()).toNumber(), 2000);
	assert.equal((await api.call.auraApi.slotDuration()).toNumber(), SLOT_MS, 'the slot chopsticks uses');
	const start = await wbnbBooks();

	// Dave stakes 100 WBNB as bond.
	let r = await send(api, api.tx.liquidStaking.stake(POOL, 100n * COIN, 'Bond'), dave);
	assert.equal(r.error, null);
	assert.ok(has(r.events, 'liquidStaking', 'Staked'));
	const bond0 = await bondOf(dave);
	assert.ok(bond0 >= 100n * COIN - 1n, `bond ${bond0}`);
	assert.equal((await wbnbBooks()).dave, start.dave - 100n * COIN);

	// Two relayers report a reward on BSC: the pool holds it, Dave's bond grows.
	const reward = (await pool()).totalPooled.toBigInt() / 100_000_000n;
	const events = await attested({ Rewards: { pool: POOL, epoch: 1, amount: reward } });
	assert.ok(has(events, 'liquidStaking', 'RewardsReported'));
	assert.ok((await bondOf(dave)) > bond0, 'the bond grew');
	assert.equal((await wbnbBooks()).supply, start.supply + reward, 'the reward is all that was minted');

	// Dave converts 10 bond to cert.
	r = await send(api, api.tx.liquidStaking.bondToCert(POOL, 10n * COIN), dave);
	assert.equal(r.error, null);
	assert.ok((await assetBalance(CBNB, dave.address)) > 0n);

	// He unstakes 20 bond: the bucket is a relay block; the claim is refused before it.
	r = await send(api, api.tx.liquidStaking.unstake(POOL, 20n * COIN, 'Bond'), dave);
	assert.equal(r.error, null);
	const unstaked = r.events.find((e) => e.section === 'liquidStaking' && e.method === 'Unstaked');
	const bucket = unstaked.data.releaseAt.toNumber();
	assert.ok(bucket > (await relayNow()), 'released at a later relay block');
	r = await send(api, api.tx.liquidStaking.claim(POOL, dave.address), charlie);
	assert.equal(r.error, 'liquidStaking.NothingToClaim');

	// The relay blocks pass (chopsticks builds the blocks and their relay parents).
	for (let i = 0; i < 200 && (await relayNow()) < bucket; i++) {
		await newBlocks(1);
	}
	assert.ok((await relayNow()) >= bucket, 'the relay chain reached the release');
	await newBlocks(1);
	const b = await api.query.liquidStaking.buckets(POOL, bucket);
	assert.ok(b.unwrap().matured.isSome, 'the scheduler matured the bucket');

	// Charlie claims for Dave: the coin comes back; nothing was created or lost.
	const before = await assetBalance(WBNB, dave.address);
	r = await send(api, api.tx.liquidStaking.claim(POOL, dave.address), charlie);
	assert.equal(r.error, null);
	assert.ok(has(r.events, 'liquidStaking', 'Claimed'));
	const paid = (await assetBalance(WBNB, dave.address)) - before;
	assert.ok(paid >= 20n * COIN - 1n && paid < 21n * COIN, `paid ${paid}`);
	const end = await wbnbBooks();
	assert.equal(end.supply, start.supply + reward, 'no WBNB created or lost');
	assert.equal(end.dave, start.dave - 100n * COIN + paid, "Dave's wallet: the stake out, the claim in");
});
