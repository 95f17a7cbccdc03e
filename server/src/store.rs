//! Orders, idempotency keys and RFQs: the core's `OrderBook`, kept in memory and written
//! through to SQLite.
//!
//! Every change is committed to SQLite in one transaction *before* the handler answers: a
//! placed order and its idempotency key land together or not at all. So a server that dies
//! after receiving an order either stored it (the client's retry with the same key finds the
//! key and gets the stored confirmation, even after a restart) or did not (the retry places
//! it, once). If the write fails, the in-memory change is rolled back and the client gets a
//! 500, with nothing ordered.
//!
//! These tables live beside the catalog's and survive a catalog reseed caused by a schema
//! change (product ids are stable); `--reseed` clears them too.
//!
//! The store serialises writers with a mutex, which is what a single-node reference server
//! needs; several processes on one database file are not supported.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use rusqlite::{params, Connection, Transaction};
use tradefair_core::exhibitor::{self, OfferError, QuoteOffer};
use tradefair_core::orders::{OrderBook, OrderError, OrderRecord, Placement, RfqRecord};
use tradefair_core::seed::Catalog;
use tradefair_core::time::Timestamp;
use tradefair_core::trade::{OrderRequest, Quote, Rfq, RfqRequest};

use crate::error::DbError;

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS book_counters (
    name  TEXT PRIMARY KEY,              -- last_order, last_checkout, last_rfq
    value INTEGER NOT NULL
) STRICT;

-- One row per idempotency key that placed an order: the SHA-256 of the canonical request
-- body and the confirmation answered (JSON OrderConfirmation).
CREATE TABLE IF NOT EXISTS idempotency_keys (
    key         TEXT    PRIMARY KEY,
    body_hash   TEXT    NOT NULL,
    checkout_id TEXT    NOT NULL,
    response    TEXT    NOT NULL,
    created_ms  INTEGER NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS orders (
    number      TEXT    PRIMARY KEY,     -- TF-2026-000001
    checkout_id TEXT    NOT NULL,
    placed_ms   INTEGER NOT NULL,
    record      TEXT    NOT NULL         -- JSON OrderRecord
) STRICT;
CREATE INDEX IF NOT EXISTS orders_checkout ON orders (checkout_id);

CREATE TABLE IF NOT EXISTS rfqs (
    id         TEXT    PRIMARY KEY,      -- RFQ-000001
    created_ms INTEGER NOT NULL,
    record     TEXT    NOT NULL          -- JSON RfqRecord (with every scheduled reply)
) STRICT;
"#;

const TABLES: [&str; 4] = ["book_counters", "idempotency_keys", "orders", "rfqs"];

/// Why a store operation failed.
#[derive(Debug)]
pub enum StoreError {
    /// The request itself was refused (validation, idempotency, not found...).
    Order(OrderError),
    /// SQLite failed; nothing changed.
    Db(DbError),
}

impl From<DbError> for StoreError {
    fn from(e: DbError) -> Self {
        StoreError::Db(e)
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Db(DbError::Sqlite(e))
    }
}

struct Inner {
    conn: Connection,
    book: OrderBook,
}

/// The order book of the server.
pub struct OrderStore {
    inner: Mutex<Inner>,
}

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("plain data always serialises")
}

fn from_json<T: serde::de::DeserializeOwned>(s: &str, table: &'static str) -> Result<T, DbError> {
    serde_json::from_str(s).map_err(|e| DbError::Decode {
        table,
        column: "record",
        detail: e.to_string(),
    })
}

impl OrderStore {
    /// Opens the order tables in the database at `path` (creating them), clearing them when
    /// `reset` is set, and loads the book.
    pub fn open(path: &Path, reset: bool) -> Result<OrderStore, DbError> {
        let conn = Connection::open(path)?;
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")?;
        Self::from_connection(conn, reset)
    }

    /// A store in memory (tests, and a server state built without a database).
    pub fn in_memory() -> OrderStore {
        let conn = Connection::open_in_memory().expect("SQLite opens an in-memory database");
        Self::from_connection(conn, false).expect("a fresh in-memory database takes the schema")
    }

