// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {IStakeManager} from "../interfaces/IStakeManager.sol";
import {IStakingAdapter} from "../interfaces/IStakingAdapter.sol";
import {IValidatorShare} from "../interfaces/IValidatorShare.sol";

/// @title Staking adapter for Polygon PoS's ValidatorShare contracts on Ethereum
/// @notice Delegates an ERC-20 vault's tokens with Polygon PoS's staking contracts on Ethereum. A
/// validator is identified by its ValidatorShare contract's address, and the adapter only operates
/// with ValidatorShares of its own StakeManager (`UnknownValidator` otherwise). Rewards are not
/// compounded: they accrue as liquid rewards, paid to the adapter by `claim` and also whenever it
/// buys or sells vouchers. The adapter never keeps tokens: after each operation it sends
/// everything it holds of `token` to the vault.
///
/// Two modes, fixed at deployment (`pol()`):
/// - POL mode (`pol() == true`) calls `buyVoucherPOL`, `sellVoucher_newPOL`,
///   `unstakeClaimTokens_newPOL` and `withdrawRewardsPOL`, which take and pay POL.
/// - MATIC mode (`pol() == false`) calls `buyVoucher`, `sellVoucher_new`,
///   `unstakeClaimTokens_new` and `withdrawRewards`, which take and pay the legacy MATIC token.
///
/// On Ethereum mainnet `StakeManager.token()` is POL. The MATIC functions convert through
/// PolygonMigration, which Polygon can lock. And anyone can make a ValidatorShare pay the adapter's
/// liquid rewards in POL (for example with a zero-value `transferPOL` of shares to the adapter), so
/// a MATIC-mode adapter can receive POL that it does not forward to the vault. Deploy the POL mode
/// with a POL vault. The MATIC mode exists for a MATIC vault.
/// @dev Each unbonding has its own nonce; the adapter keeps a bounded list of its open nonces per
/// validator so that `claim` and `unbonding` loop over at most `MAX_OPEN_UNBONDINGS` entries.
contract PolygonStakeAdapter is IStakingAdapter {
    using SafeERC20 for IERC20;

    /// @notice The most unbondings the adapter keeps open with one validator.
    uint256 public constant MAX_OPEN_UNBONDINGS = 32;
    /// @dev ValidatorShare's exchange-rate precision (`EXCHANGE_RATE_HIGH_PRECISION`).
    uint256 private constant _RATE_PRECISION = 10 ** 29;
    /// @dev ValidatorShare's exchange-rate precision for the foundation validators (ids below 8).
    uint256 private constant _FOUNDATION_RATE_PRECISION = 100;
    /// @dev The first validator id that uses `_RATE_PRECISION`.
    uint256 private constant _FIRST_HIGH_PRECISION_ID = 8;

    /// @notice A constructor argument is the zero address.
    error ZeroAddress();
    /// @notice `delegate` was sent a native-coin value; this adapter stakes an ERC-20.
    error UnexpectedValue(uint256 value);
    /// @notice The amount is zero.
    error ZeroAmount();
    /// @notice The adapter already has `MAX_OPEN_UNBONDINGS` unbondings open with the validator;
    /// claim the matured ones first.
    error TooManyUnbondings(address validator);
    /// @notice `validator` is not a ValidatorShare of `stakeManager`: its `stakeManager()` is
    /// another contract, or the StakeManager's `getValidatorContract(validatorId())` is not it.
    error UnknownValidator(address validator);

    /// @inheritdoc IStakingAdapter
    address public immutable vault;
    /// @notice The token the adapter stakes and pays to the vault: POL in POL mode, MATIC in MATIC
    /// mode.
    IERC20 public immutable token;
    /// @notice Polygon PoS's StakeManager: the only one whose ValidatorShares the adapter operates
    /// with, and the contract it approves to pull `token` on `delegate`.
    IStakeManager public immutable stakeManager;
    /// @notice True: the adapter calls the ValidatorShares' `…POL` functions (POL mode). False: it
    /// calls the functions without a suffix, which move the legacy MATIC token (MATIC mode).
    bool public immutable pol;

    /// @dev ValidatorShare => the adapter's unbond nonces with it not yet claimed.
    mapping(address validator => uint256[] nonces) private _openNonces;

    modifier onlyVault() {
        if (msg.sender != vault) revert NotVault();
        _;
    }

    /// @param vault_ The vault allowed to call the adapter's operations and paid everything it receives.
    /// @param token_ The staked token: POL if `pol_`, else the legacy MATIC token (the vault's token).
    /// @param stakeManager_ Polygon PoS's StakeManager on this chain.
    /// @param pol_ True for POL mode (the `…POL` functions), false for MATIC mode.
    constructor(address vault_, IERC20 token_, IStakeManager stakeManager_, bool pol_) {
        if (vault_ == address(0) || address(token_) == address(0) || address(stakeManager_) == address(0)) {
            revert ZeroAddress();
        }
        vault = vault_;
        token = token_;
        stakeManager = stakeManager_;
        pol = pol_;
    }

    /// @inheritdoc IStakingAdapter
    /// @dev Checks the validator, approves `stakeManager` for `amount` (it pulls the tokens) and buys
    /// vouchers (`buyVoucherPOL` or `buyVoucher`) with no minimum of shares. The event reports the
    /// tokens actually deposited (`amount` rounded down to whole shares). The liquid rewards the
    /// purchase paid out, and any remainder it did not take, are sent to the vault and reported by
    /// a `Claimed` event.
    function delegate(address validator, uint256 amount) external payable onlyVault {
        if (msg.value != 0) revert UnexpectedValue(msg.value);
        if (amount == 0) revert ZeroAmount();
        IValidatorShare share = _validatorShare(validator);
        token.forceApprove(address(stakeManager), amount);
        uint256 deposited = pol ? share.buyVoucherPOL(amount, 0) : share.buyVoucher(amount, 0);
        if (deposited != amount) token.forceApprove(address(stakeManager), 0);
        emit Delegated(validator, deposited);
        _forwardAll(validator);
    }

    /// @inheritdoc IStakingAdapter
    /// @dev Checks the validator, sells vouchers for `amount` tokens (`sellVoucher_newPOL` or
    /// `sellVoucher_new`; reverts if it exceeds the stake) and records the new unbond nonce. The
    /// liquid rewards the sale paid out are sent to the vault and reported by a `Claimed` event.
    function undelegate(address validator, uint256 amount) external onlyVault {
        if (amount == 0) revert ZeroAmount();
        IValidatorShare share = _validatorShare(validator);
        uint256[] storage open = _openNonces[validator];
        if (open.length >= MAX_OPEN_UNBONDINGS) revert TooManyUnbondings(validator);
        if (pol) share.sellVoucher_newPOL(amount, type(uint256).max);
        else share.sellVoucher_new(amount, type(uint256).max);
        open.push(share.unbondNonces(address(this)));
        emit Undelegated(validator, amount);
        _forwardAll(validator);
    }

    /// @inheritdoc IStakingAdapter
    /// @dev Checks the validator, claims each open unbonding whose withdrawal delay has passed
    /// (`withdrawEpoch + withdrawalDelay() <= epoch()`, with `unstakeClaimTokens_newPOL` or
    /// `unstakeClaimTokens_new`) and keeps the others open, withdraws the liquid rewards if any
    /// (`withdrawRewardsPOL` or `withdrawRewards`), and sends everything the adapter holds to the
    /// vault.
    function claim(address validator) external onlyVault returns (uint256 claimed) {
        IValidatorShare share = _validatorShare(validator);
        uint256 currentEpoch = stakeManager.epoch();
        uint256 delay = stakeManager.withdrawalDelay();

        uint256[] storage open = _openNonces[validator];
        uint256 length = open.length;
        uint256 kept;
        for (uint256 i; i < length; ++i) {
            uint256 nonce = open[i];
            (uint256 shares, uint256 withdrawEpoch) = share.unbonds_new(address(this), nonce);
            if (shares == 0) continue; // nothing left under this nonce: drop it
            if (withdrawEpoch + delay <= currentEpoch) {
                if (pol) share.unstakeClaimTokens_newPOL(nonce);
                else share.unstakeClaimTokens_new(nonce);
            } else {
                if (kept != i) open[kept] = nonce;
                ++kept;
            }
        }
        while (open.length > kept) open.pop();

        if (share.getLiquidRewards(address(this)) > 0) {
            if (pol) share.withdrawRewardsPOL();
            else share.withdrawRewards();
        }

        claimed = token.balanceOf(address(this));
        if (claimed > 0) token.safeTransfer(vault, claimed);
        emit Claimed(validator, claimed);
    }

    /// @inheritdoc IStakingAdapter
    function staked(address validator) external view returns (uint256 stake) {
        (stake,) = IValidatorShare(validator).getTotalStake(address(this));
    }

    /// @inheritdoc IStakingAdapter
    /// @dev Sums, over the open nonces, `shares * withdrawExchangeRate() / precision`, rounded down
    /// per nonce as the unbonding is paid. The precision is ValidatorShare's: 10^29, or 100 for the
    /// foundation validators (ids below 8).
    function unbonding(address validator) external view returns (uint256 total) {
        IValidatorShare share = IValidatorShare(validator);
        uint256[] storage open = _openNonces[validator];
        uint256 length = open.length;
        if (length == 0) return 0;
        uint256 rate = share.withdrawExchangeRate();
        uint256 precision =
            share.validatorId() < _FIRST_HIGH_PRECISION_ID ? _FOUNDATION_RATE_PRECISION : _RATE_PRECISION;
        for (uint256 i; i < length; ++i) {
            (uint256 shares,) = share.unbonds_new(address(this), open[i]);
            total += shares * rate / precision;
        }
    }

    /// @inheritdoc IStakingAdapter
    function rewards(address validator) external view returns (uint256) {
        return IValidatorShare(validator).getLiquidRewards(address(this));
    }

    /// @notice The adapter's unbond nonces with `validator` not yet claimed, oldest first.
    function openUnbondNonces(address validator) external view returns (uint256[] memory) {
        return _openNonces[validator];
    }

    /// @dev `validator` as a ValidatorShare, after checking that it is one of `stakeManager`'s:
    /// its `stakeManager()` is `stakeManager`, and `stakeManager.getValidatorContract(validatorId())`
    /// is `validator`. Reverts `UnknownValidator` otherwise, also when `validator` has no code or
    /// either getter reverts or returns too little data.
    function _validatorShare(address validator) private view returns (IValidatorShare share) {
        share = IValidatorShare(validator);
        (bool ok, uint256 manager) = _staticWord(validator, abi.encodeCall(IValidatorShare.stakeManager, ()));
        if (!ok || manager != uint256(uint160(address(stakeManager)))) revert UnknownValidator(validator);
        uint256 validatorId;
        (ok, validatorId) = _staticWord(validator, abi.encodeCall(IValidatorShare.validatorId, ()));
        if (!ok || stakeManager.getValidatorContract(validatorId) != validator) revert UnknownValidator(validator);
    }

    /// @dev The first 32-byte word `target` returns for `data` by a static call; `ok` is false if
    /// the call reverted or returned fewer than 32 bytes.
    function _staticWord(address target, bytes memory data) private view returns (bool ok, uint256 word) {
        bytes memory returned;
        (ok, returned) = target.staticcall(data);
        if (!ok || returned.length < 32) return (false, 0);
        word = abi.decode(returned, (uint256));
    }

    /// @dev Sends every token the adapter holds (rewards a ValidatorShare paid out) to the vault.
    function _forwardAll(address validator) private {
        uint256 held = token.balanceOf(address(this));
        if (held > 0) {
            token.safeTransfer(vault, held);
            emit Claimed(validator, held);
        }
    }
}
