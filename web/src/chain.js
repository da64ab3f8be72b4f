// Everything the page asks of the chain: pools, an account's holdings, previews, fees, sending,
// and errors in words. No DOM here.

import { ApiPromise, WsProvider } from '@polkadot/api';
import { registerFeeCoinType } from './fee-coin-type.js';
import { formatAmount } from './format.js';
import { signAndSend } from './signer.js';

/** A relay-chain block: 6 s (the clock of unbonding; the dev chain seals a block per transaction). */
export const BLOCK_SECONDS = 6;

export async function connect(url) {
	const api = await ApiPromise.create({ provider: new WsProvider(url), noInitWarn: true });
	await api.isReady;
	registerFeeCoinType(api);
	return api;
}

/** "BelowMinimumStake" -> "Below minimum stake". */
function words(name) {
	const s = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A `TokenError` in words, e.g. `FundsUnavailable`: "Not enough WBNB: this account holds 2 WBNB."
 * `token` (optional): the coin the call moves, `{ symbol, decimals }`, and `have`, what the
 * account holds of it.
 */
function tokenText(kind, token) {
	const t = token ?? {};
	const coin = t.symbol || 'funds';
	const have =
		t.have !== undefined && t.have !== null && t.decimals !== undefined
			? `${formatAmount(t.have, t.decimals)} ${t.symbol}`
			: null;
	switch (kind) {
		case 'FundsUnavailable':
			return `Not enough ${coin}: ${have ? `this account holds ${have}` : "the account's balance does not cover the amount"}.`;
		case 'NotExpendable':
			return `Not enough ${coin}: the account must keep its minimum balance${have ? ` (it holds ${have})` : ''}.`;
		case 'OnlyProvider':
			return `Not enough ${coin}: what is left keeps the account alive.`;
		case 'BelowMinimum':
			return `Below the minimum balance${t.symbol ? ` of ${t.symbol}` : ''}: the account would hold less than the least it may hold.`;
		case 'CannotCreate':
			return 'The account cannot be created: it needs some of the chain\'s own coin first.';
		case 'Frozen':
			return `${t.symbol ? `${t.symbol} is` : 'The funds are'} frozen in this account.`;
		case 'Blocked':
			return 'The account is blocked.';
		case 'UnknownAsset':
			return 'Unknown asset.';
		default:
			return `${words(kind)}: the account's balance does not allow it.`;
	}
}

/**
 * A `DispatchError` in words: the error's name, and its documentation from the metadata (a
 * pallet's error) or a sentence (a token or arithmetic error). `token`: see `tokenText`.
 */
export function explainError(api, dispatchError, token) {
	if (dispatchError.isModule) {
		const meta = api.registry.findMetaError(dispatchError.asModule);
		const docs = meta.docs.join(' ').trim();
		return { name: `${meta.section}.${meta.name}`, text: `${words(meta.name)}${docs ? `: ${docs}` : '.'}` };
	}
	if (dispatchError.isToken) {
		const t = dispatchError.asToken.type;
		return { name: `Token.${t}`, text: tokenText(t, token) };
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
/**
 * The pallets' clock: the relay-chain block the best block was built on. Unbonding buckets and
 * report intervals are relay blocks, whatever the parachain's block time.
 */
export async function relayNow(api) {
	return (await api.query.parachainSystem.lastRelayChainBlockNumber()).toNumber();
}

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

/** The names of the remote chains the bridge serves, by EVM chain id. */
const CHAIN_NAMES = { 1: 'Ethereum', 56: 'BNB Smart Chain', 137: 'Polygon' };

/** A remote chain's name: "BNB Smart Chain", or "chain 97" for one the page does not know. */
export function chainName(id) {
	return CHAIN_NAMES[id] || `chain ${id}`;
}

/**
 * The remote chains an unstake of `pool` may send its coin to: those the bridge serves with the
 * pool's coin, `[{ id, name, minWithdrawal, paused }]`, by chain id.
 */
export async function exitChains(api, pool) {
	if (pool.underlying.native) return [];
	const entries = await api.query.liquidStakingBridge.chains.entries();
	return entries
		.map(([key, value]) => ({ id: key.args[0].toNumber(), info: value.unwrap() }))
		.filter(({ info }) => info.wrapped.isWithId && info.wrapped.asWithId.toString() === pool.underlying.id)
		.map(({ id, info }) => ({
			id,
			name: chainName(id),
			minWithdrawal: info.limits.minWithdrawal.toBigInt(),
			paused: info.paused.isTrue,
		}))
		.sort((a, b) => a.id - b.id);
}

/**
 * The coins fees can be paid in: the chain's own coin, then every coin with a DEX pool against
 * it (the runtime swaps the fee through that pool). Each is `{ key, symbol, decimals, assetId }`:
 * `assetId` is what `signAndSend` takes (`null` for the chain's own coin).
 */
export async function feeCoins(api, pools) {
	const native = { key: 'native', symbol: api.registry.chainTokens[0], decimals: api.registry.chainDecimals[0], assetId: null };
	const coins = [];
	for (const key of await api.query.assetConversion.pools.keys()) {
		const [a, b] = key.args[0];
		const other = a.isNative ? b : b.isNative ? a : null;
		if (!other || other.isNative) continue;
		if (other.isAsset) {
			const id = other.asAsset.toNumber();
			const meta = await tokenMeta(api, id, `asset ${id}`);
			coins.push({ key: `asset-${id}`, symbol: meta.symbol, decimals: meta.decimals, assetId: { Asset: id } });
		} else if (other.isBond) {
			const id = other.asBond.toNumber();
			const pool = pools.find((p) => p.id === id);
			coins.push({
				key: `bond-${id}`,
				symbol: pool ? pool.bondSymbol : `bond ${id}`,
				decimals: pool ? pool.underlying.decimals : 18,
				assetId: { Bond: id },
			});
		}
	}
	coins.sort((x, y) => x.symbol.localeCompare(y.symbol));
	return [native, ...coins];
}

/**
 * What a network fee of `fee` (in the chain's own coin) costs in `coin` (from `feeCoins`): the
 * DEX's quote through the coin's pool, its 0.3 % included, as the runtime charges it; `null`
 * if the pool cannot quote it.
 */
export async function feeIn(api, coin, fee) {
	if (coin.assetId === null) return fee;
	const quote = await api.call.assetConversionApi.quotePriceTokensForExactTokens(coin.assetId, 'Native', fee, true);
	return quote.isSome ? quote.unwrap().toBigInt() : null;
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
			destination: r.destination.isSome
				? { chain: r.destination.unwrap().chain.toNumber(), recipient: r.destination.unwrap().recipient.toHex() }
				: null,
		})),
	};
}

