//! Fluent files as text: where each message sits, the part a translator edits, and writing
//! an edit back so that nothing else in the file changes.
//!
//! The Fluent AST has no byte positions, and serialising it would reformat the whole file
//! (comments moved, blank lines dropped, indentation normalised): a reviewer's diff would
//! show every line. So entries are located by Fluent's line structure instead: an entry
//! starts at column 0 with `id =` (or `-term =`), and every following line that does not
//! start at column 0 with a letter, `-` or `#` belongs to it. That is also where the Fluent
//! parser resumes after a syntax error, so a broken entry is found like any other.

use std::collections::BTreeMap;

/// Where one message or term sits in a file's text (byte offsets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntrySpan {
    /// The id; terms keep their `-`.
    pub id: String,
    /// 1-based line of the `id =` line.
    pub line: usize,
    /// Start of the `id` (column 0).
    pub start: usize,
    /// Just after the `=`.
    pub eq_end: usize,
    /// First character of the value on the `id =` line (`eq_end` plus spaces), or the end
    /// of that line when the value starts on the next one.
    pub value_start: usize,
    /// End of the entry's last non-blank line (before its line break).
    pub end: usize,
    /// Start of the `# comment` lines attached to the entry (equal to `start` when none).
    pub comment_start: usize,
}

/// How an entry's value is laid out in the file, so an edit is written back the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Indentation of continuation lines.
    pub indent: usize,
}

impl Default for Layout {
    fn default() -> Self {
        Layout { indent: 4 }
    }
}

/// Lines of `text` as (byte offset, content without the line break).
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split_inclusive('\n').map(move |raw| {
        let start = offset;
        offset += raw.len();
        let content = raw.strip_suffix('\n').unwrap_or(raw);
        (start, content.strip_suffix('\r').unwrap_or(content))
    })
}

fn is_id_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// `id =` or `-id =` at the start of `line`: the id and the byte offset just after `=`.
fn entry_head(line: &str) -> Option<(&str, usize)> {
    let b = line.as_bytes();
    let start = usize::from(b.first() == Some(&b'-'));
    if !b.get(start).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let mut end = start;
    while end < b.len() && is_id_char(b[end]) {
        end += 1;
    }
    let mut eq = end;
    while eq < b.len() && (b[eq] == b' ' || b[eq] == b'\t') {
        eq += 1;
    }
    (b.get(eq) == Some(&b'=')).then(|| (&line[..end], eq + 1))
}

/// Every entry of `text`, in file order (duplicates kept).
pub fn entry_spans(text: &str) -> Vec<EntrySpan> {
    let mut spans: Vec<EntrySpan> = Vec::new();
    let mut current: Option<EntrySpan> = None;
    let mut comment_start: Option<usize> = None;
    for (n, (offset, line)) in lines(text).enumerate() {
        let first = line.as_bytes().first().copied();
        if let Some((id, eq)) = entry_head(line) {
            spans.extend(current.take());
            let after = &line[eq..];
            let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
            current = Some(EntrySpan {
                id: id.to_string(),
                line: n + 1,
                start: offset,
                eq_end: offset + eq,
                value_start: offset + eq + spaces,
                end: offset + line.len(),
                comment_start: comment_start.take().unwrap_or(offset),
            });
        } else if line.trim().is_empty() {
            // A blank line ends a comment's attachment; an entry may continue after it.
            comment_start = None;
        } else if first == Some(b'#') {
            spans.extend(current.take());
            let attaches = line == "#" || line.starts_with("# ");
            if attaches {
                comment_start.get_or_insert(offset);
            } else {
                comment_start = None;
            }
        } else if first.is_some_and(|b| b.is_ascii_alphabetic() || b == b'-') {
            // Junk at column 0 that is not an entry: it ends the current one.
            spans.extend(current.take());
            comment_start = None;
        } else if let Some(c) = current.as_mut() {
            c.end = offset + line.len();
        }
    }
    spans.extend(current);
    spans
}

/// The first entry with this id.
pub fn find<'a>(spans: &'a [EntrySpan], id: &str) -> Option<&'a EntrySpan> {
    spans.iter().find(|s| s.id == id)
}

