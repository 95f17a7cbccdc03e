//! The shipped locales and language negotiation (pure: tested natively).

/// A locale the app ships translations for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    En,
    ZhCn,
    Es,
    De,
    Ar,
    Fr,
}

/// Writing direction of a locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Locale {
    /// Every shipped locale, source locale first.
    pub const ALL: [Locale; 6] = [
        Locale::En,
        Locale::ZhCn,
        Locale::Es,
        Locale::De,
        Locale::Ar,
        Locale::Fr,
    ];

    /// The source locale every other one falls back to.
    pub const SOURCE: Locale = Locale::En;

    /// BCP 47 tag, also the folder name under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhCn => "zh-CN",
            Locale::Es => "es",
            Locale::De => "de",
            Locale::Ar => "ar",
            Locale::Fr => "fr",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    pub fn direction(self) -> Direction {
        match self {
            Locale::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// The display currency a buyer from this locale most likely wants on a first visit.
    pub fn default_currency(self) -> tradefair_core::money::Currency {
        use tradefair_core::money::Currency;
        match self {
            Locale::En => Currency::Usd,
            Locale::ZhCn => Currency::Cny,
            Locale::Es | Locale::De | Locale::Fr => Currency::Eur,
            Locale::Ar => Currency::Aed,
        }
    }
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Picks the shipped locale for a first visit from the browser's preference list
/// (`navigator.languages`, most preferred first).
///
/// An exact tag wins; otherwise the language subtag matches (`de-AT` gets `de`, `zh-Hans-CN`
/// and `zh-SG` get `zh-CN`, `es-419` gets `es`); the first preference that matches anything
/// wins, so a buyer who prefers Arabic then English gets Arabic. No match gives `en`.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
    for pref in preferred {
        let pref = pref.trim();
        if pref.is_empty() {
            continue;
        }
        if let Some(l) = Locale::from_tag(pref) {
            return l;
        }
        let lang = pref
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        // Traditional Chinese readers are better served by Simplified than by English, but
        // only as a language match, never above an exact match further down the list.
        if let Some(l) = Locale::ALL
            .into_iter()
            .find(|l| l.tag().split('-').next() == Some(lang.as_str()))
        {
            return l;
        }
    }
    Locale::SOURCE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_and_language_matches() {
        assert_eq!(negotiate(["de-AT", "en"]), Locale::De);
        assert_eq!(negotiate(["zh-Hans-CN"]), Locale::ZhCn);
        assert_eq!(negotiate(["zh-CN"]), Locale::ZhCn);
        assert_eq!(negotiate(["es-419"]), Locale::Es);
        assert_eq!(negotiate(["AR"]), Locale::Ar);
        assert_eq!(negotiate(["fr_CA"]), Locale::Fr);
    }

    #[test]
    fn first_matching_preference_wins() {
        assert_eq!(negotiate(["sw", "ar-AE", "en-US"]), Locale::Ar);
        assert_eq!(negotiate(["pt-BR", "ja"]), Locale::En);
        assert_eq!(negotiate(Vec::<&str>::new()), Locale::En);
        assert_eq!(negotiate(["", " "]), Locale::En);
    }

    #[test]
    fn arabic_is_right_to_left() {
        assert_eq!(Locale::Ar.direction(), Direction::Rtl);
        assert!(Locale::ALL
            .iter()
            .filter(|l| **l != Locale::Ar)
            .all(|l| l.direction() == Direction::Ltr));
    }
}