/**
 * The actions the page offers: the call each makes and what it takes (`pays`: the underlying
 * coin, bond, or cert).
 */
export const ACTIONS = {
	stakeBond: { label: 'Stake for bond', verb: 'Stake', pays: 'coin' },
	stakeCert: { label: 'Stake for cert', verb: 'Stake', pays: 'coin' },
	bondToCert: { label: 'Convert bond to cert', verb: 'Convert', pays: 'bond' },
	certToBond: { label: 'Convert cert to bond', verb: 'Convert', pays: 'cert' },
	unstakeBond: { label: 'Unstake bond', verb: 'Unstake', pays: 'bond' },
	unstakeCert: { label: 'Unstake cert', verb: 'Unstake', pays: 'cert' },
};

/** The decimals of what `action` takes: the cert's, or the underlying's (coin and bond). */
export function amountDecimals(pool, action) {
	return ACTIONS[action].pays === 'cert' ? pool.cert.decimals : pool.underlying.decimals;
}

/** Whether `text` is an EVM address: 0x and 40 hexadecimal digits, not all zero. */
export function isEvmAddress(text) {
	return /^0x[0-9a-fA-F]{40}$/.test(text) && !/^0x0{40}$/.test(text);
}

/**
 * The transaction of `action` on `pool` for `amount`. An unstake with a `destination`
 * (`{ chain, recipient }`) is an exit: its claim sends the coin to `recipient` on `chain`.
 */
export function buildTx(api, pool, action, amount, destination = null) {
	const tx = api.tx.liquidStaking;
	const unstake = (kind) =>
		destination
			? tx.unstakeToRemote(pool.id, amount, kind, destination.chain, destination.recipient)
			: tx.unstake(pool.id, amount, kind);
	switch (action) {
		case 'stakeBond': return tx.stake(pool.id, amount, 'Bond');
		case 'stakeCert': return tx.stake(pool.id, amount, 'Cert');
		case 'bondToCert': return tx.bondToCert(pool.id, amount);
		case 'certToBond': return tx.certToBond(pool.id, amount);
		case 'unstakeBond': return unstake('Bond');
		case 'unstakeCert': return unstake('Cert');
		default: throw new Error(`unknown action ${action}`);
	}
}

/**
 * What `action` would do now for `address`: `{ pays, receives, releaseAt?, conversionFee, fee,
 * error }`, amounts as `{ value, symbol, decimals }`. The runtime previews each action by
 * running its call for `address` and rolling it back (`preview_stake`, `preview_unstake`,
 * `preview_convert`), so a preview refuses exactly what the transaction would (not enough coin,
 * bond or cert, below a minimum, ...): `error` is that refusal in words. `conversionFee`: the
 * pool's conversion fee, in cert. `fee`: the network fee, in `feeCoin` (from `feeCoins`; the
 * chain's own coin if omitted), as `{ value, symbol, decimals }`. `held` (optional): what
 * `address` holds (`holdings`), to say how much when the coin is short. An unstake with a
 * `destination` (`{ chain, recipient, minWithdrawal, paused }`) is checked as the bridge will
 * check it: the chain not paused, a recipient address, a value of at least the chain's minimum
 * withdrawal.
 *
 * Without an account, nothing is previewed: the preview is the account's.
 */
