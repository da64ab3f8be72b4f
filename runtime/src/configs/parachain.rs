//! The parachain: `cumulus_pallet_parachain_system` (the relay chain's validation data, async
//! backing, upgrades), `parachain_info` (the para id), `cumulus_pallet_weight_reclaim` and
//! `pallet_message_queue` (the XCM messages from the relay chain and the sibling parachains).
//!
//! [`RelayClock`] is the clock of every pallet that counts time: the relay chain's block number,
//! as of the relay parent of the block being built.

use super::RuntimeBlockWeights;
use crate::{
	MessageQueue, Runtime, RuntimeEvent, XcmpQueue, BLOCK_PROCESSING_VELOCITY,
	RELAY_CHAIN_SLOT_DURATION_MILLIS, UNINCLUDED_SEGMENT_CAPACITY,
};
use cumulus_pallet_parachain_system::RelayNumberMonotonicallyIncreases;
use cumulus_primitives_core::AggregateMessageOrigin;
use frame_support::{parameter_types, weights::Weight};
use sp_runtime::Perbill;

/// The relay chain's block number, the clock of the scheduler, referenda, conviction voting,
/// the liquid-staking pallet and its bridge.
///
/// Inside a block's extrinsics it is the number of the block's relay parent (set by the
/// `set_validation_data` inherent, the block's first extrinsic); in `on_initialize`, before that
/// inherent, it is the previous block's relay parent. The scheduler reads it in
/// `on_initialize`, and services every agenda up to it, including the relay blocks the
/// parachain skipped: a bucket due at relay block `r` is matured in the first parachain block
/// whose parent was built on a relay parent at or after `r` (and anyone may mature it with
/// `mature` as soon as a block's relay parent reaches `r`).
pub type RelayClock = cumulus_pallet_parachain_system::RelaychainDataProvider<Runtime>;

parameter_types! {
	/// A quarter of a block for the messages from the relay chain, and a quarter for the ones
	/// from the sibling parachains.
	pub ReservedXcmpWeight: Weight = RuntimeBlockWeights::get().max_block.saturating_div(4);
	pub ReservedDmpWeight: Weight = RuntimeBlockWeights::get().max_block.saturating_div(4);
	pub const RelayOrigin: AggregateMessageOrigin = AggregateMessageOrigin::Parent;
}

/// Starts the scheduler's relay clock at the chain's first relay parent.
///
/// The scheduler services every relay block's agenda from the last one it serviced, a bounded
/// number per block. In the chain's first block its `on_initialize` runs before any relay parent
/// is known (the clock reads 0), and it would then walk from relay block 1 to today's relay block
/// (tens of millions on a live relay chain), one bounded stretch per block, before serving
/// anything. No agenda lies before the chain's first relay parent, so the first block's
/// validation data moves the scheduler's start to it. From then on the clock only advances by
/// the relay blocks between consecutive parachain blocks.
pub struct StartSchedulerAtFirstRelayParent;
impl cumulus_pallet_parachain_system::OnSystemEvent for StartSchedulerAtFirstRelayParent {
	fn on_validation_data(data: &cumulus_primitives_core::PersistedValidationData) {
		// 0 until the end of the chain's first block.
		if cumulus_pallet_parachain_system::LastRelayChainBlockNumber::<Runtime>::get() == 0 {
			pallet_scheduler::IncompleteSince::<Runtime>::put(data.relay_parent_number);
		}
	}

	fn on_validation_code_applied() {}

	fn on_relay_state_proof(_: &cumulus_pallet_parachain_system::RelayChainStateProof) -> Weight {
		Weight::zero()
	}
}

impl cumulus_pallet_parachain_system::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// The scheduler's relay clock starts at the first relay parent.
	type OnSystemEvent = StartSchedulerAtFirstRelayParent;
	type SelfParaId = parachain_info::Pallet<Runtime>;
	type OutboundXcmpMessageSource = XcmpQueue;
	type DmpQueue = frame_support::traits::EnqueueWithOrigin<MessageQueue, RelayOrigin>;
	type ReservedDmpWeight = ReservedDmpWeight;
	type XcmpMessageHandler = XcmpQueue;
	type ReservedXcmpWeight = ReservedXcmpWeight;
	/// Async backing: consecutive blocks may share a relay parent.
	type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
	/// 6-second blocks, one per relay block, at most three built ahead of their inclusion.
	type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
		Runtime,
		RELAY_CHAIN_SLOT_DURATION_MILLIS,
		BLOCK_PROCESSING_VELOCITY,
		UNINCLUDED_SEGMENT_CAPACITY,
	>;
	type WeightInfo = cumulus_pallet_parachain_system::weights::SubstrateWeight<Runtime>;
	/// Blocks are built on the newest relay block.
	type RelayParentOffset = frame_support::traits::ConstU32<0>;
	type SchedulingSignatureVerifier = ();
}

impl parachain_info::Config for Runtime {}

impl cumulus_pallet_weight_reclaim::Config for Runtime {
	type WeightInfo = crate::weights::cumulus_pallet_weight_reclaim::WeightInfo<Runtime>;
}

parameter_types! {
	/// At most 35 % of a block services the message queues.
	pub MessageQueueServiceWeight: Weight =
		Perbill::from_percent(35) * RuntimeBlockWeights::get().max_block;
}

impl pallet_message_queue::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_message_queue::weights::SubstrateWeight<Runtime>;
	/// The messages execute in the XCM executor, in every build (the runtime carries no
	/// benchmarks of the message queue, which would need a no-op processor).
	type MessageProcessor = xcm_builder::ProcessXcmMessage<
		AggregateMessageOrigin,
		xcm_executor::XcmExecutor<super::xcm_config::XcmConfig>,
		crate::RuntimeCall,
	>;
	type Size = u32;
	/// The XCMP queue handles only the `Sibling(ParaId)` origins.
	type QueueChangeHandler = parachains_common::message_queue::NarrowOriginToSibling<XcmpQueue>;
	type QueuePausedQuery = parachains_common::message_queue::NarrowOriginToSibling<XcmpQueue>;
	type HeapSize = sp_core::ConstU32<{ 103 * 1024 }>;
	type MaxStale = sp_core::ConstU32<8>;
	type ServiceWeight = MessageQueueServiceWeight;
	type IdleMaxServiceWeight = MessageQueueServiceWeight;
}
