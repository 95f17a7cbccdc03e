//! The Content-Security-Policy, with the hashes of the app's inline scripts.
//!
//! Trunk writes one small inline module script into `index.html` (it imports the hashed
//! JS glue and starts the wasm). Rather than allowing `'unsafe-inline'`, the policy lists the
//! SHA-256 of each inline script found in the served `index.html`, so that script and
//! nothing else runs inline.

use sha2::{Digest, Sha256};

/// The policy without inline-script hashes.
/// The policy without inline-script hashes: `docs/csp.txt`, shared with `scripts/harden.mjs`
/// (which writes the same policy into `_headers` for static hosts).
pub const BASE_POLICY: &str = include_str!("../../docs/csp.txt");

/// The bodies of `<script>` elements without a `src` attribute, exactly as written.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let body_start = tag_end + 1;
        let Some(close) = after[body_start..].find("</script>") else {
            break;
        };
        let body = &after[body_start..body_start + close];
        if !tag.contains(" src=") && !body.trim().is_empty() {
            out.push(body);
        }
        rest = &after[body_start + close + "</script>".len()..];
    }
    out
}

/// `'sha256-…'` source expression of a script body.
pub fn hash_source(body: &str) -> String {
    use base64::Engine as _;
    let digest = Sha256::digest(body.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The policy for an app whose `index.html` is `html` (or the base policy without one).
pub fn policy(html: Option<&str>) -> String {
    let hashes: Vec<String> = html
        .map(|h| inline_scripts(h).into_iter().map(hash_source).collect())
        .unwrap_or_default();
    if hashes.is_empty() {
        return BASE_POLICY.to_string();
    }
    BASE_POLICY.replacen(
        "script-src 'self' 'wasm-unsafe-eval'",
        &format!("script-src 'self' 'wasm-unsafe-eval' {}", hashes.join(" ")),
        1,
    )
}

/// `policy` that also lets the app reach the media server at `url` (WHEP/WHIP signalling
/// is `fetch`, so `connect-src`). Only the origin of `url` is added; anything but a plain
/// `http(s)://host[:port]` origin adds nothing, so a configured URL cannot inject directives.
pub fn allow_connect(policy: &str, url: &str) -> String {
    let Some(origin) = origin_of(url) else {
        return policy.to_string();
    };
    policy.replacen(
        "connect-src 'self'",
        &format!("connect-src 'self' {origin}"),
        1,
    )
}

/// `scheme://host[:port]` of an http(s) URL, if it is nothing stranger.
fn origin_of(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))?;
    let host_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_len];
    let ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    ok.then(|| &url[..url.len() - rest.len() + host_len])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_only_inline_scripts() {
        let html = r#"<head><script type="module" src="/a.js"></script>
<script type="module">import init from '/x.js';await init();</script></head>"#;
        let scripts = inline_scripts(html);
        assert_eq!(scripts, vec!["import init from '/x.js';await init();"]);
        let p = policy(Some(html));
        assert!(p.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"));
        assert!(!p.contains("unsafe-inline"));
        assert_eq!(policy(Some("<p>no scripts</p>")), BASE_POLICY);
        assert_eq!(policy(None), BASE_POLICY);
    }

    #[test]
    fn base_policy_is_strict() {
        assert!(!BASE_POLICY.contains('\n'), "docs/csp.txt must be one line");
        for directive in [
            "object-src 'none'",
            "base-uri 'none'",
            "require-trusted-types-for 'script'",
            "script-src 'self' 'wasm-unsafe-eval'",
        ] {
            assert!(BASE_POLICY.contains(directive), "{directive}");
        }
        assert!(!BASE_POLICY.contains("unsafe-inline") && !BASE_POLICY.contains("'unsafe-eval'"));
    }

    #[test]
    fn media_server_origin_joins_connect_src() {
        let base = "default-src 'self'; connect-src 'self'; object-src 'none'";
        assert_eq!(
            allow_connect(base, "http://127.0.0.1:8889/whep"),
            "default-src 'self'; connect-src 'self' http://127.0.0.1:8889; object-src 'none'"
        );
        assert_eq!(
            allow_connect(base, "https://media.example.com"),
            "default-src 'self'; connect-src 'self' https://media.example.com; object-src 'none'"
        );
        for bad in [
            "ftp://x",
            "http://",
            "http://a.example; script-src *",
            "http://a b",
            "javascript:alert(1)",
        ] {
            assert_eq!(allow_connect(base, bad), base, "{bad}");
        }
    }

    #[test]
    fn hash_matches_the_browser_format() {
        // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            hash_source("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }
}
