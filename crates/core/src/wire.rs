//! Wire types: the JSON shapes of the REST contract (`docs/openapi.yaml`).
//!
//! Both backends speak exactly these shapes: the embedded demo backend builds them in the
//! browser, the reference server serialises them over HTTP, and the app's typed client
//! deserialises them. Unknown enum values fail deserialisation on purpose: the client turns
//! that into a typed "malformed response" error instead of guessing.

use serde::{Deserialize, Serialize};

use crate::fx::RateTable;
use crate::money::{Currency, Money};
use crate::pricing::{MinimumOrder, PriceTier};

/// A text the backend resolved for the requested locale. `lang` is the locale the text is
/// really in: when it differs from the requested one the UI marks it as a fallback.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalizedText {
    pub text: String,
    pub lang: String,
}

/// Product categories of the wholesale catalog. Labels live in the app's Fluent files
/// (`category-<slug>`), never here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Electronics,
    Lighting,
    Machinery,
    Textiles,
    Packaging,
    HomeKitchen,
    Furniture,
    AutoParts,
    BeautyCare,
    SportsOutdoor,
    ToolsHardware,
    Office,
}

impl Category {
    pub const ALL: [Category; 12] = [
        Category::Electronics,
        Category::Lighting,
        Category::Machinery,
        Category::Textiles,
        Category::Packaging,
        Category::HomeKitchen,
        Category::Furniture,
        Category::AutoParts,
        Category::BeautyCare,
        Category::SportsOutdoor,
        Category::ToolsHardware,
        Category::Office,
    ];

    /// The slug used in URLs, Fluent keys and the JSON contract.
    pub fn slug(self) -> &'static str {
        match self {
            Category::Electronics => "electronics",
            Category::Lighting => "lighting",
            Category::Machinery => "machinery",
            Category::Textiles => "textiles",
            Category::Packaging => "packaging",
            Category::HomeKitchen => "home-kitchen",
            Category::Furniture => "furniture",
            Category::AutoParts => "auto-parts",
            Category::BeautyCare => "beauty-care",
            Category::SportsOutdoor => "sports-outdoor",
            Category::ToolsHardware => "tools-hardware",
            Category::Office => "office",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.slug() == slug)
    }
}

/// Product certifications a buyer filters on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Certification {
    #[serde(rename = "CE")]
    Ce,
    #[serde(rename = "RoHS")]
    Rohs,
    #[serde(rename = "FCC")]
    Fcc,
    #[serde(rename = "ISO9001")]
    Iso9001,
    #[serde(rename = "UL")]
    Ul,
    #[serde(rename = "REACH")]
    Reach,
}

impl Certification {
    pub const ALL: [Certification; 6] = [
        Certification::Ce,
        Certification::Rohs,
        Certification::Fcc,
        Certification::Iso9001,
        Certification::Ul,
        Certification::Reach,
    ];

    /// The code shown to buyers and used in URLs (not translated: these are marks).
    pub fn code(self) -> &'static str {
        match self {
            Certification::Ce => "CE",
            Certification::Rohs => "RoHS",
            Certification::Fcc => "FCC",
            Certification::Iso9001 => "ISO9001",
            Certification::Ul => "UL",
            Certification::Reach => "REACH",
        }
    }

    pub fn from_code(code: &str) -> Option<Certification> {
        Certification::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code))
    }
}

/// Incoterms 2020 rules a supplier may offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Incoterm {
    #[serde(rename = "EXW")]
    Exw,
    #[serde(rename = "FOB")]
    Fob,
    #[serde(rename = "CIF")]
    Cif,
    #[serde(rename = "DAP")]
    Dap,
    #[serde(rename = "DDP")]
    Ddp,
}

impl Incoterm {
    pub const ALL: [Incoterm; 5] = [
        Incoterm::Exw,
        Incoterm::Fob,
        Incoterm::Cif,
        Incoterm::Dap,
        Incoterm::Ddp,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Incoterm::Exw => "EXW",
            Incoterm::Fob => "FOB",
            Incoterm::Cif => "CIF",
            Incoterm::Dap => "DAP",
            Incoterm::Ddp => "DDP",
        }
    }
}

/// Sort orders of the catalog.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SortOrder {
    #[default]
    Relevance,
    PriceAsc,
    PriceDesc,
    MoqAsc,
    LeadTimeAsc,
    Newest,
}