export async function preview(api, pool, action, amount, address, held, { feeCoin = null, destination = null } = {}) {
	const u = pool.underlying;
	const bond = { symbol: pool.bondSymbol, decimals: u.decimals };
	const cert = { symbol: pool.cert.symbol, decimals: pool.cert.decimals };
	const underlying = { symbol: u.symbol, decimals: u.decimals };
	const result = { pays: null, receives: null, conversionFee: null, fee: null, error: null };
	const call = api.call.liquidStakingApi;
	const pays = { coin: underlying, bond, cert }[ACTIONS[action]?.pays];
	if (!pays) throw new Error(`unknown action ${action}`);
	result.pays = { value: amount, ...pays };
	if (!address) {
		result.error = { name: 'account', text: 'Choose an account: the preview is for the account that signs.' };
		return result;
	}
	switch (action) {
		case 'stakeBond':
		case 'stakeCert': {
			const kind = action === 'stakeBond' ? 'Bond' : 'Cert';
			const r = await call.previewStake(pool.id, address, amount, kind);
			if (r.isErr) result.error = explainError(api, r.asErr, { ...underlying, have: held?.wallet });
			else result.receives = { value: r.asOk.toBigInt(), ...(kind === 'Bond' ? bond : cert) };
			break;
		}
		case 'unstakeBond':
		case 'unstakeCert': {
			const kind = action === 'unstakeBond' ? 'Bond' : 'Cert';
			const r = await call.previewUnstake(pool.id, address, amount, kind);
			if (r.isErr) result.error = explainError(api, r.asErr, pays);
			else {
				const [value, releaseAt] = r.asOk;
				result.receives = { value: value.toBigInt(), ...underlying };
				result.releaseAt = releaseAt.toNumber();
				if (destination && destination.paused) {
					result.error = {
						name: 'liquidStakingBridge.ChainPaused',
						text: `${chainName(destination.chain)} is paused: the bridge takes no withdrawal to it now.`,
					};
				} else if (destination && !isEvmAddress(destination.recipient)) {
					result.error = { name: 'recipient', text: `Not an address on ${chainName(destination.chain)}: use 0x and 40 hexadecimal digits.` };
				} else if (destination && value.toBigInt() < destination.minWithdrawal) {
					result.error = {
						name: 'liquidStakingBridge.BelowMinimumWithdrawal',
						text: `Below the minimum withdrawal to ${chainName(destination.chain)}: ${formatAmount(destination.minWithdrawal, u.decimals)} ${u.symbol}.`,
					};
				}
			}
			break;
		}
		case 'bondToCert':
		case 'certToBond': {
			const from = action === 'bondToCert' ? 'Bond' : 'Cert';
			const r = await call.previewConvert(pool.id, address, amount, from);
			if (r.isErr) result.error = explainError(api, r.asErr, pays);
			else {
				const { received, fee } = r.asOk;
				result.receives = { value: received.toBigInt(), ...(from === 'Bond' ? cert : bond) };
				// The fee is paid in shares, as cert to the pool's commission account.
				result.conversionFee = { value: fee.toBigInt(), ...cert };
			}
			break;
		}
		default:
			throw new Error(`unknown action ${action}`);
	}
	const tx = buildTx(api, pool, action, amount, destination && isEvmAddress(destination.recipient) ? destination : null);
	const coin = feeCoin ?? { symbol: api.registry.chainTokens[0], decimals: api.registry.chainDecimals[0], assetId: null };
	// Estimated as signed: naming the fee coin lengthens the transaction a little.
	const native = (await tx.paymentInfo(address, coin.assetId === null ? {} : { assetId: coin.assetId })).partialFee.toBigInt();
	const value = await feeIn(api, coin, native);
	if (value === null) {
		result.error = result.error ?? { name: 'fee', text: `The fee cannot be paid in ${coin.symbol}: its pool cannot quote it.` };
	} else {
		result.fee = { value, symbol: coin.symbol, decimals: coin.decimals };
	}
	return result;
}

/**
 * Signs and sends `tx` as `address`, paying the fee in `feeCoin` (from `feeCoins`; the chain's
 * own coin if null); resolves when it is in a block to `{ events, error }` (the error in words,
 * or null), rejects if the pool refuses it.
 */
export function send(api, tx, address, onStatus = () => {}, feeCoin = null) {
	return new Promise((resolve, reject) => {
		let unsub;
		const options = feeCoin && feeCoin.assetId !== null ? { assetId: feeCoin.assetId } : {};
		signAndSend(tx, address, options, (result) => {
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
