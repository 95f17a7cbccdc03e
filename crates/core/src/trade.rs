//! Wire types of buying: cart price checks, requests for quotation, quotes and orders.
//!
//! Same rules as `wire`: both backends speak exactly these shapes, money is integer minor
//! units with a currency, and unknown enum values fail to deserialise on purpose.

use serde::{Deserialize, Serialize};

use crate::money::{Currency, Money};
use crate::pricing::{MinimumOrder, PriceTier};
use crate::wire::{Category, Incoterm, LocalizedText, Packaging, SupplierSummary, Unit};

/// A line of the buyer's cart as the client stores it and sends it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartLineRef {
    pub product_id: u32,
    pub quantity: u32,
    /// An accepted quote whose price applies until it expires.
    #[serde(default)]
    pub quote_id: Option<String>,
}

/// `POST /api/cart/price-check`: current prices for cart lines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceCheckRequest {
    pub lines: Vec<CartLineRef>,
    pub locale: String,
    pub currency: Currency,
}

/// Where an applied unit price comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum PriceSource {
    /// The product's quantity break starting at `min_qty`.
    Tier { min_qty: u32 },
    /// An accepted quote, valid until `expires_on` (ISO date, inclusive).
    Quote {
        quote_id: String,
        expires_on: String,
    },
}

/// One cart line with everything the cart page and the landed-cost estimate need.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PricedLine {
    pub product_id: u32,
    pub quantity: u32,
    pub name: LocalizedText,
    pub category: Category,
    pub image_hue: u16,
    pub supplier: SupplierSummary,
    pub unit: Unit,
    /// Supplier's currency.
    pub currency: Currency,
    pub tiers: Vec<PriceTier>,
    pub minimum_order: MinimumOrder,
    pub incoterms: Vec<Incoterm>,
    pub lead_time_days: u32,
    /// The unit price that applies to `quantity` (supplier currency), and its source. `None`
    /// when the quantity is below the MOQ and no quote applies.
    pub unit_price: Option<Money>,
    pub price_source: Option<PriceSource>,
    /// `unit_price` in the requested display currency.
    pub unit_price_display: Option<Money>,
    /// Net weight of one unit in grams (for freight estimates).
    pub unit_weight_g: u32,
    pub packaging: Option<Packaging>,
    /// Country goods ship from for this line (ISO alpha-2): the factory's country.
    pub ships_from: String,
}

/// Lines a product the backend no longer sells.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnavailableLine {
    pub product_id: u32,
    /// `not_found`, `quote_expired`, `quote_unknown`.
    pub reason: String,
}

/// Answer of a price check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceCheck {
    pub lines: Vec<PricedLine>,
    pub unavailable: Vec<UnavailableLine>,
    /// ISO date-time the prices were checked.
    pub checked_at: String,
}

/// Ways goods travel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ShippingMethod {
    Sea,
    Air,
    Express,
    Rail,
}

impl ShippingMethod {
    pub const ALL: [ShippingMethod; 4] = [
        ShippingMethod::Sea,
        ShippingMethod::Air,
        ShippingMethod::Express,
        ShippingMethod::Rail,
    ];
}

/// A postal address. Which fields are required depends on the country (see `address`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub recipient: String,
    pub line1: String,
    #[serde(default)]
    pub line2: String,
    pub city: String,
    /// State, province, emirate (required in some countries).
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub postal_code: String,
    #[serde(default)]
    pub phone: String,
}

/// The buying company.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyDetails {
    pub legal_name: String,
    /// ISO alpha-2 country of registration (decides the VAT / tax ID format).
    pub country: String,
    /// VAT or tax ID as typed (normalised by the backend).
    pub tax_id: String,
    pub po_number: String,
    #[serde(default)]
    pub cost_centre: String,
    pub contact_email: String,
}

/// How the buyer pays. The app never sees card numbers: a card is paid on the payment
/// provider's hosted page and only its opaque reference comes back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum PaymentMethod {
    /// Card via the provider's hosted page; `provider_ref` is the provider's authorisation.
    Card { provider_ref: String },
    /// Telegraphic transfer to each supplier's bank (instructions on the confirmation).
    BankTransfer,
    /// Documentary letter of credit opened by the buyer's bank.
    LetterOfCredit { issuing_bank: String },
    /// Pay later, for approved buyers.
    NetTerms { days: u32 },
}

/// Per-supplier shipping choice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupplierShipping {
    pub supplier_id: u32,
    pub incoterm: Incoterm,
    pub method: ShippingMethod,
}

/// `POST /api/orders` with an `Idempotency-Key` header created when checkout starts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderRequest {
    pub lines: Vec<CartLineRef>,
    pub locale: String,
    pub currency: Currency,
    pub company: CompanyDetails,
    pub shipping_address: Address,
    /// `None`: bill to the shipping address.
    pub billing_address: Option<Address>,
    pub shipping: Vec<SupplierShipping>,
    pub payment: PaymentMethod,
    /// Trade assurance: payment held in escrow until the buyer confirms delivery.
    pub escrow: bool,
    /// Goods total in the display currency the buyer saw and accepted; a different total at
    /// the backend is a `price_changed` error, never a silent change.
    pub expected_total: Money,
}

