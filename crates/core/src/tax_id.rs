//! VAT and tax ID format checks and normalisation, by the country a company is registered in.
//!
//! What is checked is the *format* (prefix, length, which positions are digits or letters)
//! plus the check digits where the algorithm is public and stable: DE, AT, BE, DK, ES, FR
//! (numeric key), IT, PL, CH, BR (CNPJ, including the alphanumeric CNPJ of 2026), CN (USCC)
//! and IN (GSTIN). A number that passes may still not be registered: only the tax
//! authority's register (VIES, HMRC, ...) can say that, and the backend's order review does.
//!
//! Input is forgiving: case, spaces, dots, dashes and slashes are ignored, and the country
//! prefix of EU and similar numbers may be left out. The normalised result is the form used
//! on invoices: compact with the prefix for VAT numbers (`DE136695976`), punctuated where the
//! country prints it so (`CHE-109.322.551 MWST`, `12-3456789`, `11.222.333/0001-81`).

use std::fmt;

/// Why a tax ID was rejected. `code()` is the `FieldError` code the backend sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaxIdError {
    /// Nothing was typed.
    Empty,
    /// It starts with another country's prefix; the number for this country starts with
    /// `expected`.
    WrongPrefix { expected: &'static str },
    /// Too short or too long for every format of the country.
    WrongLength,
    /// Right length, but a letter where a digit belongs (or a character no format allows).
    BadCharacters,
    /// The format is right but the check digits (or a range rule) are not.
    BadChecksum,
}

impl TaxIdError {
    /// The `FieldError` code: `required` for an empty value, else `invalid_format`.
    pub fn code(self) -> &'static str {
        match self {
            TaxIdError::Empty => "required",
            _ => "invalid_format",
        }
    }
}

impl fmt::Display for TaxIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TaxIdError::Empty => write!(f, "empty"),
            TaxIdError::WrongPrefix { expected } => write!(f, "must start with {expected}"),
            TaxIdError::WrongLength => write!(f, "wrong length"),
            TaxIdError::BadCharacters => write!(f, "unexpected characters"),
            TaxIdError::BadChecksum => write!(f, "check digits do not match"),
        }
    }
}

/// Which kind of number a country uses (the app labels the field with `tax-id-<slug>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaxIdScheme {
    /// EU VAT identification number (VIES format).
    EuVat,
    /// UK VAT registration number.
    GbVat,
    /// Swiss UID, with the VAT suffix when VAT-registered.
    ChUid,
    /// Norwegian organisation number with `MVA`.
    NoMva,
    /// UAE Tax Registration Number.
    AeTrn,
    /// Brazilian CNPJ.
    BrCnpj,
    /// US Employer Identification Number.
    UsEin,
    /// Chinese Unified Social Credit Code.
    CnUscc,
    /// Indian GSTIN.
    InGstin,
    /// Turkish tax number (VKN).
    TrVkn,
    /// Japanese qualified invoice issuer number.
    JpInvoice,
    /// Any other country: 3-30 letters and digits.
    Other,
}

impl TaxIdScheme {
    pub fn slug(self) -> &'static str {
        match self {
            TaxIdScheme::EuVat => "eu-vat",
            TaxIdScheme::GbVat => "gb-vat",
            TaxIdScheme::ChUid => "ch-uid",
            TaxIdScheme::NoMva => "no-mva",
            TaxIdScheme::AeTrn => "ae-trn",
            TaxIdScheme::BrCnpj => "br-cnpj",
            TaxIdScheme::UsEin => "us-ein",
            TaxIdScheme::CnUscc => "cn-uscc",
            TaxIdScheme::InGstin => "in-gstin",
            TaxIdScheme::TrVkn => "tr-vkn",
            TaxIdScheme::JpInvoice => "jp-invoice",
            TaxIdScheme::Other => "other",
        }
    }
}

/// The 27 EU member states (ISO 3166-1 alpha-2; Greece is `GR`, its VAT prefix `EL`).
pub const EU_MEMBERS: [&str; 27] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// Whether `country` (ISO alpha-2, any case) is an EU member state.
pub fn is_eu_member(country: &str) -> bool {
    let c = country.trim().to_ascii_uppercase();
    EU_MEMBERS.contains(&c.as_str()) || c == "EL"
}

/// Result of a check-digit test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Check {
    Ok,
    BadChecksum,
    BadCharacters,
}