/// The value (and attributes) of an entry as a translator edits it: the text after `=`,
/// with the common indentation of the continuation lines removed.
pub fn editable(text: &str, span: &EntrySpan) -> (String, Layout) {
    let body = &text[span.value_start..span.end];
    let mut parts = body.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let first = parts.next().unwrap_or_default().trim_end();
    let rest: Vec<&str> = parts.collect();
    let indent = rest
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<&str> = Vec::with_capacity(rest.len() + 1);
    if !first.is_empty() {
        out.push(first);
    }
    for l in &rest {
        out.push(if l.trim().is_empty() {
            ""
        } else {
            &l[indent..]
        });
    }
    let layout = Layout {
        indent: if indent == 0 { 4 } else { indent },
    };
    (out.join("\n"), layout)
}

/// The editable text of `id` in `text`, if the file has it.
pub fn editable_of(text: &str, id: &str) -> Option<String> {
    find(&entry_spans(text), id).map(|s| editable(text, s).0)
}

/// `.name =` at the start of a (dedented) line: an attribute, not value text.
fn is_attribute_line(line: &str) -> bool {
    line.strip_prefix('.')
        .and_then(|rest| entry_head(rest))
        .is_some_and(|(name, _)| !name.starts_with('-'))
}

/// The lines of an edited value: line breaks normalised, blank lines at either end dropped.
fn draft_lines(draft: &str) -> Vec<&str> {
    let mut v: Vec<&str> = draft
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    while v.last().is_some_and(|l| l.trim().is_empty()) {
        v.pop();
    }
    let lead = v.iter().take_while(|l| l.trim().is_empty()).count();
    v.drain(..lead);
    v
}

/// How an entry is written: `head` is the `id =` part (as in the file, so `id=` stays
/// `id=`), `inline_head` the same with the spaces before an inline value.
pub struct EntryHead<'a> {
    pub head: &'a str,
    pub inline_head: &'a str,
    pub layout: Layout,
}

/// The entry's source text for an edited value: one line stays on the `id =` line,
/// several lines (or attributes) go below it, indented as the file does.
pub fn render_entry(head: &EntryHead, draft: &str) -> String {
    let lines = draft_lines(draft);
    match lines.as_slice() {
        [] => head.head.to_string(),
        [one] if !is_attribute_line(one) => format!("{}{one}", head.inline_head),
        many => {
            let pad = " ".repeat(head.layout.indent);
            let mut out = head.head.to_string();
            for l in many {
                out.push('\n');
                if !l.trim().is_empty() {
                    out.push_str(&pad);
                    out.push_str(l);
                }
            }
            out
        }
    }
}

/// Turns a 1-based (line, column) in [`render_entry`]'s output into one in the editor,
/// where the translator typed `draft`.
pub fn editor_position(
    head: &EntryHead,
    draft: &str,
    line: usize,
    column: usize,
) -> (usize, usize) {
    let leading_blank = draft
        .split('\n')
        .take_while(|l| l.trim().is_empty())
        .count();
    let lines = draft_lines(draft);
    match lines.as_slice() {
        [] => (1, 1),
        [one] if !is_attribute_line(one) => (
            1 + leading_blank,
            column
                .saturating_sub(head.inline_head.chars().count())
                .max(1),
        ),
        _ if line <= 1 => (1, 1),
        _ => (
            line - 1 + leading_blank,
            column.saturating_sub(head.layout.indent).max(1),
        ),
    }
}

/// The `id = ` an inline value follows: as in the file when the value is on the `id =`
/// line there, else `id =` and one space.
pub fn inline_head(original: &str, span: &EntrySpan) -> String {
    let rest = &original[span.value_start..span.end];
    let inline = !rest
        .split('\n')
        .next()
        .unwrap_or_default()
        .trim()
        .is_empty();
    if inline {
        original[span.start..span.value_start].to_string()
    } else {
        format!("{} ", &original[span.start..span.eq_end])
    }
}

/// The head of a new entry (one the target file does not have yet).
pub fn new_head(id: &str) -> (String, String) {
    (format!("{id} ="), format!("{id} = "))
}

