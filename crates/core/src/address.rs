//! Postal addresses: which fields a country needs and what its postal code looks like.
//!
//! [`rules`] tells the checkout form which fields to show and require; [`validate`] returns
//! field errors with the stable codes of the contract (`required`, `invalid_format`,
//! `too_long`); [`normalized`] is the form the backend stores (trimmed, upper-case country,
//! postal code in its national layout such as `1234 AB`, `SW1A 1AA`, `01310-100`,
//! `100-0001`, US states and Brazilian states as their two-letter codes).

use crate::trade::{Address, FieldError};

/// Longest accepted value of each field, in characters.
pub const MAX_RECIPIENT: usize = 100;
pub const MAX_LINE: usize = 120;
pub const MAX_CITY: usize = 80;
pub const MAX_REGION: usize = 80;
pub const MAX_POSTAL: usize = 16;
pub const MAX_PHONE: usize = 32;

/// What a country's postal code is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PostalCode {
    /// The country has no postal codes (the UAE): the field is not shown.
    NotUsed,
    /// Required, in the national format; `example` goes in the placeholder.
    Required { example: &'static str },
    /// Optional, free-form (letters, digits, spaces, dashes).
    Optional,
}

/// What the region field is called and whether it is needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegionKind {
    State,
    Province,
    Emirate,
    Prefecture,
    /// Optional free text ("state / province / region").
    Region,
}

impl RegionKind {
    /// For the field label (`address-region-<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            RegionKind::State => "state",
            RegionKind::Province => "province",
            RegionKind::Emirate => "emirate",
            RegionKind::Prefecture => "prefecture",
            RegionKind::Region => "region",
        }
    }
}

/// The address form of one country.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AddressRules {
    pub postal_code: PostalCode,
    pub region: RegionKind,
    pub region_required: bool,
    /// When not empty, the region must be one of these `(code, English name)` pairs (either
    /// spelling is accepted); the app shows a select.
    pub region_choices: &'static [(&'static str, &'static str)],
}

