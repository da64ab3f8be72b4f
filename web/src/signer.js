// The signer: where the page's accounts come from and who signs its transactions.
//
// This module serves the development chain: it holds the well-known dev accounts (//Alice,
// //Bob, ...) in memory and signs with them. A real deployment replaces this one module with a
// browser-extension signer exporting the same two functions, e.g. with @polkadot/extension-dapp:
//
//   export async function accounts() {
//     await web3Enable('Liquid staking');
//     return (await web3Accounts()).map((a) => ({ address: a.address, name: a.meta.name }));
//   }
//   export async function signAndSend(tx, address, onResult) {
//     const { signer } = await web3FromAddress(address);
//     return tx.signAndSend(address, { signer, nonce: -1 }, onResult);
//   }

import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

const DEV_ACCOUNTS = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];

let pairs;

async function devPairs() {
	if (!pairs) {
		await cryptoWaitReady();
		const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
		pairs = new Map(
			DEV_ACCOUNTS.map((name) => {
				const pair = keyring.addFromUri(`//${name}`, { name });
				return [pair.address, { name, pair }];
			}),
		);
	}
	return pairs;
}

/** The accounts the page may use: `[{ address, name }]`. */
export async function accounts() {
	return [...(await devPairs()).entries()].map(([address, { name }]) => ({ address, name }));
}

/**
 * Signs `tx` as `address` and sends it; `onResult` gets each `SubmittableResult`. Resolves to the
 * unsubscribe function, as `signAndSend` does.
 */
export async function signAndSend(tx, address, onResult) {
	const entry = (await devPairs()).get(address);
	if (!entry) throw new Error(`no key for ${address}`);
	return tx.signAndSend(entry.pair, { nonce: -1 }, onResult);
}
