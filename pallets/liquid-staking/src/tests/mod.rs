mod allocation;
mod hardening;
mod pools;
mod previews;
mod properties;
mod rewards;
mod staking;
mod unbonding;
