//! The booth editor's sections: the description per locale, featured products, brochures,
//! the session schedule (in the exhibitor's time zone) and meeting hours. Each section edits
//! the shared draft and shows the errors of its own fields.

mod brochures;
mod featured;
mod hours;
mod schedule;
mod texts;

pub use brochures::BrochureChoice;
pub use featured::FeaturedProducts;
pub use hours::MeetingHours;
pub use schedule::SessionSchedule;
pub use texts::ProfileTexts;

use leptos::prelude::*;
use tradefair_core::exhibitor::{MAX_ABOUT_CHARS, MAX_FEATURED};
use tradefair_core::trade::FieldError;

use crate::i18n::tr;
use crate::t;

/// The message for a profile field's error `code`, in the exhibitor's language. Each arm
/// names its message literally so the locale check sees it.
pub fn field_error_text(field: &str, code: &str) -> String {
    let mut parts = field.split('.');
    let head = parts.next().unwrap_or_default();
    let leaf = field.rsplit('.').next().unwrap_or(field);
    match (head, leaf, code) {
        ("texts", _, "too_long") => t!("editor-error-too-long", max = MAX_ABOUT_CHARS),
        ("texts", _, "duplicate") => tr("editor-error-duplicate"),
        ("featured", _, "too_many") => t!("editor-error-too-many", max = MAX_FEATURED),
        ("featured", _, "duplicate") => tr("editor-error-duplicate"),
        ("featured", _, _) => tr("editor-error-not-offered"),
        ("brochures", _, _) => tr("editor-error-brochure"),
        ("time_zone", _, _) => tr("editor-error-time-zone"),
        ("sessions", "sessions", _) => tr("editor-error-too-many-sessions"),
        ("sessions", "product_id", _) => tr("editor-error-product"),
        ("sessions", "date", "required") => tr("editor-error-required"),
        ("sessions", "date", _) => tr("editor-error-date"),
        ("sessions", "start_min", "overlaps") => tr("editor-error-overlaps"),
        ("sessions", "start_min", "required") => tr("editor-error-required"),
        ("sessions", "start_min", _) => tr("editor-error-time"),
        ("sessions", "duration_min", _) => tr("editor-error-duration"),
        ("working_hours", "working_hours", _) => tr("editor-error-hours"),
        ("working_hours", _, "required") => tr("editor-error-required"),
        ("working_hours", _, _) => tr("editor-error-time"),
        ("slot_minutes", _, _) => tr("editor-error-slot"),
        (_, _, "required") => tr("editor-error-required"),
        (_, _, "too_long") => t!("editor-error-too-long", max = MAX_ABOUT_CHARS),
        _ => tr("editor-error-invalid"),
    }
}

/// The element id of a profile field (`texts.2.about` is `editor-texts-2-about`); its error
/// message has the same id with `-error`.
pub fn field_id(field: &str) -> String {
    format!("editor-{}", field.replace(['.', '_'], "-"))
}

/// The element that takes focus for an error at `field`: its control, or for a field with
/// no single control (the featured list, a brochure, the time zone) its message.
pub fn focus_target(field: &str) -> String {
    let id = field_id(field);
    let has_control = field.starts_with("texts.") && field.ends_with(".about")
        || field.starts_with("sessions.")
        || field.starts_with("working_hours.")
        || field == "slot_minutes";
    if field == "working_hours" {
        field_id("working_hours.end_min")
    } else if has_control {
        id
    } else {
        format!("{id}-error")
    }
}

/// The errors shown by the editor, shared by its sections.
#[derive(Clone, Copy)]
pub struct EditorErrors(pub RwSignal<Vec<FieldError>>);

impl EditorErrors {
    /// The message for the first error at exactly `field`.
    pub fn text(&self, field: &str) -> Option<String> {
        self.0.with(|e| {
            e.iter()
                .find(|x| x.field == field)
                .map(|x| field_error_text(&x.field, &x.code))
        })
    }

    /// The messages of every error at `field` or below it (`featured` covers `featured.3`).
    pub fn under(&self, field: &str) -> Vec<String> {
        let prefix = format!("{field}.");
        self.0.with(|e| {
            e.iter()
                .filter(|x| x.field == field || x.field.starts_with(&prefix))
                .map(|x| field_error_text(&x.field, &x.code))
                .collect()
        })
    }

    /// `aria-invalid` for a control at `field`.
    pub fn invalid(&self, field: &str) -> Option<&'static str> {
        self.0
            .with(|e| e.iter().any(|x| x.field == field))
            .then_some("true")
    }
}

/// Moves focus to the element `id`.
pub fn focus(id: &str) {
    crate::components::exhibitor::inbox::focus(id);
}
