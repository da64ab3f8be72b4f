// The staking page: per pool its rate, APR and the account's holdings, kept current block by
// block; a form that previews each action for the chosen account (what is paid, what is
// received, the conversion fee, the network fee in the coin chosen to pay it: the runtime runs
// the call and rolls it back) before it is signed by the account's wallet; unstakes to this
// account or straight to a remote chain; unbonding requests with the time left and where they
// go, and the claim.

import './style.css';
import {
	ACTIONS,
	BLOCK_SECONDS,
	amountDecimals,
	buildTx,
	chainName,
	connect,
	exitChains,
	feeCoins,
	holdings,
	loadPools,
	preview,
	relayNow,
	send,
} from './chain.js';
import { formatAmount, formatDuration, formatFixed, parseAmount } from './format.js';
import { accounts } from './signer.js';

const params = new URLSearchParams(window.location.search);
const RPC = params.get('rpc') || 'ws://127.0.0.1:9944';

const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, attrs = {}, ...children) => {
	const node = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) {
		if (k === 'class') node.className = v;
		else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
		else node.setAttribute(k, v);
	}
	for (const c of children) node.append(c);
	return node;
};
const amountText = (a) => `${formatAmount(a.value, a.decimals)} ${a.symbol}`;

const state = {
	native: { symbol: 'UNIT', decimals: 12 },
	free: null,
	api: null,
	pools: [],
	account: null,
	best: 0,
	sections: new Map(),
	held: new Map(),
	/** The coins fees can be paid in, and the one chosen. */
	feeCoins: [],
	feeCoin: null,
	/** Per pool, the remote chains its unstakes may go to. */
	exits: new Map(),
};

/** "0x4e4e…4e4e". */
const shortAddress = (a) => `${a.slice(0, 6)}…${a.slice(-4)}`;

function poolSection(pool) {
	const t = (name) => `pool-${pool.id}-${name}`;
	const options = Object.entries(ACTIONS).map(([k, a]) => el('option', { value: k }, a.label));
	const section = el(
		'section',
		{ class: 'pool', 'data-testid': t('card') },
		el('h2', {}, `${pool.underlying.symbol} pool`),
		el(
			'div',
			{ class: 'facts' },
			el('div', {}, el('span', {}, 'Rate'), el('b', { 'data-testid': t('rate') })),
			el('div', {}, el('span', {}, 'APR'), el('b', { 'data-testid': t('apr') })),
			el('div', {}, el('span', {}, 'Total staked'), el('b', { 'data-testid': t('total') })),
		),
		el(
			'div',
			{ class: 'facts mine' },
			el('div', {}, el('span', {}, `Wallet ${pool.underlying.symbol}`), el('b', { 'data-testid': t('wallet') })),
			el('div', {}, el('span', {}, pool.bondSymbol), el('b', { 'data-testid': t('bond') })),
			el('div', {}, el('span', {}, pool.cert.symbol), el('b', { 'data-testid': t('cert') }), el('small', { 'data-testid': t('cert-value') })),
		),
		el(
			'form',
			{ class: 'action', 'data-testid': t('form') },
			el('select', { name: 'action', 'data-testid': t('action') }, ...options),
			el('input', { name: 'amount', inputmode: 'decimal', placeholder: '0.0', autocomplete: 'off', 'data-testid': t('amount') }),
			el('button', { type: 'submit', 'data-testid': t('submit'), disabled: '' }, 'Stake'),
			el(
				'div',
				{ class: 'exit', 'data-testid': t('exit'), hidden: '' },
				el(
					'label',
					{},
					'Send to ',
					el(
						'select',
						{ name: 'to', 'data-testid': t('to') },
						el('option', { value: '' }, 'this account'),
						...(state.exits.get(pool.id) || []).map((c) => el('option', { value: String(c.id) }, c.name)),
					),
				),
				el('input', { name: 'recipient', placeholder: '0x… address there', autocomplete: 'off', spellcheck: 'false', 'data-testid': t('recipient'), hidden: '' }),
			),
			el('div', { class: 'preview', 'data-testid': t('preview') }),
		),
		el('h3', {}, 'Unbonding'),
		el('table', { class: 'requests' }, el('tbody', { 'data-testid': t('requests') })),
		el('button', { class: 'claim', 'data-testid': t('claim'), disabled: '' }, 'Claim released coins'),
		el('div', { class: 'notice', 'data-testid': t('notice'), role: 'status' }),
	);
	const form = $('form', section);
	const refreshPreview = () => {
		notice(pool.id, '', '');
		updatePreview(pool.id);
	};
	form.action.addEventListener('change', refreshPreview);
	form.amount.addEventListener('input', refreshPreview);
	form.to.addEventListener('change', refreshPreview);
	form.recipient.addEventListener('input', refreshPreview);
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		submit(pool.id);
	});
	$('.claim', section).addEventListener('click', () => claim(pool.id));
	return section;
}