type Format = fn(prefix: &str, body: &str, suffix: &str) -> String;

/// A country's rule. Body patterns: `#` a digit, `@` a letter, `*` a letter or digit,
/// anything else itself.
struct Rule {
    scheme: TaxIdScheme,
    /// Accepted prefixes and the canonical prefix each stands for; the first canonical one is
    /// added when the buyer leaves the prefix out. Empty: the number has no prefix.
    prefixes: &'static [(&'static str, &'static str)],
    bodies: &'static [&'static str],
    /// Accepted suffixes and their canonical spelling (`MWST`, `MVA`).
    suffixes: &'static [(&'static str, &'static str)],
    checksum: Option<fn(&str) -> Check>,
    format: Format,
    example: &'static str,
}

fn compact(prefix: &str, body: &str, suffix: &str) -> String {
    format!("{prefix}{body}{suffix}")
}

const fn eu(
    prefix: &'static [(&'static str, &'static str)],
    bodies: &'static [&'static str],
    checksum: Option<fn(&str) -> Check>,
    example: &'static str,
) -> Rule {
    Rule {
        scheme: TaxIdScheme::EuVat,
        prefixes: prefix,
        bodies,
        suffixes: &[],
        checksum,
        format: compact,
        example,
    }
}

const RO_BODIES: [&str; 9] = [
    "##",
    "###",
    "####",
    "#####",
    "######",
    "#######",
    "########",
    "#########",
    "##########",
];

