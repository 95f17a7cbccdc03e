//! Tier prices (quantity breaks), minimum order quantity and order multiples.

use serde::{Deserialize, Serialize};

/// One quantity break: from `min_qty` units on, each unit costs `unit_minor` minor units of
/// the product's currency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceTier {
    pub min_qty: u32,
    pub unit_minor: i64,
}

/// The smallest order a supplier accepts and the step it must come in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MinimumOrder {
    /// Minimum order quantity (MOQ).
    pub moq: u32,
    /// Orders must be a multiple of this (carton size); 1 means any quantity.
    pub multiple: u32,
}

/// What is wrong with a quantity, and the one-click fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuantityCheck {
    Ok,
    /// Below the MOQ: raise to `fix`.
    BelowMinimum {
        fix: u32,
    },
    /// Not a multiple of the order step: round up to `fix` (or down to `down` if that still
    /// meets the MOQ).
    NotMultiple {
        fix: u32,
        down: Option<u32>,
    },
}

impl MinimumOrder {
    /// Checks a quantity against MOQ and multiple. The fix for "below MOQ" is the smallest
    /// valid quantity (the MOQ rounded up to the multiple).
    pub fn check(&self, qty: u32) -> QuantityCheck {
        let step = self.multiple.max(1);
        let smallest_valid = round_up(self.moq.max(1), step);
        if qty < self.moq {
            return QuantityCheck::BelowMinimum {
                fix: smallest_valid,
            };
        }
        if !qty.is_multiple_of(step) {
            let up = round_up(qty, step);
            let down_q = qty - qty % step;
            let down = (down_q >= self.moq && down_q > 0).then_some(down_q);
            return QuantityCheck::NotMultiple { fix: up, down };
        }
        QuantityCheck::Ok
    }
}

fn round_up(qty: u32, step: u32) -> u32 {
    qty.div_ceil(step).saturating_mul(step)
}

/// Tiers of one product, sorted ascending by `min_qty`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TierTable<'a>(pub &'a [PriceTier]);

impl<'a> TierTable<'a> {
    /// The tier that applies to `qty`: the last break whose `min_qty` is at or below it.
    /// Below the first break there is no price (the MOQ applies).
    pub fn tier_for(&self, qty: u32) -> Option<&'a PriceTier> {
        self.0.iter().rev().find(|t| qty >= t.min_qty)
    }

    /// Unit price for `qty`, in minor units.
    pub fn unit_price(&self, qty: u32) -> Option<i64> {
        self.tier_for(qty).map(|t| t.unit_minor)
    }

    /// The next break above `qty`, if any: "order 500 to pay 3.10 each".
    pub fn next_break(&self, qty: u32) -> Option<&'a PriceTier> {
        self.0.iter().find(|t| t.min_qty > qty)
    }

    /// Saving of the tier for `qty` against the first tier's price, in minor units for the
    /// whole quantity (0 when on the first tier).
    pub fn saving(&self, qty: u32) -> Option<i64> {
        let first = self.0.first()?.unit_minor;
        let unit = self.unit_price(qty)?;
        (first - unit).checked_mul(i64::from(qty))
    }

    /// Whether break quantities ascend strictly and prices never rise with quantity.
    pub fn is_well_formed(&self) -> bool {
        !self.0.is_empty()
            && self
                .0
                .windows(2)
                .all(|w| w[0].min_qty < w[1].min_qty && w[0].unit_minor >= w[1].unit_minor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TIERS: [PriceTier; 3] = [
        PriceTier {
            min_qty: 100,
            unit_minor: 450,
        },
        PriceTier {
            min_qty: 500,
            unit_minor: 410,
        },
        PriceTier {
            min_qty: 2000,
            unit_minor: 365,
        },
    ];

    #[test]
    fn tier_applies_from_its_break() {
        let t = TierTable(&TIERS);
        assert_eq!(t.unit_price(99), None);
        assert_eq!(t.unit_price(100), Some(450));
        assert_eq!(t.unit_price(499), Some(450));
        assert_eq!(t.unit_price(500), Some(410));
        assert_eq!(t.unit_price(2000), Some(365));
        assert_eq!(t.unit_price(1_000_000), Some(365));
        assert_eq!(t.next_break(100).map(|b| b.min_qty), Some(500));
        assert_eq!(t.next_break(2000), None);
    }

    #[test]
    fn saving_is_against_first_tier() {
        let t = TierTable(&TIERS);
        assert_eq!(t.saving(100), Some(0));
        assert_eq!(t.saving(500), Some(40 * 500));
        assert!(t.is_well_formed());
        let bad = [TIERS[1], TIERS[0]];
        assert!(!TierTable(&bad).is_well_formed());
    }

    #[test]
    fn moq_and_multiples_offer_fixes() {
        let m = MinimumOrder {
            moq: 500,
            multiple: 20,
        };
        assert_eq!(m.check(100), QuantityCheck::BelowMinimum { fix: 500 });
        assert_eq!(m.check(500), QuantityCheck::Ok);
        assert_eq!(
            m.check(510),
            QuantityCheck::NotMultiple {
                fix: 520,
                down: Some(500)
            }
        );
        let odd = MinimumOrder {
            moq: 250,
            multiple: 100,
        };
        // The MOQ itself is not a multiple: the fix is the first valid quantity.
        assert_eq!(odd.check(10), QuantityCheck::BelowMinimum { fix: 300 });
        assert_eq!(
            odd.check(250),
            QuantityCheck::NotMultiple {
                fix: 300,
                down: None
            }
        );
        let any = MinimumOrder {
            moq: 1,
            multiple: 1,
        };
        assert_eq!(any.check(0), QuantityCheck::BelowMinimum { fix: 1 });
        assert_eq!(any.check(7), QuantityCheck::Ok);
    }
}
