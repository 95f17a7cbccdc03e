//! A compact, owned model of a Fluent resource: what each message and term
//! uses (variables, term and message references, select expressions) and where
//! it is (1-based line).

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::plural::is_cldr_category;

/// A syntax error reported by the Fluent parser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// The parser's message, e.g. `Expected a token starting with "="`.
    pub message: String,
    /// Byte range of the error in the source.
    pub byte_range: Range<usize>,
    /// The id of the entry the broken (junk) text starts with, when there is one.
    pub entry_id: Option<String>,
}

/// Parse `source` and return its syntax errors (empty when it is valid).
///
/// This includes a select expression without a default (`*[...]`) variant.
pub fn check_resource(source: &str) -> Vec<SyntaxError> {
    match parser::parse(source) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => convert_errors(source, errors),
    }
}

fn convert_errors(source: &str, errors: Vec<parser::ParserError>) -> Vec<SyntaxError> {
    errors
        .into_iter()
        .map(|e| {
            let (line, column) = line_col(source, e.pos.start);
            let entry_id = e
                .slice
                .as_ref()
                .and_then(|r| source.get(r.clone()))
                .and_then(leading_entry_id);
            SyntaxError {
                line,
                column,
                message: e.kind.to_string(),
                byte_range: e.pos,
                entry_id,
            }
        })
        .collect()
}

/// 1-based (line, column) of a byte offset; the column counts characters.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut off = offset.min(source.len());
    while !source.is_char_boundary(off) {
        off -= 1;
    }
    let before = &source[..off];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn is_id_start(b: u8) -> bool {
    b.is_ascii_alphabetic()
}

fn is_id_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// If `text` starts (at column 0, after blank lines) with `id =` or `-id =`,
/// the id (terms keep their `-`).
fn leading_entry_id(text: &str) -> Option<String> {
    let line = text.lines().find(|l| !l.trim().is_empty())?;
    entry_id_at_line_start(line)
}

fn entry_id_at_line_start(line: &str) -> Option<String> {
    let b = line.as_bytes();
    let start = usize::from(b.first() == Some(&b'-'));
    if !b.get(start).copied().is_some_and(is_id_start) {
        return None;
    }
    let mut end = start;
    while end < b.len() && is_id_char(b[end]) {
        end += 1;
    }
    let rest = line[end..].trim_start_matches([' ', '\t']);
    rest.starts_with('=').then(|| line[..end].to_string())
}

fn attribute_at_line_start(line: &str) -> Option<&str> {
    let trimmed = line.trim_start_matches([' ', '\t']);
    if trimmed.len() == line.len() {
        return None; // attributes are indented
    }
    let name = trimmed.strip_prefix('.')?;
    let b = name.as_bytes();
    if !b.first().copied().is_some_and(is_id_start) {
        return None;
    }
    let mut end = 0;
    while end < b.len() && is_id_char(b[end]) {
        end += 1;
    }
    name[end..]
        .trim_start_matches([' ', '\t'])
        .starts_with('=')
        .then(|| &name[..end])
}

/// Message or term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryKind {
    Message,
    Term,
}

/// A message or term of a resource.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The id; terms keep their leading `-` (`-brand`).
    pub id: String,
    pub kind: EntryKind,
    /// 1-based line of the `id =` line, when found.
    pub line: Option<usize>,
    /// The value; messages may have none (attributes only), terms always do.
    pub value: Option<Pattern>,
    pub attributes: Vec<Attribute>,
    /// The attached `#` comment (note to translators), if any.
    pub comment: Option<String>,
}

impl Entry {
    pub fn attribute(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }

    /// Attribute names, in order.
    pub fn attribute_names(&self) -> Vec<&str> {
        self.attributes.iter().map(|a| a.name.as_str()).collect()
    }

    /// Every variable used in the value or any attribute.
    pub fn all_variables(&self) -> BTreeSet<String> {
        self.patterns()
            .flat_map(|(_, p)| p.variables.iter().cloned())
            .collect()
    }

    /// The value (with `None`) and then each attribute (with its name).
    pub fn patterns(&self) -> impl Iterator<Item = (Option<&str>, &Pattern)> {
        self.value.iter().map(|p| (None, p)).chain(
            self.attributes
                .iter()
                .map(|a| (Some(a.name.as_str()), &a.value)),
        )
    }
}

