//! Cart arithmetic and the stored cart format.
//!
//! Totals: each line's total (unit price × quantity, in the supplier's currency) is converted
//! once into the display currency, rounded half away from zero; a group's and the cart's
//! totals are exact sums of those converted line totals. The backend checks an order's
//! `expected_total` with this same function, so what the buyer saw is what is compared.
//!
//! Storage: the cart is kept as JSON under one key. [`parse_cart`] reads the current schema
//! (`{"v": 2, "lines": [...], "checkout_key": ...}`), migrates the first one
//! (`{"items": [{"id": .., "qty": ..}]}`) and turns anything unreadable into an empty cart
//! with a [`Recovery::Reset`] notice the app shows, never a crash.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::fx::{FxError, RateTable};
use crate::money::{Currency, Money};
use crate::pricing::{PriceTier, TierTable};
use crate::trade::{CartLineRef, PricedLine};
use crate::wire::SupplierSummary;

/// One supplier's lines with their subtotal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartGroup {
    pub supplier: SupplierSummary,
    pub lines: Vec<PricedLine>,
    /// Sum of the priced lines in the supplier's currency (`None` when no line has a price,
    /// or the supplier's lines are in several currencies).
    pub subtotal: Option<Money>,
    /// Sum of the priced lines' converted totals.
    pub subtotal_display: Money,
    /// Lines without a price (below the MOQ and no quote).
    pub unpriced: u32,
}

/// The whole cart in the display currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartTotals {
    /// Supplier groups in the order their first line appears.
    pub groups: Vec<CartGroup>,
    pub total_display: Money,
    pub unpriced: u32,
}

/// A line's total in the supplier's currency, if it has a price.
pub fn line_total(line: &PricedLine) -> Option<Money> {
    line.unit_price?.times(line.quantity)
}

/// A line's total converted once into `display`.
pub fn line_total_display(
    line: &PricedLine,
    rates: &RateTable,
    display: Currency,
) -> Result<Option<Money>, FxError> {
    match line_total(line) {
        Some(t) => rates.convert(t, display).map(Some),
        None => Ok(None),
    }
}

/// Groups `lines` by supplier (order of first appearance) and totals them (see the module
/// docs for the rounding).
pub fn totals(
    lines: &[PricedLine],
    rates: &RateTable,
    display: Currency,
) -> Result<CartTotals, FxError> {
    let mut groups: Vec<CartGroup> = Vec::new();
    for line in lines {
        let pos = match groups
            .iter()
            .position(|g| g.supplier.id == line.supplier.id)
        {
            Some(p) => p,
            None => {
                groups.push(CartGroup {
                    supplier: line.supplier.clone(),
                    lines: Vec::new(),
                    subtotal: None,
                    subtotal_display: Money::new(0, display),
                    unpriced: 0,
                });
                groups.len() - 1
            }
        };
        let g = &mut groups[pos];
        match (line_total(line), line_total_display(line, rates, display)?) {
            (Some(t), Some(d)) => {
                g.subtotal_display = g.subtotal_display.checked_add(d).ok_or(FxError::Overflow)?;
                let first_priced = g.lines.iter().all(|l| l.unit_price.is_none());
                g.subtotal = if first_priced {
                    Some(t)
                } else {
                    g.subtotal.and_then(|s| s.checked_add(t))
                };
            }
            _ => g.unpriced += 1,
        }
        g.lines.push(line.clone());
    }
    let mut total = Money::new(0, display);
    for g in &groups {
        total = total
            .checked_add(g.subtotal_display)
            .ok_or(FxError::Overflow)?;
    }
    Ok(CartTotals {
        unpriced: groups.iter().map(|g| g.unpriced).sum(),
        groups,
        total_display: total,
    })
}

/// Where a quantity stands on the tier table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierStatus {
    /// The break that applies (`None` below the first).
    pub current: Option<PriceTier>,
    /// The next break up, if any: "order 500 to pay 3.10 each".
    pub next_break: Option<PriceTier>,
    /// Units to add to reach `next_break` (0 when there is none).
    pub units_to_next: u32,
    /// Saving against the first tier's price for the whole quantity, minor units.
    pub saving_vs_first: i64,
}

/// The tier status of `qty` on `tiers` (ascending).
pub fn tier_status(tiers: &[PriceTier], qty: u32) -> TierStatus {
    let t = TierTable(tiers);
    let next = t.next_break(qty).copied();
    TierStatus {
        current: t.tier_for(qty).copied(),
        next_break: next,
        units_to_next: next.map(|n| n.min_qty - qty).unwrap_or(0),
        saving_vs_first: t.saving(qty).unwrap_or(0),
    }
}

