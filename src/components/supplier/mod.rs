//! Supplier cards and facts.

mod supplier_card;

pub use supplier_card::SupplierCard;
