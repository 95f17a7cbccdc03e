//! The buyer's cart in `localStorage`: versioned, and never a crash when what is stored is
//! old or damaged (the buyer is told when a cart had to be recovered or reset).

use serde::{Deserialize, Serialize};
use tradefair_core::trade::CartLineRef;

/// Storage key; the `storage` event of other tabs is matched against it.
pub const KEY: &str = "tradefair.cart";
const VERSION: u32 = 2;

/// What was stored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredCart {
    pub lines: Vec<CartLineRef>,
    /// Idempotency key of the checkout in progress (created when checkout starts).
    #[serde(default)]
    pub checkout_key: Option<String>,
}

/// What loading found besides the lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recovery {
    /// An older format was converted.
    Migrated,
    /// Unreadable data was replaced by an empty cart.
    Reset,
}

#[derive(Serialize, Deserialize)]
struct V2 {
    v: u32,
    lines: Vec<CartLineRef>,
    #[serde(default)]
    checkout_key: Option<String>,
}

#[derive(Deserialize)]
struct V1Item {
    id: u32,
    qty: u32,
}

#[derive(Deserialize)]
struct V1 {
    items: Vec<V1Item>,
}

/// Reads a stored cart. `None` text is an empty cart without notice.
pub fn parse(text: Option<&str>) -> (StoredCart, Option<Recovery>) {
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        return (StoredCart::default(), None);
    };
    if let Ok(v2) = serde_json::from_str::<V2>(text) {
        if v2.v == VERSION {
            let lines = v2
                .lines
                .into_iter()
                .filter(|l| l.quantity > 0 && l.product_id > 0)
                .collect();
            return (
                StoredCart {
                    lines,
                    checkout_key: v2.checkout_key,
                },
                None,
            );
        }
    }
    if let Ok(v1) = serde_json::from_str::<V1>(text) {
        let lines = v1
            .items
            .into_iter()
            .filter(|i| i.qty > 0 && i.id > 0)
            .map(|i| CartLineRef {
                product_id: i.id,
                quantity: i.qty,
                quote_id: None,
            })
            .collect();
        return (
            StoredCart {
                lines,
                checkout_key: None,
            },
            Some(Recovery::Migrated),
        );
    }
    (StoredCart::default(), Some(Recovery::Reset))
}

/// The stored form of a cart.
pub fn serialize(cart: &StoredCart) -> String {
    serde_json::to_string(&V2 {
        v: VERSION,
        lines: cart.lines.clone(),
        checkout_key: cart.checkout_key.clone(),
    })
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn current_format_round_trips() {
        let cart = StoredCart {
            lines: vec![CartLineRef {
                product_id: 7,
                quantity: 500,
                quote_id: Some("Q-1".into()),
            }],
            checkout_key: Some("k-1".into()),
        };
        assert_eq!(parse(Some(&serialize(&cart))), (cart, None));
    }

    #[test]
    fn old_schema_is_migrated() {
        let (cart, recovery) = parse(Some(r#"{"items":[{"id":3,"qty":200},{"id":4,"qty":0}]}"#));
        assert_eq!(recovery, Some(Recovery::Migrated));
        assert_eq!(cart.lines.len(), 1);
        assert_eq!(cart.lines[0].quantity, 200);
    }

    #[test]
    fn garbage_resets_with_a_notice() {
        for bad in ["{", "null", "[1,2]", r#"{"v":9,"lines":[]}"#, "<html>"] {
            assert_eq!(parse(Some(bad)), (StoredCart::default(), Some(Recovery::Reset)), "{bad}");
        }
        assert_eq!(parse(None), (StoredCart::default(), None));
    }
}
