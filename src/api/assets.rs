//! The app's own static files that are loaded at run time (not backend data).

use super::http::fetch_text;
use super::ApiError;

/// One `.ftl` file of a locale, from `locales/<tag>/<file>` next to `index.html`.
pub async fn locale_file(tag: &str, file: &str) -> Result<String, ApiError> {
    fetch_text(&format!("/locales/{tag}/{file}")).await
}
