fn main() {
	#[cfg(feature = "std")]
	{
		let builder = substrate_wasm_builder::WasmBuilder::init_with_defaults();
		// The end-to-end runtime's blob has its own name, so that building it never overwrites
		// the real runtime's blob in the shared target directory (and the other way round).
		#[cfg(feature = "fast-runtime")]
		let builder = builder.set_file_name("fast_runtime_wasm.rs");
		builder.build();
	}
}
