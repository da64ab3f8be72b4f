//! The pallets whose benchmarks the runtime carries (built with `runtime-benchmarks`).
//!
//! `liquid-staking-node benchmark pallet --runtime <wasm> --pallet <name> --extrinsic <name>` runs
//! them; `scripts/bench-compare.sh` runs the liquid-staking calls next to `pallet_balances` and
//! `pallet_assets` in one run.

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[cumulus_pallet_weight_reclaim, WeightReclaim]
	[pallet_balances, Balances]
	[pallet_assets, Assets]
	[pallet_asset_conversion_tx_payment, AssetTxPayment]
	[pallet_liquid_staking, LiquidStaking]
	[pallet_liquid_staking_bridge, LiquidStakingBridge]
);

impl frame_system_benchmarking::Config for crate::Runtime {}
impl frame_benchmarking::baseline::Config for crate::Runtime {}