    fn from_connection(mut conn: Connection, reset: bool) -> Result<OrderStore, DbError> {
        {
            let tx = conn.transaction()?;
            if reset {
                for t in TABLES {
                    tx.execute_batch(&format!("DROP TABLE IF EXISTS {t};"))?;
                }
            }
            tx.execute_batch(SCHEMA)?;
            tx.commit()?;
        }
        let book = load(&conn)?;
        Ok(OrderStore {
            inner: Mutex::new(Inner { conn, book }),
        })
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock left the in-memory book as it was before the
        // failed change was applied or rolled back; SQLite is the truth either way.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Reads the book.
    pub fn read<R>(&self, f: impl FnOnce(&OrderBook) -> R) -> R {
        f(&self.lock().book)
    }

    /// Places an order (see `OrderBook::place_detailed`), committing it with its idempotency
    /// key before answering.
    pub fn place(
        &self,
        catalog: &Catalog,
        key: &str,
        req: &OrderRequest,
        now: Timestamp,
    ) -> Result<Placement, StoreError> {
        let mut guard = self.lock();
        let Inner { conn, book } = &mut *guard;
        let before = Snapshot::of(book);
        let placement = book
            .place_detailed(catalog, key, req, now)
            .map_err(StoreError::Order)?;
        if placement.replayed {
            return Ok(placement);
        }
        if let Err(e) = write_placement(conn, book, key, before.orders) {
            before.restore(book, Some(key));
            return Err(StoreError::Db(e));
        }
        Ok(placement)
    }

    /// Sends an RFQ and stores it with every scheduled reply.
    pub fn create_rfq(
        &self,
        catalog: &Catalog,
        req: &RfqRequest,
        now: Timestamp,
    ) -> Result<Rfq, StoreError> {
        let mut guard = self.lock();
        let Inner { conn, book } = &mut *guard;
        let before = Snapshot::of(book);
        let rfq = book
            .create_rfq(catalog, req, now)
            .map_err(StoreError::Order)?;
        if let Err(e) = write_new_rfq(conn, book) {
            before.restore(book, None);
            return Err(StoreError::Db(e));
        }
        Ok(rfq)
    }

    /// Answers an RFQ as booth `booth_id`'s exhibitor (see
    /// `tradefair_core::exhibitor::answer_rfq`) and stores the changed RFQ; nothing changes
    /// if the write fails.
    pub fn answer_rfq(
        &self,
        catalog: &Catalog,
        booth_id: u32,
        rfq_id: &str,
        offer: &QuoteOffer,
        now: Timestamp,
    ) -> Result<Result<Quote, OfferError>, DbError> {
        let mut guard = self.lock();
        let Inner { conn, book } = &mut *guard;
        let Some(index) = book.rfqs.iter().position(|r| r.id == rfq_id) else {
            return Ok(Err(OfferError::NotFound));
        };
        let before = book.rfqs[index].clone();
        let quote = match exhibitor::answer_rfq(book, catalog, booth_id, rfq_id, offer, now) {
            Ok(q) => q,
            Err(e) => return Ok(Err(e)),
        };
        let written = (|| {
            let tx = conn.transaction()?;
            upsert_rfq(&tx, &book.rfqs[index])?;
            tx.commit()?;
            Ok::<(), DbError>(())
        })();
        if let Err(e) = written {
            book.rfqs[index] = before;
            return Err(e);
        }
        Ok(Ok(quote))
    }

    /// Accepts a quote and stores the change.
    pub fn accept_quote(&self, quote_id: &str, now: Timestamp) -> Result<Quote, StoreError> {
        let mut guard = self.lock();
        let Inner { conn, book } = &mut *guard;
        let was_accepted = book
            .rfq_record_of_quote(quote_id)
            .and_then(|r| {
                r.replies
                    .iter()
                    .find_map(|x| x.quote.as_ref().filter(|q| q.id == quote_id))
            })
            .is_some_and(|q| q.accepted);
        let quote = book
            .accept_quote(quote_id, now)
            .map_err(StoreError::Order)?;
        if was_accepted {
            return Ok(quote);
        }
        if let Err(e) = write_rfq_of_quote(conn, book, quote_id) {
            set_accepted(book, quote_id, false);
            return Err(StoreError::Db(e));
        }
        Ok(quote)
    }
}

/// Commits a new placement: its idempotency key and the orders from position `from` on.
fn write_placement(
    conn: &mut Connection,
    book: &OrderBook,
    key: &str,
    from: usize,
) -> Result<(), DbError> {
    let tx = conn.transaction()?;
    let rec = &book.idempotency[key];
    tx.execute(
        "INSERT INTO idempotency_keys (key, body_hash, checkout_id, response, created_ms)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            key,
            rec.body_hash,
            rec.confirmation.checkout_id,
            to_json(&rec.confirmation),
            rec.at.unix_ms()
        ],
    )?;
    for r in &book.orders[from..] {
        insert_order(&tx, r)?;
    }
    write_counters(&tx, book)?;
    tx.commit()?;
    Ok(())
}

fn write_new_rfq(conn: &mut Connection, book: &OrderBook) -> Result<(), DbError> {
    let tx = conn.transaction()?;
    let record = book.rfqs.last().expect("just created");
    upsert_rfq(&tx, record)?;
    write_counters(&tx, book)?;
    tx.commit()?;
    Ok(())
}

