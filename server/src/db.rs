//! The SQLite store: schema, seeding and loading.
//!
//! SQLite is the source of truth. On first start (or with `--reseed`, or when the stored
//! schema version is not this one) the schema is created and filled from
//! `Catalog::demo()` in one transaction. On every start all records are read back and the
//! in-memory `Catalog` the queries run on is rebuilt from them: the database is the truth,
//! the in-memory index is a cache.
//!
//! Enum values are stored as their wire strings (`"home-kitchen"`, `"RoHS"`, `"USD"`), so
//! the database reads the same as the JSON contract. Small nested parts that are never
//! queried on their own (verification, packaging, main markets) are JSON columns.

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::de::DeserializeOwned;
use serde::Serialize;
use tradefair_core::fx::RateTable;
use tradefair_core::money::Money;
use tradefair_core::pricing::{MinimumOrder, PriceTier};
use tradefair_core::seed::{Catalog, Localized, ProductRecord, SupplierRecord};
use tradefair_core::wire::{OverseasStock, SpecRow, TransactionRecord};

use crate::error::DbError;

/// Bump when the schema changes: a database with another version is recreated and reseeded.
pub const SCHEMA_VERSION: i64 = 1;

const TABLES: [&str; 11] = [
    "specs",
    "overseas_stock",
    "product_incoterms",
    "product_certifications",
    "price_tiers",
    "product_texts",
    "products",
    "supplier_texts",
    "suppliers",
    "rates",
    "meta",
];

const SCHEMA: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE suppliers (
    id                  INTEGER PRIMARY KEY,
    name                TEXT    NOT NULL,
    country             TEXT    NOT NULL,
    city                TEXT    NOT NULL,
    verified            INTEGER NOT NULL CHECK (verified IN (0, 1)),
    verification        TEXT,               -- JSON Verification, NULL when not verified
    years_in_business   INTEGER NOT NULL,
    response_rate_pct   INTEGER NOT NULL,
    response_time_h     INTEGER NOT NULL,
    main_category       TEXT    NOT NULL,   -- Category slug
    orders_12m          INTEGER NOT NULL,
    volume_12m_minor    INTEGER NOT NULL,
    volume_12m_currency TEXT    NOT NULL,
    on_time_pct         INTEGER NOT NULL,
    rating_x10          INTEGER NOT NULL,
    reviews             INTEGER NOT NULL,
    main_markets        TEXT    NOT NULL,   -- JSON array of ISO 3166-1 alpha-2 codes
    employees           INTEGER NOT NULL,
    currency            TEXT    NOT NULL    -- ISO 4217
) STRICT;

CREATE TABLE supplier_texts (
    supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    locale      TEXT    NOT NULL,
    about       TEXT    NOT NULL,
    PRIMARY KEY (supplier_id, locale)
) STRICT, WITHOUT ROWID;

CREATE TABLE products (
    id                INTEGER PRIMARY KEY,
    supplier_id       INTEGER NOT NULL REFERENCES suppliers (id),
    category          TEXT    NOT NULL,     -- Category slug
    currency          TEXT    NOT NULL,     -- ISO 4217
    moq               INTEGER NOT NULL,
    order_multiple    INTEGER NOT NULL,
    unit              TEXT    NOT NULL,     -- Unit slug
    lead_time_days    INTEGER NOT NULL,
    packaging         TEXT,                 -- JSON Packaging
    carbon_g_per_unit INTEGER,
    listed_on         TEXT    NOT NULL,     -- YYYY-MM-DD
    image_hue         INTEGER NOT NULL
) STRICT;
CREATE INDEX products_supplier ON products (supplier_id);

-- name and description may be translated into different sets of locales.
CREATE TABLE product_texts (
    product_id  INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    locale      TEXT    NOT NULL,
    name        TEXT,
    description TEXT,
    PRIMARY KEY (product_id, locale)
) STRICT, WITHOUT ROWID;

