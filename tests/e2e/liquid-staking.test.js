// End-to-end: the dev node (built with the `fast-runtime` feature) driven through
// @polkadot/api, as a staker, token holders, relayers and a careless user would.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createBlocks, has, send, startNode } from './lib/node.js';

const COIN = 10n ** 18n;
const UNIT = 10n ** 12n;
const POOL = 0;
const WBNB = 1;
const CBNB = 101;
const BSC = 56;

let node;
let api;
let alice, bob, charlie, dave, eve;

async function assetBalance(asset, who) {
	const account = await api.query.assets.account(asset, who.address);
	return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
}

async function pool() {
	return (await api.query.liquidStaking.pools(POOL)).unwrap();
}

/** A bond balance: its shares at the pool's rate, rounded down. */
async function bondBalance(who) {
	const shares = (await api.query.liquidStaking.bondShares(POOL, who.address)).toBigInt();
	const p = await pool();
	const total = p.totalShares.toBigInt();
	return total === 0n ? 0n : (shares * p.totalPooled.toBigInt()) / total;
}

/** Relayers Alice and Bob attest `message` on BSC; returns the second vote's events. */
async function attested(message) {
	const first = await send(api, api.tx.liquidStaking.attest(BSC, message), alice);
	assert.equal(first.error, null);
	const second = await send(api, api.tx.liquidStaking.attest(BSC, message), bob);
	assert.equal(second.error, null);
	assert.ok(has(second.events, 'liquidStaking', 'MessageExecuted'), 'the message executed');
	return second.events;
}

async function bestNumber() {
	return (await api.rpc.chain.getHeader()).number.toNumber();
}

before(async () => {
	node = await startNode();
	api = node.api;
	const k = node.keyring;
	[alice, bob, charlie, dave, eve] = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve'].map(
		(uri) => k.addFromUri(uri),
	);
});

after(async () => {
	if (node) await node.stop();
});

