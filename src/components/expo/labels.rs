//! Labels of expo enums; each arm names its message literally so the locale check sees it.

use tradefair_core::expo::{Session, SessionKind};

use crate::i18n::tr;
use crate::t;

/// What a session is, in the buyer's language.
pub fn session_kind(k: SessionKind) -> String {
    match k {
        SessionKind::ProductLaunch => tr("expo-kind-product-launch"),
        SessionKind::FactoryTour => tr("expo-kind-factory-tour"),
        SessionKind::LiveDemo => tr("expo-kind-live-demo"),
        SessionKind::QAndA => tr("expo-kind-q-and-a"),
    }
}

/// "Factory tour: LED panel light" (the kind alone when no product is named).
pub fn session_title(s: &Session) -> String {
    if s.product.text.is_empty() {
        session_kind(s.kind)
    } else {
        t!(
            "expo-session-title",
            kind = session_kind(s.kind),
            product = s.product.text.clone()
        )
    }
}