impl SortOrder {
    pub const ALL: [SortOrder; 6] = [
        SortOrder::Relevance,
        SortOrder::PriceAsc,
        SortOrder::PriceDesc,
        SortOrder::MoqAsc,
        SortOrder::LeadTimeAsc,
        SortOrder::Newest,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SortOrder::Relevance => "relevance",
            SortOrder::PriceAsc => "price-asc",
            SortOrder::PriceDesc => "price-desc",
            SortOrder::MoqAsc => "moq-asc",
            SortOrder::LeadTimeAsc => "lead-time-asc",
            SortOrder::Newest => "newest",
        }
    }

    pub fn from_slug(slug: &str) -> Option<SortOrder> {
        SortOrder::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// A catalog search: everything the buyer can set on `/catalog`. The same struct is the
/// URL query of the page and of `GET /api/products`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogQuery {
    /// Free text, matched against product names in `locale` with fallback to English.
    #[serde(default)]
    pub q: String,
    /// The buyer's locale (BCP 47, for example `de` or `zh-CN`).
    #[serde(default = "default_locale")]
    pub locale: String,
    /// Display currency: price filters and the price sort are in this currency.
    #[serde(default = "default_currency")]
    pub currency: Currency,
    #[serde(default)]
    pub categories: Vec<Category>,
    #[serde(default)]
    pub certifications: Vec<Certification>,
    /// ISO 3166-1 alpha-2 codes of supplier countries.
    #[serde(default)]
    pub countries: Vec<String>,
    /// Unit price at MOQ, in minor units of `currency`, inclusive bounds.
    #[serde(default)]
    pub price_min: Option<i64>,
    #[serde(default)]
    pub price_max: Option<i64>,
    #[serde(default)]
    pub moq_min: Option<u32>,
    #[serde(default)]
    pub moq_max: Option<u32>,
    /// Longest acceptable lead time in days.
    #[serde(default)]
    pub lead_time_max: Option<u32>,
    /// Only products in stock in an overseas warehouse.
    #[serde(default)]
    pub overseas_stock: bool,
    #[serde(default)]
    pub supplier_id: Option<u32>,
    #[serde(default)]
    pub sort: SortOrder,
    /// 1-based page number.
    #[serde(default = "default_page")]
    pub page: u32,
    #[serde(default = "default_per_page")]
    pub per_page: u32,
}

fn default_locale() -> String {
    "en".to_string()
}
fn default_currency() -> Currency {
    Currency::Usd
}
fn default_page() -> u32 {
    1
}
fn default_per_page() -> u32 {
    24
}

impl CatalogQuery {
    pub fn new(locale: &str, currency: Currency) -> Self {
        CatalogQuery {
            locale: locale.to_string(),
            currency,
            page: 1,
            per_page: default_per_page(),
            ..Default::default()
        }
    }

    /// Whether any filter (not the text, sort or page) is set.
    pub fn has_filters(&self) -> bool {
        !self.categories.is_empty()
            || !self.certifications.is_empty()
            || !self.countries.is_empty()
            || self.price_min.is_some()
            || self.price_max.is_some()
            || self.moq_min.is_some()
            || self.moq_max.is_some()
            || self.lead_time_max.is_some()
            || self.overseas_stock
            || self.supplier_id.is_some()
    }
}

/// One row of catalog results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductSummary {
    pub id: u32,
    pub name: LocalizedText,
    pub category: Category,
    pub supplier_id: u32,
    pub supplier_name: String,
    pub supplier_country: String,
    pub supplier_verified: bool,
    /// Unit price at the MOQ, in the supplier's currency.
    pub price_from: Money,
    /// `price_from` converted to the query's display currency (stated rounding: see `fx`).
    pub price_from_display: Money,
    pub moq: u32,
    pub unit: Unit,
    pub lead_time_days: u32,
    pub certifications: Vec<Certification>,
    pub overseas_stock: bool,
    /// Drives the generated product illustration (hue in degrees, 0-359).
    pub image_hue: u16,
}

/// Count of matching products for one facet value, given every other filter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCount<T> {
    pub value: T,
    pub count: u32,
}

/// Facet counts and bounds for the current query.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    pub categories: Vec<FacetCount<Category>>,
    pub certifications: Vec<FacetCount<Certification>>,
    pub countries: Vec<FacetCount<String>>,
    /// Lowest and highest unit price at MOQ over all products matching the text, in minor
    /// units of the display currency.
    pub price_bounds: Option<(i64, i64)>,
    pub moq_bounds: Option<(u32, u32)>,
    pub lead_time_bounds: Option<(u32, u32)>,
    pub overseas_stock_count: u32,
}

/// One page of catalog results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogPage {
    pub items: Vec<ProductSummary>,
    pub total: u32,
    pub page: u32,
    pub per_page: u32,
    pub facets: Facets,
}

/// Selling unit of a product (labels in Fluent: `unit-<slug>`, with plurals).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    Piece,
    Set,
    Pair,
    Meter,
    Kilogram,
    Roll,
    Box,
}

