//! Untrusted text from a backend (product descriptions, supplier profiles, chat, brochure
//! links, tracking links) is shown as text nodes, never parsed as HTML. The one place such
//! text becomes live is a link target: [`safe_href`] lets through only URLs with an allowed
//! scheme (http, https, mailto) or a same-site path, read the way a browser reads them.

/// The URL to put in an `href`/`src` from untrusted `input`, or `None` when it could run
/// script or leave the allowed schemes (`javascript:`, `data:`, `vbscript:`, `blob:`,
/// protocol-relative `//host`, obfuscations with control characters or entities).
///
/// Browsers strip leading/trailing C0 controls and spaces and remove tabs and newlines
/// anywhere before parsing a URL, so `java\tscript:` is `javascript:`; the same is done here
/// before the scheme is read. An `&` could be an entity in HTML attribute context
/// (`javascript&colon;`): it is allowed only after the scheme is known to be safe.
pub fn safe_href(input: &str) -> Option<String> {
    let cleaned: String = input
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if cleaned.is_empty() || cleaned.chars().any(|c| c.is_control()) {
        return None;
    }
    // A same-site path: "/x" but not "//host" or "/\host" (browsers treat both as a host).
    if let Some(rest) = cleaned.strip_prefix('/') {
        return (!rest.starts_with('/') && !rest.starts_with('\\')).then_some(cleaned);
    }
    let scheme_end = cleaned.find(':')?;
    let scheme = &cleaned[..scheme_end];
    // A scheme is letters, digits, "+", "-", "." after a letter; anything else before the
    // first ":" (an entity's "&", a "/", a space) means the text is not a URL we accept.
    let valid_scheme = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !valid_scheme {
        return None;
    }
    match scheme.to_ascii_lowercase().as_str() {
        "http" | "https" => {
            let rest = &cleaned[scheme_end + 1..];
            (rest.starts_with("//") && rest.len() > 2).then_some(cleaned)
        }
        "mailto" => (cleaned.len() > scheme_end + 1).then_some(cleaned),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Link payloads from OWASP's XSS filter evasion cheat sheet and friends.
    const HOSTILE: &[&str] = &[
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "\u{0001}javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\rscript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "javascript&colon;alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "&#x6A;avascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:text/html,<script>alert(1)</script>",
        "DATA:image/svg+xml,<svg onload=alert(1)>",
        "blob:https://example.com/1234",
        "file:///etc/passwd",
        "//evil.example/x.js",
        "/\\evil.example",
        "\\\\evil.example",
        "https:",
        "http:/evil",
        "\"><script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "",
        "   ",
        "mailto:",
    ];

    #[test]
    fn hostile_links_are_refused() {
        for payload in HOSTILE {
            assert_eq!(safe_href(payload), None, "{payload:?} must be refused");
        }
    }

    #[test]
    fn ordinary_links_pass_unchanged() {
        for ok in [
            "https://supplier.example/catalogue.pdf",
            "HTTP://example.com",
            "http://127.0.0.1:8088/media/a.pdf?x=1&y=2",
            "mailto:sales@example.com",
            "/media/brochures/1-catalogue.pdf",
            "/orders/TF-1?a=b&c=d",
        ] {
            assert_eq!(safe_href(ok).as_deref(), Some(ok), "{ok}");
        }
    }

    #[test]
    fn browser_whitespace_rules_are_applied_before_judging() {
        assert_eq!(
            safe_href("  https://example.com/a\n").as_deref(),
            Some("https://example.com/a")
        );
        assert_eq!(
            safe_href("ht\ttps://example.com").as_deref(),
            Some("https://example.com")
        );
    }
}
