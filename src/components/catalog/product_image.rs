use leptos::prelude::*;
use tradefair_core::wire::Category;

/// A product picture. The demo catalog has no photographs, so the app draws one from the
/// category and the product's colour; a backend that sends a photo URL gets an `<img>`.
#[component]
pub fn ProductImage(
    /// Category, which picks the drawing.
    category: Category,
    /// Product colour, in degrees of hue.
    hue: u16,
    /// Which view: 0 front, 1 side, 2 detail, 3 packaging.
    #[prop(optional)]
    view: u8,
    /// A photograph, if the backend has one.
    #[prop(default = None)]
    url: Option<String>,
    /// Text alternative; empty for decorative use next to the product's name.
    #[prop(into)]
    alt: String,
) -> impl IntoView {
    if let Some(url) = url.filter(|u| u.starts_with("https://") || u.starts_with('/')) {
        return view! { <img class="product-image" src=url alt=alt loading="lazy" decoding="async"/> }
            .into_any();
    }
    let bg = format!("hsl({hue} 45% 93%)");
    let main = format!("hsl({hue} 55% 45%)");
    let dark = format!("hsl({hue} 50% 28%)");
    let light = format!("hsl({hue} 60% 75%)");
    let transform = match view {
        1 => "translate(100 100) scale(0.85) skewY(-8) translate(-100 -100)",
        2 => "translate(100 100) scale(1.7) translate(-115 -95)",
        _ => "",
    };
    let glyph = glyph(category, main.clone(), dark.clone(), light.clone());
    let decorative = alt.is_empty();
    view! {
        <svg
            class="product-image"
            viewBox="0 0 200 200"
            role=if decorative { None } else { Some("img") }
            aria-hidden=if decorative { Some("true") } else { None }
            aria-label=if decorative { None } else { Some(alt) }
        >
            <rect width="200" height="200" fill=bg></rect>
            <ellipse cx="100" cy="172" rx="62" ry="9" fill=dark.clone() opacity="0.12"></ellipse>
            {(view == 3)
                .then(|| {
                    view! {
                        <g fill="none" stroke=dark.clone() stroke-width="3" opacity="0.55">
                            <path d="M30 60 L100 30 L170 60 L170 150 L100 180 L30 150 Z"></path>
                            <path d="M30 60 L100 90 L170 60 M100 90 L100 180"></path>
                        </g>
                    }
                })}
            <g transform=transform>{glyph}</g>
        </svg>
    }
    .into_any()
}

fn glyph(category: Category, main: String, dark: String, light: String) -> AnyView {
    match category {
        Category::Electronics => view! {
            <rect x="45" y="40" width="110" height="120" rx="12" fill=dark.clone()></rect>
            <rect x="55" y="52" width="90" height="80" rx="4" fill=light.clone()></rect>
            <circle cx="100" cy="146" r="6" fill=main.clone()></circle>
        }
        .into_any(),
        Category::Lighting => view! {
            <circle cx="100" cy="82" r="44" fill=light.clone()></circle>
            <circle cx="100" cy="82" r="30" fill=main.clone() opacity="0.55"></circle>
            <rect x="82" y="122" width="36" height="30" rx="4" fill=dark.clone()></rect>
            <rect x="88" y="154" width="24" height="8" rx="3" fill=dark.clone()></rect>
        }
        .into_any(),
        Category::Machinery => view! {
            <circle cx="100" cy="100" r="52" fill="none" stroke=dark.clone() stroke-width="18" stroke-dasharray="14 10"></circle>
            <circle cx="100" cy="100" r="38" fill=main.clone()></circle>
            <circle cx="100" cy="100" r="14" fill=light.clone()></circle>
        }
        .into_any(),
        Category::Textiles => view! {
            <rect x="40" y="120" width="120" height="26" rx="6" fill=dark.clone()></rect>
            <rect x="46" y="92" width="110" height="26" rx="6" fill=main.clone()></rect>
            <rect x="52" y="64" width="100" height="26" rx="6" fill=light.clone()></rect>
            <path d="M52 77 q12 -8 24 0 t24 0 t24 0 t24 0" stroke=dark.clone() fill="none" stroke-width="2"></path>
        }
        .into_any(),
        Category::Packaging => view! {
            <path d="M40 70 L100 45 L160 70 L160 140 L100 165 L40 140 Z" fill=main.clone()></path>
            <path d="M40 70 L100 95 L160 70 L100 45 Z" fill=light.clone()></path>
            <path d="M100 95 L100 165" stroke=dark.clone() stroke-width="3"></path>
            <path d="M68 57 L128 82 L128 100" stroke=dark.clone() stroke-width="6" fill="none"></path>
        }
        .into_any(),
        Category::HomeKitchen => view! {
            <rect x="55" y="60" width="80" height="95" rx="14" fill=main.clone()></rect>
            <path d="M135 80 h12 a18 18 0 0 1 0 36 h-12" fill="none" stroke=dark.clone() stroke-width="10"></path>
            <rect x="55" y="60" width="80" height="16" rx="6" fill=light.clone()></rect>
        }
        .into_any(),
        Category::Furniture => view! {
            <rect x="60" y="40" width="80" height="70" rx="8" fill=light.clone()></rect>
            <rect x="52" y="104" width="96" height="18" rx="6" fill=main.clone()></rect>
            <rect x="58" y="122" width="10" height="40" fill=dark.clone()></rect>
            <rect x="132" y="122" width="10" height="40" fill=dark.clone()></rect>
        }
        .into_any(),
        Category::AutoParts => view! {
            <circle cx="100" cy="100" r="58" fill=dark.clone()></circle>
            <circle cx="100" cy="100" r="36" fill=light.clone()></circle>
            <circle cx="100" cy="100" r="12" fill=main.clone()></circle>
            <path d="M100 64 V88 M100 112 V136 M64 100 H88 M112 100 H136" stroke=main.clone() stroke-width="8"></path>
        }
        .into_any(),
        Category::BeautyCare => view! {
            <rect x="70" y="70" width="60" height="92" rx="14" fill=main.clone()></rect>
            <rect x="86" y="44" width="28" height="28" rx="4" fill=dark.clone()></rect>
            <rect x="80" y="96" width="40" height="34" rx="4" fill=light.clone()></rect>
        }
        .into_any(),
        Category::SportsOutdoor => view! {
            <circle cx="100" cy="100" r="56" fill=light.clone()></circle>
            <path d="M44 100 q56 -40 112 0 M44 100 q56 40 112 0 M100 44 v112" stroke=main.clone() stroke-width="6" fill="none"></path>
            <circle cx="100" cy="100" r="56" fill="none" stroke=dark.clone() stroke-width="4"></circle>
        }
        .into_any(),
        Category::ToolsHardware => view! {
            <rect x="92" y="62" width="18" height="100" rx="6" fill=dark.clone() transform="rotate(35 100 110)"></rect>
            <circle cx="76" cy="62" r="28" fill=main.clone()></circle>
            <rect x="68" y="32" width="16" height="30" fill=light.clone() transform="rotate(35 76 62)"></rect>
        }
        .into_any(),
        Category::Office => view! {
            <rect x="52" y="38" width="86" height="122" rx="6" fill=light.clone()></rect>
            <path d="M66 66 h58 M66 86 h58 M66 106 h40" stroke=dark.clone() stroke-width="6"></path>
            <rect x="128" y="70" width="14" height="92" rx="4" fill=main.clone() transform="rotate(20 135 116)"></rect>
        }
        .into_any(),
    }
}
