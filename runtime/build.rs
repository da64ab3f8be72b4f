fn main() {
	#[cfg(feature = "std")]
	{
		// The Wasm is built by a cargo of its own, which would inherit a lint wrapper of the
		// native build (`scripts/test.sh` compiles the workspace through clippy-driver): the
		// Wasm build compiles with plain rustc, its toolchain's.
		std::env::remove_var("RUSTC_WORKSPACE_WRAPPER");
		std::env::remove_var("CLIPPY_ARGS");
		let builder = substrate_wasm_builder::WasmBuilder::init_with_defaults();
		// The end-to-end runtime's blob has its own name, so that building it never overwrites
		// the real runtime's blob in the shared target directory (and the other way round).
		#[cfg(feature = "fast-runtime")]
		let builder = builder.set_file_name("fast_runtime_wasm.rs");
		builder.build();
	}
}
