mod pools;
mod rewards;
mod staking;
mod unbonding;
