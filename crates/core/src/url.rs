//! The catalog query as URL query pairs.
//!
//! One encoding serves three places: the app's `/catalog?...` URL (so a link or the back
//! button restores the search), the HTTP client's `GET /api/products?...`, and the reference
//! server's parser. Defaults are left out so URLs stay short; unknown or malformed values are
//! dropped rather than failing the page (a hand-edited link still opens).

use crate::money::Currency;
use crate::wire::{CatalogQuery, Category, Certification, SortOrder};

/// Largest page size a client may ask for.
pub const MAX_PER_PAGE: u32 = 100;

impl CatalogQuery {
    /// Encodes the query as `(key, value)` pairs, skipping defaults. `locale` and `currency`
    /// are included only when `with_context` is set (the API needs them, the page URL takes
    /// them from the buyer's settings).
    pub fn to_pairs(&self, with_context: bool) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if !self.q.trim().is_empty() {
            out.push(("q", self.q.trim().to_string()));
        }
        if !self.categories.is_empty() {
            let v: Vec<&str> = self.categories.iter().map(|c| c.slug()).collect();
            out.push(("category", v.join(",")));
        }
        if !self.certifications.is_empty() {
            let v: Vec<&str> = self.certifications.iter().map(|c| c.code()).collect();
            out.push(("cert", v.join(",")));
        }
        if !self.countries.is_empty() {
            out.push(("country", self.countries.join(",")));
        }
        if let Some(v) = self.price_min {
            out.push(("price_min", v.to_string()));
        }
        if let Some(v) = self.price_max {
            out.push(("price_max", v.to_string()));
        }
        if let Some(v) = self.moq_min {
            out.push(("moq_min", v.to_string()));
        }
        if let Some(v) = self.moq_max {
            out.push(("moq_max", v.to_string()));
        }
        if let Some(v) = self.lead_time_max {
            out.push(("lead_max", v.to_string()));
        }
        if self.overseas_stock {
            out.push(("overseas", "1".to_string()));
        }
        if let Some(v) = self.supplier_id {
            out.push(("supplier", v.to_string()));
        }
        if self.sort != SortOrder::Relevance {
            out.push(("sort", self.sort.slug().to_string()));
        }
        if self.page > 1 {
            out.push(("page", self.page.to_string()));
        }
        if with_context {
            if self.per_page != 24 {
                out.push(("per_page", self.per_page.to_string()));
            }
            out.push(("locale", self.locale.clone()));
            out.push(("currency", self.currency.code().to_string()));
        }
        out
    }

    /// Decodes pairs (already percent-decoded). Missing keys keep their defaults; bad values
    /// are ignored. Lists are sorted and de-duplicated so equal searches compare equal.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        locale: &str,
        currency: Currency,
    ) -> CatalogQuery {
        let mut q = CatalogQuery::new(locale, currency);
        for (k, v) in pairs {
            let list = || v.split(',').map(str::trim).filter(|s| !s.is_empty());
            match k {
                "q" => q.q = v.trim().chars().take(200).collect(),
                "category" => q.categories = list().filter_map(Category::from_slug).collect(),
                "cert" => q.certifications = list().filter_map(Certification::from_code).collect(),
                "country" => {
                    q.countries = list()
                        .filter(|c| c.len() == 2 && c.chars().all(|ch| ch.is_ascii_alphabetic()))
                        .map(|c| c.to_ascii_uppercase())
                        .collect()
                }
                "price_min" => q.price_min = v.parse().ok().filter(|n: &i64| *n >= 0),
                "price_max" => q.price_max = v.parse().ok().filter(|n: &i64| *n >= 0),
                "moq_min" => q.moq_min = v.parse().ok(),
                "moq_max" => q.moq_max = v.parse().ok(),
                "lead_max" => q.lead_time_max = v.parse().ok(),
                "overseas" => q.overseas_stock = v == "1" || v == "true",
                "supplier" => q.supplier_id = v.parse().ok(),
                "sort" => q.sort = SortOrder::from_slug(v).unwrap_or_default(),
                "page" => q.page = v.parse().ok().filter(|p| *p >= 1).unwrap_or(1),
                "per_page" => {
                    q.per_page = v
                        .parse()
                        .ok()
                        .filter(|p| (1..=MAX_PER_PAGE).contains(p))
                        .unwrap_or(24)
                }
                "locale" if !v.is_empty() && v.len() <= 35 => q.locale = v.to_string(),
                "currency" => {
                    if let Some(c) = Currency::from_code(v) {
                        q.currency = c
                    }
                }
                _ => {}
            }
        }
        q.categories.sort();
        q.categories.dedup();
        q.certifications.sort();
        q.certifications.dedup();
        q.countries.sort();
        q.countries.dedup();
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_pairs() {
        let mut q = CatalogQuery::new("de", Currency::Eur);
        q.q = "led lamp".into();
        q.categories = vec![Category::Lighting, Category::Electronics];
        q.certifications = vec![Certification::Ce];
        q.countries = vec!["CN".into(), "VN".into()];
        q.price_min = Some(100);
        q.moq_max = Some(500);
        q.lead_time_max = Some(30);
        q.overseas_stock = true;
        q.sort = SortOrder::PriceAsc;
        q.page = 3;
        let pairs = q.to_pairs(true);
        let back = CatalogQuery::from_pairs(
            pairs.iter().map(|(k, v)| (*k, v.as_str())),
            "en",
            Currency::Usd,
        );
        let mut expected = q.clone();
        expected.categories.sort();
        assert_eq!(back, expected);
    }

    #[test]
    fn defaults_are_omitted_and_garbage_ignored() {
        let q = CatalogQuery::new("en", Currency::Usd);
        assert!(q.to_pairs(false).is_empty());
        let parsed = CatalogQuery::from_pairs(
            [
                ("category", "nonsense,lighting"),
                ("page", "-4"),
                ("price_min", "abc"),
                ("sort", "cheapest"),
                ("country", "cn,XYZ"),
            ],
            "en",
            Currency::Usd,
        );
        assert_eq!(parsed.categories, vec![Category::Lighting]);
        assert_eq!(parsed.page, 1);
        assert_eq!(parsed.price_min, None);
        assert_eq!(parsed.sort, SortOrder::Relevance);
        assert_eq!(parsed.countries, vec!["CN".to_string()]);
    }
}
