//! The catalog query engine, shared by the in-browser demo backend and the reference server:
//! text search, filters, disjunctive facet counts, sorting and paging over a [`Catalog`],
//! answering with the wire types of the REST contract.
//!
//! Text matching works on strings normalised by [`normalize`] (lower case, Latin diacritics
//! folded, Arabic vowel marks stripped, words split at script and digit boundaries); the
//! catalog precomputes them per locale, so a query is one linear scan.

use crate::money::Currency;
use crate::seed::{locale_index, Catalog, ProductRecord, SupplierRecord};
use crate::url::MAX_PER_PAGE;
use crate::wire::{
    CatalogPage, CatalogQuery, Category, Certification, FacetCount, Facets, Home, Product,
    ProductImage, ProductSummary, SortOrder, Supplier, SupplierSummary,
};

// ---------------------------------------------------------------------------------------
// Text normalisation
// ---------------------------------------------------------------------------------------

enum Folded {
    Skip,
    Sep,
    One(char),
    Two(char, char),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Digit,
    Alpha,
    Cjk,
}

fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}')
}

/// Folds one lower-case, non-ASCII character.
fn fold(c: char) -> Folded {
    use Folded::{One, Sep, Skip, Two};
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' | 'ª' => One('a'),
        'æ' => Two('a', 'e'),
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => One('c'),
        'ď' | 'đ' | 'ð' => One('d'),
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => One('e'),
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => One('g'),
        'ĥ' | 'ħ' => One('h'),
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => One('i'),
        'ĵ' => One('j'),
        'ķ' => One('k'),
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => One('l'),
        'ñ' | 'ń' | 'ņ' | 'ň' => One('n'),
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'º' => One('o'),
        'œ' => Two('o', 'e'),
        'ŕ' | 'ŗ' | 'ř' => One('r'),
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => One('s'),
        'ß' => Two('s', 's'),
        'ţ' | 'ť' | 'ŧ' | 'ț' => One('t'),
        'þ' => Two('t', 'h'),
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'µ' | 'μ' => One('u'),
        'ŵ' => One('w'),
        'ý' | 'ÿ' | 'ŷ' => One('y'),
        'ź' | 'ż' | 'ž' => One('z'),
        '²' => One('2'),
        '³' => One('3'),
        // Combining marks (from decomposed input or 'İ'.to_lowercase()).
        '\u{0300}'..='\u{036F}' => Skip,
        // Arabic: vowel marks and tatweel are dropped, letter variants unified.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => Skip,
        'أ' | 'إ' | 'آ' | 'ٱ' => One('ا'),
        'ى' | 'ئ' => One('ي'),
        'ة' => One('ه'),
        'ؤ' => One('و'),
        '\u{0660}'..='\u{0669}' => One(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => One(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        c if c.is_alphanumeric() => One(c),
        _ => Sep,
    }
}

/// Normalises text for matching: lower case; Latin diacritics folded (é→e, ü→u, ß→ss);
/// Arabic vowel marks dropped and letter variants unified; full-width forms mapped to ASCII;
/// every other non-alphanumeric character is a word break, and so is a change between
/// digits and letters or between CJK and other scripts ("IP65防水LED" → "ip 65 防水 led").
/// Words are separated by single spaces.
pub fn normalize(text: &str) -> String {
    let mut out = Norm {
        buf: String::with_capacity(text.len() + 8),
        prev: Class::Space,
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            // ASCII fast path.
            i += 1;
            let (c, class) = match b {
                b'a'..=b'z' => (b, Class::Alpha),
                b'A'..=b'Z' => (b + 32, Class::Alpha),
                b'0'..=b'9' => (b, Class::Digit),
                _ => (b' ', Class::Space),
            };
            out.put(char::from(c), class);
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        // Full-width ASCII (typed with CJK input methods).
        if let '\u{FF01}'..='\u{FF5E}' = c {
            let a = char::from_u32(c as u32 - 0xFEE0).unwrap_or(' ');
            out.put_char(a.to_ascii_lowercase());
            continue;
        }
        for lc in c.to_lowercase() {
            match fold(lc) {
                Folded::Skip => {}
                Folded::Sep => out.put(' ', Class::Space),
                Folded::One(a) => out.put_char(a),
                Folded::Two(a, b) => {
                    out.put_char(a);
                    out.put_char(b);
                }
            }
        }
    }
    if out.buf.ends_with(' ') {
        out.buf.pop();
    }
    out.buf
}

struct Norm {
    buf: String,
    prev: Class,
}

impl Norm {
    fn put_char(&mut self, c: char) {
        let class = if !c.is_alphanumeric() {
            Class::Space
        } else if c.is_ascii_digit() {
            Class::Digit
        } else if is_cjk(c) {
            Class::Cjk
        } else {
            Class::Alpha
        };
        self.put(c, class);
    }

    fn put(&mut self, c: char, class: Class) {
        if class == Class::Space {
            if self.prev != Class::Space {
                self.buf.push(' ');
                self.prev = Class::Space;
            }
            return;
        }
        if self.prev != Class::Space && self.prev != class {
            self.buf.push(' ');
        }
        self.buf.push(c);
        self.prev = class;
    }
}

// ---------------------------------------------------------------------------------------
// Text matching
// ---------------------------------------------------------------------------------------

const EXACT: u32 = 10;
const PREFIX: u32 = 6;
const SUBSTRING: u32 = 5;
const PIECES: u32 = 2;
/// Weight of a match in the name in the buyer's locale, and in the English name when the
/// buyer's locale is something else.
const NATIVE: u32 = 3;
const ENGLISH: u32 = 2;

struct Token {
    text: String,
    cjk: bool,
    /// Byte offsets of the token's character boundaries, including its end.
    bounds: Vec<usize>,
    /// A name can only match when its `word_sig` shares a bit with this.
    sig: u64,
}

impl Token {
    fn new(text: &str) -> Token {
        let mut bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        bounds.push(text.len());
        let cjk = text.chars().any(is_cjk);
        // Latin and other spaced words match at a word start; CJK tokens match inside a
        // CJK word, which starts with a non-ASCII character (normalisation splits scripts).
        let sig = if cjk {
            0xFFFF_FFFF_0000_0000
        } else {
            char_sig(text.as_bytes())
        };
        Token {
            text: text.to_string(),
            cjk,
            bounds,
            sig,
        }
    }
}

/// Signature bit of the character starting `bytes`: ASCII bytes map to bits 0-31,
/// other characters to bits 32-63 by their first continuation byte (UTF-8 lead bytes are
/// shared by whole scripts).
fn char_sig(bytes: &[u8]) -> u64 {
    match bytes {
        [] => 0,
        [b, ..] if *b < 0x80 => 1 << (b & 31),
        [_, c, ..] => 1 << (32 + (c & 31)),
        [_] => 1 << 32,
    }
}

/// A 64-bit set of the (hashed) first characters of a normalised name's words.
pub(crate) fn word_sig(normalized: &str) -> u64 {
    let b = normalized.as_bytes();
    let mut sig = 0u64;
    let mut i = 0;
    while i < b.len() {
        if i == 0 || b[i - 1] == b' ' {
            sig |= char_sig(&b[i..]);
        }
        i += 1;
    }
    sig
}

fn tokens(normalized: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    for w in normalized.split(' ').filter(|w| !w.is_empty()) {
        if out.iter().any(|t| t.text == w) {
            continue;
        }
        out.push(Token::new(w));
    }
    out
}

/// How well one token matches a normalised name (0: not at all): equal to a word, prefix
/// of a word, or (CJK tokens only) inside a word or covered by pieces.
fn token_level(field: &str, t: &Token) -> u32 {
    let f = field.as_bytes();
    let tb = t.text.as_bytes();
    let n = tb.len();
    if n == 0 || n > f.len() {
        return 0;
    }
    let first = tb[0];
    let mut best = 0;
    let mut i = 0;
    let last = f.len() - n;
    while i <= last {
        // Word starts: position 0 or after a space.
        if f[i] == first && (i == 0 || f[i - 1] == b' ') && &f[i..i + n] == tb {
            if i + n == f.len() || f[i + n] == b' ' {
                return EXACT;
            }
            best = PREFIX;
        }
        i += 1;
    }
    if best == 0 && t.cjk {
        if contains(f, tb) {
            best = SUBSTRING;
        } else if covered_by_pieces(f, t) {
            best = PIECES;
        }
    }
    best
}

/// Substring test on bytes (cheap even in unoptimised builds, unlike `str::contains`).
fn contains(hay: &[u8], needle: &[u8]) -> bool {
    let n = needle.len();
    if n == 0 {
        return true;
    }
    if n > hay.len() {
        return false;
    }
    let first = needle[0];
    let last = needle[n - 1];
    let mut i = 0;
    while i + n <= hay.len() {
        if hay[i] == first && hay[i + n - 1] == last && &hay[i..i + n] == needle {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether a CJK token splits into pieces (of two or more characters, or a last single
/// one) that each occur in the field: "防水灯带" matches "防水 led 灯带".
fn covered_by_pieces(field: &[u8], t: &Token) -> bool {
    let token = t.text.as_bytes();
    let b = &t.bounds;
    let n = b.len() - 1;
    // Every character must occur somewhere (quick reject for most names).
    for c in 0..n {
        if !contains(field, &token[b[c]..b[c + 1]]) {
            return false;
        }
    }
    let mut i = 0;
    while i < n {
        let mut len = n - i;
        // Longest piece first; a single character only as the last piece.
        while len > 1 || (len == 1 && i + 1 == n) {
            if contains(field, &token[b[i]..b[i + len]]) {
                break;
            }
            len -= 1;
        }
        if len == 0 || (len == 1 && i + 1 != n) {
            return false;
        }
        i += len;
    }
    true
}

/// Relevance of a product, or `None` when some token matches neither name. Names come
/// with their word signatures (see `word_sig`).
fn score(
    localized: Option<(&str, u64)>,
    (english, en_sig): (&str, u64),
    native_is_english: bool,
    toks: &[Token],
    query: &str,
) -> Option<u32> {
    let mut total = 0;
    for t in toks {
        let mut best = match localized {
            Some((s, sig)) if sig & t.sig != 0 => token_level(s, t) * NATIVE,
            _ => 0,
        };
        let en_weight = if native_is_english { NATIVE } else { ENGLISH };
        if best < EXACT * en_weight && en_sig & t.sig != 0 {
            best = best.max(token_level(english, t) * en_weight);
        }
        if best == 0 {
            return None;
        }
        total += best;
    }
    // Name start bonus, on the name the buyer sees.
    let shown = localized.map_or(english, |(s, _)| s);
    if shown.starts_with(query) {
        total += 8;
    } else if toks
        .first()
        .is_some_and(|t| shown.starts_with(t.text.as_str()))
    {
        total += 4;
    }
    Some(total)
}

// ---------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------

const F_CATEGORY: u8 = 1;
const F_CERT: u8 = 2;
const F_COUNTRY: u8 = 4;
const F_PRICE: u8 = 8;
const F_MOQ: u8 = 16;
const F_LEAD: u8 = 32;
const F_OVERSEAS: u8 = 64;
const F_SUPPLIER: u8 = 128;
const F_ALL: u8 = 255;

struct Candidate {
    pos: u32,
    score: u32,
    /// Unit price at MOQ in the query's currency; `None` when it cannot be converted.
    price: Option<i64>,
    /// Which filters the product passes.
    pass: u8,
}

fn category_pos(c: Category) -> usize {
    Category::ALL.iter().position(|x| *x == c).unwrap_or(0)
}

fn cert_pos(c: Certification) -> usize {
    Certification::ALL.iter().position(|x| *x == c).unwrap_or(0)
}

/// Maps an `i64` to a `u64` with the same order.
fn order_key(v: i64) -> u64 {
    (v as u64) ^ (1 << 63)
}

/// Runs a catalog query.
///
/// * Text: every token of `q.q` must match the product's name in `q.locale` (the English
///   name when the product has none in that locale) or its English name — as a word prefix,
///   or as a substring for CJK. Relevance: exact word > prefix; a match in the name in the
///   buyer's locale > in the English name; a bonus when the shown name starts with the
///   query; ties by id.
/// * Filters as in [`CatalogQuery`]; prices compare the MOQ-tier unit price converted to
///   `q.currency` by `catalog.rates` (stated rounding of `fx`); products whose price cannot
///   be converted fail any price filter.
/// * Facets are disjunctive: the count of a category or country is over products matching
///   every other filter; a certification's count is the number of results with that
///   certification added to the (conjunctive) certification filter; the overseas count is
///   over every other filter. Price, MOQ and lead-time bounds are over products matching
///   the text only, so sliders keep their range.
/// * Sort [`SortOrder::Relevance`] without text sorts newest first (a browse default).
///   Every order breaks ties by ascending id; prices that cannot be converted sort last.
/// * Paging: `page` is 1-based (0 counts as 1), `per_page` is clamped to
///   `1..=MAX_PER_PAGE`; a page past the end has no items but the right `total`.
pub fn search(catalog: &Catalog, q: &CatalogQuery) -> CatalogPage {
    let idx = &catalog.index;
    let li = locale_index(&q.locale).unwrap_or(0);
    let query = normalize(&q.q);
    let toks = tokens(&query);
    let mut countries: Vec<String> = q
        .countries
        .iter()
        .map(|c| c.trim().to_ascii_uppercase())
        .collect();
    countries.sort();
    countries.dedup();
    let mut country_sel = vec![false; idx.countries.len()];
    for c in &countries {
        if let Ok(i) = idx.countries.binary_search(c) {
            country_sel[i] = true;
        }
    }
    let mut category_sel = [false; 12];
    for c in &q.categories {
        category_sel[category_pos(*c)] = true;
    }
    let cert_sel: u8 = q
        .certifications
        .iter()
        .fold(0, |m, c| m | (1 << cert_pos(*c)));

    let mut cands: Vec<Candidate> = Vec::with_capacity(catalog.products.len());
    for (pos, f) in idx.facts.iter().enumerate() {
        let score = if toks.is_empty() {
            0
        } else {
            let english = (idx.names[0][pos].as_deref().unwrap_or(""), idx.sigs[0][pos]);
            let localized = if li == 0 {
                None
            } else {
                idx.names[li][pos]
                    .as_deref()
                    .map(|s| (s, idx.sigs[li][pos]))
            };
            match score(localized, english, li == 0, &toks, &query) {
                Some(s) => s,
                None => continue,
            }
        };
        let price = catalog
            .rates
            .convert(f.price, q.currency)
            .ok()
            .map(|m| m.minor);
        let mut pass = 0;
        if q.categories.is_empty() || category_sel[f.category as usize] {
            pass |= F_CATEGORY;
        }
        if f.certs & cert_sel == cert_sel {
            pass |= F_CERT;
        }
        let country = idx.product_country[pos];
        if countries.is_empty() || country_sel.get(country as usize).copied().unwrap_or(false) {
            pass |= F_COUNTRY;
        }
        let price_ok = match (q.price_min, q.price_max, price) {
            (None, None, _) => true,
            (_, _, None) => false,
            (lo, hi, Some(v)) => lo.is_none_or(|lo| v >= lo) && hi.is_none_or(|hi| v <= hi),
        };
        if price_ok {
            pass |= F_PRICE;
        }
        let moq = f.moq;
        if q.moq_min.is_none_or(|m| moq >= m) && q.moq_max.is_none_or(|m| moq <= m) {
            pass |= F_MOQ;
        }
        if q.lead_time_max.is_none_or(|m| f.lead_time_days <= m) {
            pass |= F_LEAD;
        }
        if !q.overseas_stock || f.overseas {
            pass |= F_OVERSEAS;
        }
        if q.supplier_id.is_none_or(|s| f.supplier_id == s) {
            pass |= F_SUPPLIER;
        }
        cands.push(Candidate {
            pos: pos as u32,
            score,
            price,
            pass,
        });
    }

    let facets = facets(catalog, q, &countries, &cands);

    // Sort keys are unique (they end in the id), so partial selection plus sorting the
    // selected prefix gives the same page as a full sort.
    let mut keys: Vec<(u64, u64, u32)> = cands
        .iter()
        .filter(|c| c.pass == F_ALL)
        .map(|c| {
            let f = &idx.facts[c.pos as usize];
            let newest = (0, u64::from(idx.newest_rank[c.pos as usize]), c.pos);
            match q.sort {
                SortOrder::Relevance if toks.is_empty() => newest,
                SortOrder::Newest => newest,
                SortOrder::Relevance => (0, u64::from(u32::MAX - c.score), c.pos),
                SortOrder::PriceAsc => match c.price {
                    Some(v) => (0, order_key(v), c.pos),
                    None => (1, 0, c.pos),
                },
                SortOrder::PriceDesc => match c.price {
                    Some(v) => (0, !order_key(v), c.pos),
                    None => (1, 0, c.pos),
                },
                SortOrder::MoqAsc => (0, u64::from(f.moq), c.pos),
                SortOrder::LeadTimeAsc => (0, u64::from(f.lead_time_days), c.pos),
            }
        })
        .collect();
    let total = keys.len();

    let per_page = q.per_page.clamp(1, MAX_PER_PAGE);
    let page = q.page.max(1);
    let start = (u64::from(page) - 1) * u64::from(per_page);
    let items = if start >= total as u64 {
        Vec::new()
    } else {
        let start = start as usize;
        let end = (start + per_page as usize).min(total);
        if end < total {
            keys.select_nth_unstable(end - 1);
        }
        keys[..end].sort_unstable();
        keys[start..end]
            .iter()
            .map(|k| {
                summary(
                    catalog,
                    &catalog.products[k.2 as usize],
                    &q.locale,
                    q.currency,
                )
            })
            .collect()
    };
    CatalogPage {
        items,
        total: total as u32,
        page,
        per_page,
        facets,
    }
}

fn facets(
    catalog: &Catalog,
    q: &CatalogQuery,
    countries: &[String],
    cands: &[Candidate],
) -> Facets {
    let idx = &catalog.index;
    let mut by_category = [0u32; 12];
    let mut by_cert = [0u32; 6];
    let mut by_country = vec![0u32; idx.countries.len()];
    let mut overseas = 0;
    let mut price: Option<(i64, i64)> = None;
    let mut moq: Option<(u32, u32)> = None;
    let mut lead: Option<(u32, u32)> = None;
    fn widen<T: Ord + Copy>(b: &mut Option<(T, T)>, v: T) {
        *b = Some(match *b {
            None => (v, v),
            Some((lo, hi)) => (lo.min(v), hi.max(v)),
        });
    }
    for c in cands {
        let pos = c.pos as usize;
        let f = &idx.facts[pos];
        if c.pass | F_CATEGORY == F_ALL {
            by_category[f.category as usize] += 1;
        }
        if c.pass == F_ALL && f.certs != 0 {
            for (i, n) in by_cert.iter_mut().enumerate() {
                if f.certs & (1 << i) != 0 {
                    *n += 1;
                }
            }
        }
        if c.pass | F_COUNTRY == F_ALL {
            if let Some(n) = by_country.get_mut(idx.product_country[pos] as usize) {
                *n += 1;
            }
        }
        if c.pass | F_OVERSEAS == F_ALL && f.overseas {
            overseas += 1;
        }
        if let Some(v) = c.price {
            widen(&mut price, v);
        }
        widen(&mut moq, f.moq);
        widen(&mut lead, f.lead_time_days);
    }

    fn finish<T: Ord + Clone>(mut list: Vec<FacetCount<T>>, selected: &[T]) -> Vec<FacetCount<T>> {
        list.retain(|f| f.count > 0 || selected.contains(&f.value));
        list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
        list
    }
    let categories = Category::ALL
        .iter()
        .map(|&c| FacetCount {
            value: c,
            count: by_category[category_pos(c)],
        })
        .collect();
    let certifications = Certification::ALL
        .iter()
        .map(|&c| FacetCount {
            value: c,
            count: by_cert[cert_pos(c)],
        })
        .collect();
    let mut country_list: Vec<FacetCount<String>> = idx
        .countries
        .iter()
        .zip(&by_country)
        .map(|(c, &n)| FacetCount {
            value: c.clone(),
            count: n,
        })
        .collect();
    for c in countries {
        if !idx.countries.contains(c) {
            country_list.push(FacetCount {
                value: c.clone(),
                count: 0,
            });
        }
    }
    Facets {
        categories: finish(categories, &q.categories),
        certifications: finish(certifications, &q.certifications),
        countries: finish(country_list, countries),
        price_bounds: price,
        moq_bounds: moq,
        lead_time_bounds: lead,
        overseas_stock_count: overseas,
    }
}

// ---------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------

/// A catalog row for `p`. `price_from` is the MOQ-tier unit price in the supplier's
/// currency; `price_from_display` is that converted to `currency`, or the same amount in
/// the supplier's currency when the rates cannot convert it.
pub fn summary(
    catalog: &Catalog,
    p: &ProductRecord,
    locale: &str,
    currency: Currency,
) -> ProductSummary {
    let sup = catalog.supplier(p.supplier_id);
    let price_from = p.price_from();
    let price_from_display = catalog
        .rates
        .convert(price_from, currency)
        .unwrap_or(price_from);
    ProductSummary {
        id: p.id,
        name: p.name.resolve(locale),
        category: p.category,
        supplier_id: p.supplier_id,
        supplier_name: sup.map(|s| s.name.clone()).unwrap_or_default(),
        supplier_country: sup.map(|s| s.country.clone()).unwrap_or_default(),
        supplier_verified: sup.is_some_and(|s| s.verified),
        price_from,
        price_from_display,
        moq: p.moq(),
        unit: p.unit,
        lead_time_days: p.lead_time_days,
        certifications: p.certifications.clone(),
        overseas_stock: !p.overseas_stock.is_empty(),
        image_hue: p.image_hue,
    }
}

fn supplier_summary(catalog: &Catalog, id: u32) -> SupplierSummary {
    match catalog.supplier(id) {
        Some(s) => s.summary(),
        // Only reachable with inconsistent stored records.
        None => SupplierSummary {
            id,
            name: String::new(),
            country: String::new(),
            city: String::new(),
            verified: false,
            years_in_business: 0,
            response_rate_pct: 0,
            response_time_h: 0,
            main_category: Category::Electronics,
        },
    }
}

/// The product page. Images: front, side and detail views, plus a packaging view when the
/// product has export packaging.
pub fn product(catalog: &Catalog, id: u32, locale: &str) -> Option<Product> {
    let p = catalog.product(id)?;
    let views = if p.packaging.is_some() { 4 } else { 3 };
    Some(Product {
        id: p.id,
        name: p.name.resolve(locale),
        description: p.description.resolve(locale),
        category: p.category,
        supplier: supplier_summary(catalog, p.supplier_id),
        images: (0..views)
            .map(|view| ProductImage {
                url: None,
                hue: p.image_hue,
                view,
            })
            .collect(),
        specs: p.specs.clone(),
        tiers: p.tiers.clone(),
        currency: p.currency,
        minimum_order: p.minimum_order,
        unit: p.unit,
        lead_time_days: p.lead_time_days,
        incoterms: p.incoterms.clone(),
        certifications: p.certifications.clone(),
        packaging: p.packaging.clone(),
        carbon_g_per_unit: p.carbon_g_per_unit,
        overseas_stock: p.overseas_stock.clone(),
        listed_on: p.listed_on.clone(),
    })
}

/// The supplier page.
pub fn supplier(catalog: &Catalog, id: u32, locale: &str) -> Option<Supplier> {
    let s = catalog.supplier(id)?;
    Some(Supplier {
        summary: s.summary(),
        about: s.about.resolve(locale),
        verification: s.verification.clone(),
        transactions: s.transactions.clone(),
        main_markets: s.main_markets.clone(),
        employees: s.employees,
        currency: s.currency,
        product_count: catalog.supplier_product_count(id),
    })
}

/// How many suppliers and products the home page features.
pub const FEATURED: usize = 8;

/// The home page: the 8 best-rated verified suppliers (rating, then reviews, then id), the
/// newest product of each of them (newest first; topped up with their next-newest products
/// if some list none), and catalog figures.
pub fn home(catalog: &Catalog, locale: &str, currency: Currency) -> Home {
    let mut best: Vec<&SupplierRecord> = catalog.suppliers.iter().filter(|s| s.verified).collect();
    best.sort_by(|a, b| {
        b.transactions
            .rating_x10
            .cmp(&a.transactions.rating_x10)
            .then(b.transactions.reviews.cmp(&a.transactions.reviews))
            .then(a.id.cmp(&b.id))
    });
    best.truncate(FEATURED);

    let newest_first = |a: &&ProductRecord, b: &&ProductRecord| {
        b.listed_on.cmp(&a.listed_on).then(b.id.cmp(&a.id))
    };
    let mut pool: Vec<Vec<&ProductRecord>> = best
        .iter()
        .map(|s| {
            let mut list: Vec<&ProductRecord> = catalog.supplier_products(s.id).collect();
            list.sort_by(newest_first);
            list
        })
        .collect();
    let mut picked: Vec<&ProductRecord> = Vec::new();
    let mut round = 0;
    while picked.len() < FEATURED && pool.iter().any(|l| l.len() > round) {
        let mut this_round: Vec<&ProductRecord> =
            pool.iter().filter_map(|l| l.get(round).copied()).collect();
        this_round.sort_by(newest_first);
        for p in this_round {
            if picked.len() < FEATURED {
                picked.push(p);
            }
        }
        round += 1;
    }
    pool.clear();

    Home {
        featured_suppliers: best.iter().map(|s| s.summary()).collect(),
        featured_products: picked
            .into_iter()
            .map(|p| summary(catalog, p, locale, currency))
            .collect(),
        product_count: catalog.products.len() as u32,
        supplier_count: catalog.suppliers.len() as u32,
        country_count: catalog.country_count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Money;
    use std::sync::OnceLock;
    use std::time::Instant;

    fn demo() -> &'static Catalog {
        static DEMO: OnceLock<Catalog> = OnceLock::new();
        DEMO.get_or_init(Catalog::demo)
    }

    fn query(locale: &str, text: &str) -> CatalogQuery {
        let mut q = CatalogQuery::new(locale, Currency::Usd);
        q.q = text.to_string();
        q
    }

    fn all_ids(c: &Catalog, q: &CatalogQuery) -> Vec<u32> {
        let mut q = q.clone();
        q.per_page = MAX_PER_PAGE;
        let mut out = Vec::new();
        for page in 1.. {
            q.page = page;
            let r = search(c, &q);
            if r.items.is_empty() {
                break;
            }
            out.extend(r.items.iter().map(|i| i.id));
        }
        out
    }

    #[test]
    fn normalisation() {
        assert_eq!(
            normalize("Wasserkocher aus Edelstahl"),
            "wasserkocher aus edelstahl"
        );
        assert_eq!(normalize("Großhandel Müller É"), "grosshandel muller e");
        assert_eq!(
            normalize("IP65防水LED灯带 5 m 24 V"),
            "ip 65 防水 led 灯带 5 m 24 v"
        );
        assert_eq!(normalize("  Câble HDMI—2 m  "), "cable hdmi 2 m");
        assert_eq!(normalize("ＬＥＤ　灯"), "led 灯");
        assert_eq!(normalize("مِصْبَاح أرضي"), "مصباح ارضي");
        assert_eq!(normalize("İstanbul Şahin"), "istanbul sahin");
        assert_eq!(normalize("180 g/m²"), "180 g m 2");
        assert_eq!(normalize("!!"), "");
    }

    #[test]
    fn cjk_pieces() {
        let t = Token::new;
        let field = "ip 65 防水 led 灯带 5 m 24 v";
        assert_eq!(token_level(field, &t("灯带")), EXACT);
        assert_eq!(token_level(field, &t("灯")), PREFIX);
        assert_eq!(token_level(field, &t("带")), SUBSTRING);
        assert_eq!(token_level(field, &t("防水灯带")), PIECES);
        assert_eq!(token_level(field, &t("防火灯带")), 0);
    }

    #[test]
    fn german_word_finds_german_names() {
        let c = demo();
        let r = search(c, &query("de", "Schneidebrett"));
        assert!(r.total > 0);
        for item in &r.items {
            assert_eq!(item.name.lang, "de");
            assert!(
                item.name.text.contains("Schneidebrett"),
                "{}",
                item.name.text
            );
        }
        // Diacritic-insensitive, prefix of a word, and case-insensitive.
        let a = search(c, &query("de", "stossdampfer")).total;
        let b = search(c, &query("de", "Stoßdämpfer")).total;
        let d = search(c, &query("de", "STOSSD")).total;
        assert!(a > 0 && a == b && b == d, "{a} {b} {d}");
        // English model words work in every locale.
        let led_de = search(c, &query("de", "LED Strip")).total;
        let led_en = search(c, &query("en", "LED Strip")).total;
        assert!(led_de >= led_en && led_en > 0);
    }

    #[test]
    fn chinese_substrings() {
        let c = demo();
        let r = search(c, &query("zh-CN", "灯带"));
        assert!(r.total > 0);
        assert!(r.items.iter().all(|i| i.name.text.contains("灯带")));
        let run_together = search(c, &query("zh-CN", "防水灯带")).total;
        assert!(run_together > 0 && run_together <= r.total);
        let zh = search(c, &query("zh", "保温瓶"));
        assert!(zh.total > 0 && zh.items[0].name.lang == "zh-CN");
    }

    #[test]
    fn arabic_falls_back_to_english() {
        let c = demo();
        let p = c
            .products
            .iter()
            .find(|p| p.name.get("ar").is_none())
            .expect("some product lacks an Arabic name");
        let mut q = query("ar", p.name.en());
        q.supplier_id = Some(p.supplier_id);
        q.per_page = MAX_PER_PAGE;
        let r = search(c, &q);
        let hit = r
            .items
            .iter()
            .find(|i| i.id == p.id)
            .expect("found by English name");
        assert_eq!(hit.name.lang, "en");
        assert_eq!(hit.name.text, p.name.en());
        // A product with an Arabic name and the same words ranks above it.
        let native = r.items.iter().position(|i| i.name.lang == "ar");
        let fallback = r.items.iter().position(|i| i.id == p.id).unwrap();
        if let Some(n) = native {
            let native_item = &r.items[n];
            if normalize(c.product(native_item.id).unwrap().name.en()) == normalize(p.name.en()) {
                assert!(n < fallback);
            }
        }
        let page = product(c, p.id, "ar").unwrap();
        assert_eq!(page.name.lang, "en");
        assert_eq!(page.description.lang, "en");
    }

    fn all_items(c: &Catalog, q: &CatalogQuery) -> Vec<ProductSummary> {
        let mut q = q.clone();
        q.per_page = MAX_PER_PAGE;
        let mut out = Vec::new();
        for page in 1.. {
            q.page = page;
            let r = search(c, &q);
            if r.items.is_empty() {
                break;
            }
            out.extend(r.items);
        }
        out
    }

    #[test]
    fn relevance_prefers_exact_words_and_ties_by_id() {
        let c = demo();
        // "pan" is a whole word in "Frying Pan" and only a prefix in "Panel".
        let items = all_items(c, &query("en", "pan"));
        let exact = |i: &ProductSummary| normalize(&i.name.text).split(' ').any(|w| w == "pan");
        assert!(items.iter().any(exact) && items.iter().any(|i| !exact(i)));
        let first_prefix = items.iter().position(|i| !exact(i)).unwrap();
        assert!(
            items[first_prefix..].iter().all(|i| !exact(i)),
            "exact words first"
        );
        // Equal scores keep ascending ids.
        assert!(items[first_prefix..].windows(2).all(|w| w[0].id < w[1].id));
        assert_eq!(all_ids(c, &query("en", "pan")).len(), items.len());
    }

    #[test]
    fn native_names_rank_above_english_fallbacks() {
        let c = demo();
        let items = all_items(c, &query("de", "LED"));
        let last_native = items.iter().rposition(|i| i.name.lang == "de").unwrap();
        let first_fallback = items.iter().position(|i| i.name.lang == "en").unwrap();
        assert!(
            last_native < first_fallback,
            "{last_native} {first_fallback}"
        );
    }

    #[test]
    fn nonsense_finds_nothing() {
        let c = demo();
        let r = search(c, &query("en", "qwxzv flurbonic"));
        assert_eq!(r.total, 0);
        assert!(r.items.is_empty());
        assert_eq!(r.facets.price_bounds, None);
        assert!(r.facets.categories.is_empty());
    }

    #[test]
    fn facet_counts_match_filtered_totals() {
        let c = demo();
        let mut base = query("en", "");
        base.lead_time_max = Some(30);
        base.categories = vec![Category::Lighting];
        let r = search(c, &base);
        assert!(r.total > 0);
        for f in &r.facets.categories {
            let mut q = base.clone();
            q.categories = vec![f.value];
            assert_eq!(search(c, &q).total, f.count, "category {:?}", f.value);
        }
        // Disjunctive: other categories are counted even though Lighting is selected.
        assert!(r.facets.categories.len() > 1);
        for f in &r.facets.countries {
            let mut q = base.clone();
            q.countries = vec![f.value.clone()];
            assert_eq!(search(c, &q).total, f.count, "country {}", f.value);
        }
        for f in &r.facets.certifications {
            let mut q = base.clone();
            q.certifications.push(f.value);
            assert_eq!(search(c, &q).total, f.count, "cert {:?}", f.value);
        }
        let mut q = base.clone();
        q.overseas_stock = true;
        assert_eq!(search(c, &q).total, r.facets.overseas_stock_count);
        // Sorted by count descending.
        assert!(r
            .facets
            .countries
            .windows(2)
            .all(|w| w[0].count >= w[1].count));
        // Selected values stay even with zero count.
        let mut q = base.clone();
        q.countries = vec!["zz".to_string()];
        let r = search(c, &q);
        assert_eq!(r.total, 0);
        assert!(r
            .facets
            .countries
            .iter()
            .any(|f| f.value == "ZZ" && f.count == 0));
        assert!(r
            .facets
            .categories
            .iter()
            .any(|f| f.value == Category::Lighting));
    }

    #[test]
    fn bounds_ignore_filters() {
        let c = demo();
        let open = search(c, &query("en", "led"));
        let mut q = query("en", "led");
        q.moq_max = Some(10);
        q.lead_time_max = Some(5);
        let narrow = search(c, &q);
        assert!(narrow.total < open.total);
        assert_eq!(open.facets.price_bounds, narrow.facets.price_bounds);
        assert_eq!(open.facets.moq_bounds, narrow.facets.moq_bounds);
        assert_eq!(open.facets.lead_time_bounds, narrow.facets.lead_time_bounds);
    }

    #[test]
    fn price_filter_in_euro_agrees_with_conversion() {
        let c = demo();
        let mut q = query("en", "");
        q.currency = Currency::Eur;
        q.price_min = Some(1_000);
        q.price_max = Some(5_000);
        q.categories = vec![Category::Electronics, Category::HomeKitchen];
        let ids = all_ids(c, &q);
        assert!(!ids.is_empty());
        let mut expected = 0;
        for p in &c.products {
            if !q.categories.contains(&p.category) {
                continue;
            }
            let eur = c
                .rates
                .convert(p.price_from(), Currency::Eur)
                .unwrap()
                .minor;
            let inside = (1_000..=5_000).contains(&eur);
            assert_eq!(ids.contains(&p.id), inside, "product {} at {eur}", p.id);
            expected += u32::from(inside);
        }
        assert_eq!(ids.len() as u32, expected);
        let r = search(c, &q);
        for item in &r.items {
            assert_eq!(item.price_from_display.currency, Currency::Eur);
            assert_eq!(
                Ok(item.price_from_display),
                c.rates.convert(item.price_from, Currency::Eur)
            );
        }
    }

    #[test]
    fn sort_orders_are_ordered() {
        let c = demo();
        for sort in SortOrder::ALL {
            let mut q = query("en", "set");
            q.sort = sort;
            q.currency = Currency::Gbp;
            q.per_page = MAX_PER_PAGE;
            let r = search(c, &q);
            assert!(r.items.len() > 10, "{sort:?}");
            let recs: Vec<&ProductRecord> =
                r.items.iter().map(|i| c.product(i.id).unwrap()).collect();
            for w in r.items.windows(2).zip(recs.windows(2)) {
                let ((a, b), (pa, pb)) = ((&w.0[0], &w.0[1]), (w.1[0], w.1[1]));
                let ok = match sort {
                    SortOrder::Relevance => true,
                    SortOrder::PriceAsc => {
                        (a.price_from_display.minor, a.id) < (b.price_from_display.minor, b.id)
                    }
                    SortOrder::PriceDesc => {
                        a.price_from_display.minor > b.price_from_display.minor
                            || (a.price_from_display.minor == b.price_from_display.minor
                                && a.id < b.id)
                    }
                    SortOrder::MoqAsc => (a.moq, a.id) < (b.moq, b.id),
                    SortOrder::LeadTimeAsc => (a.lead_time_days, a.id) < (b.lead_time_days, b.id),
                    SortOrder::Newest => {
                        pa.listed_on > pb.listed_on
                            || (pa.listed_on == pb.listed_on && pa.id < pb.id)
                    }
                };
                assert!(ok, "{sort:?}: {} then {}", a.id, b.id);
            }
        }
        // Without text, relevance means newest first.
        let r = search(c, &query("en", ""));
        let first = c.product(r.items[0].id).unwrap();
        assert!(c.products.iter().all(|p| p.listed_on <= first.listed_on));
    }

    #[test]
    fn relevance_scores_descend() {
        let c = demo();
        let q = query("de", "led wasserdicht");
        let toks = tokens(&normalize(&q.q));
        let r = search(
            c,
            &CatalogQuery {
                per_page: MAX_PER_PAGE,
                ..q.clone()
            },
        );
        assert!(r.total > 0);
        let scores: Vec<u32> = r
            .items
            .iter()
            .map(|i| {
                let pos = c.products.binary_search_by_key(&i.id, |p| p.id).unwrap();
                score(
                    c.index.names[3][pos]
                        .as_deref()
                        .map(|s| (s, c.index.sigs[3][pos])),
                    (
                        c.index.names[0][pos].as_deref().unwrap(),
                        c.index.sigs[0][pos],
                    ),
                    false,
                    &toks,
                    &normalize(&q.q),
                )
                .unwrap()
            })
            .collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    }

    #[test]
    fn paging() {
        let c = demo();
        let mut q = query("en", "");
        q.per_page = 1000;
        q.page = 0;
        let r = search(c, &q);
        assert_eq!(r.per_page, MAX_PER_PAGE);
        assert_eq!(r.page, 1);
        assert_eq!(r.items.len(), MAX_PER_PAGE as usize);
        assert_eq!(r.total, 10_000);
        q.per_page = 24;
        q.page = 417;
        let last = search(c, &q);
        assert_eq!(last.items.len(), 10_000 - 416 * 24);
        q.page = 418;
        let beyond = search(c, &q);
        assert!(beyond.items.is_empty());
        assert_eq!(beyond.total, 10_000);
        assert_eq!(beyond.page, 418);
        q.page = u32::MAX;
        assert!(search(c, &q).items.is_empty());
        q.per_page = 0;
        q.page = 1;
        assert_eq!(search(c, &q).items.len(), 1);
    }

    #[test]
    fn other_filters() {
        let c = demo();
        let mut q = query("en", "");
        q.supplier_id = Some(5);
        q.per_page = MAX_PER_PAGE;
        let r = search(c, &q);
        assert_eq!(r.total, c.supplier_product_count(5));
        assert!(r.items.iter().all(|i| i.supplier_id == 5));
        let mut q = query("en", "");
        q.moq_min = Some(100);
        q.moq_max = Some(500);
        q.lead_time_max = Some(10);
        q.overseas_stock = true;
        q.countries = vec!["cn".into(), "VN".into()];
        q.certifications = vec![Certification::Ce];
        let ids = all_ids(c, &q);
        assert!(!ids.is_empty());
        for id in ids {
            let p = c.product(id).unwrap();
            let s = c.supplier(p.supplier_id).unwrap();
            assert!((100..=500).contains(&p.moq()) && p.lead_time_days <= 10);
            assert!(!p.overseas_stock.is_empty() && p.certifications.contains(&Certification::Ce));
            assert!(s.country == "CN" || s.country == "VN");
        }
    }

    #[test]
    fn summary_falls_back_without_rates() {
        let mut c = Catalog::generate(5, 50, 5);
        let p = c
            .products
            .iter()
            .find(|p| p.currency != Currency::Usd)
            .cloned()
            .expect("a non-USD product");
        c.rates.rates.remove(&p.currency);
        let s = summary(&c, &p, "en", Currency::Usd);
        assert_eq!(s.price_from, p.price_from());
        assert_eq!(s.price_from_display, p.price_from());
        let full = summary(&Catalog::generate(5, 50, 5), &p, "en", Currency::Usd);
        assert_eq!(full.price_from_display.currency, Currency::Usd);
        assert_ne!(full.price_from_display, Money::new(0, Currency::Usd));
    }

    #[test]
    fn pages_and_home() {
        let c = demo();
        let p = product(c, 42, "fr").unwrap();
        assert_eq!(p.id, 42);
        assert!(p.images.len() >= 3);
        assert_eq!(p.supplier.id, c.product(42).unwrap().supplier_id);
        assert!(product(c, 0, "en").is_none() && product(c, 10_001, "en").is_none());
        let s = supplier(c, 7, "zh-CN").unwrap();
        assert_eq!(s.about.lang, "zh-CN");
        assert_eq!(s.product_count, c.supplier_product_count(7));
        assert!(supplier(c, 241, "en").is_none());

        let h = home(c, "es", Currency::Eur);
        assert_eq!(h.featured_suppliers.len(), FEATURED);
        assert_eq!(h.featured_products.len(), FEATURED);
        assert!(h.featured_suppliers.iter().all(|s| s.verified));
        let featured: Vec<u32> = h.featured_suppliers.iter().map(|s| s.id).collect();
        assert!(h
            .featured_products
            .iter()
            .all(|p| featured.contains(&p.supplier_id)));
        let distinct: std::collections::BTreeSet<u32> =
            h.featured_products.iter().map(|p| p.supplier_id).collect();
        assert_eq!(
            distinct.len(),
            FEATURED,
            "one product per featured supplier"
        );
        assert_eq!(h.product_count, 10_000);
        assert_eq!(h.supplier_count, 240);
        assert!(h.country_count >= 15);
        assert!(h
            .featured_products
            .iter()
            .all(|p| p.price_from_display.currency == Currency::Eur));
        let best = c.supplier(featured[0]).unwrap().transactions.rating_x10;
        assert!(c
            .suppliers
            .iter()
            .filter(|s| s.verified)
            .all(|s| s.transactions.rating_x10 <= best));
    }

    #[test]
    fn timing() {
        let start = Instant::now();
        let c = Catalog::demo();
        let gen = start.elapsed();
        let queries = [
            query("en", "led"),
            query("de", "wasserdicht"),
            query("zh-CN", "防水灯带"),
            query("ar", "شريط"),
            query("fr", "acier inoxydable"),
            query("en", ""),
        ];
        let mut total = std::time::Duration::ZERO;
        for q in &queries {
            let start = Instant::now();
            let r = search(&c, q);
            let t = start.elapsed();
            total += t;
            eprintln!(
                "timing: search {:?} in {}: {} hits in {t:?}",
                q.q, q.locale, r.total
            );
        }
        let per = total / queries.len() as u32;
        eprintln!("timing: generate {gen:?}, search {per:?} per query (not asserted)");
    }
}
