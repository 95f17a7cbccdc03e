//! The Leptos peer of the catalog-row benchmark: the app's product-card markup in a keyed
//! `<For>`, driven by the same buttons and the same data generator as bench/rows/data.js.
use std::sync::Arc;

use leptos::prelude::*;

const ADJ: [&str; 12] = [
    "Compact", "Industrial", "Heavy-Duty", "Portable", "Smart", "Eco", "Premium", "Stainless",
    "Wireless", "Foldable", "Waterproof", "Automatic",
];
const NOUN: [&str; 12] = [
    "Diesel Generator Set", "LED Panel Light", "Cotton Tote Bag", "Office Chair",
    "Socket Wrench Set", "Brake Pad Kit", "Yoga Mat", "Kraft Paper Box", "Face Serum",
    "Bluetooth Speaker", "Ceramic Mug", "Steel Shelf",
];
const SUPPLIER: [&str; 8] = [
    "Jinda (Foshan) Machine Tool Technology Co., Ltd.", "Anatolia Tekstil A.S.",
    "Nordhaus Beleuchtung GmbH", "Saigon Packaging JSC", "Pune Auto Components Pvt. Ltd.",
    "Monterrey Muebles S.A. de C.V.", "Hanseatic Werkzeug GmbH",
    "Shenzhen Brightway Electronics Co., Ltd.",
];
const COUNTRY: [&str; 8] = ["China", "Türkiye", "Germany", "Vietnam", "India", "Mexico", "Germany", "China"];
const UNIT: [&str; 6] = ["piece", "set", "box", "pair", "roll", "kg"];
const UNITS: [&str; 6] = ["pieces", "sets", "boxes", "pairs", "rolls", "kg"];
const MOQ: [u32; 6] = [1, 10, 50, 100, 500, 1000];
const CERT: [&str; 4] = ["CE", "ISO9001", "RoHS", "FCC"];

/// The parts of a row that never change after creation.
struct Info {
    hue: u32,
    minor: u32,
    price: String,
    per: String,
    moq: String,
    lead: String,
    supplier: &'static str,
    country: &'static str,
    verified: bool,
    certs: Vec<&'static str>,
}

#[derive(Clone)]
struct Row {
    id: u32,
    name: ArcRwSignal<String>,
    info: Arc<Info>,
}

struct Gen {
    seed: u32,
    next_id: u32,
}

impl Gen {
    fn rand(&mut self) -> u32 {
        let mut x = self.seed;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.seed = x;
        x
    }

    fn build(&mut self, count: usize) -> Vec<Row> {
        let mut rows = Vec::with_capacity(count);
        for _ in 0..count {
            let (a, b, c) = (self.rand(), self.rand(), self.rand());
            let unit = ((b >> 3) % 6) as usize;
            let moq = MOQ[(c % 6) as usize];
            let minor = 100 + ((b >> 9) % 2_000_000);
            let sup = ((c >> 10) % 8) as usize;
            let cert_count = (c >> 18) % 4;
            let cert_start = (c >> 20) % 4;
            let certs = (0..cert_count).map(|k| CERT[((cert_start + k) % 4) as usize]).collect();
            let id = self.next_id;
            self.next_id += 1;
            rows.push(Row {
                id,
                name: ArcRwSignal::new(format!(
                    "{} {} {} W",
                    ADJ[(a % 12) as usize],
                    NOUN[((a >> 8) % 12) as usize],
                    10 + ((a >> 16) % 990)
                )),
                info: Arc::new(Info {
                    hue: b % 360,
                    minor,
                    price: format_usd(minor),
                    per: format!("per {}", UNIT[unit]),
                    moq: format!("Min. order: {} {}", moq, if moq == 1 { UNIT[unit] } else { UNITS[unit] }),
                    lead: format!("Ships in {} days", 5 + ((c >> 4) % 56)),
                    supplier: SUPPLIER[sup],
                    country: COUNTRY[sup],
                    verified: (c >> 14) % 3 != 0,
                    certs,
                }),
            });
        }
        rows
    }
}

