//! `pallet_timestamp`: the time of each block, set by its inherent.

use crate::{Runtime, MILLI_SECS_PER_BLOCK};
use frame_support::traits::ConstU64;

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = ();
	type MinimumPeriod = ConstU64<{ MILLI_SECS_PER_BLOCK / 2 }>;
	type WeightInfo = pallet_timestamp::weights::SubstrateWeight<Runtime>;
}
