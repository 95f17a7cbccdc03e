//! Message ids used in Rust code: `tr("key")`, `tr_args("key", ...)`,
//! `tr_text("key")` and `t!("key")`. Comments are skipped; only literal keys
//! are found (`tr(&format!(...))` cannot be checked).

/// One use of a key in Rust source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyUse {
    /// `id` or `id.attr`.
    pub key: String,
    /// 1-based line of the key's string literal.
    pub line: usize,
    /// 1-based column (characters) of the opening quote.
    pub column: usize,
}

impl KeyUse {
    /// The message id (before any `.attr`).
    pub fn message_id(&self) -> &str {
        split_key(&self.key).0
    }

    /// The attribute, if the key is `id.attr`.
    pub fn attribute(&self) -> Option<&str> {
        split_key(&self.key).1
    }
}

/// `"id.attr"` → `("id", Some("attr"))`.
pub fn split_key(key: &str) -> (&str, Option<&str>) {
    match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    }
}

const CALLS: [&str; 4] = ["tr_args", "tr_text", "tr", "t!"];

/// The distinct keys used in `rust_source`, in order of first use.
pub fn keys_used_in_code(rust_source: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for u in find_key_uses(rust_source) {
        if !out.contains(&u.key) {
            out.push(u.key);
        }
    }
    out
}

/// Every use of a key in `rust_source`, with its position.
pub fn find_key_uses(rust_source: &str) -> Vec<KeyUse> {
    let code = mask_comments(rust_source.as_bytes());
    let mut out = Vec::new();
    let mut i = 0;
    while i < code.len() {
        if i > 0 && is_ident_byte(code[i - 1]) {
            i += 1;
            continue;
        }
        let Some(name) = CALLS.iter().find(|c| code[i..].starts_with(c.as_bytes())) else {
            i += 1;
            continue;
        };
        let mut j = skip_ws(&code, i + name.len());
        if code.get(j) != Some(&b'(') {
            i += 1;
            continue;
        }
        j = skip_ws(&code, j + 1);
        if code.get(j) == Some(&b'"') {
            let start = j + 1;
            if let Some(len) = code[start..].iter().position(|&b| b == b'"') {
                let key = &rust_source[start..start + len];
                if is_valid_key(key) {
                    let (line, column) = crate::model::line_col(rust_source, j);
                    out.push(KeyUse {
                        key: key.to_string(),
                        line,
                        column,
                    });
                }
            }
        }
        i = j.max(i + 1);
    }
    out
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

fn skip_ws(code: &[u8], mut i: usize) -> usize {
    while i < code.len() && code[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// `[a-z][a-z0-9-]*` optionally followed by `.` and an attribute name
/// (`[a-zA-Z][a-zA-Z0-9_-]*`).
fn is_valid_key(key: &str) -> bool {
    let (id, attr) = split_key(key);
    let id_ok = id.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    let attr_ok = attr.is_none_or(|a| {
        a.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
            && a.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    });
    id_ok && attr_ok
}

/// A copy of the source with the bytes of comments replaced by spaces
/// (newlines kept), so offsets stay the same. String and char literals are
/// understood so that `"//"` or `'"'` do not confuse the scan.
fn mask_comments(src: &[u8]) -> Vec<u8> {
    let mut out = src.to_vec();
    let mut i = 0;
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for b in &mut out[from..to] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    };
    while i < src.len() {
        match src[i] {
            b'/' if src.get(i + 1) == Some(&b'/') => {
                let end = src[i..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(src.len(), |p| i + p);
                blank(&mut out, i, end);
                i = end;
            }
            b'/' if src.get(i + 1) == Some(&b'*') => {
                let start = i;
                let mut depth = 0usize;
                while i < src.len() {
                    if src[i..].starts_with(b"/*") {
                        depth += 1;
                        i += 2;
                    } else if src[i..].starts_with(b"*/") {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                blank(&mut out, start, i.min(src.len()));
            }
            b'r' if (i == 0 || !is_ident_byte(src[i - 1]))
                && matches!(src.get(i + 1), Some(b'"') | Some(b'#')) =>
            {
                // raw string r"..." / r#"..."#
                let mut j = i + 1;
                let mut hashes = 0;
                while src.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if src.get(j) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                j += 1;
                let mut close = vec![b'"'];
                close.extend(std::iter::repeat_n(b'#', hashes));
                i = src[j..]
                    .windows(close.len())
                    .position(|w| w == close.as_slice())
                    .map_or(src.len(), |p| j + p + close.len());
            }
            b'"' => {
                i += 1;
                while i < src.len() && src[i] != b'"' {
                    i += if src[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'\'' => {
                // char literal ('x', '\n', '\u{..}', 'é') or lifetime ('a)
                if src.get(i + 1) == Some(&b'\\') {
                    let end = src[i + 2..]
                        .iter()
                        .position(|&b| b == b'\'')
                        .map_or(src.len(), |p| i + 2 + p + 1);
                    i = end;
                } else {
                    let len = src.get(i + 1).map_or(1, |&b| utf8_len(b));
                    if src.get(i + 1 + len) == Some(&b'\'') {
                        i += len + 2;
                    } else {
                        i += 1;
                    }
                }
            }
            _ => i += 1,
        }
    }
    out
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_keys() {
        assert!(is_valid_key("cart-total"));
        assert!(is_valid_key("search.placeholder"));
        assert!(is_valid_key("a1"));
        assert!(!is_valid_key("Cart"));
        assert!(!is_valid_key("1a"));
        assert!(!is_valid_key(""));
        assert!(!is_valid_key("a.b.c"));
        assert!(!is_valid_key("a {}"));
    }

    #[test]
    fn masks() {
        let src = "let c = '\"'; // tr(\"a\")\n/* tr(\"b\") /* nested */ */ tr(\"c\") 'a: loop {}";
        assert_eq!(keys_used_in_code(src), ["c"]);
    }
}