/// An attribute (`.placeholder = ...`) of a message or term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribute {
    pub name: String,
    /// 1-based line of the `.name =` line, when found.
    pub line: Option<usize>,
    pub value: Pattern,
}

/// What a pattern (value or attribute) uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pattern {
    /// `$name` variables, including those only used as selectors or function arguments.
    pub variables: BTreeSet<String>,
    /// Referenced terms, with their `-` (`-brand`); `-brand.gender` counts as `-brand`.
    pub terms: BTreeSet<String>,
    /// Referenced messages: `id` or `id.attr`.
    pub messages: BTreeSet<String>,
    /// Called functions (`NUMBER`, `DATETIME`, ...).
    pub functions: BTreeSet<String>,
    /// Every select expression, nested ones included, outer first.
    pub selects: Vec<Select>,
    /// The literal text, taking only the default variant of each select;
    /// placeables other than string/number literals are left out.
    pub text: String,
}

impl Pattern {
    /// The plural selects on variable `var`.
    pub fn plural_selects_on<'a>(&'a self, var: &'a str) -> impl Iterator<Item = &'a Select> {
        self.selects
            .iter()
            .filter(move |s| s.is_plural() && s.variable() == Some(var))
    }
}

/// What a select expression selects on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selector {
    /// `{ $count -> ...}`
    Variable(String),
    /// `{ NUMBER($count, minimumFractionDigits: 1) -> ...}`
    Function {
        name: String,
        variable: Option<String>,
    },
    /// `{ -brand.gender -> ...}` (id with `-`)
    Term {
        id: String,
        attribute: Option<String>,
    },
    /// A string or number literal.
    Literal(String),
    /// Anything else (only reachable in invalid input).
    Other,
}

/// A variant key: `[one]` or `[0]`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VariantKey {
    Identifier(String),
    Number(String),
}

impl VariantKey {
    pub fn as_str(&self) -> &str {
        match self {
            VariantKey::Identifier(s) | VariantKey::Number(s) => s,
        }
    }
}

/// A variant of a select expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    pub key: VariantKey,
    /// `*[other]`
    pub default: bool,
}

/// A select expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Select {
    pub selector: Selector,
    pub variants: Vec<Variant>,
}

impl Select {
    /// The variable selected on, directly or as the first argument of a function.
    pub fn variable(&self) -> Option<&str> {
        match &self.selector {
            Selector::Variable(v) => Some(v),
            Selector::Function {
                variable: Some(v), ..
            } => Some(v),
            _ => None,
        }
    }

    /// A plural select: on a variable (or `NUMBER($var)`), and every key is a
    /// CLDR category or a number.
    pub fn is_plural(&self) -> bool {
        match &self.selector {
            Selector::Variable(_) => self.variants.iter().all(|v| match &v.key {
                VariantKey::Number(_) => true,
                VariantKey::Identifier(k) => is_cldr_category(k),
            }),
            Selector::Function {
                name,
                variable: Some(_),
            } => name == "NUMBER",
            _ => false,
        }
    }

    /// The identifier keys (`one`, `other`, ...), in order.
    pub fn identifier_keys(&self) -> impl Iterator<Item = &str> {
        self.variants.iter().filter_map(|v| match &v.key {
            VariantKey::Identifier(k) => Some(k.as_str()),
            VariantKey::Number(_) => None,
        })
    }

    pub fn has_key(&self, key: &str) -> bool {
        self.identifier_keys().any(|k| k == key)
    }

    pub fn default_key(&self) -> Option<&VariantKey> {
        self.variants.iter().find(|v| v.default).map(|v| &v.key)
    }
}

/// The model of one `.ftl` file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resource {
    /// Messages and terms in file order (duplicates kept).
    pub entries: Vec<Entry>,
    /// Syntax errors; the broken entries are not in `entries`.
    pub errors: Vec<SyntaxError>,
}