/// US states, DC and the inhabited territories (USPS codes).
pub const US_STATES: &[(&str, &str)] = &[
    ("AL", "Alabama"),
    ("AK", "Alaska"),
    ("AZ", "Arizona"),
    ("AR", "Arkansas"),
    ("CA", "California"),
    ("CO", "Colorado"),
    ("CT", "Connecticut"),
    ("DE", "Delaware"),
    ("DC", "District of Columbia"),
    ("FL", "Florida"),
    ("GA", "Georgia"),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Illinois"),
    ("IN", "Indiana"),
    ("IA", "Iowa"),
    ("KS", "Kansas"),
    ("KY", "Kentucky"),
    ("LA", "Louisiana"),
    ("ME", "Maine"),
    ("MD", "Maryland"),
    ("MA", "Massachusetts"),
    ("MI", "Michigan"),
    ("MN", "Minnesota"),
    ("MS", "Mississippi"),
    ("MO", "Missouri"),
    ("MT", "Montana"),
    ("NE", "Nebraska"),
    ("NV", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("OH", "Ohio"),
    ("OK", "Oklahoma"),
    ("OR", "Oregon"),
    ("PA", "Pennsylvania"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("TN", "Tennessee"),
    ("TX", "Texas"),
    ("UT", "Utah"),
    ("VT", "Vermont"),
    ("VA", "Virginia"),
    ("WA", "Washington"),
    ("WV", "West Virginia"),
    ("WI", "Wisconsin"),
    ("WY", "Wyoming"),
    ("AS", "American Samoa"),
    ("GU", "Guam"),
    ("MP", "Northern Mariana Islands"),
    ("PR", "Puerto Rico"),
    ("VI", "U.S. Virgin Islands"),
];

/// The seven emirates (ISO 3166-2:AE codes without the country).
pub const AE_EMIRATES: &[(&str, &str)] = &[
    ("AZ", "Abu Dhabi"),
    ("AJ", "Ajman"),
    ("DU", "Dubai"),
    ("FU", "Fujairah"),
    ("RK", "Ras Al Khaimah"),
    ("SH", "Sharjah"),
    ("UQ", "Umm Al Quwain"),
];

/// Brazil's 26 states and the Federal District.
pub const BR_STATES: &[(&str, &str)] = &[
    ("AC", "Acre"),
    ("AL", "Alagoas"),
    ("AP", "Amapá"),
    ("AM", "Amazonas"),
    ("BA", "Bahia"),
    ("CE", "Ceará"),
    ("DF", "Distrito Federal"),
    ("ES", "Espírito Santo"),
    ("GO", "Goiás"),
    ("MA", "Maranhão"),
    ("MT", "Mato Grosso"),
    ("MS", "Mato Grosso do Sul"),
    ("MG", "Minas Gerais"),
    ("PA", "Pará"),
    ("PB", "Paraíba"),
    ("PR", "Paraná"),
    ("PE", "Pernambuco"),
    ("PI", "Piauí"),
    ("RJ", "Rio de Janeiro"),
    ("RN", "Rio Grande do Norte"),
    ("RS", "Rio Grande do Sul"),
    ("RO", "Rondônia"),
    ("RR", "Roraima"),
    ("SC", "Santa Catarina"),
    ("SP", "São Paulo"),
    ("SE", "Sergipe"),
    ("TO", "Tocantins"),
];

/// The address form of `country` (ISO alpha-2, any case).
pub fn rules(country: &str) -> AddressRules {
    let required = |example| PostalCode::Required { example };
    let (postal_code, region, region_required, region_choices) =
        match country.trim().to_ascii_uppercase().as_str() {
            "DE" => (required("10115"), RegionKind::Region, false, &[][..]),
            "FR" => (required("75008"), RegionKind::Region, false, &[][..]),
            "ES" => (required("28013"), RegionKind::Province, false, &[][..]),
            "IT" => (required("20121"), RegionKind::Province, false, &[][..]),
            "NL" => (required("1012 AB"), RegionKind::Province, false, &[][..]),
            "GB" => (required("SW1A 1AA"), RegionKind::Region, false, &[][..]),
            "US" => (required("94105"), RegionKind::State, true, US_STATES),
            "BR" => (required("01310-100"), RegionKind::State, true, BR_STATES),
            "AE" => (PostalCode::NotUsed, RegionKind::Emirate, true, AE_EMIRATES),
            "CN" => (required("200120"), RegionKind::Province, true, &[][..]),
            "IN" => (required("400001"), RegionKind::State, true, &[][..]),
            "JP" => (required("100-0001"), RegionKind::Prefecture, true, &[][..]),
            _ => (PostalCode::Optional, RegionKind::Region, false, &[][..]),
        };
    AddressRules {
        postal_code,
        region,
        region_required,
        region_choices,
    }
}

/// Matches `text` against a layout: `#` digit, `@` letter, anything else itself.
fn layout(pattern: &str, text: &str) -> bool {
    pattern.len() == text.len()
        && pattern.bytes().zip(text.bytes()).all(|(p, t)| match p {
            b'#' => t.is_ascii_digit(),
            b'@' => t.is_ascii_uppercase(),
            lit => lit == t,
        })
}

/// `code` in `country`'s national layout, or `None` when it is not a valid code there.
/// Countries without a known format accept letters, digits, spaces and dashes.
pub fn normalize_postal_code(country: &str, code: &str) -> Option<String> {
    let upper = code.trim().to_ascii_uppercase();
    let compact: String = upper
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let all_digits = |n: usize| compact.len() == n && compact.bytes().all(|b| b.is_ascii_digit());
    match country.trim().to_ascii_uppercase().as_str() {
        "DE" | "FR" | "IT" => all_digits(5).then_some(compact),
        "ES" => {
            let province: u32 = compact.get(..2)?.parse().ok()?;
            (all_digits(5) && (1..=52).contains(&province)).then_some(compact)
        }
        "NL" => (layout("####@@", &compact) && !compact.starts_with('0'))
            .then(|| format!("{} {}", &compact[..4], &compact[4..])),
        "GB" => {
            if compact == "GIR0AA" {
                return Some("GIR 0AA".into());
            }
            let (outward, inward) = compact.split_at(compact.len().checked_sub(3)?);
            let outward_ok = ["@#", "@##", "@#@", "@@#", "@@##", "@@#@"]
                .iter()
                .any(|p| layout(p, outward));
            (outward_ok && layout("#@@", inward)).then(|| format!("{outward} {inward}"))
        }
        "US" => {
            if all_digits(5) {
                Some(compact)
            } else if all_digits(9) {
                Some(format!("{}-{}", &compact[..5], &compact[5..]))
            } else {
                None
            }
        }
        "BR" => all_digits(8).then(|| format!("{}-{}", &compact[..5], &compact[5..])),
        "CN" => all_digits(6).then_some(compact),
        "IN" => (all_digits(6) && !compact.starts_with('0')).then_some(compact),
        "JP" => all_digits(7).then(|| format!("{}-{}", &compact[..3], &compact[3..])),
        // No postal codes: whatever was typed is kept as a note, unchecked.
        "AE" => Some(upper),
        _ => {
            let ok = !upper.is_empty()
                && upper.len() <= 12
                && upper
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-');
            ok.then_some(upper)
        }
    }
}

/// The region as stored: the code of a listed choice (matched by code or English name,
/// ignoring case), else the trimmed text. `None` when the country has a list and `region`
/// is not on it.
pub fn normalize_region(country: &str, region: &str) -> Option<String> {
    let region = region.trim();
    let choices = rules(country).region_choices;
    if choices.is_empty() {
        return Some(region.to_string());
    }
    let country = country.trim().to_ascii_uppercase();
    let bare = region
        .strip_prefix(&format!("{country}-"))
        .unwrap_or(region);
    choices
        .iter()
        .find(|(code, name)| code.eq_ignore_ascii_case(bare) || name.eq_ignore_ascii_case(bare))
        .map(|(code, name)| {
            // Emirates are written out on UAE addresses; US and Brazilian states by code.
            if country == "AE" {
                name.to_string()
            } else {
                code.to_string()
            }
        })
}

fn phone_ok(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    (6..=15).contains(&digits)
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()./".contains(c))
}

/// Checks an address; field names are the `Address` field names (`postal_code`, ...).
pub fn validate(address: &Address) -> Vec<FieldError> {
    validate_at("", address)
}

/// [`validate`] with every field name prefixed (`shipping_address.postal_code`).
pub fn validate_at(prefix: &str, a: &Address) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut push = |field: &str, code: &str| {
        let field = if prefix.is_empty() {
            field.to_string()
        } else {
            format!("{prefix}.{field}")
        };
        errors.push(FieldError {
            field,
            code: code.to_string(),
        });
    };
    let country = a.country.trim();
    if country.is_empty() {
        push("country", "required");
    } else if country.len() != 2 || !country.chars().all(|c| c.is_ascii_alphabetic()) {
        push("country", "invalid_format");
    }
    let rules = rules(country);
    for (field, value, max, required) in [
        ("recipient", &a.recipient, MAX_RECIPIENT, true),
        ("line1", &a.line1, MAX_LINE, true),
        ("line2", &a.line2, MAX_LINE, false),
        ("city", &a.city, MAX_CITY, true),
        ("region", &a.region, MAX_REGION, rules.region_required),
        ("postal_code", &a.postal_code, MAX_POSTAL, false),
        ("phone", &a.phone, MAX_PHONE, false),
    ] {
        let value = value.trim();
        if value.is_empty() {
            let postal_required = matches!(rules.postal_code, PostalCode::Required { .. });
            if required || (field == "postal_code" && postal_required) {
                push(field, "required");
            }
            continue;
        }
        if value.chars().count() > max {
            push(field, "too_long");
            continue;
        }
        let valid = match field {
            "region" => normalize_region(country, value).is_some(),
            "postal_code" => normalize_postal_code(country, value).is_some(),
            "phone" => phone_ok(value),
            _ => !value.chars().any(char::is_control),
        };
        if !valid {
            push(field, "invalid_format");
        }
    }
    errors
}

/// The address as stored: trimmed, country upper-cased, postal code and listed regions in
/// their national form. Call after [`validate`] found nothing; invalid parts stay as typed.
pub fn normalized(a: &Address) -> Address {
    let country = a.country.trim().to_ascii_uppercase();
    let postal_code = if a.postal_code.trim().is_empty() {
        String::new()
    } else {
        normalize_postal_code(&country, &a.postal_code)
            .unwrap_or_else(|| a.postal_code.trim().to_string())
    };
    let region = normalize_region(&country, &a.region).unwrap_or_else(|| a.region.trim().into());
    Address {
        recipient: a.recipient.trim().to_string(),
        line1: a.line1.trim().to_string(),
        line2: a.line2.trim().to_string(),
        city: a.city.trim().to_string(),
        region,
        postal_code,
        phone: a.phone.trim().to_string(),
        country,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(country: &str, city: &str, region: &str, postal: &str) -> Address {
        Address {
            country: country.into(),
            recipient: "Receiving dept.".into(),
            line1: "Main street 1".into(),
            line2: String::new(),
            city: city.into(),
            region: region.into(),
            postal_code: postal.into(),
            phone: String::new(),
        }
    }

    fn codes(a: &Address) -> Vec<(String, String)> {
        validate(a).into_iter().map(|e| (e.field, e.code)).collect()
    }

    fn one(field: &str, code: &str) -> Vec<(String, String)> {
        vec![(field.to_string(), code.to_string())]
    }

    #[test]
    fn valid_addresses_of_each_listed_country() {
        for a in [
            addr("DE", "Hamburg", "", "20095"),
            addr("FR", "Paris", "", "75008"),
            addr("ES", "Madrid", "", "28013"),
            addr("IT", "Milano", "MI", "20121"),
            addr("NL", "Amsterdam", "", "1012 ab"),
            addr("GB", "London", "", "sw1a1aa"),
            addr("GB", "Manchester", "", "M1 1AE"),
            addr("US", "San Francisco", "CA", "94105-1804"),
            addr("US", "Austin", "texas", "73301"),
            addr("BR", "São Paulo", "SP", "01310100"),
            addr("AE", "Dubai", "Dubai", ""),
            addr("AE", "Sharjah", "AE-SH", ""),
            addr("CN", "Shanghai", "Shanghai", "200120"),
            addr("IN", "Mumbai", "Maharashtra", "400001"),
            addr("JP", "Tokyo", "Tokyo", "1000001"),
            addr("KE", "Nairobi", "", ""),
            addr("KE", "Nairobi", "", "00100"),
        ] {
            assert_eq!(validate(&a), vec![], "{a:?}");
        }
    }

    #[test]
    fn postal_codes_are_normalised_to_the_national_layout() {
        let n = |c: &str, p: &str| normalize_postal_code(c, p);
        assert_eq!(n("NL", "1012ab").as_deref(), Some("1012 AB"));
        assert_eq!(n("GB", "ec1a1bb").as_deref(), Some("EC1A 1BB"));
        assert_eq!(n("GB", "W1A 0AX").as_deref(), Some("W1A 0AX"));
        assert_eq!(n("GB", "B33 8TH").as_deref(), Some("B33 8TH"));
        assert_eq!(n("US", "941051804").as_deref(), Some("94105-1804"));
        assert_eq!(n("BR", "01310-100").as_deref(), Some("01310-100"));
        assert_eq!(n("JP", "100 0001").as_deref(), Some("100-0001"));
        assert_eq!(n("DE", "1011"), None);
        assert_eq!(n("DE", "1011A"), None);
        assert_eq!(n("ES", "53001"), None, "no province 53");
        assert_eq!(n("NL", "0123 AB"), None);
        assert_eq!(n("GB", "SW1A 1A"), None);
        assert_eq!(n("GB", "1WA 1AA"), None);
        assert_eq!(n("US", "9410"), None);
        assert_eq!(n("IN", "012345"), None);
        assert_eq!(n("CN", "20012"), None);
        assert_eq!(n("KE", "00100").as_deref(), Some("00100"));
        assert_eq!(n("KE", "<b>"), None);
    }

    #[test]
    fn required_fields_depend_on_the_country() {
        assert_eq!(
            codes(&addr("DE", "Hamburg", "", "")),
            one("postal_code", "required")
        );
        assert_eq!(
            codes(&addr("US", "Austin", "", "73301")),
            one("region", "required")
        );
        assert_eq!(
            codes(&addr("AE", "Dubai", "", "")),
            one("region", "required")
        );
        assert_eq!(
            codes(&addr("CN", "Shanghai", "", "200120")),
            one("region", "required")
        );
        assert_eq!(
            codes(&addr("IN", "Mumbai", "", "400001")),
            one("region", "required")
        );
        assert_eq!(
            codes(&addr("JP", "Tokyo", "", "100-0001")),
            one("region", "required")
        );
        assert_eq!(
            codes(&addr("BR", "Recife", "", "50030-230")),
            one("region", "required")
        );
        // No postal code in the UAE, and none required where the format is unknown.
        assert!(codes(&addr("AE", "Dubai", "DU", "")).is_empty());
        assert!(codes(&addr("KE", "Nairobi", "", "")).is_empty());
        let empty = Address::default();
        let fields: Vec<String> = validate(&empty).into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["country", "recipient", "line1", "city"]);
    }

    #[test]
    fn formats_lengths_and_lists() {
        assert_eq!(
            codes(&addr("DE", "Hamburg", "", "2009")),
            one("postal_code", "invalid_format")
        );
        assert_eq!(
            codes(&addr("US", "Austin", "ZZ", "73301")),
            one("region", "invalid_format")
        );
        assert_eq!(
            codes(&addr("AE", "Dubai", "Doha", "")),
            one("region", "invalid_format")
        );
        assert_eq!(
            codes(&addr("DEU", "Hamburg", "", "20095")),
            one("country", "invalid_format")
        );
        let mut long = addr("DE", "Hamburg", "", "20095");
        long.line1 = "x".repeat(MAX_LINE + 1);
        assert_eq!(codes(&long), one("line1", "too_long"));
        let mut phone = addr("DE", "Hamburg", "", "20095");
        phone.phone = "+49 (40) 123-4567".into();
        assert!(codes(&phone).is_empty());
        phone.phone = "call me".into();
        assert_eq!(codes(&phone), one("phone", "invalid_format"));
        let prefixed = validate_at("shipping_address", &addr("DE", "", "", "20095"));
        assert_eq!(prefixed[0].field, "shipping_address.city");
        assert_eq!(prefixed[0].code, "required");
    }

    #[test]
    fn normalised_form_is_what_gets_stored() {
        let a = normalized(&addr(" us ", " Austin ", "texas", "787011234"));
        assert_eq!(a.country, "US");
        assert_eq!(a.city, "Austin");
        assert_eq!(a.region, "TX");
        assert_eq!(a.postal_code, "78701-1234");
        let a = normalized(&addr("AE", "Dubai", "du", ""));
        assert_eq!(a.region, "Dubai");
        let a = normalized(&addr("BR", "São Paulo", "são paulo", "01310100"));
        assert_eq!(
            (a.region.as_str(), a.postal_code.as_str()),
            ("SP", "01310-100")
        );
        assert_eq!(rules("ae").postal_code, PostalCode::NotUsed);
        assert_eq!(rules("JP").region.slug(), "prefecture");
    }
}
