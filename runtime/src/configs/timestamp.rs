//! `pallet_timestamp`: the time of each block, set by its inherent.

use crate::{Aura, Runtime};
use frame_support::traits::ConstU64;

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	/// Aura checks that the timestamp is in the block's slot.
	type OnTimestampSet = Aura;
	/// No minimum: the slot (6 seconds) spaces the blocks.
	type MinimumPeriod = ConstU64<0>;
	type WeightInfo = pallet_timestamp::weights::SubstrateWeight<Runtime>;
}