impl Resource {
    /// Parse Fluent source text. Never fails: broken entries become errors.
    pub fn parse(source: &str) -> Resource {
        let (ast, errors) = match parser::parse(source) {
            Ok(r) => (r, Vec::new()),
            Err((r, errs)) => (r, convert_errors(source, errs)),
        };
        let lines = LineIndex::new(source);
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut entries = Vec::new();
        for entry in &ast.body {
            let (id, kind, value, attributes, comment) = match entry {
                ast::Entry::Message(m) => (
                    m.id.name.to_string(),
                    EntryKind::Message,
                    m.value.as_ref().map(build_pattern),
                    &m.attributes,
                    m.comment.as_ref(),
                ),
                ast::Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    EntryKind::Term,
                    Some(build_pattern(&t.value)),
                    &t.attributes,
                    t.comment.as_ref(),
                ),
                _ => continue,
            };
            let nth = seen.entry(id.clone()).or_insert(0);
            let pos = lines.entries.get(&id).and_then(|v| v.get(*nth)).copied();
            *nth += 1;
            let attributes = attributes
                .iter()
                .map(|a| {
                    let name = a.id.name.to_string();
                    let line = pos.and_then(|p| lines.attributes.get(&(p, name.clone())).copied());
                    Attribute {
                        name,
                        line,
                        value: build_pattern(&a.value),
                    }
                })
                .collect();
            entries.push(Entry {
                id,
                kind,
                line: pos,
                value,
                attributes,
                comment: comment.map(|c| c.content.join("\n")),
            });
        }
        Resource { entries, errors }
    }

    /// The first entry with this id (terms: `-brand`).
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Unique ids, in file order.
    pub fn ids(&self) -> Vec<&str> {
        let mut seen = BTreeSet::new();
        self.entries
            .iter()
            .map(|e| e.id.as_str())
            .filter(|id| seen.insert(*id))
            .collect()
    }

    /// Unique entries (first occurrence of each id), in file order.
    pub fn unique_entries(&self) -> impl Iterator<Item = &Entry> {
        let mut seen = BTreeSet::new();
        self.entries
            .iter()
            .filter(move |e| seen.insert(e.id.as_str()))
    }

    /// Ids of entries that failed to parse (best effort).
    pub fn broken_ids(&self) -> impl Iterator<Item = &str> {
        self.errors.iter().filter_map(|e| e.entry_id.as_deref())
    }
}

/// Where entries and attributes start, found by scanning lines (the AST has no spans).
struct LineIndex {
    /// id → lines of each occurrence.
    entries: HashMap<String, Vec<usize>>,
    /// (entry line, attribute name) → line.
    attributes: HashMap<(usize, String), usize>,
}

impl LineIndex {
    fn new(source: &str) -> Self {
        let mut entries: HashMap<String, Vec<usize>> = HashMap::new();
        let mut attributes = HashMap::new();
        let mut current: Option<usize> = None;
        for (i, line) in source.lines().enumerate() {
            let n = i + 1;
            if let Some(id) = entry_id_at_line_start(line) {
                entries.entry(id).or_default().push(n);
                current = Some(n);
            } else if let Some(name) = attribute_at_line_start(line) {
                if let Some(c) = current {
                    attributes.entry((c, name.to_string())).or_insert(n);
                }
            } else if !line.is_empty() && !line.starts_with([' ', '\t']) {
                current = None;
            }
        }
        LineIndex {
            entries,
            attributes,
        }
    }
}

fn build_pattern(p: &ast::Pattern<&str>) -> Pattern {
    let mut out = Pattern::default();
    let mut text = String::new();
    walk_pattern(p, &mut out, Some(&mut text));
    out.text = text;
    out
}

fn walk_pattern(p: &ast::Pattern<&str>, out: &mut Pattern, mut text: Option<&mut String>) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => {
                if let Some(t) = text.as_deref_mut() {
                    t.push_str(value);
                }
            }
            ast::PatternElement::Placeable { expression } => {
                walk_expression(expression, out, text.as_deref_mut())
            }
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, out: &mut Pattern, mut text: Option<&mut String>) {
    match e {
        ast::Expression::Inline(inline) => walk_inline(inline, out, text),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, out, None);
            out.selects.push(Select {
                selector: classify_selector(selector),
                variants: variants
                    .iter()
                    .map(|v| Variant {
                        key: match &v.key {
                            ast::VariantKey::Identifier { name } => {
                                VariantKey::Identifier(name.to_string())
                            }
                            ast::VariantKey::NumberLiteral { value } => {
                                VariantKey::Number(value.to_string())
                            }
                        },
                        default: v.default,
                    })
                    .collect(),
            });
            for v in variants {
                let t = if v.default { text.as_deref_mut() } else { None };
                walk_pattern(&v.value, out, t);
            }
        }
    }
}

