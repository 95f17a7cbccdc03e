//! The app's routes as a type: links are built from it, never by hand.

use leptos::prelude::WithValue;
use leptos_router::params::ParamsMap;
use tradefair_core::money::Currency;
use tradefair_core::wire::CatalogQuery;

/// A page of the app.
#[derive(Clone, Debug, PartialEq)]
pub enum AppRoute {
    Home,
    /// The catalog with a search (locale and currency are the buyer's, not in the URL).
    Catalog(CatalogQuery),
    Product(u32),
    Supplier(u32),
    Cart,
    Checkout,
    /// Requests for quotation and the quotes received.
    Quotes,
    /// The new-RFQ form prefilled with products and quantities (from a product or the cart).
    NewRfq(RfqPrefill),
    Orders,
    /// A checkout's orders (`CO-...`) or one order (`TF-...`).
    Order(String),
    Expo,
    Booth(u32),
    /// Sign-in, returning to `next` (an in-app path) afterwards.
    SignIn {
        next: Option<String>,
    },
    /// The exhibitor console, on one of its tabs.
    Exhibitor(ExhibitorTab),
}

/// The tabs of the exhibitor console.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExhibitorTab {
    /// Go live and run the stream (pins, chat, questions, watchers).
    Live,
    /// The booth editor: profile, featured products, brochures, schedule, hours.
    Booth,
    Leads,
    /// Requests for quotation sent to the exhibitor.
    Rfqs,
}

impl ExhibitorTab {
    pub const ALL: [ExhibitorTab; 4] = [
        ExhibitorTab::Live,
        ExhibitorTab::Booth,
        ExhibitorTab::Leads,
        ExhibitorTab::Rfqs,
    ];
}

/// Whether `next` is safe to return to after sign-in: a path of this app (starts with one
/// `/`), never another origin (`//host`, `/\\host`, `https:`...).
pub fn safe_next(next: &str) -> bool {
    next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(|c| c.is_control() || c == '\\')
}

/// URL query keys of the catalog (see `CatalogQuery::to_pairs`).
pub const CATALOG_KEYS: [&str; 13] = [
    "q",
    "category",
    "cert",
    "country",
    "price_min",
    "price_max",
    "moq_min",
    "moq_max",
    "lead_max",
    "overseas",
    "supplier",
    "sort",
    "page",
];

impl AppRoute {
    /// The path (with query) of this page.
    pub fn path(&self) -> String {
        match self {
            AppRoute::Home => "/".to_string(),
            AppRoute::Catalog(q) => {
                let pairs = q.to_pairs(false);
                if pairs.is_empty() {
                    "/catalog".to_string()
                } else {
                    let parts: Vec<String> = pairs
                        .iter()
                        .map(|(k, v)| format!("{k}={}", encode(v)))
                        .collect();
                    format!("/catalog?{}", parts.join("&"))
                }
            }
            AppRoute::Product(id) => format!("/product/{id}"),
            AppRoute::Supplier(id) => format!("/supplier/{id}"),
            AppRoute::Cart => "/cart".to_string(),
            AppRoute::Checkout => "/checkout".to_string(),
            AppRoute::Quotes => "/quotes".to_string(),
            AppRoute::NewRfq(p) => {
                let ids: Vec<String> = p.items.iter().map(|(id, _)| id.to_string()).collect();
                let qty: Vec<String> = p.items.iter().map(|(_, q)| q.to_string()).collect();
                format!(
                    "/quotes?{}={}&{}={}",
                    RfqPrefill::PRODUCTS,
                    ids.join(","),
                    RfqPrefill::QUANTITIES,
                    qty.join(",")
                )
            }
            AppRoute::Orders => "/orders".to_string(),
            AppRoute::Order(id) => format!("/orders/{}", encode(id)),
            AppRoute::Expo => "/expo".to_string(),
            AppRoute::Booth(id) => format!("/expo/booth/{id}"),
            AppRoute::SignIn { next } => match next.as_deref().filter(|n| safe_next(n)) {
                Some(n) => format!("/sign-in?next={}", encode(n)),
                None => "/sign-in".to_string(),
            },
            AppRoute::Exhibitor(tab) => match tab {
                ExhibitorTab::Live => "/exhibitor".to_string(),
                ExhibitorTab::Booth => "/exhibitor/booth".to_string(),
                ExhibitorTab::Leads => "/exhibitor/leads".to_string(),
                ExhibitorTab::Rfqs => "/exhibitor/rfqs".to_string(),
            },
        }
    }
}

/// Products and quantities a new request for quotation starts with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RfqPrefill {
    /// (product id, quantity), in the order shown.
    pub items: Vec<(u32, u32)>,
}

impl RfqPrefill {
    /// Query keys: comma-separated product ids and their quantities.
    pub const PRODUCTS: &'static str = "products";
    pub const QUANTITIES: &'static str = "quantities";
    /// More products than this in one link are ignored (a link is not a bulk import).
    pub const MAX_ITEMS: usize = 50;