/// The file `original` with each draft (id → edited value) written in: an existing entry
/// has exactly its span replaced; a new one is inserted after the nearest entry that
/// precedes it in the source file (`source_order`), so the file keeps the source's order.
/// Drafts equal to the file's text change nothing.
pub fn apply_drafts(
    original: &str,
    source_order: &[&str],
    drafts: &BTreeMap<String, String>,
) -> String {
    let spans = entry_spans(original);
    // (position, is an insertion, end of the replaced range, text)
    let mut edits: Vec<(usize, bool, usize, String)> = Vec::new();
    let mut inserts: BTreeMap<(usize, bool), Vec<String>> = BTreeMap::new();
    let ordered = source_order
        .iter()
        .copied()
        .chain(
            drafts
                .keys()
                .map(String::as_str)
                .filter(|id| !source_order.contains(id)),
        )
        .collect::<Vec<_>>();
    for (index, id) in ordered.iter().enumerate() {
        let Some(draft) = drafts.get(*id) else {
            continue;
        };
        if let Some(span) = find(&spans, id) {
            let (current, layout) = editable(original, span);
            if current == *draft {
                continue;
            }
            let inline_head = inline_head(original, span);
            let head = EntryHead {
                head: &original[span.start..span.eq_end],
                inline_head: &inline_head,
                layout,
            };
            edits.push((span.start, false, span.end, render_entry(&head, draft)));
            continue;
        }
        if draft_lines(draft).is_empty() {
            continue;
        }
        let (h, ih) = new_head(id);
        let text = render_entry(
            &EntryHead {
                head: &h,
                inline_head: &ih,
                layout: Layout::default(),
            },
            draft,
        );
        let before = ordered[..index].iter().rev().find_map(|p| find(&spans, p));
        let after = ordered[index + 1..].iter().find_map(|p| find(&spans, p));
        match (before, after) {
            (Some(b), _) => inserts.entry((b.end, true)).or_default().push(text),
            (None, Some(a)) => inserts
                .entry((a.comment_start, false))
                .or_default()
                .push(text),
            (None, None) => inserts
                .entry((original.len(), true))
                .or_default()
                .push(text),
        }
    }
    for ((pos, after_entry), texts) in inserts {
        let joined = texts.join("\n");
        let text = if pos == original.len() {
            let sep = if original.is_empty() || original.ends_with('\n') {
                ""
            } else {
                "\n"
            };
            format!("{sep}{joined}\n")
        } else if after_entry {
            format!("\n{joined}")
        } else {
            format!("{joined}\n")
        };
        edits.push((pos, true, pos, text));
    }
    // Back to front, so earlier offsets stay valid; at one offset, a replacement first.
    edits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    // Written with the file's own line breaks.
    let crlf = original.contains("\r\n");
    let mut out = original.to_string();
    for (start, _, end, text) in edits {
        let text = if crlf {
            text.replace('\n', "\r\n")
        } else {
            text
        };
        out.replace_range(start..end, &text);
    }
    out
}

/// What importing a file would change.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportChanges {
    /// Messages whose text differs from the current file: (id, edited value).
    pub changed: Vec<(String, String)>,
    /// Messages the imported file has with the same text.
    pub unchanged: Vec<String>,
    /// Ids the source locale does not have (not imported).
    pub unknown: Vec<String>,
}

/// Compares an imported file with the current one, message by message, by text (so a file
/// with syntax errors still imports: its broken messages show their errors as drafts).
pub fn import_changes(current: &str, imported: &str, source_ids: &[&str]) -> ImportChanges {
    let spans = entry_spans(current);
    let mut out = ImportChanges::default();
    let mut seen = std::collections::BTreeSet::new();
    for span in entry_spans(imported) {
        if !seen.insert(span.id.clone()) {
            continue;
        }
        if !source_ids.contains(&span.id.as_str()) {
            out.unknown.push(span.id);
            continue;
        }
        let (text, _) = editable(imported, &span);
        let before = find(&spans, &span.id).map(|s| editable(current, s).0);
        if before.as_deref() == Some(text.as_str()) {
            out.unchanged.push(span.id);
        } else {
            out.changed.push((span.id, text));
        }
    }
    out
}

