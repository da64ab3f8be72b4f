mod allocation;
mod bridge;
mod pools;
mod properties;
mod rewards;
mod staking;
mod unbonding;