fn walk_inline(e: &ast::InlineExpression<&str>, out: &mut Pattern, text: Option<&mut String>) {
    use ast::InlineExpression as I;
    match e {
        I::StringLiteral { value } | I::NumberLiteral { value } => {
            if let Some(t) = text {
                t.push_str(value);
            }
        }
        I::FunctionReference { id, arguments } => {
            out.functions.insert(id.name.to_string());
            walk_arguments(arguments, out);
        }
        I::MessageReference { id, attribute } => {
            out.messages.insert(match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_string(),
            });
        }
        I::TermReference { id, arguments, .. } => {
            out.terms.insert(format!("-{}", id.name));
            if let Some(args) = arguments {
                walk_arguments(args, out);
            }
        }
        I::VariableReference { id } => {
            out.variables.insert(id.name.to_string());
        }
        I::Placeable { expression } => walk_expression(expression, out, text),
    }
}

fn walk_arguments(args: &ast::CallArguments<&str>, out: &mut Pattern) {
    for a in &args.positional {
        walk_inline(a, out, None);
    }
    for a in &args.named {
        walk_inline(&a.value, out, None);
    }
}

fn classify_selector(e: &ast::InlineExpression<&str>) -> Selector {
    use ast::InlineExpression as I;
    match e {
        I::VariableReference { id } => Selector::Variable(id.name.to_string()),
        I::FunctionReference { id, arguments } => Selector::Function {
            name: id.name.to_string(),
            variable: arguments.positional.iter().find_map(|a| match a {
                I::VariableReference { id } => Some(id.name.to_string()),
                _ => None,
            }),
        },
        I::TermReference { id, attribute, .. } => Selector::Term {
            id: format!("-{}", id.name),
            attribute: attribute.as_ref().map(|a| a.name.to_string()),
        },
        I::StringLiteral { value } | I::NumberLiteral { value } => {
            Selector::Literal(value.to_string())
        }
        _ => Selector::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_chars() {
        let s = "a = b\nżółw = x\n";
        assert_eq!(line_col(s, 0), (1, 1));
        assert_eq!(line_col(s, 6), (2, 1));
        // byte offset of " = x" after the 4-char, 7-byte "żółw"
        assert_eq!(line_col(s, 6 + "żółw".len()), (2, 5));
        assert_eq!(line_col(s, 999), (3, 1));
    }

    #[test]
    fn model() {
        let src = "\
-brand = Tradefair
    .gender = masculine
# Note
cart = { $count ->
    [one] One item from { -brand }
   *[other] { $count } items from { $supplier }
  }
    .title = Cart of { $user } { other-msg.label }
price = { NUMBER($amount, minimumFractionDigits: 2) }
";
        let r = Resource::parse(src);
        assert!(r.errors.is_empty(), "{:?}", r.errors);
        assert_eq!(r.ids(), ["-brand", "cart", "price"]);
        let brand = r.get("-brand").unwrap();
        assert_eq!(brand.kind, EntryKind::Term);
        assert_eq!(brand.line, Some(1));
        assert_eq!(brand.attribute("gender").unwrap().line, Some(2));
        let cart = r.get("cart").unwrap();
        assert_eq!(cart.line, Some(4));
        assert_eq!(cart.comment.as_deref(), Some("Note"));
        let v = cart.value.as_ref().unwrap();
        assert_eq!(
            v.variables.iter().map(String::as_str).collect::<Vec<_>>(),
            ["count", "supplier"]
        );
        assert!(v.terms.contains("-brand"));
        assert_eq!(v.selects.len(), 1);
        assert!(v.selects[0].is_plural());
        assert_eq!(v.selects[0].variable(), Some("count"));
        assert_eq!(
            v.selects[0].default_key(),
            Some(&VariantKey::Identifier("other".into()))
        );
        assert_eq!(v.text, " items from ");
        let title = cart.attribute("title").unwrap();
        assert_eq!(title.line, Some(8));
        assert!(title.value.messages.contains("other-msg.label"));
        assert_eq!(cart.attribute_names(), ["title"]);
        let price = r.get("price").unwrap().value.as_ref().unwrap();
        assert!(price.variables.contains("amount"));
        assert!(price.functions.contains("NUMBER"));
    }
}
