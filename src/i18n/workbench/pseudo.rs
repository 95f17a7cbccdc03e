//! The pseudo-locale: every message of a locale accented, about 35 % longer and bracketed,
//! with placeables (`{ $count }`, `{ -brand }`, selectors and variant keys) untouched, so it
//! still formats with the same arguments and plural rules.
//!
//! It shows at a glance what the workbench is for: text that is not bracketed did not come
//! through a message (hard-coded, or falling back to English), and the extra length shows
//! where a layout breaks before a long language (German, French) finds it. It is applied
//! to the active locale's own text rather than English, so a missing translation falls back
//! to plain English and stands out, and Arabic or Chinese keep their script and direction.

use fluent_syntax::ast;
use fluent_syntax::parser;
use fluent_syntax::serializer;

/// How much longer pseudo text is than the original (an average for long languages).
pub const EXPANSION: f64 = 0.35;

const UPPER: [char; 26] = [
    'Ȧ', 'Ɓ', 'Ƈ', 'Ḓ', 'Ḗ', 'Ƒ', 'Ɠ', 'Ħ', 'Ī', 'Ĵ', 'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'Ǿ', 'Ƥ', 'Ɋ', 'Ř', 'Ş',
    'Ŧ', 'Ŭ', 'Ṽ', 'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
];
const LOWER: [char; 26] = [
    'ȧ', 'ƀ', 'ƈ', 'ḓ', 'ḗ', 'ƒ', 'ɠ', 'ħ', 'ī', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'ǿ', 'ƥ', 'ɋ', 'ř', 'ş',
    'ŧ', 'ŭ', 'ṽ', 'ẇ', 'ẋ', 'ẏ', 'ẑ',
];

fn accent(c: char) -> char {
    match c {
        'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
        'a'..='z' => LOWER[(c as u8 - b'a') as usize],
        _ => c,
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Pseudo-translates one run of text: ASCII letters accented, and about [`EXPANSION`] more
/// characters by doubling letters spread evenly through it (vowels first, which reads like
/// a drawl rather than noise; other letters, in any script, when there are too few).
pub fn pseudo_text(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let visible = chars.iter().filter(|c| !matches!(c, '\n' | '\r')).count();
    let letters: Vec<usize> = (0..chars.len())
        .filter(|&i| chars[i].is_alphabetic())
        .collect();
    let want = ((visible as f64) * EXPANSION).round() as usize;
    let want = want.min(letters.len());
    let vowels: Vec<usize> = letters
        .iter()
        .copied()
        .filter(|&i| is_vowel(chars[i]))
        .collect();
    let others: Vec<usize> = letters
        .iter()
        .copied()
        .filter(|&i| !is_vowel(chars[i]))
        .collect();
    let mut doubled = vec![false; chars.len()];
    let pick = |from: &[usize], n: usize, doubled: &mut [bool]| {
        for k in 0..n {
            doubled[from[k * from.len() / n]] = true;
        }
    };
    if vowels.len() >= want {
        pick(&vowels, want, &mut doubled);
    } else {
        pick(&vowels, vowels.len(), &mut doubled);
        pick(&others, want - vowels.len(), &mut doubled);
    }
    let mut out = String::with_capacity(text.len() * 2);
    for (i, c) in chars.iter().enumerate() {
        let a = accent(*c);
        out.push(a);
        if doubled[i] {
            out.push(a);
        }
    }
    out
}

fn pseudo_pattern(p: &mut ast::Pattern<String>, bracket: bool) {
    for el in &mut p.elements {
        match el {
            ast::PatternElement::TextElement { value } => *value = pseudo_text(value),
            ast::PatternElement::Placeable { expression } => pseudo_expression(expression),
        }
    }
    if bracket && !p.elements.is_empty() {
        // As string literals, so a bracket at the start of a line below `id =` is not
        // read as a variant key.
        let literal = |s: &str| ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral {
                value: s.to_string(),
            }),
        };
        p.elements.insert(0, literal("["));
        p.elements.push(literal("]"));
    }
}

