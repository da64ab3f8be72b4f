// Amounts typed and shown on the page: exact, whatever the decimals.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAmount, formatDuration, parseAmount } from '../src/format.js';

test('a typed amount becomes the exact integer, or null', () => {
	assert.equal(parseAmount('10', 18), 10n * 10n ** 18n);
	assert.equal(parseAmount('0.000000000000000001', 18), 1n);
	assert.equal(parseAmount('1,234.5', 2), 123450n);
	assert.equal(parseAmount('.5', 1), 5n);
	assert.equal(parseAmount('0.1234567', 6), null, 'more places than the token has');
	assert.equal(parseAmount('-1', 18), null);
	assert.equal(parseAmount('1e3', 18), null);
	assert.equal(parseAmount('', 18), null);
	assert.equal(parseAmount('.', 18), null);
});

test('an amount is shown truncated, never rounded up, with separators', () => {
	assert.equal(formatAmount(1_234_567n * 10n ** 15n, 18), '1,234.567');
	assert.equal(formatAmount(999_999_999n, 9, 4), '0.9999');
	assert.equal(formatAmount(10n ** 18n, 18), '1');
	assert.equal(formatAmount(0n, 18), '0');
	assert.equal(formatAmount(1n, 18, 4), '< 0.0001');
	assert.equal(formatAmount(-15n * 10n ** 17n, 18), '-1.5');
});

test('a duration in words', () => {
	assert.equal(formatDuration(7 * 86_400), '7 d 0 h');
	assert.equal(formatDuration(3_660), '1 h 1 min');
	assert.equal(formatDuration(126), '2 min 6 s');
	assert.equal(formatDuration(-5), '0 s');
});
