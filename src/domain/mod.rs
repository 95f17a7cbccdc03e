//! The pure business rules, shared with the reference server through `tradefair-core`:
//! money in integer minor units, conversion with stated rounding, tier prices, MOQ and
//! order multiples, cart totals and the stored cart format, VAT / tax ID and address checks,
//! landed-cost estimates, quote comparison, and UTC instants and dates. Re-exported here so the app names them as its own domain layer.

pub use tradefair_core::address;
pub use tradefair_core::cart;
pub use tradefair_core::fx;
pub use tradefair_core::landed;
pub use tradefair_core::money;
pub use tradefair_core::pricing;
pub use tradefair_core::quotes;
pub use tradefair_core::tax_id;
pub use tradefair_core::time;