/// Which of `files` (name, source ids) an imported file is: the one whose name it has, else
/// the one sharing the most message ids with it (a browser may save `catalog (1).ftl`).
pub fn guess_file(name: &str, imported: &str, files: &[(&str, Vec<&str>)]) -> Option<usize> {
    if let Some(i) = files.iter().position(|(n, _)| *n == name) {
        return Some(i);
    }
    let ids: Vec<String> = entry_spans(imported).into_iter().map(|s| s.id).collect();
    files
        .iter()
        .enumerate()
        .map(|(i, (_, src))| {
            (
                i,
                ids.iter().filter(|id| src.contains(&id.as_str())).count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(i, n)| (*n, std::cmp::Reverse(*i)))
        .map(|(i, _)| i)
}

/// A stable fingerprint of a source text (FNV-1a, 64 bits, hex): stored with a draft to
/// notice later that the English text changed. Stable across builds, unlike `std`'s hasher.
pub fn fingerprint(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.trim().bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const DE: &str = "\
# The catalog: search, filters, sort and results.

catalog-title = Katalog
catalog-heading = Großhandelskatalog
catalog-results =
    { $count ->
        [0] Keine Produkte
        [one] { $count } Produkt
       *[other] { $count } Produkte
    }

# Language names are written in their own language.
lang-de = Deutsch
lang-fr=Français
";

    fn drafts(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn changed_lines(a: &str, b: &str) -> Vec<(String, String)> {
        let (a, b): (Vec<_>, Vec<_>) = (a.lines().collect(), b.lines().collect());
        assert_eq!(a.len(), b.len(), "line count changed:\n{b:?}");
        a.iter()
            .zip(&b)
            .filter(|(x, y)| x != y)
            .map(|(x, y)| (x.to_string(), y.to_string()))
            .collect()
    }

    #[test]
    fn spans_follow_fluent_line_structure() {
        let spans = entry_spans(DE);
        let ids: Vec<_> = spans.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "catalog-title",
                "catalog-heading",
                "catalog-results",
                "lang-de",
                "lang-fr"
            ]
        );
        let results = &spans[2];
        assert_eq!(results.line, 5);
        assert!(DE[results.start..results.end].ends_with("    }"));
        // Only a comment directly above attaches.
        assert_eq!(spans[0].comment_start, spans[0].start);
        assert!(DE[spans[3].comment_start..].starts_with("# Language names"));
    }

    #[test]
    fn editable_text_is_dedented() {
        let spans = entry_spans(DE);
        assert_eq!(editable(DE, &spans[1]).0, "Großhandelskatalog");
        let (text, layout) = editable(DE, &spans[2]);
        assert_eq!(
            text,
            "{ $count ->\n    [0] Keine Produkte\n    [one] { $count } Produkt\n   *[other] { $count } Produkte\n}"
        );
        assert_eq!(layout.indent, 4);
        assert_eq!(editable(DE, &spans[4]).0, "Français");
    }

    /// Guards the reviewer's diff: an export that reformatted the file (as serialising
    /// the AST does) would show every line as changed.
    #[test]
    fn export_changes_only_the_edited_message() {
        let out = apply_drafts(
            DE,
            &[],
            &drafts(&[("catalog-heading", "Mein Großhandelskatalog")]),
        );
        assert_eq!(
            changed_lines(DE, &out),
            [(
                "catalog-heading = Großhandelskatalog".to_string(),
                "catalog-heading = Mein Großhandelskatalog".to_string()
            )]
        );
        // `id=value` without spaces keeps its spacing.
        let out = apply_drafts(DE, &[], &drafts(&[("lang-fr", "Französisch")]));
        assert_eq!(changed_lines(DE, &out)[0].1, "lang-fr=Französisch");
    }

    #[test]
    fn unchanged_drafts_leave_the_file_byte_for_byte() {
        let spans = entry_spans(DE);
        let all: BTreeMap<String, String> = spans
            .iter()
            .map(|s| (s.id.clone(), editable(DE, s).0))
            .collect();
        assert_eq!(apply_drafts(DE, &[], &all), DE);
    }

    #[test]
    fn multiline_edits_keep_the_block_layout() {
        let draft = "{ $count ->\n    [0] Nichts\n    [one] { $count } Produkt\n   *[other] { $count } Produkte\n}";
        let out = apply_drafts(DE, &[], &drafts(&[("catalog-results", draft)]));
        assert_eq!(
            changed_lines(DE, &out),
            [(
                "        [0] Keine Produkte".to_string(),
                "        [0] Nichts".to_string()
            )]
        );
        // A one-line edit of a block message goes on the `id =` line.
        let out = apply_drafts(DE, &[], &drafts(&[("catalog-results", "Produkte")]));
        assert!(out.contains("catalog-results = Produkte\n\n# Language"));
        assert!(fluent_syntax::parser::parse(out.as_str()).is_ok());
    }

    #[test]
    fn new_messages_follow_the_source_order() {
        let order = [
            "catalog-title",
            "catalog-heading",
            "catalog-new",
            "catalog-results",
        ];
        let out = apply_drafts(
            DE,
            &order,
            &drafts(&[("catalog-new", "Neu"), ("catalog-heading", "Kopf")]),
        );
        assert!(out.contains("catalog-heading = Kopf\ncatalog-new = Neu\ncatalog-results =\n"));
        // Nothing before it in the file: before the next one, above its comment.
        let out = apply_drafts(DE, &["lang-xx", "lang-de"], &drafts(&[("lang-xx", "Xx")]));
        assert!(out.contains("    }\n\nlang-xx = Xx\n# Language names"));
        // An empty file.
        assert_eq!(apply_drafts("", &["a"], &drafts(&[("a", "A")])), "a = A\n");
    }

    #[test]
    fn attributes_are_written_below_the_id() {
        let out = apply_drafts(
            "search = Suche\n",
            &[],
            &drafts(&[("search", ".placeholder = Suchen")]),
        );
        assert_eq!(out, "search =\n    .placeholder = Suchen\n");
    }

    #[test]
    fn broken_entries_are_found_and_replaced() {
        let src = "a = A\nb = { $x\nc = C\n";
        assert_eq!(
            entry_spans(src).iter().map(|s| &s.id).collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
        assert_eq!(
            apply_drafts(src, &[], &drafts(&[("b", "{ $x }")])),
            "a = A\nb = { $x }\nc = C\n"
        );
    }

    #[test]
    fn crlf_files_keep_their_line_breaks() {
        let src = "a = A\r\nb = B\r\n";
        assert_eq!(
            apply_drafts(src, &[], &drafts(&[("a", "Z")])),
            "a = Z\r\nb = B\r\n"
        );
        assert_eq!(
            apply_drafts(
                src,
                &["a", "n", "b"],
                &drafts(&[("b", "B\n.title = T"), ("n", "N")])
            ),
            "a = A\r\nn = N\r\nb =\r\n    B\r\n    .title = T\r\n"
        );
    }

    #[test]
    fn editor_positions() {
        let (h, ih) = new_head("msg");
        let head = EntryHead {
            head: &h,
            inline_head: &ih,
            layout: Layout::default(),
        };
        // `msg = one { line`: column 16 of the entry is column 10 of the editor.
        assert_eq!(editor_position(&head, "one { line", 1, 16), (1, 10));
        // Below `msg =`, indented by 4: entry line 3 is editor line 2.
        assert_eq!(editor_position(&head, "two\nli { nes", 3, 12), (2, 8));
        assert_eq!(editor_position(&head, "\ntwo\nli { nes", 3, 12), (3, 8));
        assert_eq!(editor_position(&head, "", 1, 6), (1, 1));
    }

    #[test]
    fn import_finds_changed_messages() {
        let imported = DE.replace("= Katalog", "= Warenkatalog") + "extra = Zusatz\n";
        let c = import_changes(
            DE,
            &imported,
            &["catalog-title", "catalog-heading", "catalog-results"],
        );
        assert_eq!(
            c.changed,
            [("catalog-title".to_string(), "Warenkatalog".to_string())]
        );
        assert_eq!(c.unchanged, ["catalog-heading", "catalog-results"]);
        assert_eq!(c.unknown, ["lang-de", "lang-fr", "extra"]);
    }

    #[test]
    fn import_guesses_the_file() {
        let files = [
            ("app.ftl", vec!["app-name", "lang-de"]),
            ("catalog.ftl", vec!["catalog-title", "catalog-heading"]),
        ];
        assert_eq!(guess_file("catalog.ftl", "", &files), Some(1));
        assert_eq!(guess_file("catalog (1).ftl", DE, &files), Some(1));
        assert_eq!(guess_file("x.ftl", "nothing = here", &files), None);
    }

    #[test]
    fn fingerprints_are_stable() {
        assert_eq!(fingerprint("Catalog"), fingerprint(" Catalog\n"));
        assert_ne!(fingerprint("Catalog"), fingerprint("Catalogue"));
        assert_eq!(fingerprint(""), "cbf29ce484222325");
    }
}