/// "$19,347.00" from minor units (USD, en); the same algorithm as rows/data.js.
fn format_usd(minor: u32) -> String {
    let major = (minor / 100).to_string();
    let cents = minor % 100;
    let mut out = String::from("$");
    let first = major.len() % 3;
    for (i, ch) in major.chars().enumerate() {
        if i > 0 && (i + 3 - first) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out.push_str(&format!(".{cents:02}"));
    out
}

#[component]
fn Card(row: Row) -> impl IntoView {
    let info = row.info;
    let name = row.name;
    let hue = info.hue;
    let bg = format!("hsl({hue} 45% 93%)");
    let main = format!("hsl({hue} 55% 45%)");
    let dark = format!("hsl({hue} 50% 28%)");
    let light = format!("hsl({hue} 60% 75%)");
    view! {
        <li>
            <article class="card product-card">
                <a class="product-card__link" href=format!("/product/{}", row.id)>
                    <svg class="product-image" viewBox="0 0 200 200" aria-hidden="true">
                        <rect width="200" height="200" fill=bg></rect>
                        <ellipse cx="100" cy="172" rx="62" ry="9" fill=dark.clone() opacity="0.12"></ellipse>
                        <g transform="">
                            <circle cx="100" cy="100" r="52" fill="none" stroke=dark stroke-width="18" stroke-dasharray="14 10"></circle>
                            <circle cx="100" cy="100" r="38" fill=main></circle>
                            <circle cx="100" cy="100" r="14" fill=light></circle>
                        </g>
                    </svg>
                    <h3 class="product-card__name" lang="en" dir="auto">{move || name.get()}</h3>
                </a>
                <p class="product-card__price">
                    <bdi class="price price--large" data-currency="USD" data-minor=info.minor>{info.price.clone()}</bdi>
                    " "
                    <span class="product-card__per">{info.per.clone()}</span>
                </p>
                <p class="product-card__moq">{info.moq.clone()}</p>
                <p class="product-card__lead">{info.lead.clone()}</p>
                <p class="product-card__supplier">
                    <bdi class="product-card__supplier-name">{info.supplier}</bdi>
                    " · "
                    <span>{info.country}</span>
                    {info.verified.then(|| view! { <span class="badge badge--verified">"Verified"</span> })}
                </p>
                <ul class="chips" aria-label="Certifications">
                    {info.certs.iter().map(|c| view! { <li class="chip">{*c}</li> }).collect_view()}
                </ul>
            </article>
        </li>
    }
}

#[component]
fn Bench() -> impl IntoView {
    let rows: RwSignal<Vec<Row>> = RwSignal::new(Vec::new());
    let gen = StoredValue::new(Gen { seed: 0x2026, next_id: 1 });
    let build = move |n: usize| gen.update_value(|g| rows.set(g.build(n)));
    view! {
        <main class="bench">
            <div class="bench__controls">
                <button id="run" type="button" on:click=move |_| build(1_000)>"Create 1,000 rows"</button>
                <button id="runlots" type="button" on:click=move |_| build(10_000)>"Create 10,000 rows"</button>
                <button id="update" type="button" on:click=move |_| {
                    rows.with(|r| r.iter().step_by(10).for_each(|row| row.name.update(|n| n.push_str(" !!!"))))
                }>"Update every 10th row"</button>
                <button id="swaprows" type="button" on:click=move |_| {
                    rows.update(|r| if r.len() > 998 { r.swap(1, 998) })
                }>"Swap rows"</button>
                <button id="clear" type="button" on:click=move |_| rows.set(Vec::new())>"Clear"</button>
            </div>
            <ul class="card-grid" role="list" id="rows">
                <For each=move || rows.get() key=|row| row.id children=|row| view! { <Card row=row/> }/>
            </ul>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(Bench);
}