function notice(poolId, text, kind) {
	const n = $('.notice', state.sections.get(poolId));
	n.textContent = text;
	n.className = `notice ${kind}`;
}

function render() {
	const main = $('#pools');
	for (const pool of state.pools) {
		if (!state.sections.has(pool.id)) {
			const s = poolSection(pool);
			state.sections.set(pool.id, s);
			main.append(s);
		}
		const s = state.sections.get(pool.id);
		const t = (name) => $(`[data-testid="pool-${pool.id}-${name}"]`, s);
		t('rate').textContent = `1 ${pool.cert.symbol} = ${formatFixed(pool.rate)} ${pool.underlying.symbol}`;
		t('apr').textContent = pool.apr === null ? 'not enough history' : `${formatFixed(pool.apr * 100n, 2)} %`;
		t('total').textContent = `${formatAmount(pool.totalPooled, pool.underlying.decimals)} ${pool.underlying.symbol}`;
		const h = state.held.get(pool.id);
		if (!h) continue;
		t('wallet').textContent = formatAmount(h.wallet, pool.underlying.decimals);
		t('bond').textContent = formatAmount(h.bond, pool.underlying.decimals, 6);
		t('cert').textContent = formatAmount(h.cert, pool.cert.decimals, 6);
		t('cert-value').textContent = `worth ${formatAmount(h.certValue, pool.underlying.decimals, 6)} ${pool.underlying.symbol}`;
		const rows = h.requests.map((r) => {
			const blocks = r.releaseAt - state.best;
			const ready = r.matured || blocks <= 0;
			const left = ready ? 'ready to claim' : `${blocks} blocks, about ${formatDuration(blocks * BLOCK_SECONDS)}`;
			const to = r.destination ? `to ${shortAddress(r.destination.recipient)} on ${chainName(r.destination.chain)}` : 'to this account';
			return el(
				'tr',
				{ class: ready ? 'ready' : '' },
				el('td', {}, `${formatAmount(r.value, pool.underlying.decimals)} ${pool.underlying.symbol}`),
				el('td', { class: 'to' }, to),
				el('td', {}, `relay block ${r.releaseAt}`),
				el('td', {}, left),
			);
		});
		const body = t('requests');
		body.replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { class: 'empty' }, 'No unbonding requests.'))]));
		t('claim').disabled = !h.requests.some((r) => r.matured || r.releaseAt <= state.best);
	}
	$('#native').textContent = state.free === null ? '' : `${formatAmount(state.free, state.native.decimals)} ${state.native.symbol}`;
}

async function refresh() {
	const { api } = state;
	state.pools = await loadPools(api);
	// The remote chains' limits and pauses, as of this block.
	for (const pool of state.pools) state.exits.set(pool.id, await exitChains(api, pool));
	// The pallets' clock: unbonding is counted in relay-chain blocks (6 seconds each).
	state.best = await relayNow(api);
	// Without an account there is nothing held to show (and nothing to preview or sign).
	const held = new Map();
	let free = null;
	if (state.account) {
		for (const pool of state.pools) {
			held.set(pool.id, await holdings(api, pool, state.account));
		}
		free = (await api.query.system.account(state.account)).data.free.toBigInt();
	}
	state.held = held;
	state.free = free;
	render();
}

let previewSeq = 0;
async function updatePreview(poolId) {
	const pool = state.pools.find((p) => p.id === poolId);
	const s = state.sections.get(poolId);
	const form = $('form', s);
	const box = $('.preview', s);
	const button = $('button[type=submit]', s);
	const action = form.action.value;
	button.textContent = ACTIONS[action].verb;
	button.disabled = true;
	// An unstake may go to a remote chain of the pool's coin, to an address there.
	const exitBox = $('.exit', s);
	const chains = state.exits.get(poolId) || [];
	exitBox.hidden = !action.startsWith('unstake') || chains.length === 0;
	const chain = exitBox.hidden ? null : chains.find((c) => String(c.id) === form.to.value);
	form.recipient.hidden = !chain;
	const destination = chain
		? { chain: chain.id, recipient: form.recipient.value.trim(), minWithdrawal: chain.minWithdrawal, paused: chain.paused }
		: null;
	const decimals = amountDecimals(pool, action);
	const amount = parseAmount(form.amount.value, decimals);
	if (form.amount.value.trim() === '') {
		box.replaceChildren();
		return;
	}
	if (amount === null) {
		box.replaceChildren(el('p', { class: 'error' }, `Not an amount: use digits and at most ${decimals} decimals.`));
		return;
	}
	const seq = ++previewSeq;
	box.replaceChildren(el('p', { class: 'pending' }, 'Previewing…'));
	const p = await preview(state.api, pool, action, amount, state.account, state.held.get(poolId), { feeCoin: feeCoin(), destination });
	if (seq !== previewSeq) return;
	const lines = [];
	if (p.pays) lines.push(el('p', {}, 'You pay ', el('b', { 'data-testid': `pool-${poolId}-pays` }, amountText(p.pays))));
	if (p.receives) {
		const when = p.releaseAt ? ` at relay block ${p.releaseAt} (about ${formatDuration((p.releaseAt - state.best) * BLOCK_SECONDS)})` : ' now';
		const where = destination ? ` on ${chainName(destination.chain)}, at ${destination.recipient || '…'}, sent when claimed` : '';
		lines.push(el('p', {}, 'You receive ', el('b', { 'data-testid': `pool-${poolId}-receives` }, amountText(p.receives)), when, where));
	}
	if (p.conversionFee) lines.push(el('p', {}, 'Conversion fee ', el('b', { 'data-testid': `pool-${poolId}-conversion-fee` }, amountText(p.conversionFee))));
	if (p.fee !== null) lines.push(el('p', {}, 'Network fee ', el('b', { 'data-testid': `pool-${poolId}-fee` }, `${formatAmount(p.fee.value, p.fee.decimals, 9)} ${p.fee.symbol}`)));
	if (p.error) lines.push(el('p', { class: 'error', 'data-testid': `pool-${poolId}-preview-error` }, p.error.text));
	box.replaceChildren(...lines);
	button.disabled = Boolean(p.error);
}

