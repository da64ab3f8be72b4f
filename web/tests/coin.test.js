// A pool's underlying coin: the chain's own coin or a pallet-assets asset, named and counted
// from the right place.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coinBalance, coinMeta } from '../src/chain.js';

const codec = (value) => ({ toBigInt: () => value, toNumber: () => Number(value), toString: () => String(value) });
const bytes = (text) => ({ toUtf8: () => text, length: text.length });

const api = {
	registry: { chainTokens: ['UNIT'], chainDecimals: [12] },
	query: {
		system: { account: async () => ({ data: { free: codec(5n * 10n ** 12n) } }) },
		assets: {
			metadata: async (id) => ({ symbol: bytes(id.toString() === '1' ? 'WBNB' : ''), decimals: codec(18n) }),
			account: async (id, who) => (id === '1' && who === 'alice'
				? { isSome: true, unwrap: () => ({ balance: codec(7n) }) }
				: { isSome: false }),
		},
	},
};

test('the native coin takes the chain\'s token symbol and decimals, and its free balance', async () => {
	const coin = await coinMeta(api, { isNative: true });
	assert.deepEqual(coin, { native: true, id: 'native', symbol: 'UNIT', decimals: 12 });
	assert.equal(await coinBalance(api, coin, 'alice'), 5n * 10n ** 12n);
});

test('an asset takes its metadata and its asset account', async () => {
	const coin = await coinMeta(api, { isNative: false, asWithId: codec(1n) });
	assert.deepEqual(coin, { native: false, id: '1', symbol: 'WBNB', decimals: 18 });
	assert.equal(await coinBalance(api, coin, 'alice'), 7n);
	assert.equal(await coinBalance(api, coin, 'bob'), 0n);
	const nameless = await coinMeta(api, { isNative: false, asWithId: codec(9n) });
	assert.equal(nameless.symbol, 'asset 9');
});
