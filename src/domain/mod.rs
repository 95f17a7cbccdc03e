//! The pure business rules, shared with the reference server through `tradefair-core`:
//! money in integer minor units, conversion with stated rounding, tier prices, MOQ and
//! order multiples. Re-exported here so the app names them as its own domain layer.

pub use tradefair_core::fx;
pub use tradefair_core::money;
pub use tradefair_core::pricing;
