//! CLDR cardinal plural categories, hardcoded.
//!
//! `intl_pluralrules` 7 (the version `fluent-bundle` 0.16 uses) builds fine
//! with the current `unic-langid`, but it carries CLDR 37 data and cannot list
//! a locale's categories. CLDR 38 added `many` to French, Spanish, Italian,
//! Portuguese and Catalan (it is used for exact millions: "1 000 000 d'articles"),
//! and CLDR 42 removed `many` from Hebrew. The table below follows CLDR 42+.
//! A dev-only test cross-checks every locale whose rules did not change since
//! CLDR 37 against `intl_pluralrules`.

/// All CLDR plural category names, in CLDR order.
pub const CLDR_PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

const OTHER: &[&str] = &["other"];
const ONE_OTHER: &[&str] = &["one", "other"];
const ONE_MANY_OTHER: &[&str] = &["one", "many", "other"];
const ONE_FEW_OTHER: &[&str] = &["one", "few", "other"];
const ONE_TWO_OTHER: &[&str] = &["one", "two", "other"];
const ZERO_ONE_OTHER: &[&str] = &["zero", "one", "other"];
const ONE_FEW_MANY_OTHER: &[&str] = &["one", "few", "many", "other"];
const ONE_TWO_FEW_OTHER: &[&str] = &["one", "two", "few", "other"];
const ONE_TWO_FEW_MANY_OTHER: &[&str] = &["one", "two", "few", "many", "other"];
const ALL: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// Categories for a locale we have no data for: ask only for `other`, so that
/// nothing is reported as missing (and unknown categories are not reported
/// either, see [`known_plural_categories`]).
const DEFAULT: &[&str] = OTHER;

/// Is `key` one of the six CLDR plural category names?
pub fn is_cldr_category(key: &str) -> bool {
    CLDR_PLURAL_CATEGORIES.contains(&key)
}

/// The primary language subtag of a BCP 47 / POSIX-ish locale, lowercased:
/// `zh-CN` → `zh`, `pt_BR` → `pt`.
pub fn language_of(locale: &str) -> String {
    locale
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The CLDR cardinal categories of `locale`, or `None` when the language is not
/// in the table.
pub fn known_plural_categories(locale: &str) -> Option<&'static [&'static str]> {
    let cats = match language_of(locale).as_str() {
        "zh" | "ja" | "ko" | "vi" | "th" | "id" | "ms" | "lo" | "my" | "km" | "yue" | "jv"
        | "bo" | "dz" | "ig" | "yo" | "to" => OTHER,
        "en" | "de" | "nl" | "sv" | "da" | "nb" | "nn" | "no" | "fi" | "et" | "el" | "hu"
        | "bg" | "tr" | "hi" | "bn" | "fa" | "ur" | "sw" | "ta" | "te" | "ml" | "kn" | "mr"
        | "gu" | "az" | "ka" | "hy" | "kk" | "uz" | "af" | "sq" | "eu" | "gl" | "is" | "fil"
        | "tl" | "mn" | "ky" | "pa" | "ne" | "si" | "zu" | "am" | "mk" | "ps" | "so" | "ha" => {
            ONE_OTHER
        }
        "fr" | "es" | "it" | "pt" | "ca" => ONE_MANY_OTHER,
        "ru" | "uk" | "be" | "pl" | "cs" | "sk" | "lt" => ONE_FEW_MANY_OTHER,
        "ro" | "hr" | "sr" | "bs" => ONE_FEW_OTHER,
        "he" | "iw" => ONE_TWO_OTHER,
        "lv" => ZERO_ONE_OTHER,
        "sl" | "gd" => ONE_TWO_FEW_OTHER,
        "ga" => ONE_TWO_FEW_MANY_OTHER,
        "ar" | "cy" => ALL,
        _ => return None,
    };
    Some(cats)
}

/// The CLDR cardinal plural categories `locale` uses (CLDR 42+), e.g.
/// `ar` → zero one two few many other, `ru` → one few many other,
/// `ja`/`zh` → other, `en`/`de` → one other, `fr`/`es`/`pt`/`it` → one many other.
///
/// Unknown languages get a conservative `["other"]`.
pub fn plural_categories(locale: &str) -> &'static [&'static str] {
    known_plural_categories(locale).unwrap_or(DEFAULT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        assert_eq!(
            plural_categories("ar"),
            ["zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(plural_categories("ru"), ["one", "few", "many", "other"]);
        assert_eq!(plural_categories("ja"), ["other"]);
        assert_eq!(plural_categories("zh-CN"), ["other"]);
        assert_eq!(plural_categories("de"), ["one", "other"]);
        assert_eq!(plural_categories("en-US"), ["one", "other"]);
        assert_eq!(plural_categories("fr"), ["one", "many", "other"]);
        assert_eq!(plural_categories("pt_BR"), ["one", "many", "other"]);
        assert_eq!(plural_categories("xx"), ["other"]);
        assert!(known_plural_categories("xx").is_none());
    }
}