async function run(poolId, tx, what) {
	notice(poolId, `${what}: signing…`, 'pending');
	let outcome;
	try {
		const r = await send(state.api, tx, state.account, (status) => notice(poolId, `${what}: ${status}…`, 'pending'), feeCoin());
		outcome = r.error ? [`${what} failed. ${r.error.text}`, 'error'] : [`${what}: done, in a block.`, 'ok'];
	} catch (e) {
		outcome = [`${what} was refused: ${e.message}`, 'error'];
	}
	// The balances first, then the outcome: what the notice says is already on the page.
	await refresh();
	await updatePreview(poolId);
	notice(poolId, ...outcome);
}

async function submit(poolId) {
	const pool = state.pools.find((p) => p.id === poolId);
	const form = $('form', state.sections.get(poolId));
	const action = form.action.value;
	const amount = parseAmount(form.amount.value, amountDecimals(pool, action));
	if (amount === null || !state.account) return;
	const chain = $('.exit', state.sections.get(poolId)).hidden ? '' : form.to.value;
	const destination = chain ? { chain: Number(chain), recipient: form.recipient.value.trim() } : null;
	const label = destination ? `${ACTIONS[action].label} to ${chainName(destination.chain)}` : ACTIONS[action].label;
	await run(poolId, buildTx(state.api, pool, action, amount, destination), label);
}

/** The coin chosen to pay fees in. */
function feeCoin() {
	return state.feeCoins.find((c) => c.key === state.feeCoin) || null;
}

async function claim(poolId) {
	await run(poolId, state.api.tx.liquidStaking.claim(poolId, state.account), 'Claim');
}

async function main() {
	state.api = await connect(RPC);
	const chain = await state.api.rpc.system.chain();
	const devChain = (await state.api.rpc.system.chainType()).isDevelopment;
	const { chainDecimals, chainTokens } = state.api.registry;
	state.native = { symbol: chainTokens[0] || 'UNIT', decimals: chainDecimals[0] ?? 12 };

	const list = await accounts({ devChain });
	const select = $('#account');
	for (const a of list) select.append(el('option', { value: a.address }, `${a.name} (${shortAddress(a.address)}, ${a.source})`));
	if (list.length === 0) select.append(el('option', { value: '' }, 'No account: connect a wallet'));
	state.account = list[0]?.address || '';
	const previewAll = async () => {
		for (const id of state.sections.keys()) await updatePreview(id);
	};
	select.addEventListener('change', async () => {
		state.account = select.value;
		await refresh();
		await previewAll();
	});

	await refresh();
	// The fee coins name the bond tokens by their pools, which the refresh loaded.
	state.feeCoins = await feeCoins(state.api, state.pools);
	state.feeCoin = 'native';
	const fees = $('#fee-coin');
	for (const c of state.feeCoins) fees.append(el('option', { value: c.key }, c.symbol));
	fees.addEventListener('change', async () => {
		state.feeCoin = fees.value;
		await previewAll();
	});

	$('#status').textContent = `Connected to ${chain} at ${RPC}`;
	$('#status').className = 'ok';
	document.body.dataset.ready = 'true';
	await state.api.rpc.chain.subscribeNewHeads(async () => {
		await refresh();
	});
}

main().catch((e) => {
	$('#status').textContent = `Cannot reach the node at ${RPC}: ${e.message}`;
	$('#status').className = 'error';
});
