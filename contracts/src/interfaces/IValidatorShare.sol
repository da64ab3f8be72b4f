// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title Polygon PoS's ValidatorShare on Ethereum (the subset a delegator uses)
/// @notice One contract per validator, through which delegators stake with the StakeManager. A
/// delegator holds shares priced by `exchangeRate()`; rewards are not compounded into them but
/// accrue as liquid rewards, paid by `withdrawRewards` and automatically whenever the delegator buys
/// or sells vouchers. Unbondings are kept per delegator under increasing nonces, in shares of the
/// withdraw pool priced by `withdrawExchangeRate()`. Both rates are scaled by a precision of 10^29
/// (`EXCHANGE_RATE_HIGH_PRECISION`), or 100 for the foundation validators, ids 1 to 7.
/// Since the MATIC-to-POL migration the StakeManager holds POL: the functions without a `POL`
/// suffix take and pay the legacy MATIC token, converted 1:1 through PolygonMigration, and their
/// `…POL` twins take and pay POL.
interface IValidatorShare {
    /// @notice Delegates `_amount` tokens: pays the caller's liquid rewards, mints shares, and has the
    /// StakeManager pull the tokens from the caller (`transferFrom(caller, stakeManager, amount)`).
    /// @param _amount The tokens to delegate.
    /// @param _minSharesToMint The fewest shares to accept.
    /// @return amountToDeposit The tokens actually pulled: `_amount` rounded down to whole shares.
    function buyVoucher(uint256 _amount, uint256 _minSharesToMint) external returns (uint256 amountToDeposit);

    /// @notice Starts unbonding `claimAmount` tokens: pays the caller's liquid rewards, burns the
    /// shares and records an unbonding under the caller's next nonce (`unbondNonces(caller)` after).
    /// @param claimAmount The tokens to unbond, at most the caller's stake.
    /// @param maximumSharesToBurn The most shares to burn.
    function sellVoucher_new(uint256 claimAmount, uint256 maximumSharesToBurn) external;

    /// @notice Pays the caller the unbonding recorded under `unbondNonce` once its withdrawal delay
    /// passed (`withdrawEpoch + withdrawalDelay() <= epoch()`).
    function unstakeClaimTokens_new(uint256 unbondNonce) external;

    /// @notice Pays the caller its liquid rewards.
    function withdrawRewards() external;

    /// @notice `buyVoucher`'s twin that takes POL: the StakeManager pulls POL from the caller, and
    /// the caller's liquid rewards are paid in POL.
    function buyVoucherPOL(uint256 _amount, uint256 _minSharesToMint) external returns (uint256 amountToDeposit);

    /// @notice `sellVoucher_new`'s twin that pays the caller's liquid rewards in POL; the unbonding
    /// is recorded under the same nonces.
    function sellVoucher_newPOL(uint256 claimAmount, uint256 maximumSharesToBurn) external;

    /// @notice `unstakeClaimTokens_new`'s twin that pays the unbonding in POL.
    function unstakeClaimTokens_newPOL(uint256 unbondNonce) external;

    /// @notice `withdrawRewards`'s twin that pays the liquid rewards in POL.
    function withdrawRewardsPOL() external;

    /// @notice The tokens `user`'s shares are worth, and the exchange rate used.
    function getTotalStake(address user) external view returns (uint256, uint256);

    /// @notice The rewards `user` can withdraw now.
    function getLiquidRewards(address user) external view returns (uint256);

    /// @notice The last unbond nonce used by `user` (0 before its first unbonding).
    function unbondNonces(address user) external view returns (uint256);

    /// @notice `user`'s unbonding under `nonce`: withdraw-pool shares and the epoch it started in.
    function unbonds_new(address user, uint256 nonce) external view returns (uint256 shares, uint256 withdrawEpoch);

    /// @notice The StakeManager this ValidatorShare stakes with.
    function stakeManager() external view returns (address);

    /// @notice The validator's id in the StakeManager (it decides the rate precision: 100 below 8,
    /// 10^29 from 8 on).
    function validatorId() external view returns (uint256);

    /// @notice Tokens per share, scaled by the rate precision.
    function exchangeRate() external view returns (uint256);

    /// @notice Tokens per withdraw-pool share, scaled by the rate precision.
    function withdrawExchangeRate() external view returns (uint256);
}