    /// The prefill in a page URL's query; `None` when the URL asks for none. Unreadable
    /// entries are skipped; a missing or unreadable quantity is 0 (the form then asks).
    pub fn from_query(products: Option<&str>, quantities: Option<&str>) -> Option<RfqPrefill> {
        let products = products?;
        let qty: Vec<u32> = quantities
            .unwrap_or("")
            .split(',')
            .map(|q| q.trim().parse().unwrap_or(0))
            .collect();
        let items: Vec<(u32, u32)> = products
            .split(',')
            .enumerate()
            .filter_map(|(i, p)| {
                let id = p.trim().parse::<u32>().ok()?;
                Some((id, qty.get(i).copied().unwrap_or(0)))
            })
            .take(Self::MAX_ITEMS)
            .collect();
        (!items.is_empty()).then_some(RfqPrefill { items })
    }

    /// The prefill of the current page's query.
    pub fn from_map(map: &ParamsMap) -> Option<RfqPrefill> {
        RfqPrefill::from_query(
            map.get(Self::PRODUCTS).as_deref(),
            map.get(Self::QUANTITIES).as_deref(),
        )
    }
}

/// Percent-encodes a query value (RFC 3986 unreserved characters pass; `,` too, since the
/// catalog uses it as a list separator and it reads better in a shared link).
fn encode(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The catalog search in a page URL's query.
pub fn catalog_query(map: &ParamsMap, locale: &str, currency: Currency) -> CatalogQuery {
    let values: Vec<(&str, String)> = CATALOG_KEYS
        .iter()
        .filter_map(|k| map.get(k).map(|v| (*k, v)))
        .collect();
    CatalogQuery::from_pairs(
        values.iter().map(|(k, v)| (*k, v.as_str())),
        locale,
        currency,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use tradefair_core::wire::Category;

    #[test]
    fn catalog_links_carry_the_search() {
        let mut q = CatalogQuery::new("de", Currency::Eur);
        q.q = "LED & Lampe".into();
        q.categories = vec![Category::Lighting];
        q.page = 2;
        assert_eq!(
            AppRoute::Catalog(q).path(),
            "/catalog?q=LED%20%26%20Lampe&category=lighting&page=2"
        );
        assert_eq!(
            AppRoute::Catalog(CatalogQuery::new("en", Currency::Usd)).path(),
            "/catalog"
        );
        assert_eq!(AppRoute::Product(7).path(), "/product/7");
    }

    #[test]
    fn sign_in_returns_only_to_paths_of_this_app() {
        for ok in ["/exhibitor", "/exhibitor/leads?status=new", "/"] {
            assert!(safe_next(ok), "{ok}");
        }
        for bad in [
            "//evil.example/x",
            "/\\evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "exhibitor",
            "/ok\nSet-Cookie: x",
            "",
        ] {
            assert!(!safe_next(bad), "{bad}");
        }
        assert_eq!(
            AppRoute::SignIn {
                next: Some("/exhibitor/leads".into())
            }
            .path(),
            "/sign-in?next=%2Fexhibitor%2Fleads"
        );
        assert_eq!(
            AppRoute::SignIn {
                next: Some("//evil.example".into())
            }
            .path(),
            "/sign-in"
        );
        assert_eq!(
            AppRoute::Exhibitor(ExhibitorTab::Rfqs).path(),
            "/exhibitor/rfqs"
        );
    }

    #[test]
    fn rfq_links_carry_products_and_quantities() {
        let p = RfqPrefill {
            items: vec![(12, 500), (15, 20)],
        };
        let path = AppRoute::NewRfq(p.clone()).path();
        assert_eq!(path, "/quotes?products=12,15&quantities=500,20");
        assert_eq!(
            RfqPrefill::from_query(Some("12,15"), Some("500,20")),
            Some(p)
        );
        assert_eq!(
            RfqPrefill::from_query(Some("12,x,15"), Some("500")),
            Some(RfqPrefill {
                items: vec![(12, 500), (15, 0)]
            })
        );
        assert_eq!(RfqPrefill::from_query(None, Some("1")), None);
        assert_eq!(RfqPrefill::from_query(Some(""), None), None);
    }

    #[test]
    fn non_ascii_queries_are_utf8_encoded() {
        let mut q = CatalogQuery::new("zh-CN", Currency::Cny);
        q.q = "灯".into();
        assert_eq!(AppRoute::Catalog(q).path(), "/catalog?q=%E7%81%AF");
    }
}

/// Moves between pages from event handlers (captured while the component is built, since
/// handlers run outside the router's context).
#[derive(Clone, Copy)]
pub struct Navigator(leptos::prelude::StoredValue<NavigateFn, leptos::prelude::LocalStorage>);

type NavigateFn = std::rc::Rc<dyn Fn(&str, leptos_router::NavigateOptions)>;

impl Navigator {
    /// Goes to `route`, adding a history entry.
    pub fn go(&self, route: &AppRoute) {
        let path = route.path();
        self.0.with_value(|n| n(&path, Default::default()));
    }

    /// Goes to `route`, replacing the current history entry (typing in the search box).
    pub fn replace(&self, route: &AppRoute) {
        let path = route.path();
        self.0.with_value(|n| {
            n(
                &path,
                leptos_router::NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            )
        });
    }
}

/// A [`Navigator`] for the current router.
pub fn use_navigator() -> Navigator {
    let navigate = leptos_router::hooks::use_navigate();
    Navigator(leptos::prelude::StoredValue::new_local(std::rc::Rc::new(
        navigate,
    )))
}