fn rule(country: &str) -> Option<Rule> {
    let r = match country {
        "AT" => eu(
            &[("AT", "AT")],
            &["U########"],
            Some(check_at),
            "ATU13585627",
        ),
        "BE" => eu(
            &[("BE", "BE")],
            &["##########"],
            Some(check_be),
            "BE0417497106",
        ),
        "BG" => eu(
            &[("BG", "BG")],
            &["#########", "##########"],
            None,
            "BG175074752",
        ),
        "CY" => eu(&[("CY", "CY")], &["########@"], None, "CY10259033P"),
        "CZ" => eu(
            &[("CZ", "CZ")],
            &["########", "#########", "##########"],
            None,
            "CZ25123891",
        ),
        "DE" => eu(
            &[("DE", "DE")],
            &["#########"],
            Some(check_de),
            "DE136695976",
        ),
        "DK" => eu(&[("DK", "DK")], &["########"], Some(check_dk), "DK13585628"),
        "EE" => eu(&[("EE", "EE")], &["#########"], None, "EE100931558"),
        "GR" | "EL" => eu(
            &[("EL", "EL"), ("GR", "EL")],
            &["#########"],
            None,
            "EL094259216",
        ),
        "ES" => eu(
            &[("ES", "ES")],
            &["*#######*"],
            Some(check_es),
            "ESA28015865",
        ),
        "FI" => eu(&[("FI", "FI")], &["########"], None, "FI20774740"),
        "FR" => eu(
            &[("FR", "FR")],
            &["**#########"],
            Some(check_fr),
            "FR40303265045",
        ),
        "HR" => eu(&[("HR", "HR")], &["###########"], None, "HR33392005961"),
        "HU" => eu(&[("HU", "HU")], &["########"], None, "HU12892312"),
        "IE" => eu(
            &[("IE", "IE")],
            &["#######@", "#######@@", "#@#####@"],
            None,
            "IE6388047V",
        ),
        "IT" => eu(
            &[("IT", "IT")],
            &["###########"],
            Some(check_it),
            "IT00743110157",
        ),
        "LT" => eu(
            &[("LT", "LT")],
            &["#########", "############"],
            None,
            "LT119511515",
        ),
        "LU" => eu(&[("LU", "LU")], &["########"], None, "LU15027442"),
        "LV" => eu(&[("LV", "LV")], &["###########"], None, "LV40003521600"),
        "MT" => eu(&[("MT", "MT")], &["########"], None, "MT11679112"),
        "NL" => eu(&[("NL", "NL")], &["#########B##"], None, "NL004495445B01"),
        "PL" => eu(
            &[("PL", "PL")],
            &["##########"],
            Some(check_pl),
            "PL1234563218",
        ),
        "PT" => eu(&[("PT", "PT")], &["#########"], None, "PT501964843"),
        "RO" => eu(&[("RO", "RO")], &RO_BODIES, None, "RO18547290"),
        "SE" => eu(&[("SE", "SE")], &["##########01"], None, "SE556188840401"),
        "SI" => eu(&[("SI", "SI")], &["########"], None, "SI50223054"),
        "SK" => eu(&[("SK", "SK")], &["##########"], None, "SK2020273893"),
        "GB" => Rule {
            scheme: TaxIdScheme::GbVat,
            prefixes: &[("GB", "GB"), ("XI", "XI")],
            bodies: &["#########", "############", "GD###", "HA###"],
            suffixes: &[],
            checksum: Some(check_gb),
            format: compact,
            example: "GB980780684",
        },
        "CH" => Rule {
            scheme: TaxIdScheme::ChUid,
            prefixes: &[("CHE", "CHE")],
            bodies: &["#########"],
            suffixes: &[("MWST", "MWST"), ("TVA", "TVA"), ("IVA", "IVA")],
            checksum: Some(check_ch),
            format: format_ch,
            example: "CHE-109.322.551 MWST",
        },
        "NO" => Rule {
            scheme: TaxIdScheme::NoMva,
            prefixes: &[("NO", "NO")],
            bodies: &["#########"],
            suffixes: &[("MVA", "MVA")],
            checksum: None,
            format: |p, b, _| format!("{p}{b}MVA"),
            example: "NO923609016MVA",
        },
        "AE" => Rule {
            scheme: TaxIdScheme::AeTrn,
            prefixes: &[],
            bodies: &["###############"],
            suffixes: &[],
            checksum: None,
            format: compact,
            example: "100123456700003",
        },
        "BR" => Rule {
            scheme: TaxIdScheme::BrCnpj,
            prefixes: &[],
            bodies: &["************##"],
            suffixes: &[],
            checksum: Some(check_cnpj),
            format: |_, b, _| {
                format!(
                    "{}.{}.{}/{}-{}",
                    &b[0..2],
                    &b[2..5],
                    &b[5..8],
                    &b[8..12],
                    &b[12..14]
                )
            },
            example: "11.222.333/0001-81",
        },
        "US" => Rule {
            scheme: TaxIdScheme::UsEin,
            prefixes: &[],
            bodies: &["#########"],
            suffixes: &[],
            checksum: Some(check_ein),
            format: |_, b, _| format!("{}-{}", &b[0..2], &b[2..]),
            example: "12-3456789",
        },
        "CN" => Rule {
            scheme: TaxIdScheme::CnUscc,
            prefixes: &[],
            bodies: &["******************"],
            suffixes: &[],
            checksum: Some(check_uscc),
            format: compact,
            example: "91350100M000100Y43",
        },
        "IN" => Rule {
            scheme: TaxIdScheme::InGstin,
            prefixes: &[],
            bodies: &["##@@@@@####@*Z*"],
            suffixes: &[],
            checksum: Some(check_gstin),
            format: compact,
            example: "27AAPFU0939F1ZV",
        },
        "TR" => Rule {
            scheme: TaxIdScheme::TrVkn,
            prefixes: &[],
            bodies: &["##########"],
            suffixes: &[],
            checksum: None,
            format: compact,
            example: "1234567890",
        },
        "JP" => Rule {
            scheme: TaxIdScheme::JpInvoice,
            prefixes: &[("T", "T")],
            bodies: &["#############"],
            suffixes: &[],
            checksum: None,
            format: compact,
            example: "T1234567890123",
        },
        _ => return None,
    };
    Some(r)
}

/// The scheme of `country`'s tax ID.
pub fn scheme(country: &str) -> TaxIdScheme {
    rule(&country.trim().to_ascii_uppercase())
        .map(|r| r.scheme)
        .unwrap_or(TaxIdScheme::Other)
}

/// A well-formed example for the field's placeholder.
pub fn example(country: &str) -> &'static str {
    rule(&country.trim().to_ascii_uppercase())
        .map(|r| r.example)
        .unwrap_or("")
}