/// Where an order stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OrderStatus {
    Placed,
    Confirmed,
    InProduction,
    Shipped,
    Customs,
    Delivered,
}

impl OrderStatus {
    pub const ALL: [OrderStatus; 6] = [
        OrderStatus::Placed,
        OrderStatus::Confirmed,
        OrderStatus::InProduction,
        OrderStatus::Shipped,
        OrderStatus::Customs,
        OrderStatus::Delivered,
    ];
}

/// Escrow (trade assurance) state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EscrowStatus {
    NotUsed,
    AwaitingPayment,
    Held,
    Released,
}

/// A step of the status timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusEvent {
    pub status: OrderStatus,
    /// ISO date-time; `None` for steps not reached yet (expected dates in `expected_on`).
    pub at: Option<String>,
    pub expected_on: Option<String>,
}

/// Tracking of a shipment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tracking {
    pub carrier: String,
    pub number: String,
}

/// An ordered line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderLine {
    pub product_id: u32,
    pub name: LocalizedText,
    pub quantity: u32,
    pub unit: Unit,
    pub unit_price: Money,
    pub line_total: Money,
}

/// One supplier's order (a checkout creates one per supplier).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    /// Order number shown to people, e.g. `TF-2026-000042`.
    pub number: String,
    pub checkout_id: String,
    pub supplier: SupplierSummary,
    pub lines: Vec<OrderLine>,
    /// Goods total in the supplier's currency.
    pub goods_total: Money,
    /// Goods total in the buyer's display currency at order time.
    pub goods_total_display: Money,
    pub incoterm: Incoterm,
    pub method: ShippingMethod,
    /// `factory` or `warehouse:<country>`.
    pub ships_from: String,
    pub status: OrderStatus,
    pub timeline: Vec<StatusEvent>,
    pub tracking: Option<Tracking>,
    pub escrow: EscrowStatus,
    pub payment: PaymentMethod,
    pub po_number: String,
    pub company: CompanyDetails,
    pub shipping_address: Address,
    /// ISO date-time.
    pub placed_at: String,
}

/// `201` answer of `POST /api/orders` (also the answer to a repeated request with the same
/// idempotency key and body).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderConfirmation {
    pub checkout_id: String,
    pub orders: Vec<Order>,
}

/// A field the backend rejected (`422`), with a stable code the app translates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Dotted path of the field, e.g. `company.tax_id`.
    pub field: String,
    /// `required`, `invalid_format`, `too_long`, `not_offered`, `below_moq`, `not_multiple`.
    pub code: String,
}

/// `POST /api/rfqs`: a request for quotation to one or more suppliers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RfqRequest {
    pub product_id: u32,
    pub supplier_ids: Vec<u32>,
    pub quantity: u32,
    /// Target unit price, if the buyer has one (any currency).
    pub target_price: Option<Money>,
    pub destination_country: String,
    pub incoterm: Incoterm,
    /// ISO date.
    pub needed_by: String,
    pub message: String,
    /// File names the buyer attached (contents go through the messaging channel).
    pub attachment_names: Vec<String>,
    pub locale: String,
}

/// A supplier's answer to an RFQ.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub id: String,
    pub rfq_id: String,
    pub supplier: SupplierSummary,
    pub product_id: u32,
    pub quantity: u32,
    pub unit_price: Money,
    pub incoterm: Incoterm,
    pub lead_time_days: u32,
    /// ISO date, inclusive.
    pub expires_on: String,
    pub note: LocalizedText,
    /// ISO date-time.
    pub received_at: String,
    pub accepted: bool,
    /// The price tiers the exhibitor offered (in `unit_price`'s currency), ascending by
    /// `min_qty`; empty for a quote generated on the supplier's behalf.
    #[serde(default)]
    pub tiers: Vec<PriceTier>,
}

/// An RFQ with the quotes received so far.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rfq {
    pub id: String,
    pub request: RfqRequest,
    pub product_name: LocalizedText,
    pub created_at: String,
    pub quotes: Vec<Quote>,
    /// Suppliers that have not answered yet.
    pub pending_supplier_ids: Vec<u32>,
}

/// `422` answer of `POST /api/orders` and `POST /api/rfqs`: the fields to correct
/// (`code` is `validation`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidationErrorBody {
    pub code: String,
    pub message: String,
    pub fields: Vec<FieldError>,
}

/// `409` answer of `POST /api/orders` when a price or a line's availability changed since
/// the buyer's last check (`code` is `price_changed`): nothing was ordered, `check` is the
/// current state to show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceChangedBody {
    pub code: String,
    pub message: String,
    pub check: PriceCheck,
}
