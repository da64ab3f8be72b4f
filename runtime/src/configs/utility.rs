//! `pallet_utility`: batches and derivative dispatches.

use crate::{OriginCaller, Runtime, RuntimeCall, RuntimeEvent};

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}
