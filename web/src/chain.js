// Everything the page asks of the chain: pools, an account's holdings, previews, fees, sending,
// and errors in words. No DOM here.

import { ApiPromise, WsProvider } from '@polkadot/api';
import { formatAmount } from './format.js';
import { signAndSend } from './signer.js';

/** The runtime's target block time: 6 s (the dev chain seals a block per transaction). */
export const BLOCK_SECONDS = 6;
const PERBILL = 1_000_000_000n;

export async function connect(url) {
	const api = await ApiPromise.create({ provider: new WsProvider(url), noInitWarn: true });
	await api.isReady;
	return api;
}

/** "BelowMinimumStake" -> "Below minimum stake". */
function words(name) {
	const s = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A `DispatchError` in words: the error's name, and its documentation from the metadata. */
export function explainError(api, dispatchError) {
	if (dispatchError.isModule) {
		const meta = api.registry.findMetaError(dispatchError.asModule);
		const docs = meta.docs.join(' ').trim();
		return { name: `${meta.section}.${meta.name}`, text: `${words(meta.name)}${docs ? `: ${docs}` : '.'}` };
	}
	if (dispatchError.isToken) {
		const t = dispatchError.asToken.type;
		return { name: `Token.${t}`, text: `${words(t)}: the account's balance does not allow it.` };
	}
	if (dispatchError.isArithmetic) {
		const t = dispatchError.asArithmetic.type;
		return { name: `Arithmetic.${t}`, text: `${words(t)}: the amount is out of range.` };
	}
	return { name: dispatchError.type, text: `${words(dispatchError.type)}.` };
}

async function tokenMeta(api, id, fallback) {
	const m = await api.query.assets.metadata(id);
	const symbol = m.symbol.toUtf8() || fallback;
	const decimals = m.symbol.length > 0 ? m.decimals.toNumber() : 18;
	return { id: id.toString(), symbol, decimals };
}

/**
 * A pool's underlying coin (`NativeOrWithId`): the chain's own coin, with the chain's token
 * symbol and decimals, or a pallet-assets asset with its metadata.
 */
export async function coinMeta(api, coin) {
	if (coin.isNative) {
		return { native: true, id: 'native', symbol: api.registry.chainTokens[0], decimals: api.registry.chainDecimals[0] };
	}
	const id = coin.asWithId;
	return { native: false, ...(await tokenMeta(api, id, `asset ${id}`)) };
}

/** Every pool with its view (rate, APR, supplies) and its tokens' symbols and decimals. */
export async function loadPools(api) {
	const entries = await api.query.liquidStaking.pools.entries();
	const pools = [];
	for (const [key, value] of entries) {
		if (value.isNone) continue;
		const id = key.args[0].toNumber();
		const info = value.unwrap();
		const view = (await api.call.liquidStakingApi.pool(id)).unwrap();
		const underlying = await coinMeta(api, info.underlying);
		const cert = await tokenMeta(api, info.cert, `cert ${info.cert}`);
		pools.push({
			id,
			underlying,
			cert,
			bondSymbol: `${underlying.symbol} bond`,
			totalPooled: info.totalPooled.toBigInt(),
			totalShares: info.totalShares.toBigInt(),
			params: {
				minStake: info.params.minStake.toBigInt(),
				minUnstake: info.params.minUnstake.toBigInt(),
				conversionFee: BigInt(info.params.conversionFee.toString()),
				unbondingPeriod: info.params.unbondingPeriod.toNumber(),
			},
			paused: info.paused.toJSON(),
			rate: view.rate.toBigInt(),
			apr: view.apr.isSome ? view.apr.unwrap().toBigInt() : null,
			bondSupply: view.bondSupply.toBigInt(),
			certSupply: view.certSupply.toBigInt(),
		});
	}
	return pools.sort((a, b) => a.id - b.id);
}

/** What `address` holds of a pool's underlying coin (of the native coin: its free balance). */
export async function coinBalance(api, coin, address) {
	if (coin.native) {
		const a = await api.query.system.account(address);
		return a.data.free.toBigInt();
	}
	const a = await api.query.assets.account(coin.id, address);
	return a.isSome ? a.unwrap().balance.toBigInt() : 0n;
}

/** What `address` holds in `pool`: wallet, bond, cert and its value, unbonding requests. */
export async function holdings(api, pool, address) {
	const call = api.call.liquidStakingApi;
	const [wallet, bond, certValue, requests] = await Promise.all([
		coinBalance(api, pool.underlying, address),
		call.bondBalance(pool.id, address),
		call.certValue(pool.id, address),
		call.unbondingRequests(pool.id, address),
	]);
	return {
		wallet,
		bond: bond.toBigInt(),
		cert: certValue[0].toBigInt(),
		certValue: certValue[1].toBigInt(),
		requests: requests.map((r) => ({
			releaseAt: r.releaseAt.toNumber(),
			value: r.value.toBigInt(),
			matured: r.matured.isTrue,
		})),
	};
}

/** The actions the page offers: the call each makes and what it takes and gives. */
export const ACTIONS = {
	stakeBond: { label: 'Stake for bond', verb: 'Stake' },
	stakeCert: { label: 'Stake for cert', verb: 'Stake' },
	bondToCert: { label: 'Convert bond to cert', verb: 'Convert' },
	certToBond: { label: 'Convert cert to bond', verb: 'Convert' },
	unstakeBond: { label: 'Unstake bond', verb: 'Unstake' },
	unstakeCert: { label: 'Unstake cert', verb: 'Unstake' },
};

/** The transaction of `action` on `pool` for `amount`. */
export function buildTx(api, pool, action, amount) {
	const tx = api.tx.liquidStaking;
	switch (action) {
		case 'stakeBond': return tx.stake(pool.id, amount, 'Bond');
		case 'stakeCert': return tx.stake(pool.id, amount, 'Cert');
		case 'bondToCert': return tx.bondToCert(pool.id, amount);
		case 'certToBond': return tx.certToBond(pool.id, amount);
		case 'unstakeBond': return tx.unstake(pool.id, amount, 'Bond');
		case 'unstakeCert': return tx.unstake(pool.id, amount, 'Cert');
		default: throw new Error(`unknown action ${action}`);
	}
}

const ceilDiv = (a, b) => (a + b - 1n) / b;

/**
 * What `action` would do now: `{ pays, receives, releaseAt?, fee, error? }`, amounts as
 * `{ value, symbol, decimals }`. Stakes and unstakes are previewed by the runtime; conversions
 * with the pallet's own rounding (shares debited rounded up, the fee rounded up).
 */
export async function preview(api, pool, action, amount, address, held) {
	const u = pool.underlying;
	const bond = { symbol: pool.bondSymbol, decimals: u.decimals };
	const cert = { symbol: pool.cert.symbol, decimals: pool.cert.decimals };
	const underlying = { symbol: u.symbol, decimals: u.decimals };
	const result = { pays: null, receives: null, fee: null, error: null };
	const call = api.call.liquidStakingApi;
	const short = (have, token) => {
		if (amount > have) result.error = { name: 'balance', text: `Not enough ${token.symbol}: this account holds ${formatAmount(have, token.decimals)} ${token.symbol}.` };
	};
	switch (action) {
		case 'stakeBond':
		case 'stakeCert': {
			result.pays = { value: amount, ...underlying };
			const kind = action === 'stakeBond' ? 'Bond' : 'Cert';
			const r = await call.previewStake(pool.id, amount, kind);
			if (r.isErr) result.error = explainError(api, r.asErr);
			else result.receives = { value: r.asOk.toBigInt(), ...(kind === 'Bond' ? bond : cert) };
			if (!result.error) short(held.wallet, underlying);
			break;
		}
		case 'unstakeBond':
		case 'unstakeCert': {
			const kind = action === 'unstakeBond' ? 'Bond' : 'Cert';
			result.pays = { value: amount, ...(kind === 'Bond' ? bond : cert) };
			const r = await call.previewUnstake(pool.id, amount, kind);
			if (r.isErr) result.error = explainError(api, r.asErr);
			else {
				const [value, releaseAt] = r.asOk;
				result.receives = { value: value.toBigInt(), ...underlying };
				result.releaseAt = releaseAt.toNumber();
				if (value.toBigInt() < pool.params.minUnstake) {
					result.error = { name: 'liquidStaking.BelowMinimumUnstake', text: 'Below minimum unstake: the amount is worth less than the pool\'s minimum unstake.' };
				}
			}
			if (!result.error) short(kind === 'Bond' ? held.bond : held.cert, kind === 'Bond' ? bond : cert);
			break;
		}
		case 'bondToCert': {
			result.pays = { value: amount, ...bond };
			if (pool.totalPooled === 0n) break;
			const shares = ceilDiv(amount * pool.totalShares, pool.totalPooled);
			const fee = ceilDiv(pool.params.conversionFee * shares, PERBILL);
			result.receives = { value: shares - fee, ...cert };
			short(held.bond, bond);
			break;
		}
		case 'certToBond': {
			result.pays = { value: amount, ...cert };
			if (pool.totalShares === 0n) break;
			const fee = ceilDiv(pool.params.conversionFee * amount, PERBILL);
			result.receives = { value: ((amount - fee) * pool.totalPooled) / pool.totalShares, ...bond };
			short(held.cert, cert);
			break;
		}
		default:
			throw new Error(`unknown action ${action}`);
	}
	if (amount === 0n && !result.error) result.error = { name: 'amount', text: 'Enter an amount above zero.' };
	const info = await buildTx(api, pool, action, amount).paymentInfo(address);
	result.fee = info.partialFee.toBigInt();
	return result;
}

/**
 * Signs and sends `tx` as `address`; resolves when it is in a block to
 * `{ events, error }` (the error in words, or null), rejects if the pool refuses it.
 */
export function send(api, tx, address, onStatus = () => {}) {
	return new Promise((resolve, reject) => {
		let unsub;
		signAndSend(tx, address, (result) => {
			onStatus(result.status.type);
			if (result.status.isInBlock || result.status.isFinalized) {
				if (unsub) unsub();
				const error = result.dispatchError ? explainError(api, result.dispatchError) : null;
				resolve({ events: result.events.map((r) => r.event), error });
			} else if (result.isError) {
				if (unsub) unsub();
				reject(new Error(`the transaction was dropped: ${result.status.type}`));
			}
		})
			.then((u) => {
				unsub = u;
			})
			.catch(reject);
	});
}
