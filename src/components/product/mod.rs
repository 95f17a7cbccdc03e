//! Product page parts.

mod gallery;
mod tier_table;

pub use gallery::Gallery;
pub use tier_table::TierPriceTable;