/// Checks `input` as a tax ID of a company registered in `country` (ISO alpha-2) and
/// returns it normalised (see the module docs).
pub fn normalize(country: &str, input: &str) -> Result<String, TaxIdError> {
    let mut cleaned = String::with_capacity(input.len());
    for c in input.trim().chars() {
        if matches!(c, ' ' | '.' | '-' | '/' | '\u{a0}' | '\t') {
            continue;
        }
        if !c.is_ascii_alphanumeric() {
            return Err(TaxIdError::BadCharacters);
        }
        cleaned.push(c.to_ascii_uppercase());
    }
    if cleaned.is_empty() {
        return Err(TaxIdError::Empty);
    }
    match rule(&country.trim().to_ascii_uppercase()) {
        Some(r) => apply(&r, &cleaned),
        None if (3..=30).contains(&cleaned.len()) => Ok(cleaned),
        None => Err(TaxIdError::WrongLength),
    }
}

fn matches(pattern: &str, body: &str) -> bool {
    pattern.len() == body.len()
        && pattern.bytes().zip(body.bytes()).all(|(p, b)| match p {
            b'#' => b.is_ascii_digit(),
            b'@' => b.is_ascii_uppercase(),
            b'*' => b.is_ascii_alphanumeric(),
            lit => lit == b,
        })
}

fn apply(rule: &Rule, cleaned: &str) -> Result<String, TaxIdError> {
    let (core, suffix) = rule
        .suffixes
        .iter()
        .find_map(|(accepted, canon)| {
            cleaned
                .strip_suffix(accepted)
                .filter(|rest| !rest.is_empty())
                .map(|rest| (rest, *canon))
        })
        .unwrap_or((cleaned, ""));
    let default_prefix = rule.prefixes.first().map(|p| p.1).unwrap_or("");
    // Try with a typed prefix first, then the whole text as the body (prefix left out).
    let mut attempts: Vec<(&str, &str)> = rule
        .prefixes
        .iter()
        .filter_map(|(accepted, canon)| core.strip_prefix(accepted).map(|body| (*canon, body)))
        .collect();
    let typed_prefix = !attempts.is_empty();
    attempts.push((default_prefix, core));
    for (prefix, body) in &attempts {
        if rule.bodies.iter().any(|p| matches(p, body)) {
            let check = rule.checksum.map_or(Check::Ok, |f| f(body));
            return match check {
                Check::Ok => Ok((rule.format)(prefix, body, suffix)),
                Check::BadChecksum => Err(TaxIdError::BadChecksum),
                Check::BadCharacters => Err(TaxIdError::BadCharacters),
            };
        }
    }
    let (_, body) = attempts[0];
    if !typed_prefix && !rule.prefixes.is_empty() && looks_like_other_prefix(rule, core) {
        return Err(TaxIdError::WrongPrefix {
            expected: default_prefix,
        });
    }
    if rule.bodies.iter().any(|p| p.len() == body.len()) {
        Err(TaxIdError::BadCharacters)
    } else {
        Err(TaxIdError::WrongLength)
    }
}

/// Whether `core` starts with two letters that are a prefix, not part of the number: no body
/// format starts with two letters, or they are another EU VAT prefix.
fn looks_like_other_prefix(rule: &Rule, core: &str) -> bool {
    let b = core.as_bytes();
    if b.len() < 2 || !b[0].is_ascii_uppercase() || !b[1].is_ascii_uppercase() {
        return false;
    }
    let body_may_start_with_letters = rule.bodies.iter().any(|p| {
        let p = p.as_bytes();
        p.len() >= 2
            && [p[0], p[1]]
                .iter()
                .zip(b)
                .all(|(pc, c)| matches!(pc, b'@' | b'*') || pc == c)
    });
    let two = &core[..2];
    !body_may_start_with_letters
        || EU_MEMBERS.contains(&two)
        || matches!(two, "EL" | "GB" | "XI" | "CH" | "NO")
}

fn digits(s: &str) -> Vec<u32> {
    s.bytes().map(|b| u32::from(b.wrapping_sub(b'0'))).collect()
}

fn ok_if(cond: bool) -> Check {
    if cond {
        Check::Ok
    } else {
        Check::BadChecksum
    }
}

/// Germany: ISO 7064 MOD 11,10 over the first eight digits.
fn check_de(body: &str) -> Check {
    let d = digits(body);
    let mut product = 10;
    for &x in &d[..8] {
        let mut sum = (x + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (2 * sum) % 11;
    }
    let check = (11 - product) % 10;
    ok_if(check == d[8])
}

/// Austria: `U` + seven digits, Luhn-like weights 1,2 plus 4.
fn check_at(body: &str) -> Check {
    let d = digits(&body[1..]);
    let sum: u32 = d[..7]
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 1 {
                let y = x * 2;
                y / 10 + y % 10
            } else {
                x
            }
        })
        .sum();
    ok_if((10 - (sum + 4) % 10) % 10 == d[7])
}