/// A quantity change that moved the line onto another break.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierChange {
    pub from: Option<PriceTier>,
    pub to: Option<PriceTier>,
}

impl TierChange {
    /// The unit price fell (a cheaper break was reached).
    pub fn is_cheaper(&self) -> bool {
        matches!((self.from, self.to), (Some(f), Some(t)) if t.unit_minor < f.unit_minor)
    }
}

/// `Some` when going from `old_qty` to `new_qty` crosses a break (so the UI announces the new
/// unit price), `None` when the same break applies.
pub fn tier_change(tiers: &[PriceTier], old_qty: u32, new_qty: u32) -> Option<TierChange> {
    let t = TierTable(tiers);
    let (from, to) = (t.tier_for(old_qty).copied(), t.tier_for(new_qty).copied());
    (from != to).then_some(TierChange { from, to })
}

// ---------------------------------------------------------------------------------------
// Stored cart
// ---------------------------------------------------------------------------------------

/// The schema version [`serialize_cart`] writes.
pub const CART_VERSION: u32 = 2;
/// Most lines a stored cart keeps.
pub const MAX_CART_LINES: usize = 200;
/// Largest quantity a stored line keeps.
pub const MAX_LINE_QUANTITY: u32 = 10_000_000;

/// The cart as stored (schema 2).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredCart {
    pub v: u32,
    pub lines: Vec<CartLineRef>,
    /// The idempotency key of the checkout in progress, created when checkout starts and
    /// kept until the order is placed.
    #[serde(default)]
    pub checkout_key: Option<String>,
}

impl StoredCart {
    pub fn new(lines: Vec<CartLineRef>) -> StoredCart {
        StoredCart {
            v: CART_VERSION,
            lines,
            checkout_key: None,
        }
    }
}

/// What happened while reading a stored cart; the app shows it once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Recovery {
    /// Converted from an older schema; nothing lost.
    Migrated { from: u32 },
    /// Some lines were unreadable or out of range and were dropped (duplicates are merged,
    /// not counted).
    DroppedLines { count: u32 },
    /// The stored value was unreadable: the cart starts empty.
    Reset,
}

/// A stored cart that cannot be read by this version of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CartParseError {
    /// Written by a newer app (another tab after an update): leave it alone and keep the cart
    /// in memory until this tab reloads.
    NewerVersion(u32),
}

/// Reads a stored cart (see the module docs). Duplicate lines (same product and quote) are
/// merged, quantities of 0 or above [`MAX_LINE_QUANTITY`] dropped, at most
/// [`MAX_CART_LINES`] kept; such repairs are reported as [`Recovery::DroppedLines`].
pub fn parse_cart(text: &str) -> Result<(StoredCart, Option<Recovery>), CartParseError> {
    let reset = || Ok((StoredCart::new(Vec::new()), Some(Recovery::Reset)));
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return reset();
    };
    let Some(obj) = value.as_object() else {
        return reset();
    };
    let version = match obj.get("v") {
        None => 1,
        Some(v) => match v.as_u64() {
            Some(v) if v <= u64::from(u32::MAX) => v as u32,
            _ => return reset(),
        },
    };
    let (raw_lines, checkout_key, migrated) = match version {
        1 => {
            let Some(items) = obj.get("items").and_then(Value::as_array) else {
                return reset();
            };
            let lines = items
                .iter()
                .map(|item| {
                    let id = item.get("id")?.as_u64()?;
                    let qty = item.get("qty")?.as_u64()?;
                    Some(CartLineRef {
                        product_id: u32::try_from(id).ok()?,
                        quantity: u32::try_from(qty).ok()?,
                        quote_id: None,
                    })
                })
                .collect::<Vec<_>>();
            (lines, None, true)
        }
        2 => {
            let Some(items) = obj.get("lines").and_then(Value::as_array) else {
                return reset();
            };
            let lines = items
                .iter()
                .map(|l| serde_json::from_value::<CartLineRef>(l.clone()).ok())
                .collect::<Vec<_>>();
            let key = match obj.get("checkout_key") {
                Some(Value::String(s)) if valid_key(s) => Some(s.clone()),
                _ => None,
            };
            (lines, key, false)
        }
        0 => return reset(),
        newer => return Err(CartParseError::NewerVersion(newer)),
    };
    let mut dropped = 0u32;
    let mut lines: Vec<CartLineRef> = Vec::new();
    for line in raw_lines {
        let Some(line) = line.filter(|l| l.quantity > 0 && l.quantity <= MAX_LINE_QUANTITY) else {
            dropped += 1;
            continue;
        };
        if let Some(existing) = lines
            .iter_mut()
            .find(|l| l.product_id == line.product_id && l.quote_id == line.quote_id)
        {
            existing.quantity = existing
                .quantity
                .saturating_add(line.quantity)
                .min(MAX_LINE_QUANTITY);
            continue;
        }
        lines.push(line);
    }
    if lines.len() > MAX_CART_LINES {
        dropped += (lines.len() - MAX_CART_LINES) as u32;
        lines.truncate(MAX_CART_LINES);
    }
    let recovery = if migrated {
        Some(Recovery::Migrated { from: version })
    } else if dropped > 0 {
        Some(Recovery::DroppedLines { count: dropped })
    } else {
        None
    };
    Ok((
        StoredCart {
            v: CART_VERSION,
            lines,
            checkout_key,
        },
        recovery,
    ))
}