CREATE TABLE price_tiers (
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    min_qty    INTEGER NOT NULL,
    unit_minor INTEGER NOT NULL,            -- minor units of products.currency
    PRIMARY KEY (product_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE product_certifications (
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    code       TEXT    NOT NULL,            -- CE, RoHS, FCC, ISO9001, UL, REACH
    PRIMARY KEY (product_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE product_incoterms (
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    code       TEXT    NOT NULL,            -- EXW, FOB, CIF, DAP, DDP
    PRIMARY KEY (product_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE overseas_stock (
    product_id    INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    country       TEXT    NOT NULL,
    quantity      INTEGER NOT NULL,
    dispatch_days INTEGER NOT NULL,
    PRIMARY KEY (product_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE specs (
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    key        TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    PRIMARY KEY (product_id, position)
) STRICT, WITHOUT ROWID;

-- Exchange rates against meta.rates_base, in millionths.
CREATE TABLE rates (
    currency TEXT    PRIMARY KEY,
    micros   INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
"#;

/// What `open` did before loading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opened {
    /// The database already held this schema version; nothing was written.
    Existing,
    /// The schema was created and seeded (empty database, `--reseed` or another version).
    Seeded,
}

/// Opens (creating if needed) the database at `path`, seeds it when it is empty, outdated
/// or `reseed` is set, and loads the catalog from it.
pub fn open(path: &Path, reseed: bool) -> Result<(Catalog, Opened), DbError> {
    let mut conn = Connection::open(path)?;
    configure(&conn)?;
    let opened = if reseed || stored_version(&conn)? != Some(SCHEMA_VERSION) {
        store(&mut conn, &Catalog::demo())?;
        Opened::Seeded
    } else {
        Opened::Existing
    };
    Ok((load(&conn)?, opened))
}

fn configure(conn: &Connection) -> Result<(), DbError> {
    conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL;")?;
    Ok(())
}

/// The schema version stored in `meta`, or `None` for an empty (or foreign) database.
pub fn stored_version(conn: &Connection) -> Result<Option<i64>, DbError> {
    let has_meta: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta')",
        [],
        |r| r.get(0),
    )?;
    if !has_meta {
        return Ok(None);
    }
    let v: Option<String> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'schema_version'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(v.and_then(|s| s.parse().ok()))
}

/// Drops every Tradefair table, recreates the schema and writes `catalog`, all in one
/// transaction (a failed seed leaves the previous database untouched).
pub fn store(conn: &mut Connection, catalog: &Catalog) -> Result<(), DbError> {
    let tx = conn.transaction()?;
    for table in TABLES {
        tx.execute_batch(&format!("DROP TABLE IF EXISTS {table};"))?;
    }
    tx.execute_batch(SCHEMA)?;
    write_catalog(&tx, catalog)?;
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ('schema_version', ?1)",
        params![SCHEMA_VERSION.to_string()],
    )?;
    tx.commit()?;
    Ok(())
}

fn write_catalog(tx: &Transaction<'_>, catalog: &Catalog) -> Result<(), DbError> {
    let rates = &catalog.rates;
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ('rates_base', ?1), ('rates_as_of', ?2)",
        params![wire_str(&rates.base), rates.as_of],
    )?;
    {
        let mut ins = tx.prepare("INSERT INTO rates (currency, micros) VALUES (?1, ?2)")?;
        for (currency, micros) in &rates.rates {
            ins.execute(params![wire_str(currency), micros])?;
        }
    }

    {
        let mut ins_supplier = tx.prepare(
            "INSERT INTO suppliers (id, name, country, city, verified, verification,
                years_in_business, response_rate_pct, response_time_h, main_category,
                orders_12m, volume_12m_minor, volume_12m_currency, on_time_pct, rating_x10,
                reviews, main_markets, employees, currency)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                ?17, ?18, ?19)",
        )?;
        let mut ins_text = tx.prepare(
            "INSERT INTO supplier_texts (supplier_id, locale, about) VALUES (?1, ?2, ?3)",
        )?;
        for s in &catalog.suppliers {
            let t = &s.transactions;
            ins_supplier.execute(params![
                s.id,
                s.name,
                s.country,
                s.city,
                s.verified,
                s.verification.as_ref().map(json_str),
                s.years_in_business,
                s.response_rate_pct,
                s.response_time_h,
                wire_str(&s.main_category),
                t.orders_12m,
                t.volume_12m.minor,
                wire_str(&t.volume_12m.currency),
                t.on_time_pct,
                t.rating_x10,
                t.reviews,
                json_str(&s.main_markets),
                s.employees,
                wire_str(&s.currency),
            ])?;
            for (locale, about) in &s.about.0 {
                ins_text.execute(params![s.id, locale, about])?;
            }
        }
    }

    let mut ins_product = tx.prepare(
        "INSERT INTO products (id, supplier_id, category, currency, moq, order_multiple, unit,
            lead_time_days, packaging, carbon_g_per_unit, listed_on, image_hue)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    let mut ins_text = tx.prepare(
        "INSERT INTO product_texts (product_id, locale, name, description) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut ins_tier = tx.prepare(
        "INSERT INTO price_tiers (product_id, position, min_qty, unit_minor) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut ins_cert = tx.prepare(
        "INSERT INTO product_certifications (product_id, position, code) VALUES (?1, ?2, ?3)",
    )?;
    let mut ins_inco = tx.prepare(
        "INSERT INTO product_incoterms (product_id, position, code) VALUES (?1, ?2, ?3)",
    )?;
    let mut ins_stock = tx.prepare(
        "INSERT INTO overseas_stock (product_id, position, country, quantity, dispatch_days)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut ins_spec =
        tx.prepare("INSERT INTO specs (product_id, position, key, value) VALUES (?1, ?2, ?3, ?4)")?;
    for p in &catalog.products {
        ins_product.execute(params![
            p.id,
            p.supplier_id,
            wire_str(&p.category),
            wire_str(&p.currency),
            p.minimum_order.moq,
            p.minimum_order.multiple,
            wire_str(&p.unit),
            p.lead_time_days,
            p.packaging.as_ref().map(json_str),
            p.carbon_g_per_unit,
            p.listed_on,
            p.image_hue,
        ])?;
        let mut texts: BTreeMap<&str, (Option<&str>, Option<&str>)> = BTreeMap::new();
        for (locale, name) in &p.name.0 {
            texts.entry(locale.as_str()).or_default().0 = Some(name.as_str());
        }
        for (locale, description) in &p.description.0 {
            texts.entry(locale.as_str()).or_default().1 = Some(description.as_str());
        }
        for (locale, (name, description)) in texts {
            ins_text.execute(params![p.id, locale, name, description])?;
        }
        for (i, t) in p.tiers.iter().enumerate() {
            ins_tier.execute(params![p.id, i, t.min_qty, t.unit_minor])?;
        }
        for (i, c) in p.certifications.iter().enumerate() {
            ins_cert.execute(params![p.id, i, wire_str(c)])?;
        }
        for (i, c) in p.incoterms.iter().enumerate() {
            ins_inco.execute(params![p.id, i, wire_str(c)])?;
        }
        for (i, s) in p.overseas_stock.iter().enumerate() {
            ins_stock.execute(params![p.id, i, s.country, s.quantity, s.dispatch_days])?;
        }
        for (i, s) in p.specs.iter().enumerate() {
            ins_spec.execute(params![p.id, i, s.key, s.value])?;
        }
    }
    Ok(())
}

/// Reads every record back and builds the in-memory catalog.
pub fn load(conn: &Connection) -> Result<Catalog, DbError> {
    let rates = load_rates(conn)?;
    let suppliers = load_suppliers(conn)?;
    let products = load_products(conn)?;
    Ok(Catalog::from_records(suppliers, products, rates))
}

fn meta(conn: &Connection, key: &'static str) -> Result<String, DbError> {
    conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()?
        .ok_or(DbError::Decode {
            table: "meta",
            column: key,
            detail: "missing".into(),
        })
}

fn load_rates(conn: &Connection) -> Result<RateTable, DbError> {
    let base = from_wire(&meta(conn, "rates_base")?, "meta", "rates_base")?;
    let as_of = meta(conn, "rates_as_of")?;
    let mut stmt = conn.prepare("SELECT currency, micros FROM rates ORDER BY currency")?;
    let mut rows = stmt.query([])?;
    let mut rates = BTreeMap::new();
    while let Some(r) = rows.next()? {
        let code: String = r.get(0)?;
        rates.insert(from_wire(&code, "rates", "currency")?, r.get(1)?);
    }
    Ok(RateTable { base, as_of, rates })
}

fn load_suppliers(conn: &Connection) -> Result<Vec<SupplierRecord>, DbError> {
    let mut about: BTreeMap<u32, BTreeMap<String, String>> = BTreeMap::new();
    {
        let mut stmt = conn.prepare("SELECT supplier_id, locale, about FROM supplier_texts")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            about
                .entry(r.get(0)?)
                .or_default()
                .insert(r.get(1)?, r.get(2)?);
        }
    }
    let mut stmt = conn.prepare(
        "SELECT id, name, country, city, verified, verification, years_in_business,
            response_rate_pct, response_time_h, main_category, orders_12m, volume_12m_minor,
            volume_12m_currency, on_time_pct, rating_x10, reviews, main_markets, employees,
            currency
         FROM suppliers ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        const T: &str = "suppliers";
        let id: u32 = r.get(0)?;
        let verification: Option<String> = r.get(5)?;
        let main_category: String = r.get(9)?;
        let volume_currency: String = r.get(12)?;
        let main_markets: String = r.get(16)?;
        let currency: String = r.get(18)?;
        out.push(SupplierRecord {
            id,
            name: r.get(1)?,
            country: r.get(2)?,
            city: r.get(3)?,
            verified: r.get(4)?,
            verification: verification
                .map(|v| from_json(&v, T, "verification"))
                .transpose()?,
            years_in_business: r.get(6)?,
            response_rate_pct: r.get(7)?,
            response_time_h: r.get(8)?,
            main_category: from_wire(&main_category, T, "main_category")?,
            about: Localized(about.remove(&id).unwrap_or_default()),
            transactions: TransactionRecord {
                orders_12m: r.get(10)?,
                volume_12m: Money::new(
                    r.get(11)?,
                    from_wire(&volume_currency, T, "volume_12m_currency")?,
                ),
                on_time_pct: r.get(13)?,
                rating_x10: r.get(14)?,
                reviews: r.get(15)?,
            },
            main_markets: from_json(&main_markets, T, "main_markets")?,
            employees: r.get(17)?,
            currency: from_wire(&currency, T, "currency")?,
        });
    }
    Ok(out)
}

/// Runs `sql` (which must select `product_id` first, ordered by product and position) and
/// groups the decoded rows by product.
fn grouped<V>(
    conn: &Connection,
    sql: &str,
    mut decode: impl FnMut(&rusqlite::Row<'_>) -> Result<V, DbError>,
) -> Result<BTreeMap<u32, Vec<V>>, DbError> {
    let mut stmt = conn.prepare(sql)?;
    let mut rows = stmt.query([])?;
    let mut out: BTreeMap<u32, Vec<V>> = BTreeMap::new();
    while let Some(r) = rows.next()? {
        let id: u32 = r.get(0)?;
        out.entry(id).or_default().push(decode(r)?);
    }
    Ok(out)
}

fn load_products(conn: &Connection) -> Result<Vec<ProductRecord>, DbError> {
    let mut names: BTreeMap<u32, BTreeMap<String, String>> = BTreeMap::new();
    let mut descriptions: BTreeMap<u32, BTreeMap<String, String>> = BTreeMap::new();
    {
        let mut stmt =
            conn.prepare("SELECT product_id, locale, name, description FROM product_texts")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: u32 = r.get(0)?;
            let locale: String = r.get(1)?;
            if let Some(name) = r.get::<_, Option<String>>(2)? {
                names.entry(id).or_default().insert(locale.clone(), name);
            }
            if let Some(description) = r.get::<_, Option<String>>(3)? {
                descriptions
                    .entry(id)
                    .or_default()
                    .insert(locale, description);
            }
        }
    }
    let mut tiers = grouped(
        conn,
        "SELECT product_id, min_qty, unit_minor FROM price_tiers ORDER BY product_id, position",
        |r| {
            Ok(PriceTier {
                min_qty: r.get(1)?,
                unit_minor: r.get(2)?,
            })
        },
    )?;
    let mut certifications = grouped(
        conn,
        "SELECT product_id, code FROM product_certifications ORDER BY product_id, position",
        |r| from_wire(&r.get::<_, String>(1)?, "product_certifications", "code"),
    )?;
    let mut incoterms = grouped(
        conn,
        "SELECT product_id, code FROM product_incoterms ORDER BY product_id, position",
        |r| from_wire(&r.get::<_, String>(1)?, "product_incoterms", "code"),
    )?;
    let mut stock = grouped(
        conn,
        "SELECT product_id, country, quantity, dispatch_days FROM overseas_stock
         ORDER BY product_id, position",
        |r| {
            Ok(OverseasStock {
                country: r.get(1)?,
                quantity: r.get(2)?,
                dispatch_days: r.get(3)?,
            })
        },
    )?;
    let mut specs = grouped(
        conn,
        "SELECT product_id, key, value FROM specs ORDER BY product_id, position",
        |r| {
            Ok(SpecRow {
                key: r.get(1)?,
                value: r.get(2)?,
            })
        },
    )?;

    let mut stmt = conn.prepare(
        "SELECT id, supplier_id, category, currency, moq, order_multiple, unit, lead_time_days,
            packaging, carbon_g_per_unit, listed_on, image_hue
         FROM products ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        const T: &str = "products";
        let id: u32 = r.get(0)?;
        let category: String = r.get(2)?;
        let currency: String = r.get(3)?;
        let unit: String = r.get(6)?;
        let packaging: Option<String> = r.get(8)?;
        out.push(ProductRecord {
            id,
            supplier_id: r.get(1)?,
            category: from_wire(&category, T, "category")?,
            name: Localized(names.remove(&id).unwrap_or_default()),
            description: Localized(descriptions.remove(&id).unwrap_or_default()),
            specs: specs.remove(&id).unwrap_or_default(),
            tiers: tiers.remove(&id).unwrap_or_default(),
            currency: from_wire(&currency, T, "currency")?,
            minimum_order: MinimumOrder {
                moq: r.get(4)?,
                multiple: r.get(5)?,
            },
            unit: from_wire(&unit, T, "unit")?,
            lead_time_days: r.get(7)?,
            incoterms: incoterms.remove(&id).unwrap_or_default(),
            certifications: certifications.remove(&id).unwrap_or_default(),
            packaging: packaging
                .map(|p| from_json(&p, T, "packaging"))
                .transpose()?,
            carbon_g_per_unit: r.get(9)?,
            overseas_stock: stock.remove(&id).unwrap_or_default(),
            listed_on: r.get(10)?,
            image_hue: r.get(11)?,
        });
    }
    Ok(out)
}

/// The wire string of a unit-only enum (`Category::HomeKitchen` → `home-kitchen`), taken from
/// its serde representation so the database and the JSON contract cannot drift apart.
fn wire_str<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        other => unreachable!("not a string enum: {other:?}"),
    }
}

fn from_wire<T: DeserializeOwned>(
    s: &str,
    table: &'static str,
    column: &'static str,
) -> Result<T, DbError> {
    serde_json::from_value(serde_json::Value::String(s.to_string())).map_err(|e| DbError::Decode {
        table,
        column,
        detail: format!("{s:?}: {e}"),
    })
}

fn json_str<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("plain data always serialises")
}

