//! Product page parts.

mod gallery;
mod order_box;
mod tier_table;

pub use gallery::Gallery;
pub use order_box::OrderBox;
pub use tier_table::TierPriceTable;
