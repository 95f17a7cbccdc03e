//! Currency conversion with rates from the backend.
//!
//! Rates are quoted against one base currency as integer millionths ("micros"): a rate of
//! 921_500 for EUR means 1 USD = 0.921500 EUR. A conversion between two non-base
//! currencies goes through the base in one exact rational step and is rounded once, to the
//! target currency's minor unit, half away from zero. That is the stated rounding the UI
//! shows to buyers.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::money::{div_round_half_away, Currency, Money};

/// Units of quote currency per one unit of the base currency, times 1,000,000.
pub type RateMicros = i64;

/// Exchange rates from the backend.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateTable {
    pub base: Currency,
    /// ISO date-time the rates were fixed (shown to buyers).
    pub as_of: String,
    /// Rate of every other currency against `base` (the base itself may be absent).
    pub rates: BTreeMap<Currency, RateMicros>,
}

/// Why a conversion could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FxError {
    /// The table has no rate for this currency.
    MissingRate(Currency),
    /// A rate was zero or negative.
    InvalidRate(Currency),
    /// The result does not fit in minor units.
    Overflow,
}

impl RateTable {
    fn micros(&self, c: Currency) -> Result<i128, FxError> {
        if c == self.base {
            return Ok(1_000_000);
        }
        let r = *self.rates.get(&c).ok_or(FxError::MissingRate(c))?;
        if r <= 0 {
            return Err(FxError::InvalidRate(c));
        }
        Ok(i128::from(r))
    }

    /// Converts `money` into `to`, rounding once to `to`'s minor unit, half away from zero.
    pub fn convert(&self, money: Money, to: Currency) -> Result<Money, FxError> {
        if money.currency == to {
            return Ok(money);
        }
        let from_rate = self.micros(money.currency)?;
        let to_rate = self.micros(to)?;
        // amount_major(to) = amount_major(from) * to_rate / from_rate
        // minor(to) = minor(from) / 10^e_from * to_rate / from_rate * 10^e_to
        let num = i128::from(money.minor) * to_rate * i128::from(to.minor_per_major());
        let den = from_rate * i128::from(money.currency.minor_per_major());
        let minor = div_round_half_away(num, den);
        let minor = i64::try_from(minor).map_err(|_| FxError::Overflow)?;
        Ok(Money::new(minor, to))
    }

    /// The rate of one unit of `from` in `to`, as millionths rounded half away from zero,
    /// for showing "1 CNY = 0.1380 USD".
    pub fn cross_micros(&self, from: Currency, to: Currency) -> Result<RateMicros, FxError> {
        let f = self.micros(from)?;
        let t = self.micros(to)?;
        i64::try_from(div_round_half_away(t * 1_000_000, f)).map_err(|_| FxError::Overflow)
    }

    /// Renders millionths as a plain decimal with four fraction digits ("0.1380").
    pub fn micros_to_decimal(micros: RateMicros) -> String {
        let tenth_thousandths = div_round_half_away(i128::from(micros), 100);
        let whole = tenth_thousandths / 10_000;
        let frac = (tenth_thousandths % 10_000).abs();
        format!("{whole}.{frac:04}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> RateTable {
        let mut rates = BTreeMap::new();
        rates.insert(Currency::Eur, 920_000);
        rates.insert(Currency::Cny, 7_250_000);
        rates.insert(Currency::Jpy, 151_500_000);
        RateTable {
            base: Currency::Usd,
            as_of: "2026-11-23T00:00:00Z".into(),
            rates,
        }
    }

    #[test]
    fn converts_from_base() {
        let t = table();
        // 10.00 USD -> 9.20 EUR
        assert_eq!(
            t.convert(Money::new(1000, Currency::Usd), Currency::Eur),
            Ok(Money::new(920, Currency::Eur))
        );
        // 10.00 USD -> 1515 JPY (exponent 0)
        assert_eq!(
            t.convert(Money::new(1000, Currency::Usd), Currency::Jpy),
            Ok(Money::new(1515, Currency::Jpy))
        );
    }

    #[test]
    fn cross_rate_rounds_once_half_away() {
        let t = table();
        // 1.00 CNY -> USD = 0.137931.. -> 0.14
        assert_eq!(
            t.convert(Money::new(100, Currency::Cny), Currency::Usd),
            Ok(Money::new(14, Currency::Usd))
        );
        // 1.00 CNY -> EUR = 0.92/7.25 = 0.126896.. -> 0.13
        assert_eq!(
            t.convert(Money::new(100, Currency::Cny), Currency::Eur),
            Ok(Money::new(13, Currency::Eur))
        );
        // exact half: 0.05 USD at 0.5 -> 0.025 -> 0.03 (away from zero), and negative mirrors it
        let mut half = table();
        half.rates.insert(Currency::Gbp, 500_000);
        assert_eq!(
            half.convert(Money::new(5, Currency::Usd), Currency::Gbp),
            Ok(Money::new(3, Currency::Gbp))
        );
        assert_eq!(
            half.convert(Money::new(-5, Currency::Usd), Currency::Gbp),
            Ok(Money::new(-3, Currency::Gbp))
        );
    }

    #[test]
    fn missing_and_invalid_rates_are_errors() {
        let mut t = table();
        assert_eq!(
            t.convert(Money::new(100, Currency::Usd), Currency::Brl),
            Err(FxError::MissingRate(Currency::Brl))
        );
        t.rates.insert(Currency::Brl, 0);
        assert_eq!(
            t.convert(Money::new(100, Currency::Usd), Currency::Brl),
            Err(FxError::InvalidRate(Currency::Brl))
        );
    }

    #[test]
    fn same_currency_is_identity() {
        let t = table();
        let m = Money::new(12345, Currency::Cny);
        assert_eq!(t.convert(m, Currency::Cny), Ok(m));
    }

    #[test]
    fn cross_micros_renders_four_digits() {
        let t = table();
        let m = t.cross_micros(Currency::Cny, Currency::Usd).unwrap();
        assert_eq!(m, 137_931);
        assert_eq!(RateTable::micros_to_decimal(m), "0.1379");
        assert_eq!(RateTable::micros_to_decimal(151_500_000), "151.5000");
    }
}
