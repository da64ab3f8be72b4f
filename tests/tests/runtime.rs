//! The runtime: its Wasm blob, its genesis presets, and blocks produced through the executive.

use frame_support::assert_ok;
use liquid_staking_integration_tests::{new_chain, signed, Chain};
use liquid_staking_runtime::{
	genesis_config_presets::ENDOWMENT, Balances, BalancesCall, RuntimeCall, System, UNIT, VERSION,
	WASM_BINARY,
};
use sp_keyring::Sr25519Keyring::{Alice, Bob};

/// Reads one unsigned LEB128 number.
fn leb128(bytes: &[u8], pos: &mut usize) -> u64 {
	let (mut value, mut shift) = (0u64, 0);
	loop {
		let byte = bytes[*pos];
		*pos += 1;
		value |= u64::from(byte & 0x7f) << shift;
		if byte & 0x80 == 0 {
			return value;
		}
		shift += 7;
	}
}

/// The payload of the Wasm custom section `name`, if the module has it.
fn custom_section<'a>(module: &'a [u8], name: &str) -> Option<&'a [u8]> {
	let mut pos = 8; // magic and version
	while pos < module.len() {
		let id = module[pos];
		pos += 1;
		let size = leb128(module, &mut pos) as usize;
		let end = pos + size;
		if id == 0 {
			let mut p = pos;
			let name_len = leb128(module, &mut p) as usize;
			if &module[p..p + name_len] == name.as_bytes() {
				return Some(&module[p + name_len..end]);
			}
		}
		pos = end;
	}
	None
}

#[test]
fn the_wasm_blob_is_built_and_carries_the_runtime_version() {
	let blob = WASM_BINARY.expect("the runtime's Wasm is built (no SKIP_WASM_BUILD)");
	let module = sp_maybe_compressed_blob::decompress(blob, 64 * 1024 * 1024)
		.expect("the blob decompresses");
	// Release builds embed the compact, compressed blob; debug builds the plain one.
	assert_eq!(&module[..4], b"\0asm", "the blob is a Wasm module");

	let section = custom_section(&module, "runtime_version").expect("the version is embedded");
	let version = sp_version::RuntimeVersion::decode_with_version_hint(
		&mut &section[..],
		sp_version::core_version_from_apis(&VERSION.apis),
	)
	.expect("the embedded version decodes");
	// The APIs are embedded in a section of their own: (8-byte id, u32 version) entries.
	let apis = custom_section(&module, "runtime_apis").expect("the APIs are embedded");
	assert_eq!(apis.len() % 12, 0);
	let mut embedded: Vec<([u8; 8], u32)> = apis
		.chunks(12)
		.map(|c| (c[..8].try_into().unwrap(), u32::from_le_bytes(c[8..].try_into().unwrap())))
		.collect();
	let mut expected = VERSION.apis.to_vec();
	embedded.sort();
	expected.sort();
	assert_eq!(embedded, expected);
	assert_eq!(version, sp_version::RuntimeVersion { apis: Default::default(), ..VERSION });
}

#[test]
fn both_presets_build_and_endow_the_dev_accounts() {
	for preset in ["development", "local_testnet"] {
		new_chain(preset).execute_with(|| {
			assert_eq!(Balances::free_balance(Alice.to_account_id()), ENDOWMENT);
			assert_eq!(Balances::free_balance(Bob.to_account_id()), ENDOWMENT);
		});
	}
}

#[test]
fn blocks_are_produced_and_a_signed_transfer_is_applied() {
	new_chain("development").execute_with(|| {
		Chain::advance(2);
		assert_eq!(System::block_number(), 2);

		let transfer = RuntimeCall::Balances(BalancesCall::transfer_keep_alive {
			dest: Bob.to_account_id().into(),
			value: 10 * UNIT,
		});
		let results = Chain::block_with(vec![signed(Alice, transfer)]);
		assert_eq!(results.len(), 1);
		assert_ok!(results[0].expect("the transaction is valid"));

		assert_eq!(Balances::free_balance(Bob.to_account_id()), ENDOWMENT + 10 * UNIT);
		// Alice paid the transfer and a fee.
		assert!(Balances::free_balance(Alice.to_account_id()) < ENDOWMENT - 10 * UNIT);
		assert_eq!(System::account_nonce(Alice.to_account_id()), 1);
	});
}