/// Belgium: the last two digits are 97 minus the first eight modulo 97.
fn check_be(body: &str) -> Check {
    if !matches!(body.as_bytes()[0], b'0' | b'1') {
        return Check::BadCharacters;
    }
    let head: u64 = body[..8].parse().unwrap_or(0);
    let tail: u64 = body[8..].parse().unwrap_or(0);
    ok_if(97 - head % 97 == tail)
}

/// Denmark: weights 2,7,6,5,4,3,2,1, sum divisible by 11.
fn check_dk(body: &str) -> Check {
    const W: [u32; 8] = [2, 7, 6, 5, 4, 3, 2, 1];
    let sum: u32 = digits(body).iter().zip(W).map(|(d, w)| d * w).sum();
    ok_if(sum.is_multiple_of(11))
}

/// Spain: DNI (8 digits + letter), NIE (X/Y/Z + 7 digits + letter) or CIF (entity letter +
/// 7 digits + control digit or letter).
fn check_es(body: &str) -> Check {
    const DNI: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";
    let b = body.as_bytes();
    let first = b[0];
    let last = b[8];
    let dni_letter = |n: u32| DNI[(n % 23) as usize];
    if first.is_ascii_digit() {
        if !last.is_ascii_uppercase() {
            return Check::BadCharacters;
        }
        let n: u32 = body[..8].parse().unwrap_or(0);
        return ok_if(dni_letter(n) == last);
    }
    if let Some(lead) = match first {
        b'X' => Some(0),
        b'Y' => Some(1),
        b'Z' => Some(2),
        _ => None,
    } {
        if !last.is_ascii_uppercase() {
            return Check::BadCharacters;
        }
        let n: u32 = lead * 10_000_000 + body[1..8].parse::<u32>().unwrap_or(0);
        return ok_if(dni_letter(n) == last);
    }
    if matches!(first, b'K' | b'L' | b'M') {
        // Special NIFs: format only.
        return if last.is_ascii_uppercase() {
            Check::Ok
        } else {
            Check::BadCharacters
        };
    }
    if !b"ABCDEFGHJNPQRSUVW".contains(&first) {
        return Check::BadCharacters;
    }
    let d = digits(&body[1..8]);
    let mut sum = 0;
    for (i, &x) in d.iter().enumerate() {
        if i % 2 == 0 {
            let y = x * 2;
            sum += y / 10 + y % 10;
        } else {
            sum += x;
        }
    }
    let control = (10 - sum % 10) % 10;
    let as_letter = b"JABCDEFGHI"[control as usize];
    let as_digit = b'0' + control as u8;
    let ok = match first {
        b'P' | b'Q' | b'R' | b'S' | b'N' | b'W' => last == as_letter,
        b'A' | b'B' | b'E' | b'H' => last == as_digit,
        _ => last == as_letter || last == as_digit,
    };
    ok_if(ok)
}

/// France: two key characters + SIREN; a numeric key is `(12 + 3 × (SIREN mod 97)) mod 97`.
/// Alphanumeric keys (issued since 2018) have no public algorithm: `O` and `I` are never used.
fn check_fr(body: &str) -> Check {
    let key = &body[..2];
    if key.bytes().any(|c| c == b'O' || c == b'I') {
        return Check::BadCharacters;
    }
    if key.bytes().all(|c| c.is_ascii_digit()) {
        let siren: u64 = body[2..].parse().unwrap_or(0);
        let k: u64 = key.parse().unwrap_or(0);
        return ok_if((12 + 3 * (siren % 97)) % 97 == k);
    }
    Check::Ok
}

/// Italy: Luhn over the 11 digits.
fn check_it(body: &str) -> Check {
    let sum: u32 = digits(body)
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 1 {
                let y = x * 2;
                if y > 9 {
                    y - 9
                } else {
                    y
                }
            } else {
                x
            }
        })
        .sum();
    ok_if(sum.is_multiple_of(10))
}