fn valid_key(key: &str) -> bool {
    crate::orders::valid_idempotency_key(key)
}

/// The stored form of `cart` (always the current schema).
pub fn serialize_cart(cart: &StoredCart) -> String {
    let current = StoredCart {
        v: CART_VERSION,
        ..cart.clone()
    };
    serde_json::to_string(&current).expect("a cart always serialises")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pricing::MinimumOrder;
    use crate::seed::demo_rates;
    use crate::trade::PriceSource;
    use crate::wire::{Category, LocalizedText, Unit};

    fn supplier(id: u32) -> SupplierSummary {
        SupplierSummary {
            id,
            name: format!("Supplier {id}"),
            country: "CN".into(),
            city: "Ningbo".into(),
            verified: true,
            years_in_business: 9,
            response_rate_pct: 95,
            response_time_h: 4,
            main_category: Category::Lighting,
        }
    }

    fn line(product_id: u32, supplier_id: u32, qty: u32, unit: Option<Money>) -> PricedLine {
        PricedLine {
            product_id,
            quantity: qty,
            name: LocalizedText {
                text: format!("Product {product_id}"),
                lang: "en".into(),
            },
            category: Category::Lighting,
            image_hue: 10,
            supplier: supplier(supplier_id),
            unit: Unit::Piece,
            currency: unit.map(|u| u.currency).unwrap_or(Currency::Cny),
            tiers: vec![],
            minimum_order: MinimumOrder {
                moq: 1,
                multiple: 1,
            },
            incoterms: vec![],
            lead_time_days: 20,
            unit_price: unit,
            price_source: unit.map(|_| PriceSource::Tier { min_qty: 1 }),
            unit_price_display: None,
            unit_weight_g: 100,
            packaging: None,
            ships_from: "CN".into(),
        }
    }

    #[test]
    fn groups_keep_first_appearance_order_and_convert_each_line_once() {
        let rates = demo_rates();
        let lines = vec![
            line(1, 7, 3, Some(Money::new(100, Currency::Cny))),
            line(2, 3, 1, Some(Money::new(1_000, Currency::Usd))),
            line(3, 7, 3, Some(Money::new(100, Currency::Cny))),
            line(4, 3, 10, None),
        ];
        let t = totals(&lines, &rates, Currency::Usd).unwrap();
        assert_eq!(
            t.groups.iter().map(|g| g.supplier.id).collect::<Vec<_>>(),
            [7, 3]
        );
        // CNY 3.00 → USD 0.414.. → 0.41 per line; two lines → 0.82. Converting the group's
        // CNY 6.00 at once would give 0.83: the line-by-line rule is the stated one.
        assert_eq!(t.groups[0].subtotal, Some(Money::new(600, Currency::Cny)));
        assert_eq!(t.groups[0].subtotal_display, Money::new(82, Currency::Usd));
        assert_eq!(
            rates
                .convert(Money::new(600, Currency::Cny), Currency::Usd)
                .unwrap()
                .minor,
            83
        );
        assert_eq!(
            t.groups[1].subtotal_display,
            Money::new(1_000, Currency::Usd)
        );
        assert_eq!(t.groups[1].unpriced, 1);
        assert_eq!(t.unpriced, 1);
        assert_eq!(t.total_display, Money::new(1_082, Currency::Usd));
        assert_eq!(t.groups[0].lines.len(), 2);
    }

    #[test]
    fn tiers_next_break_saving_and_changes() {
        let tiers = [
            PriceTier {
                min_qty: 100,
                unit_minor: 450,
            },
            PriceTier {
                min_qty: 500,
                unit_minor: 410,
            },
        ];
        let s = tier_status(&tiers, 480);
        assert_eq!(s.current.map(|t| t.min_qty), Some(100));
        assert_eq!(s.next_break.map(|t| t.min_qty), Some(500));
        assert_eq!(s.units_to_next, 20);
        assert_eq!(s.saving_vs_first, 0);
        let s = tier_status(&tiers, 600);
        assert_eq!(s.next_break, None);
        assert_eq!(s.units_to_next, 0);
        assert_eq!(s.saving_vs_first, 40 * 600);
        let below = tier_status(&tiers, 50);
        assert_eq!(below.current, None);
        assert_eq!(below.units_to_next, 50);

        assert_eq!(tier_change(&tiers, 100, 499), None);
        let up = tier_change(&tiers, 480, 500).unwrap();
        assert!(up.is_cheaper());
        let down = tier_change(&tiers, 500, 480).unwrap();
        assert!(!down.is_cheaper());
        assert_eq!(tier_change(&tiers, 50, 100).unwrap().from, None);
    }

    #[test]
    fn current_schema_round_trips() {
        let mut cart = StoredCart::new(vec![
            CartLineRef {
                product_id: 12,
                quantity: 500,
                quote_id: None,
            },
            CartLineRef {
                product_id: 40,
                quantity: 1_000,
                quote_id: Some("Q-000001-3".into()),
            },
        ]);
        cart.checkout_key = Some("ck-5f0c6a1e-0b8e-4bb4-9d0c-1f6f2a7b8c9d".into());
        let text = serialize_cart(&cart);
        assert!(text.starts_with(r#"{"v":2,"#), "{text}");
        assert_eq!(parse_cart(&text), Ok((cart, None)));
    }

    #[test]
    fn version_one_is_migrated() {
        let (cart, recovery) =
            parse_cart(r#"{"items":[{"id":12,"qty":500},{"id":40,"qty":20}]}"#).unwrap();
        assert_eq!(recovery, Some(Recovery::Migrated { from: 1 }));
        assert_eq!(cart.v, 2);
        assert_eq!(
            cart.lines,
            vec![
                CartLineRef {
                    product_id: 12,
                    quantity: 500,
                    quote_id: None
                },
                CartLineRef {
                    product_id: 40,
                    quantity: 20,
                    quote_id: None
                }
            ]
        );
        assert_eq!(cart.checkout_key, None);
        let (cart, _) = parse_cart(r#"{"v":1,"items":[{"id":12,"qty":"x"}]}"#).unwrap();
        assert!(cart.lines.is_empty());
    }

    #[test]
    fn garbage_resets_with_a_notice() {
        for text in [
            "",
            "not json",
            "[1,2,3]",
            "null",
            r#"{"v":2}"#,
            r#"{"v":2,"lines":"x"}"#,
            r#"{"v":"2","lines":[]}"#,
            r#"{"v":0,"lines":[]}"#,
            r#"{"items":5}"#,
            "{\"v\":2,\"lines\":[{\"product_id\":1,",
        ] {
            let (cart, recovery) = parse_cart(text).unwrap();
            assert_eq!(recovery, Some(Recovery::Reset), "{text:?}");
            assert!(cart.lines.is_empty());
            assert_eq!(cart.v, CART_VERSION);
        }
        assert_eq!(
            parse_cart(r#"{"v":3,"lines":[]}"#),
            Err(CartParseError::NewerVersion(3))
        );
    }

    #[test]
    fn bad_lines_are_dropped_and_duplicates_merged() {
        let text = r#"{"v":2,"lines":[
            {"product_id":1,"quantity":10},
            {"product_id":1,"quantity":5,"quote_id":null},
            {"product_id":2,"quantity":0},
            {"product_id":"three","quantity":1},
            {"product_id":4,"quantity":99999999999}
        ],"checkout_key":"<script>"}"#;
        let (cart, recovery) = parse_cart(text).unwrap();
        assert_eq!(
            cart.lines,
            vec![CartLineRef {
                product_id: 1,
                quantity: 15,
                quote_id: None
            }]
        );
        assert_eq!(recovery, Some(Recovery::DroppedLines { count: 3 }));
        assert_eq!(cart.checkout_key, None, "an invalid key is not kept");
    }
}
