mod allocation;
mod bridge;
mod pools;
mod rewards;
mod staking;
mod unbonding;
