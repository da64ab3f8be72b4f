//! The native token: `pallet_balances`; `pallet_transaction_payment`, which computes the fees and
//! charges them in it; and `pallet_asset_conversion_tx_payment`, which lets a transaction pay the
//! same fee in any other coin of the chain that has a DEX pool with the native token.
//!
//! # Fees
//!
//! A signed transaction pays, in plancks of the native token (12 decimals):
//!
//! ```text
//! fee = WeightToFee(base) + TransactionByteFee · length + multiplier · WeightToFee(weight) + tip
//! ```
//!
//! - [`WeightToFee`] is linear in the weight's ref time: the base weight of an extrinsic
//!   (`ExtrinsicBaseWeight`, 88.7 µs as measured) costs [`BASE_EXTRINSIC_FEE`], a tenth of a
//!   milli-unit, so each microsecond of compute costs about 1.13 micro-units.
//! - [`TransactionByteFee`] is 10 micro-units a byte, a tenth of what `deposit()` charges per byte
//!   of storage: a transfer of about 150 bytes pays about 1.5 milli-units for its length.
//! - Normal transactions may fill 75 % of the block's 2 seconds, 1.5 seconds: at a multiplier of
//!   one, a block filled with them pays about 1.39 units for its weight, and a block at the 25 %
//!   target about 0.35 units.
//!
//! The multiplier follows congestion as on Polkadot's relay chains ([`SlowAdjustingFeeUpdate`],
//! `TargetedFeeAdjustment` with the values of polkadot-runtime-common): after each block it is
//! multiplied by `1 + v·d + (v·d)²/2`, where `d` is how far the block's normal weight was from
//! [`TargetBlockFullness`] (25 % of the normal capacity), as a fraction of that capacity, and
//! `v` is [`AdjustmentVariable`] (0.000075). A run of full blocks raises fees by about 0.0056 %
//! a block: × 2.25 a day of 14,400 blocks, × 10 in under three days. Empty blocks lower them by
//! about 0.0019 % a block, × 0.76 a day, down to [`MinimumMultiplier`] (a tenth), reached from
//! one after about eight and a half days of empty blocks; [`MaximumMultiplier`] does not bound
//! them. The multiplier starts at one.
//!
//! Fees and tips are burned (`FungibleAdapter<Balances, ()>`). An operational transaction pays
//! the same fee but is prioritised as if it paid five times as much (`OperationalFeeMultiplier`).
//!
//! # Fees in other coins
//!
//! A signed transaction names the coin it pays in with the `ChargeAssetTxPayment` extension's
//! `asset_id` (polkadot.js: the `assetId` option of `signAndSend`): none, the native token, or
//! any [`DexAsset`] (a wrapped coin, a cert token, a pool's bond token) with a DEX pool against
//! the native token. The fee is the native fee above; [`SwapAssetAdapter`] quotes what it costs
//! in the coin through that pool (`quote_price_tokens_for_exact_tokens`, the pool's 0.3 % in),
//! takes that much of the coin from the account (never its last minimum balance), swaps it in
//! the pool for exactly the native fee, and burns the native fee, as a fee in the native token
//! is burned. After dispatch, the unused part of the fee is swapped back through the same pool
//! and returned in the coin. This is how Polkadot's Asset Hub lets its users pay in any coin.
//!
//! So an account that holds only a wrapped coin (it exists through the coin, a sufficient asset)
//! can send every call without holding the native token. A transaction naming a coin with no
//! pool, or an account that cannot pay the quoted amount, is refused before it is dispatched
//! (`InvalidTransaction::Payment`): it is not included and changes nothing. The pools the fees
//! swap through are ordinary DEX pools: their price is the market's, and the `development`
//! preset creates one for every coin of the chain.

use crate::{
	configs::dex::{DexAsset, DexAssets, NativeAsset},
	weights::ExtrinsicBaseWeight,
	AssetConversion, Balance, Balances, Runtime, RuntimeEvent, RuntimeFreezeReason,
	RuntimeHoldReason, System, EXISTENTIAL_DEPOSIT, MICRO_UNIT, MILLI_UNIT,
};
use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU32, ConstU8, VariantCountOf},
	weights::{
		ConstantMultiplier, WeightToFeeCoefficient, WeightToFeeCoefficients, WeightToFeePolynomial,
	},
};
use pallet_asset_conversion_tx_payment::SwapAssetAdapter;
use pallet_transaction_payment::{FungibleAdapter, Multiplier, TargetedFeeAdjustment};
use sp_runtime::{traits::Bounded, FixedPointNumber, Perbill, Perquintill};

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

/// What the base weight of an extrinsic (`ExtrinsicBaseWeight`) costs: a tenth of a milli-unit.
pub const BASE_EXTRINSIC_FEE: Balance = MILLI_UNIT / 10;

/// Weight to fee: one coefficient, of degree one, that maps `ExtrinsicBaseWeight` to
/// [`BASE_EXTRINSIC_FEE`] (only the ref time is charged; the proof size is not).
pub struct WeightToFee;
impl WeightToFeePolynomial for WeightToFee {
	type Balance = Balance;
	fn polynomial() -> WeightToFeeCoefficients<Self::Balance> {
		let p = BASE_EXTRINSIC_FEE;
		let q = Balance::from(ExtrinsicBaseWeight::get().ref_time());
		[WeightToFeeCoefficient {
			degree: 1,
			negative: false,
			coeff_frac: Perbill::from_rational(p % q, q),
			coeff_integer: p / q,
		}]
		.into_iter()
		.collect()
	}
}

parameter_types! {
	/// What a byte of a transaction costs: 10 micro-units, a tenth of a byte's storage deposit.
	pub const TransactionByteFee: Balance = 10 * MICRO_UNIT;
	/// The fullness of the normal capacity that keeps the multiplier where it is: fuller blocks
	/// raise it, emptier ones lower it.
	pub const TargetBlockFullness: Perquintill = Perquintill::from_percent(25);
	/// How fast the multiplier moves: 0.000075 per block and unit of distance from the target.
	pub AdjustmentVariable: Multiplier = Multiplier::saturating_from_rational(75, 1_000_000);
	/// The lowest multiplier: fees never fall below a tenth of their unadjusted value.
	pub MinimumMultiplier: Multiplier = Multiplier::saturating_from_rational(1, 10u128);
	/// No highest multiplier.
	pub MaximumMultiplier: Multiplier = Bounded::max_value();
}

/// The multiplier's update after each block (polkadot-runtime-common's values).
pub type SlowAdjustingFeeUpdate<R> = TargetedFeeAdjustment<
	R,
	TargetBlockFullness,
	AdjustmentVariable,
	MinimumMultiplier,
	MaximumMultiplier,
>;

/// Fees in the native token, burned: see the module's docs.
impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = WeightToFee;
	type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = SlowAdjustingFeeUpdate<Runtime>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

/// Fees in any coin with a pool against the native token, swapped to the native fee and burned:
/// see the module's docs.
impl pallet_asset_conversion_tx_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AssetId = DexAsset;
	type OnChargeAssetTransaction = SwapAssetAdapter<NativeAsset, DexAssets, AssetConversion, ()>;
	type WeightInfo = crate::weights::pallet_asset_conversion_tx_payment::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::configs::dex::DexBenchmarkHelper;
}
