// The type of the fee coin a transaction names: shared by the page and the end-to-end tests
// (no imports: it only reads the API's registry).

/**
 * polkadot.js encodes the fee coin of `ChargeAssetTxPayment` (the `assetId` option of
 * `signAndSend`) as `TAssetConversion`, by default an XCM location (Asset Hub's fee coins). This
 * runtime names its fee coins with its own type (`DexAsset`: `{ Asset: id }`, `{ Bond: pool }`):
 * register the type the metadata gives the extension's `asset_id`, so that `assetId` encodes as
 * the runtime decodes it.
 */
export function registerFeeCoinType(api) {
	const ext = api.registry.metadata.extrinsic;
	const extensions = ext.transactionExtensions ?? ext.signedExtensions;
	const charge = extensions.find((e) => e.identifier.toString() === 'ChargeAssetTxPayment');
	if (!charge) return;
	const fields = api.registry.lookup.getSiType(charge.type).def.asComposite.fields;
	const assetId = fields.find((f) => f.name.unwrap().toString() === 'asset_id');
	api.registry.register({ TAssetConversion: api.registry.lookup.getTypeDef(assetId.type).type });
}
