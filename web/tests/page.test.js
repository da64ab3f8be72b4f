// The staking page in a real browser: Debian's headless Chromium driven by playwright-core,
// against the dev node (built with the `fast-runtime` feature, 20-block unbonding). A person
// stakes, watches the bond balance grow, gets errors in words, unstakes, waits and claims, and
// converts; a BNB holder with none of the chain's own coin pays its fees in WBNB and unstakes
// straight to BSC. What the page previews is what the runtime's previews say for the account,
// and what the transaction then does. Every transaction is signed by a browser wallet: the test
// injects a standard `window.injectedWeb3` provider holding dev keys, which the page finds
// through @polkadot/extension-dapp, as it finds polkadot{.js} or Talisman. The page is also
// checked at a phone's size (390×844). Screenshots go to web/screenshots/.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { createBlocksUntilRelay, freePort, send, startNode } from '../../tests/e2e/lib/node.js';
import { formatAmount } from '../src/format.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHOTS = join(ROOT, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const COIN = 10n ** 18n;
const POOL = 0;
const WBNB = 1;
const CBNB = 101;
const BSC = 56;
/** The page's names of pool 0's tokens. */
const CERT = 'cBNB';
const BOND = 'WBNB bond';

let node, api, server, browser, page, dave, holder;

/** The injected wallet's keys, by address, and how many payloads it signed. */
const wallet = { pairs: new Map(), signed: 0 };

/**
 * Injected into the page before its scripts: a wallet extension as polkadot{.js} injects itself
 * (`window.injectedWeb3[name] = { version, enable }`), whose signer hands each payload to the
 * test (`__testWalletSign`), which signs it with the key it holds, as the extension would.
 */
function injectWallet(accounts) {
	window.injectedWeb3 = {
		'test-wallet': {
			version: '1.0.0',
			enable: async () => ({
				accounts: {
					get: async () => accounts,
					subscribe: (cb) => {
						cb(accounts);
						return () => {};
					},
				},
				signer: {
					signPayload: async (payload) => ({ id: 1, signature: await window.__testWalletSign(payload) }),
				},
			}),
		},
	};
}

/** A shown amount ("1,234.5678") as a number of coins. */
const coins = (text) => Number(text.replace(/[^0-9.]/g, ''));
const byTestId = (id) => page.locator(`[data-testid="${id}"]`);
const text = (id) => byTestId(id).innerText();

async function asset(id, address) {
	const a = await api.query.assets.account(id, address);
	return a.isSome ? a.unwrap().balance.toBigInt() : 0n;
}
const wbnb = (address) => asset(WBNB, address);

async function bond(address) {
	return (await api.call.liquidStakingApi.bondBalance(POOL, address)).toBigInt();
}

/** A runtime-API preview's `Ok` value; fails the test on an `Err`. */
function ok(result) {
	assert.ok(result.isOk, `the runtime refused the preview: ${result.isErr ? result.asErr.toString() : ''}`);
	return result.asOk;
}

/** An 18-decimal amount as the page shows it, with its symbol. */
const shown = (value, symbol) => `${formatAmount(value, 18)} ${symbol}`;

