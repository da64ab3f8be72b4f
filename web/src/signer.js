// The signer: where the page's accounts come from and who signs its transactions.
//
// A browser wallet first: any extension that injects the standard `window.injectedWeb3`
// providers (polkadot{.js}, Talisman, SubWallet, ...), through @polkadot/extension-dapp. The
// page asks each wallet to enable it, lists the accounts the wallets share, and has the wallet
// that holds an account sign for it (the wallet shows the transaction, its fee coin included).
//
// Without a wallet, on a development chain only, the well-known dev accounts (//Alice, //Bob, ...)
// are held in memory and sign: the page stays usable against the dev node with no extension.

import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

const DEV_ACCOUNTS = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];
const APP_NAME = 'Liquid staking';

/** @polkadot/extension-dapp, loaded when a wallet is there (it reads `window` as it loads). */
const dapp = () => import('@polkadot/extension-dapp');

/** The dev keys, by address (only once the page fell back to them). */
let devPairs = null;

async function loadDevPairs() {
	await cryptoWaitReady();
	const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
	return new Map(
		DEV_ACCOUNTS.map((name) => {
			const pair = keyring.addFromUri(`//${name}`, { name });
			return [pair.address, { name, pair }];
		}),
	);
}

/** Whether a wallet extension injected itself into the page. */
export function hasWallet() {
	return typeof window !== 'undefined' && Object.keys(window.injectedWeb3 || {}).length > 0;
}

/**
 * The accounts the page may use: `[{ address, name, source }]`. A wallet's accounts, `source`
 * the wallet's name; without a wallet, on a development chain (`devChain`), the dev accounts,
 * `source` 'dev key'; otherwise none.
 */
export async function accounts({ devChain }) {
	if (hasWallet()) {
		const { web3Accounts, web3Enable } = await dapp();
		const wallets = await web3Enable(APP_NAME);
		if (wallets.length > 0) {
			const list = await web3Accounts();
			return list.map((a) => ({ address: a.address, name: a.meta.name || a.address.slice(0, 8), source: a.meta.source }));
		}
	}
	if (!devChain) return [];
	devPairs = devPairs ?? (await loadDevPairs());
	return [...devPairs.entries()].map(([address, { name }]) => ({ address, name, source: 'dev key' }));
}

/**
 * Signs `tx` as `address` with the `signAndSend` `options` (the fee coin: `assetId`) and sends
 * it; `onResult` gets each `SubmittableResult`. The wallet that holds `address` signs, or its dev
 * key. Resolves to the unsubscribe function, as `signAndSend` does.
 */
export async function signAndSend(tx, address, options, onResult) {
	const dev = devPairs?.get(address);
	if (dev) return tx.signAndSend(dev.pair, { nonce: -1, ...options }, onResult);
	const { web3FromAddress } = await dapp();
	const { signer } = await web3FromAddress(address);
	return tx.signAndSend(address, { signer, nonce: -1, ...options }, onResult);
}
