//! The buyer's cart in `localStorage`. The format, its versions and the repair of old or
//! damaged data are rules of `tradefair_core::cart`; this module only names the storage key
//! and decides what a tab may write back.

use tradefair_core::cart::{parse_cart, serialize_cart, CartParseError};
pub use tradefair_core::cart::{Recovery, StoredCart};

/// Storage key; the `storage` event of other tabs is matched against it.
pub const KEY: &str = "tradefair.cart";

/// A cart read from storage.
pub struct Loaded {
    pub cart: StoredCart,
    /// What had to be repaired, shown to the buyer once.
    pub recovery: Option<Recovery>,
    /// False when a newer version of the app wrote the stored cart: this tab keeps its copy
    /// in memory and leaves the stored one alone until it reloads.
    pub writable: bool,
}

/// Reads a stored cart; no stored text is an empty cart without notice.
pub fn parse(text: Option<&str>) -> Loaded {
    match text.filter(|t| !t.trim().is_empty()) {
        None => Loaded {
            cart: StoredCart::new(Vec::new()),
            recovery: None,
            writable: true,
        },
        Some(t) => match parse_cart(t) {
            Ok((cart, recovery)) => Loaded {
                cart,
                recovery,
                writable: true,
            },
            Err(CartParseError::NewerVersion(_)) => Loaded {
                cart: StoredCart::new(Vec::new()),
                recovery: None,
                writable: false,
            },
        },
    }
}

/// The stored form of a cart.
pub fn serialize(cart: &StoredCart) -> String {
    serialize_cart(cart)
}
