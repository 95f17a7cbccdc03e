//! Money: integer minor units plus an ISO 4217 currency. Never `f64`.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Currencies Tradefair prices and displays in.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Currency {
    #[default]
    #[serde(rename = "USD")]
    Usd,
    #[serde(rename = "EUR")]
    Eur,
    #[serde(rename = "CNY")]
    Cny,
    #[serde(rename = "GBP")]
    Gbp,
    #[serde(rename = "JPY")]
    Jpy,
    #[serde(rename = "AED")]
    Aed,
    #[serde(rename = "BRL")]
    Brl,
    #[serde(rename = "INR")]
    Inr,
    #[serde(rename = "TRY")]
    Try,
    #[serde(rename = "VND")]
    Vnd,
}

impl Currency {
    pub const ALL: [Currency; 10] = [
        Currency::Usd,
        Currency::Eur,
        Currency::Cny,
        Currency::Gbp,
        Currency::Jpy,
        Currency::Aed,
        Currency::Brl,
        Currency::Inr,
        Currency::Try,
        Currency::Vnd,
    ];

    /// The currencies a buyer can pick as display currency.
    pub const DISPLAY: [Currency; 7] = [
        Currency::Usd,
        Currency::Eur,
        Currency::Cny,
        Currency::Gbp,
        Currency::Jpy,
        Currency::Aed,
        Currency::Brl,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Cny => "CNY",
            Currency::Gbp => "GBP",
            Currency::Jpy => "JPY",
            Currency::Aed => "AED",
            Currency::Brl => "BRL",
            Currency::Inr => "INR",
            Currency::Try => "TRY",
            Currency::Vnd => "VND",
        }
    }

    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code))
    }

    /// Digits after the decimal point of the minor unit (ISO 4217).
    pub fn exponent(self) -> u32 {
        match self {
            Currency::Jpy | Currency::Vnd => 0,
            _ => 2,
        }
    }

    /// Minor units in one major unit (100 for USD, 1 for JPY).
    pub fn minor_per_major(self) -> i64 {
        10_i64.pow(self.exponent())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An amount of money in integer minor units of `currency`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    /// Amount in minor units (cents for USD, yen for JPY).
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    /// Parses a decimal major-unit amount typed by a person ("12", "12.5", "12,50").
    /// More fraction digits than the currency has are an error, not rounded.
    pub fn parse_major(text: &str, currency: Currency) -> Option<Money> {
        let text = text.trim().replace(',', ".");
        if text.is_empty() {
            return None;
        }
        let (neg, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.as_str()),
        };
        let (int_part, frac_part) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        if int_part.is_empty() && frac_part.is_empty() {
            return None;
        }
        if !int_part.chars().all(|c| c.is_ascii_digit())
            || !frac_part.chars().all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let exp = currency.exponent() as usize;
        if frac_part.len() > exp {
            return None;
        }
        let int_val: i64 = if int_part.is_empty() {
            0
        } else {
            int_part.parse().ok()?
        };
        let mut frac = frac_part.to_string();
        while frac.len() < exp {
            frac.push('0');
        }
        let frac_val: i64 = if frac.is_empty() {
            0
        } else {
            frac.parse().ok()?
        };
        let minor = int_val
            .checked_mul(currency.minor_per_major())?
            .checked_add(frac_val)?;
        Some(Money::new(if neg { -minor } else { minor }, currency))
    }

    /// Exact decimal string in major units ("1234.50", "-0.05", "1200" for JPY). The app hands
    /// this string to `Intl.NumberFormat`, which formats decimal strings without float loss.
    pub fn to_decimal_string(self) -> String {
        let exp = self.currency.exponent();
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        if exp == 0 {
            return format!("{sign}{abs}");
        }
        let per = 10_u64.pow(exp);
        format!(
            "{sign}{}.{:0width$}",
            abs / per,
            abs % per,
            width = exp as usize
        )
    }

    /// `self * qty`, or `None` on overflow.
    pub fn times(self, qty: u32) -> Option<Money> {
        Some(Money::new(
            self.minor.checked_mul(i64::from(qty))?,
            self.currency,
        ))
    }

    /// Sum of two amounts in the same currency; `None` for mixed currencies or overflow.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        Some(Money::new(
            self.minor.checked_add(other.minor)?,
            self.currency,
        ))
    }
}

/// Integer division of `num / den` rounded half away from zero. `den` must be positive.
pub fn div_round_half_away(num: i128, den: i128) -> i128 {
    debug_assert!(den > 0);
    let q = num / den;
    let r = num % den;
    if r.abs() * 2 >= den {
        q + num.signum()
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_string_respects_exponent() {
        assert_eq!(
            Money::new(123450, Currency::Usd).to_decimal_string(),
            "1234.50"
        );
        assert_eq!(Money::new(-5, Currency::Eur).to_decimal_string(), "-0.05");
        assert_eq!(Money::new(1200, Currency::Jpy).to_decimal_string(), "1200");
        assert_eq!(Money::new(0, Currency::Gbp).to_decimal_string(), "0.00");
    }

    #[test]
    fn parse_major_is_exact_and_strict() {
        assert_eq!(
            Money::parse_major("12.5", Currency::Usd),
            Some(Money::new(1250, Currency::Usd))
        );
        assert_eq!(
            Money::parse_major("12,50", Currency::Eur),
            Some(Money::new(1250, Currency::Eur))
        );
        assert_eq!(
            Money::parse_major("800", Currency::Jpy),
            Some(Money::new(800, Currency::Jpy))
        );
        assert_eq!(Money::parse_major("1.5", Currency::Jpy), None);
        assert_eq!(Money::parse_major("1.005", Currency::Usd), None);
        assert_eq!(Money::parse_major("abc", Currency::Usd), None);
        assert_eq!(Money::parse_major("", Currency::Usd), None);
        assert_eq!(Money::parse_major(".", Currency::Usd), None);
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(div_round_half_away(5, 2), 3);
        assert_eq!(div_round_half_away(-5, 2), -3);
        assert_eq!(div_round_half_away(4, 3), 1);
        assert_eq!(div_round_half_away(-4, 3), -1);
        assert_eq!(div_round_half_away(149, 100), 1);
        assert_eq!(div_round_half_away(150, 100), 2);
    }

    #[test]
    fn arithmetic_refuses_mixed_currencies_and_overflow() {
        let usd = Money::new(100, Currency::Usd);
        assert_eq!(usd.checked_add(Money::new(1, Currency::Eur)), None);
        assert_eq!(Money::new(i64::MAX, Currency::Usd).times(2), None);
        assert_eq!(usd.times(3), Some(Money::new(300, Currency::Usd)));
    }
}
