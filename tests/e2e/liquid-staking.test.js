// End-to-end: the dev node (built with the `fast-runtime` feature) driven through
// @polkadot/api, as a staker, token holders, relayers and a careless user would. Staking is
// `liquidStaking`; the bridge (relayers, deposits, withdrawals, reports) is `liquidStakingBridge`.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
	BSC,
	CBNB,
	COIN,
	createBlocks,
	createBlocksUntilRelay,
	errorName,
	ETHEREUM,
	has,
	MATIC_POOL,
	POLYGON,
	POOL,
	send,
	startNode,
	UNIT,
	WBNB,
	WMATIC,
} from './lib/node.js';

let node;
let api;
let alice, bob, charlie, dave, eve;

async function assetBalance(asset, who) {
	const account = await api.query.assets.account(asset, who.address);
	return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
}

async function pool(id = POOL) {
	return (await api.query.liquidStaking.pools(id)).unwrap();
}

/** A bond balance: its shares at the pool's rate, rounded down. */
async function bondBalance(who) {
	const shares = (await api.query.liquidStaking.bondShares(POOL, who.address)).toBigInt();
	const p = await pool();
	const total = p.totalShares.toBigInt();
	return total === 0n ? 0n : (shares * p.totalPooled.toBigInt()) / total;
}

/** A bond balance as the runtime API gives it (the page shows this one). */
async function bondOf(who) {
	return (await api.call.liquidStakingApi.bondBalance(POOL, who.address)).toBigInt();
}

/**
 * Relayers Alice and Bob attest `message` on `chain` (BSC unless given); returns the second
 * vote's events.
 */
async function attested(message, chain = BSC) {
	const first = await send(api, api.tx.liquidStakingBridge.attest(chain, message), alice);
	assert.equal(first.error, null);
	const second = await send(api, api.tx.liquidStakingBridge.attest(chain, message), bob);
	assert.equal(second.error, null);
	assert.ok(has(second.events, 'liquidStakingBridge', 'MessageExecuted'), 'the message executed');
	return second.events;
}

/** The first event `section.method` of `events`. */
function eventOf(events, section, method) {
	const e = events.find((x) => x.section === section && x.method === method);
	assert.ok(e, `${section}.${method} emitted`);
	return e;
}

/** A runtime-API preview's `Result`: its `Ok` value, failing the test on an `Err`. */
function ok(result, what) {
	assert.ok(result.isOk, `${what}: ${result.isErr ? errorName(api, result.asErr) : ''}`);
	return result.asOk;
}

