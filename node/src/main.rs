//! `liquid-staking-node`: the node of the liquid-staking runtime.
//!
//! This build describes the runtime it carries: its version, its Wasm blob and its genesis
//! presets; `export-runtime <file>` writes the compact Wasm blob, and `preset <name>` prints a
//! genesis preset as JSON.

use liquid_staking_runtime::{genesis_config_presets, VERSION, WASM_BINARY};
use std::process::ExitCode;

fn main() -> ExitCode {
	let args: Vec<String> = std::env::args().skip(1).collect();
	match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
		[] | ["info"] => {
			println!("runtime: {} (spec version {})", VERSION.spec_name, VERSION.spec_version);
			match WASM_BINARY {
				Some(blob) => println!("wasm: compact blob of {} bytes", blob.len()),
				None => println!("wasm: not built (SKIP_WASM_BUILD was set)"),
			}
			for name in genesis_config_presets::preset_names() {
				println!("preset: {}", String::from_utf8_lossy(name.as_ref()));
			}
			ExitCode::SUCCESS
		},
		["export-runtime", path] => match WASM_BINARY {
			Some(blob) => match std::fs::write(path, blob) {
				Ok(()) => ExitCode::SUCCESS,
				Err(e) => {
					eprintln!("cannot write {path}: {e}");
					ExitCode::FAILURE
				},
			},
			None => {
				eprintln!("the runtime's Wasm was not built");
				ExitCode::FAILURE
			},
		},
		["preset", name] => match genesis_config_presets::get_preset(&(*name).into()) {
			Some(json) => {
				println!("{}", String::from_utf8_lossy(&json));
				ExitCode::SUCCESS
			},
			None => {
				eprintln!("no preset named {name}");
				ExitCode::FAILURE
			},
		},
		_ => {
			eprintln!("usage: liquid-staking-node [info | export-runtime <file> | preset <name>]");
			ExitCode::FAILURE
		},
	}
}
