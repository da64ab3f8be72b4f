// The preview the page shows: the runtime's preview for the page's account, as it answers
// (no client-side rounding), and its refusals in words. Against a stand-in of the runtime API;
// page.test.js checks the same against the dev node.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainError, preview } from '../src/chain.js';

const COIN = 10n ** 18n;
const codec = (value) => ({ toBigInt: () => BigInt(value), toNumber: () => Number(value), toString: () => String(value) });
const ok = (value) => ({ isOk: true, isErr: false, asOk: value });
const err = (error) => ({ isOk: false, isErr: true, asErr: error });
const tokenError = (type) => ({ isModule: false, isToken: true, isArithmetic: false, type: 'Token', asToken: { type } });
const moduleError = (name, docs) => ({ isModule: true, asModule: { section: 'liquidStaking', name, docs: [docs] } });

const pool = {
	id: 0,
	underlying: { native: false, id: '1', symbol: 'WBNB', decimals: 18 },
	cert: { id: '101', symbol: 'cBNB', decimals: 18 },
	bondSymbol: 'WBNB bond',
};

/** A stand-in API whose previews answer `answers[method]`; `calls` records every call. */
function fakeApi(answers) {
	const calls = [];
	const previews = {};
	for (const method of ['previewStake', 'previewUnstake', 'previewConvert']) {
		previews[method] = async (...args) => {
			calls.push([method, ...args]);
			return answers[method];
		};
	}
	const tx = (name) => (...args) => ({
		paymentInfo: async (address, options) => {
			calls.push(['paymentInfo', name, address, ...args]);
			if (options?.assetId) calls.push(['paymentInfo options', options]);
			return { partialFee: codec(123n) };
		},
	});
	// The DEX quotes a native fee at 1,000 of the coin's units per native unit.
	const quote = async (coin, native, amount, includeFee) => {
		calls.push(['quote', coin, native, amount, includeFee]);
		return { isSome: true, unwrap: () => codec(BigInt(amount) * 1_000n) };
	};
	return {
		calls,
		registry: { findMetaError: (m) => m, chainTokens: ['UNIT'], chainDecimals: [12] },
		call: { liquidStakingApi: previews, assetConversionApi: { quotePriceTokensForExactTokens: quote } },
		tx: {
			liquidStaking: {
				stake: tx('stake'),
				bondToCert: tx('bondToCert'),
				certToBond: tx('certToBond'),
				unstake: tx('unstake'),
				unstakeToRemote: tx('unstakeToRemote'),
			},
		},
	};
}

/** The network fee of the stand-in, in the native coin. */
const NATIVE_FEE = { value: 123n, symbol: 'UNIT', decimals: 12 };

test('a conversion shows what the runtime previews for the account, and the fee in cert', async () => {
	const api = fakeApi({ previewConvert: ok({ received: codec(987n), fee: codec(3n) }) });
	const p = await preview(api, pool, 'bondToCert', COIN, 'dave', null);
	assert.deepEqual(api.calls[0], ['previewConvert', 0, 'dave', COIN, 'Bond']);
	assert.deepEqual(p.pays, { value: COIN, symbol: 'WBNB bond', decimals: 18 });
	assert.deepEqual(p.receives, { value: 987n, symbol: 'cBNB', decimals: 18 });
	assert.deepEqual(p.conversionFee, { value: 3n, symbol: 'cBNB', decimals: 18 });
	assert.deepEqual(p.fee, NATIVE_FEE);
	assert.equal(p.error, null);

	const back = fakeApi({ previewConvert: ok({ received: codec(55n), fee: codec(1n) }) });
	const q = await preview(back, pool, 'certToBond', 60n, 'dave', null);
	assert.deepEqual(back.calls[0], ['previewConvert', 0, 'dave', 60n, 'Cert']);
	assert.deepEqual(q.pays, { value: 60n, symbol: 'cBNB', decimals: 18 });
	assert.deepEqual(q.receives, { value: 55n, symbol: 'WBNB bond', decimals: 18 });
	assert.deepEqual(q.conversionFee, { value: 1n, symbol: 'cBNB', decimals: 18 });
});

test('stakes and unstakes are previewed for the account', async () => {
	let api = fakeApi({ previewStake: ok(codec(10n * COIN)) });
	let p = await preview(api, pool, 'stakeCert', 10n * COIN, 'dave', null);
	assert.deepEqual(api.calls[0], ['previewStake', 0, 'dave', 10n * COIN, 'Cert']);
	assert.deepEqual(p.receives, { value: 10n * COIN, symbol: 'cBNB', decimals: 18 });
	assert.equal(p.conversionFee, null);

	api = fakeApi({ previewUnstake: ok([codec(4n * COIN), codec(120)]) });
	p = await preview(api, pool, 'unstakeBond', 4n * COIN, 'dave', null);
	assert.deepEqual(api.calls[0], ['previewUnstake', 0, 'dave', 4n * COIN, 'Bond']);
	assert.deepEqual(p.receives, { value: 4n * COIN, symbol: 'WBNB', decimals: 18 });
	assert.equal(p.releaseAt, 120);
});

