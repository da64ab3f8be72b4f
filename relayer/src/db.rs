//! The checkpoint database (redb): what the relayer processed and voted, so that a restart
//! resumes where it stopped.
//!
//! One table of JSON values under string keys:
//! - `deposits/<chain>`: the last block whose deposits were attested, and its hash (a reorg
//!   below it is detected by comparing the hash);
//! - `vote/<what>`: a vote sent (appchain attestations and vault votes), with when;
//! - `report/<chain>/<pool>/<kind>`: the last reported epoch, the boundary it was computed at
//!   and what was reported then.

use std::path::Path;

use anyhow::Context;
use redb::{Database, ReadableDatabase, TableDefinition};
use serde::{de::DeserializeOwned, Serialize};

const STATE: TableDefinition<&str, &[u8]> = TableDefinition::new("state");

/// The checkpoint database.
pub struct Db {
	db: Database,
}

impl Db {
	/// Opens (or creates) the database at `path`.
	pub fn open(path: &Path) -> anyhow::Result<Self> {
		if let Some(dir) = path.parent() {
			std::fs::create_dir_all(dir).ok();
		}
		let db = Database::create(path)
			.with_context(|| format!("opening the database {}", path.display()))?;
		let tx = db.begin_write()?;
		tx.open_table(STATE)?;
		tx.commit()?;
		Ok(Self { db })
	}

	/// The value under `key`.
	pub fn get<T: DeserializeOwned>(&self, key: &str) -> anyhow::Result<Option<T>> {
		let tx = self.db.begin_read()?;
		let table = tx.open_table(STATE)?;
		match table.get(key)? {
			Some(v) => Ok(Some(
				serde_json::from_slice(v.value()).with_context(|| format!("decoding {key}"))?,
			)),
			None => Ok(None),
		}
	}

	/// Stores `value` under `key`, durably.
	pub fn put<T: Serialize>(&self, key: &str, value: &T) -> anyhow::Result<()> {
		let bytes = serde_json::to_vec(value)?;
		let tx = self.db.begin_write()?;
		{
			let mut table = tx.open_table(STATE)?;
			table.insert(key, bytes.as_slice())?;
		}
		tx.commit()?;
		Ok(())
	}

	/// Removes `key`.
	pub fn remove(&self, key: &str) -> anyhow::Result<()> {
		let tx = self.db.begin_write()?;
		{
			let mut table = tx.open_table(STATE)?;
			table.remove(key)?;
		}
		tx.commit()?;
		Ok(())
	}

	/// The keys starting with `prefix`, in order.
	pub fn keys_with_prefix(&self, prefix: &str) -> anyhow::Result<Vec<String>> {
		let tx = self.db.begin_read()?;
		let table = tx.open_table(STATE)?;
		let mut out = Vec::new();
		for entry in table.range(prefix..)? {
			let (k, _) = entry?;
			let k = k.value();
			if !k.starts_with(prefix) {
				break;
			}
			out.push(k.to_string());
		}
		Ok(out)
	}

	/// Whether a vote is recorded under `what`.
	pub fn voted(&self, what: &str) -> anyhow::Result<bool> {
		Ok(self.get::<u64>(&format!("vote/{what}"))?.is_some())
	}

	/// Records a vote under `what`.
	pub fn record_vote(&self, what: &str) -> anyhow::Result<()> {
		let now = std::time::SystemTime::now()
			.duration_since(std::time::UNIX_EPOCH)
			.map(|d| d.as_secs())
			.unwrap_or_default();
		self.put(&format!("vote/{what}"), &now)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn values_survive_reopening() {
		let dir = std::env::temp_dir().join(format!("relayer-db-{}", std::process::id()));
		let path = dir.join("state.redb");
		{
			let db = Db::open(&path).unwrap();
			assert_eq!(db.get::<u64>("a").unwrap(), None);
			db.put("a", &(7u64, "x".to_string())).unwrap();
			assert!(!db.voted("k").unwrap());
			db.record_vote("k").unwrap();
		}
		let db = Db::open(&path).unwrap();
		assert_eq!(db.get::<(u64, String)>("a").unwrap(), Some((7, "x".into())));
		assert!(db.voted("k").unwrap());
		db.put("open/1/2", &1u64).unwrap();
		db.put("open/1/3", &1u64).unwrap();
		db.put("open/2/1", &1u64).unwrap();
		assert_eq!(db.keys_with_prefix("open/1/").unwrap(), vec!["open/1/2", "open/1/3"]);
		db.remove("a").unwrap();
		assert_eq!(db.get::<u64>("a").unwrap(), None);
		std::fs::remove_dir_all(dir).ok();
	}
}