/// Poland (NIP): weights 6,5,7,2,3,4,5,6,7, sum mod 11 is the last digit.
fn check_pl(body: &str) -> Check {
    const W: [u32; 9] = [6, 5, 7, 2, 3, 4, 5, 6, 7];
    let d = digits(body);
    let sum: u32 = d.iter().zip(W).map(|(d, w)| d * w).sum();
    ok_if(sum % 11 == d[9])
}

/// United Kingdom: `GD` (government departments) is 000-499, `HA` (health authorities)
/// 500-999; plain numbers are format-checked only.
fn check_gb(body: &str) -> Check {
    let num = |s: &str| s.parse::<u32>().unwrap_or(0);
    match &body[..2] {
        "GD" => ok_if(num(&body[2..]) < 500),
        "HA" => ok_if(num(&body[2..]) >= 500),
        _ => Check::Ok,
    }
}

/// Switzerland (UID): weights 5,4,3,2,7,6,5,4 mod 11.
fn check_ch(body: &str) -> Check {
    const W: [u32; 8] = [5, 4, 3, 2, 7, 6, 5, 4];
    let d = digits(body);
    let sum: u32 = d.iter().zip(W).map(|(d, w)| d * w).sum();
    let check = 11 - sum % 11;
    let check = match check {
        11 => 0,
        10 => return Check::BadChecksum,
        c => c,
    };
    ok_if(check == d[8])
}

fn format_ch(prefix: &str, body: &str, suffix: &str) -> String {
    let mut out = format!("{prefix}-{}.{}.{}", &body[0..3], &body[3..6], &body[6..9]);
    if !suffix.is_empty() {
        out.push(' ');
        out.push_str(suffix);
    }
    out
}

/// US EIN: the two-digit prefix `00` is never issued.
fn check_ein(body: &str) -> Check {
    ok_if(&body[..2] != "00")
}

/// Brazil (CNPJ): two mod-11 check digits. Since July 2026 the first twelve characters may be
/// letters: every character counts as its ASCII code minus 48 (`'A'` is 17).
fn check_cnpj(body: &str) -> Check {
    let v: Vec<u32> = body.bytes().map(|b| u32::from(b) - 48).collect();
    if body.bytes().all(|b| b == body.as_bytes()[0]) {
        return Check::BadChecksum;
    }
    let dv = |n: usize| {
        const W: [u32; 13] = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
        let w = &W[13 - n..];
        let sum: u32 = v[..n].iter().zip(w).map(|(a, b)| a * b).sum();
        let r = sum % 11;
        if r < 2 {
            0
        } else {
            11 - r
        }
    };
    ok_if(dv(12) == v[12] && dv(13) == v[13])
}

/// China (USCC, GB 32100-2015): 31 characters (no I, O, S, V, Z), mod-31 check character.
fn check_uscc(body: &str) -> Check {
    const CHARS: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
    const W: [usize; 17] = [
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
    ];
    let mut values = Vec::with_capacity(18);
    for b in body.bytes() {
        match CHARS.iter().position(|&c| c == b) {
            Some(v) => values.push(v),
            None => return Check::BadCharacters,
        }
    }
    let sum: usize = values[..17].iter().zip(W).map(|(v, w)| v * w).sum();
    let check = (31 - sum % 31) % 31;
    ok_if(check == values[17])
}