fn write_rfq_of_quote(
    conn: &mut Connection,
    book: &OrderBook,
    quote_id: &str,
) -> Result<(), DbError> {
    let record = book
        .rfq_record_of_quote(quote_id)
        .expect("the accepted quote belongs to an RFQ");
    let tx = conn.transaction()?;
    upsert_rfq(&tx, record)?;
    tx.commit()?;
    Ok(())
}

fn set_accepted(book: &mut OrderBook, quote_id: &str, accepted: bool) {
    for reply in book.rfqs.iter_mut().flat_map(|r| r.replies.iter_mut()) {
        if let Some(q) = reply.quote.as_mut().filter(|q| q.id == quote_id) {
            q.accepted = accepted;
        }
    }
}

/// What a failed write must undo: the book only ever grows at the end.
struct Snapshot {
    orders: usize,
    rfqs: usize,
    counters: (u64, u64, u64),
}

impl Snapshot {
    fn of(book: &OrderBook) -> Snapshot {
        Snapshot {
            orders: book.orders.len(),
            rfqs: book.rfqs.len(),
            counters: (book.last_order, book.last_checkout, book.last_rfq),
        }
    }

    fn restore(self, book: &mut OrderBook, key: Option<&str>) {
        book.orders.truncate(self.orders);
        book.rfqs.truncate(self.rfqs);
        (book.last_order, book.last_checkout, book.last_rfq) = self.counters;
        if let Some(k) = key {
            book.idempotency.remove(k);
        }
    }
}

fn insert_order(tx: &Transaction<'_>, r: &OrderRecord) -> rusqlite::Result<usize> {
    tx.execute(
        "INSERT INTO orders (number, checkout_id, placed_ms, record) VALUES (?1, ?2, ?3, ?4)",
        params![
            r.order.number,
            r.order.checkout_id,
            r.placed.unix_ms(),
            to_json(r)
        ],
    )
}

fn upsert_rfq(tx: &Transaction<'_>, r: &RfqRecord) -> rusqlite::Result<usize> {
    tx.execute(
        "INSERT INTO rfqs (id, created_ms, record) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET record = excluded.record",
        params![r.id, r.created.unix_ms(), to_json(r)],
    )
}

fn write_counters(tx: &Transaction<'_>, book: &OrderBook) -> rusqlite::Result<()> {
    let mut stmt = tx.prepare(
        "INSERT INTO book_counters (name, value) VALUES (?1, ?2)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    )?;
    for (name, value) in [
        ("last_order", book.last_order),
        ("last_checkout", book.last_checkout),
        ("last_rfq", book.last_rfq),
    ] {
        stmt.execute(params![name, value as i64])?;
    }
    Ok(())
}

/// Reads the whole book, in insertion order.
fn load(conn: &Connection) -> Result<OrderBook, DbError> {
    let mut book = OrderBook::new();
    {
        let mut stmt = conn.prepare("SELECT name, value FROM book_counters")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let name: String = r.get(0)?;
            let value = r.get::<_, i64>(1)?.max(0) as u64;
            match name.as_str() {
                "last_order" => book.last_order = value,
                "last_checkout" => book.last_checkout = value,
                "last_rfq" => book.last_rfq = value,
                _ => {}
            }
        }
    }
    {
        let mut stmt =
            conn.prepare("SELECT key, body_hash, response, created_ms FROM idempotency_keys")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let key: String = r.get(0)?;
            let response: String = r.get(2)?;
            book.idempotency.insert(
                key,
                tradefair_core::orders::IdempotencyRecord {
                    body_hash: r.get(1)?,
                    confirmation: serde_json::from_str(&response).map_err(|e| DbError::Decode {
                        table: "idempotency_keys",
                        column: "response",
                        detail: e.to_string(),
                    })?,
                    at: Timestamp(r.get(3)?),
                },
            );
        }
    }
    {
        let mut stmt = conn.prepare("SELECT record FROM orders ORDER BY rowid")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            book.orders
                .push(from_json(&r.get::<_, String>(0)?, "orders")?);
        }
    }
    {
        let mut stmt = conn.prepare("SELECT record FROM rfqs ORDER BY rowid")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            book.rfqs.push(from_json(&r.get::<_, String>(0)?, "rfqs")?);
        }
    }
    Ok(book)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_store_is_empty_and_reopens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("orders.sqlite");
        let store = OrderStore::open(&path, false).unwrap();
        assert!(store.read(|b| b.orders.is_empty() && b.rfqs.is_empty()));
        drop(store);
        let again = OrderStore::open(&path, true).unwrap();
        assert_eq!(again.read(|b| b.last_order), 0);
    }
}