async function shot(name) {
	await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Picks `action`, types `amount` and waits until the preview has answered. */
async function fill(action, amount) {
	await byTestId('pool-0-action').selectOption(action);
	await byTestId('pool-0-amount').fill(amount);
	await page.waitForFunction(
		() => document.querySelector('[data-testid="pool-0-fee"]') !== null,
	);
}

/** Submits the form (or clicks `button`) and waits for the page to report the block. */
async function sign(button = 'pool-0-submit') {
	await byTestId(button).click();
	await page.waitForFunction(
		() => /done|failed|refused/.test(document.querySelector('[data-testid="pool-0-notice"]').textContent),
		undefined,
		{ timeout: 60_000 },
	);
	return text('pool-0-notice');
}

before(async () => {
	mkdirSync(SHOTS, { recursive: true });
	node = await startNode();
	api = node.api;
	dave = node.keyring.addFromUri('//Dave');
	await build({ root: ROOT, logLevel: 'warn' });
	const port = await freePort();
	server = await preview({ root: ROOT, logLevel: 'warn', preview: { port, strictPort: true } });
	browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
	page.on('pageerror', (e) => console.error('page error:', e.message));
	holder = node.keyring.addFromUri('//PageBnbHolder');
	for (const pair of [dave, holder]) wallet.pairs.set(pair.address, pair);
	await page.exposeFunction('__testWalletSign', (payload) => {
		const pair = wallet.pairs.get(payload.address);
		if (!pair) throw new Error(`the wallet holds no key for ${payload.address}`);
		wallet.signed += 1;
		return api.registry.createType('ExtrinsicPayload', payload, { version: payload.version }).sign(pair).signature;
	});
	await page.addInitScript(injectWallet, [
		{ address: dave.address, name: 'Dave', type: 'sr25519' },
		{ address: holder.address, name: 'BNB holder', type: 'sr25519' },
	]);
	await page.goto(`http://127.0.0.1:${port}/?rpc=${encodeURIComponent(node.rpcUrl)}`);
	await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
});

after(async () => {
	if (browser) await browser.close();
	if (server) await new Promise((r) => server.httpServer.close(r));
	if (node) await node.stop();
});

describe('the staking page', () => {
	test('shows the pools, their rate and APR, and the wallet\'s accounts', async () => {
		assert.match(await text('status'), /Connected/);
		// The accounts are the wallet's, not the dev keys.
		const options = await byTestId('account').locator('option').allInnerTexts();
		assert.deepEqual(
			options.map((o) => o.replace(/ \(.*/, '')),
			['Dave', 'BNB holder'],
		);
		assert.ok(options.every((o) => o.includes('test-wallet')), options.join(', '));
		assert.match(await text('pool-0-rate'), /^1 \S+ = [0-9.]+ WBNB$/);
		assert.ok((await text('pool-0-apr')).length > 0);
		assert.ok(await byTestId('pool-1-card').isVisible(), 'the second pool is shown');
		await byTestId('account').selectOption(dave.address);
		await page.waitForFunction(
			(w) => document.querySelector('[data-testid="pool-0-wallet"]').textContent === w,
			Number((await wbnb(dave.address)) / COIN).toLocaleString('en-US'),
		);
		await shot('1-connected');
	});

	test('stake → unstake → claim, with previews, fees and errors in words', async () => {
		const wallet0 = await wbnb(dave.address);

		// Stake 10 WBNB for bond: the preview says what comes back (the runtime's preview for
		// Dave) and the fee, before signing.
		await fill('stakeBond', '10');
		assert.equal(await text('pool-0-pays'), '10 WBNB');
		assert.match(await text('pool-0-receives'), /^(9\.99\d*|10) WBNB bond$/);
		const staked = ok(await api.call.liquidStakingApi.previewStake(POOL, dave.address, 10n * COIN, 'Bond'));
		assert.equal(await text('pool-0-receives'), shown(staked.toBigInt(), BOND));
		assert.ok(coins(await text('pool-0-fee')) > 0, 'a fee is shown');
		await shot('2-stake-preview');
		const signed = wallet.signed;
		assert.match(await sign(), /done/);
		assert.equal(wallet.signed, signed + 1, 'the wallet signed it');
		assert.ok(coins(await text('pool-0-bond')) >= 9.999, 'the bond balance is shown');
		assert.equal(await wbnb(dave.address), wallet0 - 10n * COIN);

		// Rewards arrive (two relayers attest): the bond balance on the page grows by itself.
		// Two reports make a rate history: the page shows the APR it gives.
		const bondBefore = await text('pool-0-bond');
		const alice = node.keyring.addFromUri('//Alice');
		const bob = node.keyring.addFromUri('//Bob');
		for (let i = 0; i < 2; i++) {
			const pool = (await api.query.liquidStaking.pools(POOL)).unwrap();
			const epoch = pool.lastEpoch.toNumber() + 1;
			// A hundred-thousandth of the pool: under the annualised bound (20 % a year of the
			// fast runtime's 1,040-block year) for the blocks between two reports.
			const amount = pool.totalPooled.toBigInt() / 100_000n;
			for (const relayer of [alice, bob]) {
				const message = { Rewards: { pool: POOL, epoch, amount } };
				const r = await send(api, api.tx.liquidStakingBridge.attest(BSC, message), relayer);
				assert.equal(r.error, null);
			}
		}
		await page.waitForFunction(
			(b) => document.querySelector('[data-testid="pool-0-bond"]').textContent !== b,
			bondBefore,
			{ timeout: 30_000 },
		);
		assert.ok(coins(await text('pool-0-bond')) > coins(bondBefore), 'the bond grew');
		await page.waitForFunction(
			() => /%$/.test(document.querySelector('[data-testid="pool-0-apr"]').textContent),
			undefined,
			{ timeout: 30_000 },
		);
		assert.ok(coins(await text('pool-0-apr')) > 0, 'a positive APR');

		// Too small a stake: the pallet's error, in words, and no signing.
		await fill('stakeBond', '0.001');
		assert.match(await text('pool-0-preview-error'), /Below minimum stake/);
		assert.ok(await byTestId('pool-0-submit').isDisabled());
		await shot('3-error-in-words');

		// More than the account holds: the runtime's preview refuses it (a token error for the
		// coin, the pallet's error for bond), in words; too small an unstake likewise.
		await fill('stakeBond', '20000');
		assert.equal(
			await text('pool-0-preview-error'),
			`Not enough WBNB: this account holds ${shown(await wbnb(dave.address), 'WBNB')}.`,
		);
		assert.ok(await byTestId('pool-0-submit').isDisabled());
		await fill('unstakeBond', '100000');
		assert.match(await text('pool-0-preview-error'), /Insufficient bond/);
		assert.ok(await byTestId('pool-0-submit').isDisabled());
		await fill('unstakeBond', '0.001');
		assert.match(await text('pool-0-preview-error'), /Below minimum unstake/);
		assert.ok(await byTestId('pool-0-submit').isDisabled());

		// Unstake 4 bond: the preview gives the release block; the request shows the time left.
		await fill('unstakeBond', '4');
		assert.equal(await text('pool-0-receives'), '4 WBNB');
		assert.match(await byTestId('pool-0-preview').innerText(), /at relay block \d+/);
		assert.match(await sign(), /done/);
		const row = byTestId('pool-0-requests').locator('tr').first();
		assert.match(await row.innerText(), /4 WBNB[\s\S]*to this account[\s\S]*relay block \d+[\s\S]*blocks, about/);
		assert.ok(await byTestId('pool-0-claim').isDisabled(), 'nothing to claim yet');
		await shot('4-unbonding');

		// The unbonding blocks pass: the request is ready and the claim pays it.
		const [request] = await api.call.liquidStakingApi.unbondingRequests(POOL, dave.address);
		await createBlocksUntilRelay(api, request.releaseAt.toNumber());
		await page.waitForFunction(
			() => !document.querySelector('[data-testid="pool-0-claim"]').disabled,
			undefined,
			{ timeout: 30_000 },
		);
		assert.match(await row.innerText(), /ready to claim/);
		await shot('5-ready-to-claim');
		const beforeClaim = await wbnb(dave.address);
		assert.match(await sign('pool-0-claim'), /done/);
		assert.equal(await wbnb(dave.address), beforeClaim + 4n * COIN);
		assert.match(await byTestId('pool-0-requests').innerText(), /No unbonding requests/);
		await shot('6-claimed');
	});

	test('bond converts to cert and back, as the runtime previews it', async () => {
		const call = api.call.liquidStakingApi;

		// Bond to cert: the page shows the runtime's preview for Dave, what comes back and the
		// conversion fee (in cert), and the conversion gives exactly that.
		const cert0 = coins(await text('pool-0-cert'));
		const certHeld = await asset(CBNB, dave.address);
		await fill('bondToCert', '1');
		const toCert = ok(await call.previewConvert(POOL, dave.address, COIN, 'Bond'));
		assert.equal(await text('pool-0-pays'), `1 ${BOND}`);
		assert.equal(await text('pool-0-receives'), shown(toCert.received.toBigInt(), CERT));
		assert.equal(await text('pool-0-conversion-fee'), shown(toCert.fee.toBigInt(), CERT));
		const certs = coins(await text('pool-0-receives'));
		assert.ok(certs > 0.99 && certs < 1, `fewer certs than bond at a rate above 1: ${certs}`);
		await shot('7-convert-preview');
		assert.match(await sign(), /done/);
		assert.equal((await asset(CBNB, dave.address)) - certHeld, toCert.received.toBigInt(), 'the cert as previewed');
		assert.ok(Math.abs(coins(await text('pool-0-cert')) - cert0 - certs) < 1e-4);

		// Cert to bond: likewise, the bond in the underlying.
		const bondHeld = await bond(dave.address);
		await fill('certToBond', '0.5');
		const toBond = ok(await call.previewConvert(POOL, dave.address, COIN / 2n, 'Cert'));
		assert.equal(await text('pool-0-pays'), `0.5 ${CERT}`);
		assert.equal(await text('pool-0-receives'), shown(toBond.received.toBigInt(), BOND));
		assert.equal(await text('pool-0-conversion-fee'), shown(toBond.fee.toBigInt(), CERT));
		assert.match(await sign(), /done/);
		assert.equal((await bond(dave.address)) - bondHeld, toBond.received.toBigInt(), 'the bond as previewed');

		// More cert than the account holds: the runtime refuses it, in words.
		await fill('certToBond', '100000');
		assert.match(await text('pool-0-preview-error'), /Insufficient cert/);
		assert.ok(await byTestId('pool-0-submit').isDisabled());
	});

	test('a cert stake shows its balance and value', async () => {
		await fill('stakeCert', '5');
		const receives = coins(await text('pool-0-receives'));
		assert.ok(receives > 0 && receives < 5, 'fewer certs than coins once rewards came in');
		assert.match(await sign(), /done/);
		assert.ok(coins(await text('pool-0-cert')) > 0);
		// 5 WBNB staked now plus the cert kept from the conversion.
		assert.ok(coins(await text('pool-0-cert-value')) > 5.4, await text('pool-0-cert-value'));
		await shot('8-cert');
	});

	test('a BNB holder with none of the chain\'s coin pays fees in WBNB and unstakes to BSC', async () => {
		// 10 BNB deposited on BSC for the holder, attested by two relayers: WBNB alone.
		const alice = node.keyring.addFromUri('//Alice');
		const bob = node.keyring.addFromUri('//Bob');
		const deposit = {
			Deposit: { nonce: 60, txHash: '0x' + '60'.repeat(32), beneficiary: holder.address, amount: 10n * COIN, stake: null },
		};
		for (const relayer of [alice, bob]) {
			const r = await send(api, api.tx.liquidStakingBridge.attest(BSC, deposit), relayer);
			assert.equal(r.error, null);
		}
		const native = async () => (await api.query.system.account(holder.address)).data.free.toBigInt();
		assert.equal(await native(), 0n);
		await byTestId('account').selectOption(holder.address);
		await page.waitForFunction(() => document.querySelector('[data-testid="pool-0-wallet"]').textContent === '10');

		// The fee coin: WBNB. The preview shows the fee in WBNB, the DEX's quote of the native fee.
		const feeCoins = await byTestId('fee-coin').locator('option').allInnerTexts();
		const symbol = api.registry.chainTokens[0];
		for (const coin of [symbol, 'WBNB', 'WMATIC', 'cBNB', 'cMATIC', 'WBNB bond', 'WMATIC bond']) {
			assert.ok(feeCoins.includes(coin), `fees can be paid in ${coin}: ${feeCoins}`);
		}
		await byTestId('fee-coin').selectOption({ label: 'WBNB' });
		await fill('stakeBond', '5');
		assert.match(await text('pool-0-fee'), /^0\.0000\d+ WBNB$/);
		const quoted = coins(await text('pool-0-fee'));
		await shot('9-fee-in-wbnb');
		const before = await wbnb(holder.address);
		assert.match(await sign(), /done/);
		const paid = Number(before - 5n * COIN - (await wbnb(holder.address))) / 1e18;
		assert.ok(paid > 0 && Math.abs(paid - quoted) <= quoted / 20, `paid ${paid} WBNB, shown ${quoted}`);
		assert.equal(await native(), 0n, 'still none of the chain\'s coin');

		// Unstake 4 bond to a BSC address: the page names the chain and the address.
		const recipient = '0x' + '4e'.repeat(20);
		await byTestId('pool-0-action').selectOption('unstakeBond');
		await byTestId('pool-0-to').selectOption({ label: 'BNB Smart Chain' });
		await byTestId('pool-0-recipient').fill('0x1234');
		await fill('unstakeBond', '4');
		assert.match(await text('pool-0-preview-error'), /Not an address on BNB Smart Chain/);
		assert.ok(await byTestId('pool-0-submit').isDisabled());
		await byTestId('pool-0-recipient').fill(recipient);
		await fill('unstakeBond', '4');
		assert.match(await byTestId('pool-0-preview').innerText(), /on BNB Smart Chain, at 0x4e4e/);
		assert.match(await sign(), /Unstake bond to BNB Smart Chain: done/);
		const row = byTestId('pool-0-requests').locator('tr').first();
		assert.match(await row.innerText(), /4 WBNB[\s\S]*to 0x4e4e…4e4e on BNB Smart Chain/);
		await shot('10-unstake-to-bsc');

		// The bucket matures; the holder's claim (fee in WBNB) sends the coin to BSC.
		const [request] = await api.call.liquidStakingApi.unbondingRequests(POOL, holder.address);
		assert.equal(request.destination.unwrap().recipient.toHex(), recipient);
		await createBlocksUntilRelay(api, request.releaseAt.toNumber());
		await page.waitForFunction(() => !document.querySelector('[data-testid="pool-0-claim"]').disabled, undefined, { timeout: 30_000 });
		const held = await wbnb(holder.address);
		assert.match(await sign('pool-0-claim'), /done/);
		const withdrawals = (await api.query.liquidStakingBridge.withdrawals.entries()).map(([, w]) => w.unwrap());
		const out = withdrawals.find((w) => w.recipient.toHex() === recipient);
		assert.ok(out, 'a withdrawal to the BSC address');
		assert.equal(out.who.toString(), holder.address);
		assert.ok(out.amount.toBigInt() >= 4n * COIN - 1n);
		// Only the claim's fee left the account here: the coin went to BSC.
		assert.ok((await wbnb(holder.address)) < held && held - (await wbnb(holder.address)) < COIN / 1000n);
		assert.equal(await native(), 0n);
		assert.match(await byTestId('pool-0-requests').innerText(), /No unbonding requests/);
	});

	test('fits a phone: 390×844, nothing wider than the screen', async () => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.waitForTimeout(200);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		assert.ok(width <= 390, `the page is ${width} px wide on a 390 px screen`);
		// The BNB holder unstakes half a bond to BSC, paying in WBNB: the preview in full.
		await byTestId('pool-0-action').selectOption('unstakeBond');
		await byTestId('pool-0-to').selectOption({ label: 'BNB Smart Chain' });
		await byTestId('pool-0-recipient').fill('0x' + '4e'.repeat(20));
		await fill('unstakeBond', '0.5');
		assert.match(await text('pool-0-fee'), /WBNB$/);
		assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, 'still fits');
		const form = await byTestId('pool-0-form').boundingBox();
		assert.ok(form.x >= 0 && form.x + form.width <= 390, 'the form fits');
		await page.screenshot({ path: join(SHOTS, 'phone-390x844.png') });
		await page.setViewportSize({ width: 1100, height: 900 });
	});
});