describe('the liquid-staking dev node', () => {
	test('the pallet is in the metadata with its docs', async () => {
		const meta = api.tx.liquidStaking.stake.meta;
		assert.ok(meta.docs.join(' ').includes('Dispatch Origin'));
		assert.ok(api.tx.liquidStaking.attest);
		assert.ok(api.query.liquidStaking.pools);
		assert.ok(api.events.liquidStaking.Staked);
		assert.equal((await pool()).remoteChain.unwrap().toNumber(), BSC);
	});

	test('a staker stakes, earns, converts, transfers, unstakes and claims', async () => {
		// Stake as bond and as cert.
		let r = await send(api, api.tx.liquidStaking.stake(POOL, 100n * COIN, 'Bond'), dave);
		assert.equal(r.error, null);
		assert.ok(has(r.events, 'liquidStaking', 'Staked'));
		const certBefore = await assetBalance(CBNB, dave);
		r = await send(api, api.tx.liquidStaking.stake(POOL, 50n * COIN, 'Cert'), dave);
		assert.equal(r.error, null);
		assert.ok((await assetBalance(CBNB, dave)) > certBefore);

		// Two of the three relayers report rewards: the bond balance grows by itself.
		const bond0 = await bondBalance(dave);
		const p = await pool();
		const reward = (p.totalPooled.toBigInt() * 5n) / 10_000n; // 0.05 %, under the bound
		const events = await attested({ Rewards: { pool: POOL, epoch: 1, amount: reward } });
		assert.ok(has(events, 'liquidStaking', 'RewardsReported'));
		const bond1 = await bondBalance(dave);
		assert.ok(bond1 > bond0, `bond grew: ${bond0} -> ${bond1}`);

		// Bond to cert, and a bond transfer.
		r = await send(api, api.tx.liquidStaking.bondToCert(POOL, 10n * COIN), dave);
		assert.equal(r.error, null);
		assert.ok(has(r.events, 'liquidStaking', 'Converted'));
		r = await send(api, api.tx.liquidStaking.transferBond(POOL, eve.address, 5n * COIN), dave);
		assert.equal(r.error, null);
		assert.ok((await bondBalance(eve)) >= 5n * COIN - 1n);

		// Unstake bond; wait the unbonding blocks; claim.
		const wbnb0 = await assetBalance(WBNB, dave);
		r = await send(api, api.tx.liquidStaking.unstake(POOL, 20n * COIN, 'Bond'), dave);
		assert.equal(r.error, null);
		const requests = await api.query.liquidStaking.unbonding(POOL, dave.address);
		const bucket = requests[0].bucket.toNumber();
		r = await send(api, api.tx.liquidStaking.claim(POOL, dave.address), dave);
		assert.equal(r.error, 'liquidStaking.NothingToClaim', 'not before the release block');
		const now = await bestNumber();
		await createBlocks(api, Math.max(0, bucket - now));
		const b = await api.query.liquidStaking.buckets(POOL, bucket);
		assert.ok(b.unwrap().matured.isSome, 'the scheduler matured the bucket');
		r = await send(api, api.tx.liquidStaking.claim(POOL, dave.address), charlie);
		assert.equal(r.error, null);
		assert.ok(has(r.events, 'liquidStaking', 'Claimed'));
		const paid = (await assetBalance(WBNB, dave)) - wbnb0;
		assert.ok(paid >= 20n * COIN - 1n, `paid ${paid}`);
	});

	test('governance: a referendum sets a pool allocation', async () => {
		const allocation = Array.from({ length: 10 }, (_, i) => [
			'0x' + (0xa110c00 + i + 1).toString(16).padStart(40, '0'),
			100_000_000,
		]);
		const proposal = api.tx.liquidStaking.setAllocation(POOL, allocation);
		const encoded = proposal.method.toHex();
		let r = await send(api, api.tx.preimage.notePreimage(encoded), alice);
		assert.equal(r.error, null);
		const len = (encoded.length - 2) / 2;
		r = await send(
			api,
			api.tx.referenda.submit(
				{ Origins: 'ValidatorAllocation' },
				{ Lookup: { hash: proposal.method.hash, len } },
				{ After: 0 },
			),
			alice,
		);
		assert.equal(r.error, null);
		const submitted = r.events.find((e) => e.section === 'referenda' && e.method === 'Submitted');
		const index = submitted.data[0].toNumber();
		r = await send(api, api.tx.referenda.placeDecisionDeposit(index), bob);
		assert.equal(r.error, null);
		for (const voter of [alice, bob, charlie, dave, eve]) {
			r = await send(
				api,
				api.tx.convictionVoting.vote(index, {
					Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance: 800_000n * UNIT },
				}),
				voter,
			);
			assert.equal(r.error, null);
		}
		let enacted = false;
		for (let i = 0; i < 60 && !enacted; i++) {
			await createBlocks(api, 1);
			const books = await api.query.liquidStaking.validators(POOL);
			enacted = books.some(
				(b) => b.validator.toHex() === allocation[0][0] && b.target.toNumber() === 100_000_000,
			);
		}
		assert.ok(enacted, 'the allocation was enacted');
		const info = await api.query.referenda.referendumInfoFor(index);
		assert.ok(info.unwrap().isApproved);
	});

	test('the bridge: a deposit is attested and staked, a withdrawal is released', async () => {
		const cert0 = await assetBalance(CBNB, eve);
		const events = await attested({
			Deposit: {
				txHash: '0x' + 'aa'.repeat(32),
				logIndex: 0,
				beneficiary: eve.address,
				amount: 3n * COIN,
				stake: [POOL, 'Cert'],
			},
		});
		assert.ok(has(events, 'liquidStaking', 'Deposited'));
		assert.ok((await assetBalance(CBNB, eve)) > cert0);

		const wbnb0 = await assetBalance(WBNB, eve);
		const r = await send(
			api,
			api.tx.liquidStaking.withdrawToRemote(BSC, COIN, '0x' + 'ee'.repeat(20)),
			eve,
		);
		assert.equal(r.error, null);
		const requested = r.events.find((e) => e.method === 'WithdrawalRequested');
		const id = requested.data[0].toBigInt();
		assert.equal(await assetBalance(WBNB, eve), wbnb0 - COIN);
		const released = await attested({
			WithdrawalReleased: { id, txHash: '0x' + 'bb'.repeat(32) },
		});
		assert.ok(has(released, 'liquidStaking', 'WithdrawalReleased'));
		assert.ok((await api.query.liquidStaking.withdrawals(id)).isNone);
	});

	test('bad input comes back as the named error and changes nothing', async () => {
		const before = (await pool()).toHex();
		const wbnb = await assetBalance(WBNB, dave);
		let r = await send(api, api.tx.liquidStaking.stake(POOL, 0, 'Bond'), dave);
		assert.equal(r.error, 'liquidStaking.BelowMinimumStake');
		r = await send(api, api.tx.liquidStaking.unstake(POOL, 10n ** 30n, 'Cert'), dave);
		assert.equal(r.error, 'liquidStaking.InsufficientCert');
		r = await send(
			api,
			api.tx.liquidStaking.attest(BSC, { Rewards: { pool: POOL, epoch: 9, amount: 1 } }),
			dave,
		);
		assert.equal(r.error, 'liquidStaking.NotRelayer');
		r = await send(api, api.tx.liquidStaking.setAllocation(POOL, [['0x' + '11'.repeat(20), 1_000_000_000]]), dave);
		assert.equal(r.error, 'BadOrigin');
		assert.equal((await pool()).toHex(), before);
		assert.equal(await assetBalance(WBNB, dave), wbnb);
	});
});
