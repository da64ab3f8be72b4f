//! The asset ids of `Assets` in the real runtime: the ids below `FIRST_USER_ASSET_ID` are the
//! runtime's (the wrapped coins, the cert tokens) and no signed account can create one; the ids
//! from it up are anyone's.

use frame_support::{
	assert_ok,
	traits::fungibles::{roles::Inspect as RolesInspect, Inspect},
};
use liquid_staking_integration_tests::{new_chain, signed, signed_all, Chain};
use liquid_staking_runtime::{
	configs::{AssetDeposit, FIRST_USER_ASSET_ID},
	genesis_config_presets::{CBNB, WBNB},
	AccountId, AssetId, Assets, Balances, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};
use sp_keyring::Sr25519Keyring::{Alice, Dave};
use sp_runtime::DispatchError;

fn create(id: AssetId, admin: &AccountId) -> RuntimeCall {
	RuntimeCall::Assets(pallet_assets::Call::create {
		id: id.into(),
		admin: admin.clone().into(),
		min_balance: 1,
	})
}

fn exists(id: AssetId) -> bool {
	<Assets as Inspect<AccountId>>::asset_exists(id)
}

#[test]
fn a_signed_account_cannot_create_an_id_of_the_runtime_s_range() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let dave = Dave.to_account_id();
		let reserved = Balances::reserved_balance(&dave);
		// 103: the cert id a pending `create_pool` referendum would name for a third pool.
		for id in [0, 4, 103, 500_000, FIRST_USER_ASSET_ID - 1] {
			assert!(!exists(id));
			let results = Chain::block_with(vec![signed(Dave, create(id, &dave))]);
			assert_eq!(results[0], Ok(Err(DispatchError::BadOrigin)), "id {id}");
			assert!(!exists(id), "id {id} was not created");
			assert!(!System::events().iter().any(|r| matches!(
				r.event,
				RuntimeEvent::Assets(pallet_assets::Event::Created { .. })
			)));
		}
		// The runtime's own assets: refused by origin too, before their existence is checked.
		for id in [WBNB, CBNB, liquid_staking_runtime::xcm_config::RELAY_TOKEN] {
			let owner = <Assets as RolesInspect<AccountId>>::owner(id);
			assert!(owner.is_some());
			let results = Chain::block_with(vec![signed(Dave, create(id, &dave))]);
			assert_eq!(results[0], Ok(Err(DispatchError::BadOrigin)));
			assert_eq!(<Assets as RolesInspect<AccountId>>::owner(id), owner);
		}
		// No deposit was taken: Dave paid only the transactions' fees.
		assert_eq!(Balances::reserved_balance(&dave), reserved);

		// Root (a referendum) still creates an id of the range, as the liquid-staking pallet
		// creates a pool's cert token.
		assert_ok!(Assets::force_create(
			RuntimeOrigin::root(),
			codec::Compact(103),
			Alice.to_account_id().into(),
			false,
			1
		));
		assert!(exists(103));
	});
}

#[test]
fn a_signed_account_creates_an_id_from_the_first_user_id_up() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let dave = Dave.to_account_id();
		let reserved = Balances::reserved_balance(&dave);
		let ids = [FIRST_USER_ASSET_ID, FIRST_USER_ASSET_ID + 1, 2 * FIRST_USER_ASSET_ID];
		let results =
			Chain::block_with(signed_all(Dave, ids.iter().map(|id| create(*id, &dave)).collect()));
		for (id, r) in ids.iter().zip(results) {
			assert_ok!(r.expect("the transaction is valid"));
			assert!(exists(*id));
			assert_eq!(<Assets as RolesInspect<AccountId>>::owner(*id), Some(dave.clone()));
			assert_eq!(<Assets as RolesInspect<AccountId>>::admin(*id), Some(dave.clone()));
		}
		// Each took the asset deposit.
		assert_eq!(Balances::reserved_balance(&dave), reserved + 3 * AssetDeposit::get());
		// An id is created once.
		let results = Chain::block_with(vec![signed(Dave, create(FIRST_USER_ASSET_ID, &dave))]);
		assert_eq!(
			results[0],
			Ok(Err(pallet_assets::Error::<liquid_staking_runtime::Runtime>::InUse.into()))
		);
	});
}
