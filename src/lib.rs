//! Tradefair: a cross-border B2B wholesale app (Leptos, client-side rendered).
//!
//! Layers point one way: `pages` → `components` → `state` → `domain`, with `api` (the typed
//! client) used by pages and state, and `i18n` by everything that shows text.

pub mod api;
pub mod app;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod media;
pub mod pages;
pub mod panic;
pub mod routes;
pub mod state;