/// India (GSTIN): state code 01-38 (97 other territory, 99 centre), then a PAN, then a
/// mod-36 check character.
fn check_gstin(body: &str) -> Check {
    const CHARS: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let state: u32 = body[..2].parse().unwrap_or(0);
    if !((1..=38).contains(&state) || state == 97 || state == 99) {
        return Check::BadCharacters;
    }
    let value = |b: u8| CHARS.iter().position(|&c| c == b).unwrap_or(0) as u32;
    let sum: u32 = body.as_bytes()[..14]
        .iter()
        .enumerate()
        .map(|(i, &b)| {
            let p = value(b) * if i % 2 == 1 { 2 } else { 1 };
            p / 36 + p % 36
        })
        .sum();
    let check = (36 - sum % 36) % 36;
    ok_if(check == value(body.as_bytes()[14]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use TaxIdError::*;

    fn ok(country: &str, input: &str, expected: &str) {
        assert_eq!(
            normalize(country, input),
            Ok(expected.to_string()),
            "{country} {input:?}"
        );
    }

    fn bad(country: &str, input: &str, err: TaxIdError) {
        assert_eq!(normalize(country, input), Err(err), "{country} {input:?}");
    }

    #[test]
    fn every_eu_member_has_a_rule_and_its_example_passes() {
        for c in EU_MEMBERS {
            assert_eq!(scheme(c), TaxIdScheme::EuVat, "{c}");
            let ex = example(c);
            assert_eq!(normalize(c, ex), Ok(ex.to_string()), "{c} {ex}");
        }
        for c in ["GB", "CH", "NO", "AE", "BR", "US", "CN", "IN", "TR", "JP"] {
            let ex = example(c);
            assert!(normalize(c, ex).is_ok(), "{c} {ex}");
            assert_ne!(scheme(c), TaxIdScheme::Other);
        }
        assert!(is_eu_member("de") && is_eu_member("GR") && !is_eu_member("GB"));
    }

    #[test]
    fn germany_prefix_spacing_and_check_digit() {
        ok("DE", "DE 136 695 976", "DE136695976");
        ok("de", "de136695976", "DE136695976");
        // The prefix may be left out.
        ok("DE", "811907980", "DE811907980");
        ok("DE", "DE129273398", "DE129273398");
        bad("DE", "DE136695977", BadChecksum);
        bad("DE", "DE13669597", WrongLength);
        bad("DE", "DE13669597X", BadCharacters);
        bad("DE", "FR40303265045", WrongPrefix { expected: "DE" });
        bad("DE", "   ", Empty);
        bad("DE", " - . ", Empty);
        bad("DE", "DE136695976!", BadCharacters);
    }

    #[test]
    fn france_key_and_siren() {
        ok("FR", "FR 40 303 265 045", "FR40303265045");
        ok("FR", "40303265045", "FR40303265045");
        bad("FR", "FR41303265045", BadChecksum);
        // Alphanumeric keys: format only, but never O or I.
        ok("FR", "FRK7399859412", "FRK7399859412");
        bad("FR", "FROI399859412", BadCharacters);
        bad("FR", "FR4030326504", WrongLength);
    }

    #[test]
    fn netherlands_italy_poland_and_others() {
        ok("NL", "NL004495445B01", "NL004495445B01");
        ok("NL", "nl 0044.95.445.b.01", "NL004495445B01");
        bad("NL", "NL004495445C01", BadCharacters);
        ok("IT", "IT 00743110157", "IT00743110157");
        bad("IT", "IT00743110158", BadChecksum);
        ok("PL", "123-456-32-18", "PL1234563218");
        bad("PL", "PL1234563219", BadChecksum);
        ok("AT", "ATU13585627", "ATU13585627");
        bad("AT", "ATU13585628", BadChecksum);
        bad("AT", "AT13585627", WrongLength);
        ok("BE", "BE 0417.497.106", "BE0417497106");
        bad("BE", "BE0417497107", BadChecksum);
        ok("DK", "DK 13 58 56 28", "DK13585628");
        bad("DK", "DK13585629", BadChecksum);
        ok("GR", "EL094259216", "EL094259216");
        ok("GR", "GR094259216", "EL094259216");
        ok("IE", "IE6388047V", "IE6388047V");
        ok("IE", "IE1234567WA", "IE1234567WA");
        ok("IE", "IE8Z49289F", "IE8Z49289F");
        ok("SE", "SE556188840401", "SE556188840401");
        bad("SE", "SE556188840402", BadCharacters);
        ok("RO", "RO18547290", "RO18547290");
        ok("RO", "RO12", "RO12");
        bad("RO", "RO12345678901", WrongLength);
        ok("CY", "CY10259033P", "CY10259033P");
        bad("CY", "CY102590331", BadCharacters);
    }

    #[test]
    fn spain_dni_nie_and_cif() {
        ok("ES", "ES12345678Z", "ES12345678Z");
        bad("ES", "ES12345678A", BadChecksum);
        // NIE: X → 0, Y → 1, Z → 2 before the DNI letter.
        ok("ES", "X1234567L", "ESX1234567L");
        bad("ES", "X1234567A", BadChecksum);
        // CIF of a company (A: control digit), of a public body (Q: control letter).
        ok("ES", "ESA28015865", "ESA28015865");
        bad("ES", "ESA28015864", BadChecksum);
        ok("ES", "Q2826000H", "ESQ2826000H");
        bad("ES", "Q28260008", BadChecksum);
        bad("ES", "ESI28015865", BadCharacters);
    }

    #[test]
    fn united_kingdom_switzerland_norway() {
        ok("GB", "GB 980 7806 84", "GB980780684");
        ok("GB", "980780684", "GB980780684");
        ok("GB", "GB980780684001", "GB980780684001");
        ok("GB", "XI980780684", "XI980780684");
        ok("GB", "GBGD001", "GBGD001");
        bad("GB", "GBGD501", BadChecksum);
        ok("GB", "GBHA599", "GBHA599");
        bad("GB", "GBHA499", BadChecksum);
        bad("GB", "GB98078068", WrongLength);
        bad("GB", "DE136695976", WrongPrefix { expected: "GB" });

        ok("CH", "CHE-109.322.551 MWST", "CHE-109.322.551 MWST");
        ok("CH", "che109322551tva", "CHE-109.322.551 TVA");
        ok("CH", "CHE-109.322.551 IVA", "CHE-109.322.551 IVA");
        // The UID alone (no VAT suffix) is accepted for companies not VAT-registered.
        ok("CH", "CHE-109.322.551", "CHE-109.322.551");
        bad("CH", "CHE-109.322.552 MWST", BadChecksum);
        bad("CH", "CHE-109.322.551 VAT", WrongLength);

        ok("NO", "923 609 016 MVA", "NO923609016MVA");
        ok("NO", "NO923609016", "NO923609016MVA");
        bad("NO", "NO92360901MVA", WrongLength);
    }

    #[test]
    fn brazil_cnpj_numeric_and_alphanumeric() {
        ok("BR", "11.222.333/0001-81", "11.222.333/0001-81");
        ok("BR", "11222333000181", "11.222.333/0001-81");
        bad("BR", "11.222.333/0001-82", BadChecksum);
        bad("BR", "00.000.000/0000-00", BadChecksum);
        bad("BR", "11.222.333/0001-8", WrongLength);
        // The alphanumeric CNPJ (Receita Federal's published example).
        ok("BR", "12.ABC.345/01DE-35", "12.ABC.345/01DE-35");
        bad("BR", "12.ABC.345/01DE-36", BadChecksum);
        bad("BR", "12.ABC.345/01DE-3X", BadCharacters);
    }

    #[test]
    fn us_uae_china_india_turkey_japan() {
        ok("US", "12-3456789", "12-3456789");
        ok("US", "123456789", "12-3456789");
        bad("US", "00-3456789", BadChecksum);
        bad("US", "12-345678", WrongLength);
        bad("US", "US123456789", WrongLength);

        ok("AE", "100 1234 5670 0003", "100123456700003");
        bad("AE", "10012345670000", WrongLength);

        ok("CN", "91350100M000100Y43", "91350100M000100Y43");
        ok("CN", "91110000600037341l", "91110000600037341L");
        bad("CN", "91350100M000100Y44", BadChecksum);
        bad("CN", "91350100M000100O43", BadCharacters);
        bad("CN", "91350100M000100Y4", WrongLength);

        ok("IN", "27AAPFU0939F1ZV", "27AAPFU0939F1ZV");
        ok("IN", "29aagcb7383j1z4", "29AAGCB7383J1Z4");
        bad("IN", "27AAPFU0939F1ZW", BadChecksum);
        bad("IN", "27AAPFU0939F1YV", BadCharacters);
        bad("IN", "77AAPFU0939F1ZV", BadCharacters);

        ok("TR", "1234567890", "1234567890");
        bad("TR", "123456789", WrongLength);

        ok("JP", "T1234567890123", "T1234567890123");
        ok("JP", "1234567890123", "T1234567890123");
        bad("JP", "AB1234567890123", WrongPrefix { expected: "T" });
    }

    #[test]
    fn other_countries_take_three_to_thirty_alphanumerics() {
        assert_eq!(scheme("KE"), TaxIdScheme::Other);
        ok("KE", "p051234567x", "P051234567X");
        ok("mx", "ABC-680524-P76", "ABC680524P76");
        bad("KE", "AB", WrongLength);
        bad("KE", &"1".repeat(31), WrongLength);
        bad("KE", "ABC_123", BadCharacters);
        bad("KE", "", Empty);
        assert_eq!(Empty.code(), "required");
        assert_eq!(BadChecksum.code(), "invalid_format");
    }
}
