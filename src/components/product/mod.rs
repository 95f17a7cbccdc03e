//! Product page parts.

mod gallery;
mod order_box;
mod quantity_fixes;
mod tier_table;

pub use gallery::Gallery;
pub use order_box::OrderBox;
pub use quantity_fixes::QuantityFixes;
pub use tier_table::TierPriceTable;