impl Unit {
    pub fn slug(self) -> &'static str {
        match self {
            Unit::Piece => "piece",
            Unit::Set => "set",
            Unit::Pair => "pair",
            Unit::Meter => "meter",
            Unit::Kilogram => "kilogram",
            Unit::Roll => "roll",
            Unit::Box => "box",
        }
    }
}

/// A spec row. `key` is a stable slug translated by the app (`spec-<key>`); `value` is
/// locale-neutral (numbers with SI units, model codes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpecRow {
    pub key: String,
    pub value: String,
}

/// How goods are packed for export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Packaging {
    pub units_per_carton: u32,
    /// Carton outer dimensions in millimetres (length, width, height).
    pub carton_mm: (u32, u32, u32),
    /// Gross weight of a full carton in grams.
    pub carton_gross_g: u32,
}

/// Stock held in a warehouse outside the supplier's country.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverseasStock {
    /// ISO 3166-1 alpha-2 country of the warehouse.
    pub country: String,
    pub quantity: u32,
    /// Days from order to dispatch from that warehouse.
    pub dispatch_days: u32,
}

/// A product image, drawn by the app from these parameters (the demo catalog has no
/// photographs; a real backend sends `url`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductImage {
    /// Absolute or app-relative URL of a photograph, if the backend has one.
    pub url: Option<String>,
    pub hue: u16,
    /// Which view of the product: 0 front, 1 side, 2 detail, 3 packaging.
    pub view: u8,
}

/// The whole product page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Product {
    pub id: u32,
    pub name: LocalizedText,
    pub description: LocalizedText,
    pub category: Category,
    pub supplier: SupplierSummary,
    pub images: Vec<ProductImage>,
    pub specs: Vec<SpecRow>,
    /// Quantity breaks in the supplier's currency, ascending by `min_qty`; the first break
    /// starts at the MOQ.
    pub tiers: Vec<PriceTier>,
    pub currency: Currency,
    pub minimum_order: MinimumOrder,
    pub unit: Unit,
    pub lead_time_days: u32,
    pub incoterms: Vec<Incoterm>,
    pub certifications: Vec<Certification>,
    pub packaging: Option<Packaging>,
    /// Cradle-to-gate carbon footprint per unit in grams CO2e, where the supplier gives one.
    pub carbon_g_per_unit: Option<u32>,
    pub overseas_stock: Vec<OverseasStock>,
    /// ISO date the product was listed (YYYY-MM-DD).
    pub listed_on: String,
}

/// Supplier card data, embedded in products and lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupplierSummary {
    pub id: u32,
    pub name: String,
    pub country: String,
    pub city: String,
    pub verified: bool,
    pub years_in_business: u32,
    /// Share of inquiries answered, in percent (0-100).
    pub response_rate_pct: u8,
    /// Median first-response time in hours.
    pub response_time_h: u32,
    pub main_category: Category,
}

/// Who verified a supplier and for how long.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verification {
    /// The inspection company (a proper name, not translated).
    pub verified_by: String,
    /// ISO dates (YYYY-MM-DD).
    pub verified_on: String,
    pub valid_until: String,
    /// What was checked: `business-licence`, `factory-audit`, `export-licence`, `quality-system`.
    pub scope: Vec<String>,
}

/// Completed trade through the platform.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransactionRecord {
    pub orders_12m: u32,
    /// Value of those orders in USD.
    pub volume_12m: Money,
    /// Share of orders delivered on time, in percent.
    pub on_time_pct: u8,
    /// Average review score times ten (47 means 4.7 of 5).
    pub rating_x10: u8,
    pub reviews: u32,
}

/// The whole supplier page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Supplier {
    pub summary: SupplierSummary,
    pub about: LocalizedText,
    pub verification: Option<Verification>,
    pub transactions: TransactionRecord,
    /// ISO 3166-1 alpha-2 codes of the main export markets.
    pub main_markets: Vec<String>,
    pub employees: u32,
    /// The currency the supplier prices in.
    pub currency: Currency,
    pub product_count: u32,
}

/// The home page: featured suppliers and products, and catalog figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Home {
    pub featured_suppliers: Vec<SupplierSummary>,
    pub featured_products: Vec<ProductSummary>,
    pub product_count: u32,
    pub supplier_count: u32,
    pub country_count: u32,
}

/// Error body every non-2xx response of the contract carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// Stable machine code, for example `not_found`, `bad_request`.
    pub code: String,
    /// Human-readable message from the server (English; shown next to the localized one).
    pub message: String,
}

/// `GET /api/rates`.
pub type RatesResponse = RateTable;
