// Amounts: on chain an integer of `decimals` places; on the page a decimal string.

/** `value` (bigint, `decimals` places) as a decimal string with at most `shown` places. */
export function formatAmount(value, decimals, shown = 4) {
	const v = BigInt(value);
	const negative = v < 0n;
	const abs = negative ? -v : v;
	const base = 10n ** BigInt(decimals);
	const whole = abs / base;
	let frac = (abs % base).toString().padStart(decimals, '0').slice(0, shown).replace(/0+$/, '');
	if (frac === '' && abs % base !== 0n && whole === 0n) {
		// Less than what `shown` places can show: say so rather than print 0.
		return `${negative ? '-' : ''}< 0.${'0'.repeat(shown - 1)}1`;
	}
	const wholeText = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${negative ? '-' : ''}${wholeText}${frac ? `.${frac}` : ''}`;
}

/** A decimal string typed by the user as an integer of `decimals` places, or null if invalid. */
export function parseAmount(text, decimals) {
	const t = String(text).trim().replace(/,/g, '');
	if (!/^\d*(\.\d*)?$/.test(t) || t === '' || t === '.') return null;
	const [whole, frac = ''] = t.split('.');
	if (frac.length > decimals) return null;
	return BigInt(whole || '0') * 10n ** BigInt(decimals) + BigInt(frac.padEnd(decimals, '0') || '0');
}

/** A fixed-point number of 18 places (FixedU128, FixedI128) as a decimal with `shown` places. */
export function formatFixed(inner, shown = 6) {
	return formatAmount(BigInt(inner), 18, shown);
}

/** A duration in seconds, in words: "2 d 3 h", "5 min 10 s". */
export function formatDuration(seconds) {
	let s = Math.max(0, Math.round(seconds));
	const d = Math.floor(s / 86_400);
	s -= d * 86_400;
	const h = Math.floor(s / 3_600);
	s -= h * 3_600;
	const m = Math.floor(s / 60);
	s -= m * 60;
	if (d > 0) return `${d} d ${h} h`;
	if (h > 0) return `${h} h ${m} min`;
	if (m > 0) return `${m} min ${s} s`;
	return `${s} s`;
}
