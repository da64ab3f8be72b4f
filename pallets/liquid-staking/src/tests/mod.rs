mod allocation;
mod pools;
mod rewards;
mod staking;
mod unbonding;
