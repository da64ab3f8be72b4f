// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Address} from "@openzeppelin/contracts/utils/Address.sol";

import {IStakeCredit} from "../interfaces/IStakeCredit.sol";
import {IStakeHub} from "../interfaces/IStakeHub.sol";
import {IStakingAdapter} from "../interfaces/IStakingAdapter.sol";

/// @title Staking adapter for BNB Smart Chain's StakeHub
/// @notice Delegates a native-BNB vault's coins with the StakeHub system contract. A validator is
/// identified by its operator address. Rewards compound into the validator's pool (a share's BNB
/// value grows), so `rewards` is always 0 and `staked` includes them. Claimed BNB, paid by the
/// validator's StakeCredit contract, goes straight on to the vault.
contract BscStakeHubAdapter is IStakingAdapter {
    /// @notice A constructor argument is the zero address.
    error ZeroAddress();
    /// @notice `delegate` was called with a value other than the amount.
    error ValueMismatch(uint256 value, uint256 amount);
    /// @notice The StakeHub has no validator with this operator address.
    error UnknownValidator(address validator);
    /// @notice The amount is worth no share, or the adapter holds none with the validator.
    error NothingToUndelegate(address validator, uint256 amount);
    /// @notice BNB came from an address other than the paying StakeCredit contract or the
    /// StakeHub, or outside a claim.
    error UnexpectedSender(address sender);

    /// @inheritdoc IStakingAdapter
    address public immutable vault;
    /// @notice The StakeHub system contract (0x0000000000000000000000000000000000002002 on BNB Smart Chain).
    IStakeHub public immutable stakeHub;

    /// @dev The StakeCredit contract whose claim is under way; zero outside `claim`.
    address private _payer;

    modifier onlyVault() {
        if (msg.sender != vault) revert NotVault();
        _;
    }

    /// @param vault_ The vault allowed to call the adapter's operations and paid every claim.
    /// @param stakeHub_ The StakeHub system contract.
    constructor(address vault_, IStakeHub stakeHub_) {
        if (vault_ == address(0) || address(stakeHub_) == address(0)) revert ZeroAddress();
        vault = vault_;
        stakeHub = stakeHub_;
    }

    /// @notice Accepts BNB only while a claim is under way, from the validator's StakeCredit
    /// contract (which pays claims on BNB Smart Chain, with a small gas stipend) or the StakeHub.
    /// @dev Must fit in the StakeCredit's 5000-gas stipend (the StakeHub's `transferGasLimit`): it
    /// does one SLOAD, warm because `claim` wrote `_payer` just before, and compares addresses
    /// (`stakeHub` is an immutable, not read from storage). Forwarding to the vault is left to
    /// `claim`, after the StakeHub call returns.
    receive() external payable {
        address payer = _payer;
        if (payer == address(0) || (msg.sender != payer && msg.sender != address(stakeHub))) {
            revert UnexpectedSender(msg.sender);
        }
    }

    /// @inheritdoc IStakingAdapter
    /// @dev Delegates without the vote power (`delegateVotePower = false`). The StakeHub reverts
    /// below its `minDelegationBNBChange()`.
    function delegate(address validator, uint256 amount) external payable onlyVault {
        if (msg.value != amount) revert ValueMismatch(msg.value, amount);
        stakeHub.delegate{value: amount}(validator, false);
        emit Delegated(validator, amount);
    }

    /// @inheritdoc IStakingAdapter
    /// @dev An amount at or above `staked(validator)` undelegates everything: all the adapter's
    /// shares, including the last one that `getSharesByPooledBNB(staked(validator))` can round
    /// away. A smaller amount undelegates the shares it is worth (rounded down, so up to one
    /// share's worth less than `amount`), capped at the adapter's shares. The event reports the
    /// BNB the undelegated shares are worth, which is what the unbond request will pay.
    function undelegate(address validator, uint256 amount) external onlyVault {
        IStakeCredit credit = _credit(validator);
        uint256 held = credit.balanceOf(address(this));
        uint256 shares;
        if (amount >= credit.getPooledBNB(address(this))) {
            shares = held;
        } else {
            shares = credit.getSharesByPooledBNB(amount);
            if (shares > held) shares = held;
        }
        if (shares == 0) revert NothingToUndelegate(validator, amount);
        uint256 bnb = credit.getPooledBNBByShares(shares);
        stakeHub.undelegate(validator, shares);
        emit Undelegated(validator, bnb);
    }

    /// @inheritdoc IStakingAdapter
    /// @dev Claims every matured unbond request with the validator, if any (without calling the
    /// StakeHub when none has matured), then sends the adapter's whole BNB balance to the vault:
    /// what the claim paid, and any BNB forced in without running `receive` (by SELFDESTRUCT, for
    /// instance), which would otherwise stay in the adapter. Returns what was sent.
    function claim(address validator) external onlyVault returns (uint256 claimed) {
        IStakeCredit credit = _credit(validator);
        if (credit.claimableUnbondRequest(address(this)) > 0) {
            _payer = address(credit);
            stakeHub.claim(validator, 0);
            _payer = address(0);
        }
        claimed = address(this).balance;
        if (claimed > 0) Address.sendValue(payable(vault), claimed);
        emit Claimed(validator, claimed);
    }

    /// @inheritdoc IStakingAdapter
    function staked(address validator) external view returns (uint256) {
        return _credit(validator).getPooledBNB(address(this));
    }

    /// @inheritdoc IStakingAdapter
    function unbonding(address validator) external view returns (uint256) {
        return _credit(validator).lockedBNBs(address(this), 0);
    }

    /// @inheritdoc IStakingAdapter
    /// @dev Always 0: BNB Smart Chain compounds rewards into the validator's pool.
    function rewards(address validator) external view returns (uint256) {
        _credit(validator);
        return 0;
    }

    /// @dev The validator's StakeCredit contract; reverts for an unknown operator address.
    function _credit(address validator) private view returns (IStakeCredit credit) {
        credit = IStakeCredit(stakeHub.getValidatorCreditContract(validator));
        if (address(credit) == address(0)) revert UnknownValidator(validator);
    }
}