fn from_json<T: DeserializeOwned>(
    s: &str,
    table: &'static str,
    column: &'static str,
) -> Result<T, DbError> {
    serde_json::from_str(s).map_err(|e| DbError::Decode {
        table,
        column,
        detail: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        configure(&conn).unwrap();
        conn
    }

    #[test]
    fn generated_catalog_round_trips() {
        let catalog = Catalog::generate(7, 300, 12);
        let mut conn = fresh();
        store(&mut conn, &catalog).unwrap();
        let loaded = load(&conn).unwrap();
        assert_eq!(loaded.rates, catalog.rates);
        assert_eq!(loaded.suppliers.len(), catalog.suppliers.len());
        assert_eq!(loaded.products.len(), catalog.products.len());
        for (a, b) in loaded.suppliers.iter().zip(&catalog.suppliers) {
            assert_eq!(a, b, "supplier {}", b.id);
        }
        for (a, b) in loaded.products.iter().zip(&catalog.products) {
            assert_eq!(a, b, "product {}", b.id);
        }
    }

    #[test]
    fn storing_twice_replaces_the_data() {
        let mut conn = fresh();
        store(&mut conn, &Catalog::generate(1, 50, 5)).unwrap();
        let second = Catalog::generate(2, 20, 3);
        store(&mut conn, &second).unwrap();
        let loaded = load(&conn).unwrap();
        assert_eq!(loaded.suppliers, second.suppliers);
        assert_eq!(loaded.products, second.products);
        assert_eq!(stored_version(&conn).unwrap(), Some(SCHEMA_VERSION));
    }

    #[test]
    fn empty_database_has_no_version() {
        assert_eq!(stored_version(&fresh()).unwrap(), None);
    }

    #[test]
    fn a_bad_enum_value_is_a_decode_error() {
        let mut conn = fresh();
        store(&mut conn, &Catalog::generate(3, 10, 2)).unwrap();
        conn.execute(
            "UPDATE products SET unit = 'bushel' WHERE rowid = (SELECT min(rowid) FROM products)",
            [],
        )
        .unwrap();
        match load(&conn) {
            Err(DbError::Decode { table, column, .. }) => {
                assert_eq!((table, column), ("products", "unit"))
            }
            other => panic!("expected a decode error, got {:?}", other.map(|_| ())),
        }
    }
}