fn pseudo_expression(e: &mut ast::Expression<String>) {
    match e {
        ast::Expression::Select { variants, .. } => {
            for v in variants {
                pseudo_pattern(&mut v.value, false);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            pseudo_expression(expression)
        }
        // Variables, terms, functions and literals: untouched.
        ast::Expression::Inline(_) => {}
    }
}

/// A whole `.ftl` resource, pseudo-translated: every message value and attribute (and
/// term) bracketed `[…]`. Entries with syntax errors are dropped, as the bundle would.
pub fn pseudo_resource(source: &str) -> String {
    let mut resource = match parser::parse(source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    for entry in &mut resource.body {
        match entry {
            ast::Entry::Message(m) => {
                if let Some(v) = m.value.as_mut() {
                    pseudo_pattern(v, true);
                }
                for a in &mut m.attributes {
                    pseudo_pattern(&mut a.value, true);
                }
            }
            ast::Entry::Term(t) => {
                // A term is part of other messages' text: accented, but not bracketed.
                pseudo_pattern(&mut t.value, false);
                for a in &mut t.attributes {
                    pseudo_pattern(&mut a.value, false);
                }
            }
            _ => {}
        }
    }
    serializer::serialize(&resource)
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

    fn format(src: &str, id: &str, args: Option<&FluentArgs>) -> String {
        let mut bundle = FluentBundle::new(vec!["en".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(FluentResource::try_new(src.to_string()).expect("pseudo output parses"))
            .unwrap();
        let msg = bundle.get_message(id).unwrap();
        let mut errors = vec![];
        let out = bundle
            .format_pattern(msg.value().unwrap(), args, &mut errors)
            .into_owned();
        assert!(errors.is_empty(), "{errors:?}");
        out
    }

    #[test]
    fn text_is_accented_and_about_a_third_longer() {
        let src = "Wholesale catalog from verified suppliers";
        let out = pseudo_text(src);
        assert_eq!(
            out,
            "Ẇħǿǿŀḗḗşȧȧŀḗḗ ƈȧȧŧȧȧŀǿǿɠ ƒřǿǿḿ ṽḗḗřīīƒīīḗḗḓ şŭŭƥƥŀīīḗřş"
        );
        assert!(!out.chars().any(|c| c.is_ascii_alphabetic()), "{out}");
        let ratio = out.chars().count() as f64 / src.chars().count() as f64;
        assert!((1.3..=1.4).contains(&ratio), "{ratio}: {out}");
        // Punctuation and spaces stay.
        assert_eq!(pseudo_text(" · "), " · ");
        // Other scripts get longer too.
        assert!(pseudo_text("批发目录").chars().count() > 4);
    }

    #[test]
    fn messages_are_bracketed_and_placeables_untouched() {
        let src = "\
# comment
cart = Cart: { $count } items from { -brand }
-brand = Tradefair
plural =
    { $count ->
        [one] One product
       *[other] { $count } products
    }
";
        let out = pseudo_resource(src);
        let cart = format(&out, "cart", Some(&FluentArgs::from_iter([("count", 3)])));
        assert!(cart.starts_with('[') && cart.ends_with(']'), "{cart}");
        assert!(cart.contains(" 3 "), "{cart}");
        assert_eq!(cart, "[ƇƇȧȧřŧ: 3 īīŧŧḗḗḿş ƒřǿǿḿ Ŧřȧȧḓḗḗƒȧȧīř]");
        let one = format(&out, "plural", Some(&FluentArgs::from_iter([("count", 1)])));
        let many = format(&out, "plural", Some(&FluentArgs::from_iter([("count", 5)])));
        assert_eq!(one, "[ǾǾƞḗḗ ƥřǿǿḓŭŭƈŧ]");
        assert_eq!(many, "[5 ƥƥřǿǿḓŭŭƈŧş]");
        assert!(
            out.contains("{ $count ->") && out.contains("*[other]"),
            "{out}"
        );
        // The term is accented, not bracketed (it is inside other messages).
        assert!(out.contains("-brand = Ŧřȧȧḓḗḗƒȧȧīř\n"), "{out}");
    }

    #[test]
    fn broken_entries_are_dropped_not_fatal() {
        let out = pseudo_resource("ok = Fine\nbroken = { $x\n");
        assert!(out.contains("ok = "));
        assert!(!out.contains("broken"));
        assert!(FluentResource::try_new(out).is_ok());
    }
}
