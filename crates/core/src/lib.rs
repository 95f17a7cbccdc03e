//! Tradefair's pure core: money, conversion, pricing rules, wire types, the seeded demo
//! catalog and the catalog query engine; buying: cart arithmetic, tax IDs, addresses,
//! landed cost, quotes and the order engine.
//!
//! This crate has no web dependencies so its rules are tested natively, and it is shared by
//! the app (domain rules and the embedded demo backend) and the reference server (which
//! seeds its database from the same generator and answers with the same wire types).

pub mod address;
pub mod cart;
pub mod chat;
pub mod checkout;
pub mod exhibitor;
pub mod exhibitor_form;
pub mod expo;
pub mod expo_ics;
pub mod expo_tz;
pub mod fx;
pub mod landed;
pub mod money;
pub mod order_csv;
pub mod order_view;
pub mod orders;
pub mod pricing;
pub mod query;
pub mod quotes;
pub mod rfq_form;
pub mod safe;
pub mod seed;
pub mod tax_id;
pub mod time;
pub mod trade;
pub mod url;
pub mod wire;