test('the fee is shown in the coin chosen to pay it, as the DEX quotes it', async () => {
	const api = fakeApi({ previewStake: ok(codec(COIN)) });
	const wbnb = { key: 'asset-1', symbol: 'WBNB', decimals: 18, assetId: { Asset: 1 } };
	const p = await preview(api, pool, 'stakeBond', COIN, 'dave', null, { feeCoin: wbnb });
	assert.deepEqual(api.calls.at(-2), ['paymentInfo options', { assetId: { Asset: 1 } }], 'estimated as signed');
	assert.deepEqual(api.calls.at(-1), ['quote', { Asset: 1 }, 'Native', 123n, true]);
	assert.deepEqual(p.fee, { value: 123_000n, symbol: 'WBNB', decimals: 18 });
	assert.equal(p.error, null);
});

test('an unstake to a remote chain is the exit call, checked as the bridge checks it', async () => {
	const answer = ok([codec(4n * COIN), codec(120)]);
	const recipient = '0x' + '4e'.repeat(20);
	const to = { chain: 56, recipient, minWithdrawal: COIN / 100n, paused: false };
	let api = fakeApi({ previewUnstake: answer });
	let p = await preview(api, pool, 'unstakeCert', 4n * COIN, 'dave', null, { destination: to });
	assert.equal(p.error, null);
	assert.deepEqual(api.calls[1], ['paymentInfo', 'unstakeToRemote', 'dave', 0, 4n * COIN, 'Cert', 56, recipient]);

	api = fakeApi({ previewUnstake: answer });
	p = await preview(api, pool, 'unstakeCert', 4n * COIN, 'dave', null, { destination: { ...to, recipient: '0x12' } });
	assert.equal(p.error.text, 'Not an address on BNB Smart Chain: use 0x and 40 hexadecimal digits.');

	api = fakeApi({ previewUnstake: answer });
	p = await preview(api, pool, 'unstakeCert', 4n * COIN, 'dave', null, { destination: { ...to, paused: true } });
	assert.equal(p.error.name, 'liquidStakingBridge.ChainPaused');
	assert.equal(p.error.text, 'BNB Smart Chain is paused: the bridge takes no withdrawal to it now.');

	api = fakeApi({ previewUnstake: answer });
	p = await preview(api, pool, 'unstakeCert', 4n * COIN, 'dave', null, { destination: { ...to, minWithdrawal: 5n * COIN } });
	assert.equal(p.error.name, 'liquidStakingBridge.BelowMinimumWithdrawal');
	assert.equal(p.error.text, 'Below the minimum withdrawal to BNB Smart Chain: 5 WBNB.');
});

test('a refusal of the runtime is the error, in words', async () => {
	// Not enough of the coin: a token error, named with the coin and what the account holds.
	let api = fakeApi({ previewStake: err(tokenError('FundsUnavailable')) });
	let p = await preview(api, pool, 'stakeBond', 20n * COIN, 'dave', { wallet: 2n * COIN });
	assert.equal(p.error.name, 'Token.FundsUnavailable');
	assert.equal(p.error.text, 'Not enough WBNB: this account holds 2 WBNB.');
	assert.equal(p.receives, null);
	assert.deepEqual(p.fee, NATIVE_FEE, 'the network fee is still shown');

	// A pallet's error: its name and its documentation.
	api = fakeApi({ previewUnstake: err(moduleError('BelowMinimumUnstake', 'The amount is worth less than the pool\'s minimum unstake.')) });
	p = await preview(api, pool, 'unstakeBond', 1n, 'dave', null);
	assert.equal(p.error.name, 'liquidStaking.BelowMinimumUnstake');
	assert.match(p.error.text, /^Below minimum unstake: The amount is worth less/);

	api = fakeApi({ previewConvert: err(moduleError('InsufficientCert', 'Not enough cert.')) });
	p = await preview(api, pool, 'certToBond', COIN, 'dave', null);
	assert.equal(p.error.text, 'Insufficient cert: Not enough cert.');
	assert.equal(p.conversionFee, null);
});

test('without an account nothing is previewed', async () => {
	const api = fakeApi({});
	for (const address of ['', undefined]) {
		const p = await preview(api, pool, 'bondToCert', COIN, address, undefined);
		assert.equal(p.error.name, 'account');
		assert.match(p.error.text, /Choose an account/);
		assert.deepEqual(p.pays, { value: COIN, symbol: 'WBNB bond', decimals: 18 });
		assert.equal(p.fee, null);
	}
	assert.deepEqual(api.calls, [], 'no runtime call, no fee estimate');
});

test('token errors read as sentences, with or without the coin', () => {
	const api = fakeApi({});
	assert.equal(
		explainError(api, tokenError('FundsUnavailable')).text,
		"Not enough funds: the account's balance does not cover the amount.",
	);
	assert.equal(
		explainError(api, tokenError('FundsUnavailable'), { symbol: 'WBNB', decimals: 18 }).text,
		"Not enough WBNB: the account's balance does not cover the amount.",
	);
	assert.equal(
		explainError(api, tokenError('NotExpendable'), { symbol: 'WBNB', decimals: 18, have: 5n * COIN }).text,
		'Not enough WBNB: the account must keep its minimum balance (it holds 5 WBNB).',
	);
	assert.equal(explainError(api, tokenError('Frozen'), { symbol: 'cBNB' }).text, 'cBNB is frozen in this account.');
	assert.equal(explainError(api, tokenError('FundsUnavailable')).name, 'Token.FundsUnavailable');
});