/** A runtime-API preview's `Result`: the name of its `Err` (`errorName`), or null if `Ok`. */
function refusal(result) {
	return result.isErr ? errorName(api, result.asErr) : null;
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
	test('the pallets are in the metadata with their docs', async () => {
		const meta = api.tx.liquidStaking.stake.meta;
		assert.ok(meta.docs.join(' ').includes('Dispatch Origin'));
		assert.ok(api.query.liquidStaking.pools);
		assert.ok(api.events.liquidStaking.Staked);
		assert.ok(api.call.liquidStakingApi.previewConvert);
		// The bridge is its own pallet.
		assert.ok(api.tx.liquidStakingBridge.attest.meta.docs.join(' ').includes('Dispatch Origin'));
		assert.equal(api.tx.liquidStaking.attest, undefined, 'no bridge call left in liquidStaking');
		assert.ok(api.query.liquidStakingBridge.chains);
		assert.ok(api.events.liquidStakingBridge.Deposited);
	});

	test('the genesis pools, their validator chains and the bridged chains', async () => {
		// BNB is staked on BNB Smart Chain, MATIC on Ethereum.
		assert.equal((await pool(POOL)).validatorChain.unwrap().toNumber(), BSC);
		assert.equal((await pool(MATIC_POOL)).validatorChain.unwrap().toNumber(), ETHEREUM);
		// BSC brings WBNB; Ethereum and Polygon both bring WMATIC.
		for (const [chain, coin] of [
			[BSC, WBNB],
			[ETHEREUM, WMATIC],
			[POLYGON, WMATIC],
		]) {
			const info = await api.query.liquidStakingBridge.chains(chain);
			assert.ok(info.isSome, `chain ${chain} is registered`);
			const { wrapped, threshold } = info.unwrap();
			assert.ok(wrapped.isWithId, `chain ${chain}: a wrapped asset`);
			assert.equal(wrapped.asWithId.toNumber(), coin, `chain ${chain}: its wrapped coin`);
			assert.equal(threshold.toNumber(), 2);
		}
	});

	test('a staker stakes, earns, converts, transfers, unstakes and claims', async () => {
		const call = api.call.liquidStakingApi;
		// Stake as bond and as cert, each previewed for Dave first: the stake gives what its
		// preview said.
		const bondBefore = await bondOf(dave);
		let previewed = ok(await call.previewStake(POOL, dave.address, 100n * COIN, 'Bond'), 'previewStake');
		let r = await send(api, api.tx.liquidStaking.stake(POOL, 100n * COIN, 'Bond'), dave);
		assert.equal(r.error, null);
		assert.ok(has(r.events, 'liquidStaking', 'Staked'));
		assert.equal((await bondOf(dave)) - bondBefore, previewed.toBigInt(), 'bond as previewed');
		const certBefore = await assetBalance(CBNB, dave);
		previewed = ok(await call.previewStake(POOL, dave.address, 50n * COIN, 'Cert'), 'previewStake');
		r = await send(api, api.tx.liquidStaking.stake(POOL, 50n * COIN, 'Cert'), dave);
		assert.equal(r.error, null);
		assert.ok((await assetBalance(CBNB, dave)) > certBefore);
		assert.equal((await assetBalance(CBNB, dave)) - certBefore, previewed.toBigInt(), 'cert as previewed');

		// Two of the three relayers report rewards: the bond balance grows by itself.
		const bond0 = await bondBalance(dave);
		const p = await pool();
		// A millionth of a percent: under the per-report bound and the annualised one (20 % a
		// year, for the blocks since the last report).
		const reward = p.totalPooled.toBigInt() / 100_000_000n;
		const events = await attested({ Rewards: { pool: POOL, epoch: 1, amount: reward } });
		assert.ok(has(events, 'liquidStaking', 'RewardsReported'));
		const bond1 = await bondBalance(dave);
		assert.ok(bond1 > bond0, `bond grew: ${bond0} -> ${bond1}`);

		// Bond to cert, previewed: the conversion gives the cert and takes the fee its preview
		// said (the fee in shares, as the `Converted` event counts it).
		let cert0 = await assetBalance(CBNB, dave);
		let conversion = ok(
			await call.previewConvert(POOL, dave.address, 10n * COIN, 'Bond'),
			'previewConvert from bond',
		);
		r = await send(api, api.tx.liquidStaking.bondToCert(POOL, 10n * COIN), dave);
		assert.equal(r.error, null);
		let converted = eventOf(r.events, 'liquidStaking', 'Converted');
		assert.equal(converted.data.fee.toBigInt(), conversion.fee.toBigInt(), 'the fee as previewed');
		assert.equal(
			(await assetBalance(CBNB, dave)) - cert0,
			conversion.received.toBigInt(),
			'the cert as previewed',
		);
		assert.equal(
			converted.data.shares.toBigInt() - converted.data.fee.toBigInt(),
			conversion.received.toBigInt(),
			'the cert received is the shares less the fee',
		);

		// Cert to bond, all of it (`None`), previewed: the bond as previewed, no cert left.
		cert0 = await assetBalance(CBNB, dave);
		const bond0c = await bondOf(dave);
		conversion = ok(await call.previewConvert(POOL, dave.address, null, 'Cert'), 'previewConvert all cert');
		r = await send(api, api.tx.liquidStaking.certToBondAll(POOL), dave);
		assert.equal(r.error, null);
		converted = eventOf(r.events, 'liquidStaking', 'Converted');
		assert.equal(converted.data.shares.toBigInt(), cert0, 'all the cert converted');
		assert.equal(converted.data.fee.toBigInt(), conversion.fee.toBigInt(), 'the fee as previewed');
		assert.equal(await assetBalance(CBNB, dave), 0n);
		assert.equal((await bondOf(dave)) - bond0c, conversion.received.toBigInt(), 'the bond as previewed');

		// A bond transfer.
		r = await send(api, api.tx.liquidStaking.transferBond(POOL, eve.address, 5n * COIN), dave);
		assert.equal(r.error, null);
		assert.ok((await bondBalance(eve)) >= 5n * COIN - 1n);

		// Unstake bond, previewed (what is owed and when); wait the unbonding blocks; claim.
		const wbnb0 = await assetBalance(WBNB, dave);
		const [owed, releaseAt] = ok(
			await call.previewUnstake(POOL, dave.address, 20n * COIN, 'Bond'),
			'previewUnstake',
		);
		r = await send(api, api.tx.liquidStaking.unstake(POOL, 20n * COIN, 'Bond'), dave);
		assert.equal(r.error, null);
		const unstaked = eventOf(r.events, 'liquidStaking', 'Unstaked');
		assert.equal(unstaked.data.amount.toBigInt(), owed.toBigInt(), 'owed as previewed');
		// The preview counts from the best block, the call from the next one: its bucket is the
		// previewed one, or the next when the period ended on a bucket boundary.
		const interval = (await pool()).params.bucketInterval.toNumber();
		const previewedRelease = releaseAt.toNumber();
		const release = unstaked.data.releaseAt.toNumber();
		assert.ok(
			release === previewedRelease || release === previewedRelease + interval,
			`released at ${release}, previewed ${previewedRelease}`,
		);
		const requests = await api.query.liquidStaking.unbonding(POOL, dave.address);
		const bucket = requests[0].bucket.toNumber();
		assert.equal(bucket, release);
		r = await send(api, api.tx.liquidStaking.claim(POOL, dave.address), dave);
		assert.equal(r.error, 'liquidStaking.NothingToClaim', 'not before the release block');
		// The bucket is a relay block: the pallets count the relay chain's blocks.
		await createBlocksUntilRelay(api, bucket);
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
				nonce: 0,
				txHash: '0x' + 'aa'.repeat(32),
				beneficiary: eve.address,
				amount: 3n * COIN,
				stake: [POOL, 'Cert'],
			},
		});
		assert.ok(has(events, 'liquidStakingBridge', 'Deposited'));
		assert.ok(has(events, 'liquidStaking', 'Staked'), 'staked by the staking pallet');
		assert.ok((await assetBalance(CBNB, eve)) > cert0);

		const wbnb0 = await assetBalance(WBNB, eve);
		const r = await send(
			api,
			api.tx.liquidStakingBridge.withdrawToRemote(BSC, COIN, '0x' + 'ee'.repeat(20)),
			eve,
		);
		assert.equal(r.error, null);
		const requested = eventOf(r.events, 'liquidStakingBridge', 'WithdrawalRequested');
		const id = requested.data[0].toBigInt();
		assert.equal(await assetBalance(WBNB, eve), wbnb0 - COIN);
		assert.ok((await api.query.liquidStakingBridge.withdrawals(id)).isSome);
		const released = await attested({
			WithdrawalReleased: { id, txHash: '0x' + 'bb'.repeat(32) },
		});
		assert.ok(has(released, 'liquidStakingBridge', 'WithdrawalReleased'));
		assert.ok((await api.query.liquidStakingBridge.withdrawals(id)).isNone);
	});

	test('a BNB holder without the native token pays in WBNB and exits to BSC in one step', async () => {
		const holder = node.keyring.addFromUri('//BnbHolder');
		const native = async () => (await api.query.system.account(holder.address)).data.free.toBigInt();
		await attested({
			Deposit: {
				nonce: 40,
				txHash: '0x' + '40'.repeat(32),
				beneficiary: holder.address,
				amount: 10n * COIN,
				stake: null,
			},
		});
		assert.equal(await assetBalance(WBNB, holder), 10n * COIN);
		assert.equal(await native(), 0n, 'no native token');
		const inWbnb = { assetId: { Asset: WBNB } };
		/** The fee `events` say was paid in WBNB. */
		const feeInWbnb = (events) => {
			const paid = eventOf(events, 'assetTxPayment', 'AssetTxFeePaid');
			assert.equal(paid.data.assetId.toJSON().asset, WBNB);
			assert.ok(!has(events, 'transactionPayment', 'TransactionFeePaid'));
			return paid.data.actualFee.toBigInt();
		};

		// A coin without a pool against the native token cannot pay: refused before inclusion.
		await assert.rejects(
			send(api, api.tx.system.remark('0x00'), holder, { assetId: { Asset: 3 } }),
			/Inability to pay some fees|Invalid Transaction/,
		);

		let r = await send(api, api.tx.liquidStaking.stake(POOL, 5n * COIN, 'Bond'), holder, inWbnb);
		assert.equal(r.error, null);
		let fees = feeInWbnb(r.events);
		const recipient = '0x' + '4e'.repeat(20);
		// All its bond (a unit below 5 at a rate above 1: shares round down).
		const bond = (await api.call.liquidStakingApi.bondBalance(POOL, holder.address)).toBigInt();
		assert.ok(bond >= 5n * COIN - 1n && bond <= 5n * COIN, `bond ${bond}`);
		r = await send(
			api,
			api.tx.liquidStaking.unstakeToRemote(POOL, bond, 'Bond', BSC, recipient),
			holder,
			inWbnb,
		);
		assert.equal(r.error, null);
		fees += feeInWbnb(r.events);
		const exit = eventOf(r.events, 'liquidStaking', 'ExitRequested');
		assert.equal(exit.data.destination.recipient.toHex(), recipient);
		const [request] = await api.query.liquidStaking.unbonding(POOL, holder.address);
		assert.equal(request.destination.unwrap().chain.toNumber(), BSC);
		const views = await api.call.liquidStakingApi.unbondingRequests(POOL, holder.address);
		assert.equal(views[0].destination.unwrap().recipient.toHex(), recipient);

		// Anyone claims once the bucket has matured: the coin leaves for BSC.
		await createBlocksUntilRelay(api, request.bucket.toNumber());
		r = await send(api, api.tx.liquidStaking.claim(POOL, holder.address), charlie);
		assert.equal(r.error, null);
		const sent = eventOf(r.events, 'liquidStaking', 'ExitSent').data.amount.toBigInt();
		assert.ok(sent >= bond - 1n && sent <= bond, `sent ${sent} for ${bond} bond`);
		const requested = eventOf(r.events, 'liquidStakingBridge', 'WithdrawalRequested');
		assert.equal(requested.data.recipient.toHex(), recipient);
		assert.equal(requested.data.who.toString(), holder.address);
		assert.equal(requested.data.amount.toBigInt(), sent);
		// Conserved: what came in = what it holds + what it staked (sent to BSC, less at most a
		// unit of rounding the pool keeps) + its fees, which went to the WBNB pool; never a
		// native unit.
		assert.equal((await assetBalance(WBNB, holder)) + 5n * COIN + fees, 10n * COIN);
		assert.equal(await native(), 0n);
	});

	test('MATIC from Polygon feeds the pool whose validators are on Ethereum', async () => {
		// A deposit on Polygon, staked into the MATIC pool.
		const bond0 = (await api.call.liquidStakingApi.bondBalance(MATIC_POOL, eve.address)).toBigInt();
		const events = await attested(
			{
				Deposit: {
					nonce: 1,
					txHash: '0x' + 'cc'.repeat(32),
					beneficiary: eve.address,
					amount: 2n * COIN,
					stake: [MATIC_POOL, 'Bond'],
				},
			},
			POLYGON,
		);
		const deposited = eventOf(events, 'liquidStakingBridge', 'Deposited');
		assert.equal(deposited.data.chain.toNumber(), POLYGON);
		const staked = eventOf(events, 'liquidStaking', 'Staked');
		assert.equal(staked.data.pool.toNumber(), MATIC_POOL);
		assert.equal(staked.data.amount.toBigInt(), 2n * COIN);
		const bond1 = (await api.call.liquidStakingApi.bondBalance(MATIC_POOL, eve.address)).toBigInt();
		assert.ok(bond1 > bond0, `MATIC bond: ${bond0} -> ${bond1}`);

		// Its rewards come from Ethereum's relayers only.
		const p = await pool(MATIC_POOL);
		const rewards = {
			Rewards: {
				pool: MATIC_POOL,
				epoch: p.lastEpoch.toNumber() + 1,
				amount: p.totalPooled.toBigInt() / 100_000_000n,
			},
		};
		for (const chain of [POLYGON, BSC]) {
			const r = await send(api, api.tx.liquidStakingBridge.attest(chain, rewards), alice);
			assert.equal(r.error, 'liquidStakingBridge.WrongChain', `rewards of pool 1 from ${chain}`);
		}
		assert.ok(has(await attested(rewards, ETHEREUM), 'liquidStaking', 'RewardsReported'));

		// A BSC deposit is not staked into the MATIC pool: it is paid in wrapped BNB instead (every
		// deposit of a vault executes, or its nonces would stop).
		const maticBond = (await api.call.liquidStakingApi.bondBalance(MATIC_POOL, eve.address)).toBigInt();
		const wbnbBefore = await assetBalance(WBNB, eve);
		const paid = await attested({
			Deposit: {
				nonce: 2,
				txHash: '0x' + 'dd'.repeat(32),
				beneficiary: eve.address,
				amount: COIN,
				stake: [MATIC_POOL, 'Bond'],
			},
		});
		const failed = eventOf(paid, 'liquidStakingBridge', 'DepositStakeFailed');
		assert.equal(failed.data.pool.toNumber(), MATIC_POOL);
		assert.equal((await assetBalance(WBNB, eve)) - wbnbBefore, COIN);
		assert.equal(
			(await api.call.liquidStakingApi.bondBalance(MATIC_POOL, eve.address)).toBigInt(),
			maticBond,
			'nothing staked into the MATIC pool',
		);
	});

	test('previews refuse what the calls refuse, for the account that would sign', async () => {
		const call = api.call.liquidStakingApi;
		const before = [(await pool()).toHex(), await bondOf(dave), await assetBalance(WBNB, dave)];
		// An account that holds nothing at all.
		const nobody = node.keyring.addFromUri('//Nobody');
		let r = await call.previewUnstake(POOL, nobody.address, COIN, 'Bond');
		assert.ok(r.isErr, 'nothing to unstake');
		assert.equal(refusal(r), 'liquidStaking.InsufficientBond');
		r = await call.previewUnstake(POOL, nobody.address, COIN, 'Cert');
		assert.equal(refusal(r), 'liquidStaking.InsufficientCert');
		r = await call.previewStake(POOL, nobody.address, COIN, 'Bond');
		assert.equal(refusal(r), 'Token.FundsUnavailable', 'no WBNB to stake');
		r = await call.previewConvert(POOL, nobody.address, COIN, 'Bond');
		assert.equal(refusal(r), 'liquidStaking.InsufficientBond');
		r = await call.previewConvert(POOL, nobody.address, null, 'Cert');
		assert.equal(refusal(r), 'liquidStaking.InsufficientCert');
		// The same amounts are fine for an account that holds them.
		assert.equal(refusal(await call.previewStake(POOL, dave.address, COIN, 'Bond')), null);
		assert.equal(refusal(await call.previewUnstake(POOL, dave.address, COIN, 'Bond')), null);
		// Below the pool's minimum unstake (0.01 coin): refused by the preview as by the call.
		r = await call.previewUnstake(POOL, dave.address, COIN / 1000n, 'Bond');
		assert.equal(refusal(r), 'liquidStaking.BelowMinimumUnstake');
		// A preview changes nothing.
		assert.deepEqual(
			[(await pool()).toHex(), await bondOf(dave), await assetBalance(WBNB, dave)],
			before,
		);
	});

	test('bad input comes back as the named error and changes nothing', async () => {
		const call = api.call.liquidStakingApi;
		const before = (await pool()).toHex();
		const wbnb = await assetBalance(WBNB, dave);
		// Each refused as its preview said it would be.
		const stakeZero = refusal(await call.previewStake(POOL, dave.address, 0, 'Bond'));
		let r = await send(api, api.tx.liquidStaking.stake(POOL, 0, 'Bond'), dave);
		assert.equal(r.error, 'liquidStaking.BelowMinimumStake');
		assert.equal(stakeZero, r.error, 'the preview refused it alike');
		const unstakeHuge = refusal(await call.previewUnstake(POOL, dave.address, 10n ** 30n, 'Cert'));
		r = await send(api, api.tx.liquidStaking.unstake(POOL, 10n ** 30n, 'Cert'), dave);
		assert.equal(r.error, 'liquidStaking.InsufficientCert');
		assert.equal(unstakeHuge, r.error, 'the preview refused it alike');
		r = await send(
			api,
			api.tx.liquidStakingBridge.attest(BSC, { Rewards: { pool: POOL, epoch: 9, amount: 1 } }),
			dave,
		);
		assert.equal(r.error, 'liquidStakingBridge.NotRelayer');
		r = await send(api, api.tx.liquidStaking.setAllocation(POOL, [['0x' + '11'.repeat(20), 1_000_000_000]]), dave);
		assert.equal(r.error, 'BadOrigin');
		assert.equal((await pool()).toHex(), before);
		assert.equal(await assetBalance(WBNB, dave), wbnb);
	});
});
