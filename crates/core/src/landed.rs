//! Landed-cost estimate of one supplier's shipment: what the chosen Incoterm includes, the
//! freight, insurance, import duty and import VAT, what the buyer pays on top of the price,
//! and the delivery window.
//!
//! All rates are an illustrative table for 2026 (MFN averages by product category, standard
//! VAT rates, freight per method and lane), never a quote; the estimate lists its
//! [`EstimateBasis`] so the buyer sees what it rests on.
//!
//! Arithmetic is integer throughout. Freight and fixed charges are computed in USD cents and
//! converted once to the display currency; the goods value is converted once from the
//! supplier's currency; every percentage is then applied in display-currency minor units.
//! Each conversion and each percentage is rounded once, half away from zero.

use serde::{Deserialize, Serialize};

use crate::fx::{FxError, RateTable};
use crate::money::{div_round_half_away, Currency, Money};
use crate::tax_id::is_eu_member;
use crate::trade::{PricedLine, ShippingMethod};
use crate::wire::{Category, Incoterm, Packaging};

/// One line of the shipment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LandedLine {
    /// Goods value of the line (unit price × quantity) in the supplier's currency.
    pub goods_value: Money,
    pub category: Category,
    pub quantity: u32,
    /// Net weight of one unit, used when there is no packaging data.
    pub unit_weight_g: u32,
    pub packaging: Option<Packaging>,
}

/// What to estimate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LandedRequest {
    pub lines: Vec<LandedLine>,
    /// ISO alpha-2 country the goods ship from.
    pub origin: String,
    /// ISO alpha-2 country of the delivery address.
    pub destination: String,
    pub incoterm: Incoterm,
    pub method: ShippingMethod,
    /// Days until the goods are ready to ship (the longest lead time of the lines).
    pub lead_time_days: u32,
    pub display: Currency,
}

impl LandedRequest {
    /// The request for one supplier group of priced cart lines (lines without a price are
    /// left out; the origin is the first line's `ships_from`).
    pub fn for_group(
        lines: &[PricedLine],
        destination: &str,
        incoterm: Incoterm,
        method: ShippingMethod,
        display: Currency,
    ) -> LandedRequest {
        let priced: Vec<&PricedLine> = lines.iter().filter(|l| l.unit_price.is_some()).collect();
        LandedRequest {
            lines: priced
                .iter()
                .filter_map(|l| {
                    Some(LandedLine {
                        goods_value: l.unit_price?.times(l.quantity)?,
                        category: l.category,
                        quantity: l.quantity,
                        unit_weight_g: l.unit_weight_g,
                        packaging: l.packaging.clone(),
                    })
                })
                .collect(),
            origin: lines
                .first()
                .map(|l| l.ships_from.clone())
                .unwrap_or_default(),
            destination: destination.to_string(),
            incoterm,
            method,
            lead_time_days: priced.iter().map(|l| l.lead_time_days).max().unwrap_or(0),
            display,
        }
    }
}

/// Physical size of a shipment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shipment {
    /// Export cartons (0 when no line had packaging data).
    pub cartons: u32,
    pub gross_weight_g: u64,
    pub volume_cm3: u64,
}

/// What the seller's price includes under an Incoterm (`true`: the seller pays it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inclusions {
    pub export_clearance: bool,
    pub main_freight: bool,
    pub insurance: bool,
    pub import_duty: bool,
    pub import_vat: bool,
    pub delivery_to_door: bool,
}

/// One cost of getting the goods to the door.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CostItem {
    ExportClearance,
    MainFreight,
    Insurance,
    ImportDuty,
    ImportVat,
    DeliveryToDoor,
}

impl CostItem {
    pub const ALL: [CostItem; 6] = [
        CostItem::ExportClearance,
        CostItem::MainFreight,
        CostItem::Insurance,
        CostItem::ImportDuty,
        CostItem::ImportVat,
        CostItem::DeliveryToDoor,
    ];
}

/// A cost with its amount in the display currency and who pays it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CostLine {
    pub item: CostItem,
    pub amount: Money,
    /// The seller pays it (it is in the price); otherwise the buyer pays it on top.
    pub included_in_price: bool,
}

/// Earliest and latest day of arrival, counted from the order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryWindow {
    pub min_days: u32,
    pub max_days: u32,
}

/// What an estimate rests on; the app renders each as `landed-basis-<slug>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EstimateBasis {
    /// Rates are an illustrative 2026 table, not a quote.
    IllustrativeRates2026,
    /// Weight and volume from the supplier's carton data (cartons = ⌈qty / units per carton⌉,
    /// each counted at full-carton weight).
    CartonsFromPackaging,
    /// No carton data for some line: unit weight + 10 % packing, 200 kg per m³.
    UnitWeightEstimate,
    /// Sea: per revenue tonne (1 m³ or 1,000 kg, whichever is more), minimum one.
    SeaRevenueTonne,
    /// Air: chargeable weight with a 6,000 cm³/kg volumetric divisor, rounded up to 0.5 kg.
    AirVolumetric6000,
    /// Express: chargeable weight with a 5,000 cm³/kg divisor, rounded up to 0.5 kg.
    ExpressVolumetric5000,
    /// Rail: chargeable weight with a 2,000 cm³/kg divisor (1 m³ = 500 kg), whole kg.
    RailVolumetric2000,
    /// Insurance is 0.3 % of goods plus freight.
    InsuranceOnGoodsPlusFreight,
    /// Duty is on the CIF value (goods, freight, insurance).
    DutyOnCif,
    /// Duty is on the goods value (the US customs value excludes freight).
    DutyOnGoodsValue,
    /// Duty rates are MFN averages by category: no preferences, quotas or trade remedies.
    MfnAverageByCategory,
    /// Import VAT / GST is on the CIF value plus duty.
    ImportVatOnCifPlusDuty,
    /// Import VAT is usually recoverable by VAT-registered buyers.
    ImportVatRecoverable,
    /// Within the EU: no customs duty, VAT reverse-charged by the buyer.
    IntraEuReverseCharge,
    /// Origin and destination are the same country: no customs at all.
    Domestic,
    /// Amounts converted once into the display currency, rounded half away from zero.
    ConvertedOnce,
    /// The delivery window is the lead time plus transit and customs clearance.
    WindowIsLeadTimePlusTransit,
}

impl EstimateBasis {
    pub fn slug(self) -> &'static str {
        match self {
            EstimateBasis::IllustrativeRates2026 => "illustrative-rates-2026",
            EstimateBasis::CartonsFromPackaging => "cartons-from-packaging",
            EstimateBasis::UnitWeightEstimate => "unit-weight-estimate",
            EstimateBasis::SeaRevenueTonne => "sea-revenue-tonne",
            EstimateBasis::AirVolumetric6000 => "air-volumetric-6000",
            EstimateBasis::ExpressVolumetric5000 => "express-volumetric-5000",
            EstimateBasis::RailVolumetric2000 => "rail-volumetric-2000",
            EstimateBasis::InsuranceOnGoodsPlusFreight => "insurance-on-goods-plus-freight",
            EstimateBasis::DutyOnCif => "duty-on-cif",
            EstimateBasis::DutyOnGoodsValue => "duty-on-goods-value",
            EstimateBasis::MfnAverageByCategory => "mfn-average-by-category",
            EstimateBasis::ImportVatOnCifPlusDuty => "import-vat-on-cif-plus-duty",
            EstimateBasis::ImportVatRecoverable => "import-vat-recoverable",
            EstimateBasis::IntraEuReverseCharge => "intra-eu-reverse-charge",
            EstimateBasis::Domestic => "domestic",
            EstimateBasis::ConvertedOnce => "converted-once",
            EstimateBasis::WindowIsLeadTimePlusTransit => "window-is-lead-time-plus-transit",
        }
    }
}

/// The estimate. Every amount is in the request's display currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LandedEstimate {
    pub incoterm: Incoterm,
    pub method: ShippingMethod,
    pub includes: Inclusions,
    pub shipment: Shipment,
    /// The weight freight is charged on (revenue tonnes expressed in grams for sea).
    pub chargeable_weight_g: u64,
    /// Main freight before conversion.
    pub freight_usd: Money,
    /// Goods value (the price).
    pub goods: Money,
    /// Every cost item, in [`CostItem::ALL`] order.
    pub costs: Vec<CostLine>,
    /// Goods + freight + insurance.
    pub cif_value: Money,
    /// Effective duty rate in basis points (goods-weighted over the lines' categories).
    pub duty_rate_bp: u32,
    pub import_vat_rate_bp: u32,
    /// What the buyer pays beyond the price under this Incoterm.
    pub buyer_pays_on_top: Money,
    /// Price + what the buyer pays on top.
    pub landed_total: Money,
    pub delivery: DeliveryWindow,
    pub basis: Vec<EstimateBasis>,
}

/// Why there is no estimate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LandedError {
    /// No such service on this lane (rail outside Eurasia).
    MethodUnavailable,
    /// A conversion failed (missing rate).
    Fx(FxError),
    /// Amounts too large for minor units.
    Overflow,
}

impl From<FxError> for LandedError {
    fn from(e: FxError) -> Self {
        LandedError::Fx(e)
    }
}

/// What the seller's price includes under `incoterm`. FOB is read as "free carrier" for
/// air, express and rail too (strictly FCA).
pub fn inclusions(incoterm: Incoterm) -> Inclusions {
    let level = match incoterm {
        Incoterm::Exw => 0,
        Incoterm::Fob => 1,
        Incoterm::Cif => 2,
        Incoterm::Dap => 3,
        Incoterm::Ddp => 4,
    };
    Inclusions {
        export_clearance: level >= 1,
        main_freight: level >= 2,
        insurance: level >= 2,
        delivery_to_door: level >= 3,
        import_duty: level >= 4,
        import_vat: level >= 4,
    }
}

impl Inclusions {
    pub fn includes(&self, item: CostItem) -> bool {
        match item {
            CostItem::ExportClearance => self.export_clearance,
            CostItem::MainFreight => self.main_freight,
            CostItem::Insurance => self.insurance,
            CostItem::ImportDuty => self.import_duty,
            CostItem::ImportVat => self.import_vat,
            CostItem::DeliveryToDoor => self.delivery_to_door,
        }
    }
}

// ---------------------------------------------------------------------------------------
// The illustrative rate table (2026)
// ---------------------------------------------------------------------------------------

/// Duty markets of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DutyMarket {
    Eu,
    Gb,
    Us,
    Ae,
    Br,
    Cn,
    In,
    Jp,
    Default,
}

/// Illustrative MFN average duty in basis points, per category in `Category::ALL` order:
/// electronics, lighting, machinery, textiles, packaging, home-kitchen, furniture,
/// auto-parts, beauty-care, sports-outdoor, tools-hardware, office.
fn duty_table(market: DutyMarket) -> [u32; 12] {
    match market {
        DutyMarket::Eu => [200, 370, 170, 1_200, 650, 400, 270, 300, 200, 270, 270, 300],
        DutyMarket::Gb => [150, 200, 100, 1_200, 600, 400, 200, 250, 150, 250, 200, 200],
        DutyMarket::Us => [100, 390, 200, 1_100, 400, 450, 100, 250, 200, 350, 350, 280],
        // GCC common external tariff.
        DutyMarket::Ae => [500; 12],
        // Mercosur common external tariff.
        DutyMarket::Br => [
            1_400, 1_600, 1_400, 3_500, 1_600, 1_800, 1_800, 1_600, 1_800, 2_000, 1_600, 1_600,
        ],
        DutyMarket::Cn => [500, 800, 600, 900, 650, 1_000, 100, 600, 500, 800, 800, 700],
        DutyMarket::In => [
            1_500, 2_000, 750, 2_000, 1_000, 2_000, 2_500, 1_500, 2_000, 2_000, 1_000, 1_000,
        ],
        DutyMarket::Jp => [0, 0, 0, 750, 300, 340, 0, 0, 0, 300, 200, 200],
        DutyMarket::Default => [500; 12],
    }
}

fn duty_market(country: &str) -> DutyMarket {
    if is_eu_member(country) {
        return DutyMarket::Eu;
    }
    match country {
        "GB" => DutyMarket::Gb,
        "US" => DutyMarket::Us,
        "AE" => DutyMarket::Ae,
        "BR" => DutyMarket::Br,
        "CN" => DutyMarket::Cn,
        "IN" => DutyMarket::In,
        "JP" => DutyMarket::Jp,
        _ => DutyMarket::Default,
    }
}

/// Illustrative MFN duty rate for `category` imported into `destination`, basis points.
pub fn duty_rate_bp(destination: &str, category: Category) -> u32 {
    let i = Category::ALL
        .iter()
        .position(|c| *c == category)
        .unwrap_or(0);
    duty_table(duty_market(&destination.to_ascii_uppercase()))[i]
}

/// Standard import VAT / GST rate of `destination` in basis points (BR: a simplified ICMS
/// of 17 %; US: no federal VAT; unknown countries: 0).
pub fn import_vat_bp(destination: &str) -> u32 {
    match destination.to_ascii_uppercase().as_str() {
        "DE" => 1_900,
        "FR" => 2_000,
        "ES" => 2_100,
        "IT" => 2_200,
        "NL" => 2_100,
        "PL" => 2_300,
        "AT" => 2_000,
        "BE" => 2_100,
        "BG" => 2_000,
        "CY" => 1_900,
        "CZ" => 2_100,
        "DK" => 2_500,
        "EE" => 2_400,
        "FI" => 2_550,
        "GR" | "EL" => 2_400,
        "HR" => 2_500,
        "HU" => 2_700,
        "IE" => 2_300,
        "LT" => 2_100,
        "LU" => 1_700,
        "LV" => 2_100,
        "MT" => 1_800,
        "PT" => 2_300,
        "RO" => 2_100,
        "SE" => 2_500,
        "SI" => 2_200,
        "SK" => 2_300,
        "GB" => 2_000,
        "AE" => 500,
        "BR" => 1_700,
        "CN" => 1_300,
        "IN" => 1_800,
        "JP" => 1_000,
        "US" => 0,
        _ => 0,
    }
}

/// World regions for lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Region {
    EastAsia,
    SouthAsia,
    Europe,
    MiddleEast,
    NorthAmerica,
    SouthAmerica,
    Africa,
    Oceania,
}

fn region(country: &str) -> Region {
    if is_eu_member(country) {
        return Region::Europe;
    }
    match country {
        "CN" | "HK" | "MO" | "TW" | "KR" | "JP" | "MN" | "VN" | "TH" | "MY" | "SG" | "ID"
        | "PH" | "KH" | "LA" | "MM" | "BN" | "KP" => Region::EastAsia,
        "IN" | "PK" | "BD" | "LK" | "NP" | "BT" | "MV" | "AF" => Region::SouthAsia,
        "GB" | "CH" | "NO" | "IS" | "TR" | "RS" | "UA" | "BA" | "ME" | "MK" | "AL" | "MD"
        | "BY" | "RU" | "LI" | "AD" | "MC" | "SM" => Region::Europe,
        "AE" | "SA" | "QA" | "KW" | "BH" | "OM" | "IL" | "JO" | "LB" | "IQ" | "IR" | "YE"
        | "EG" => Region::MiddleEast,
        "US" | "CA" | "MX" => Region::NorthAmerica,
        "BR" | "AR" | "CL" | "CO" | "PE" | "UY" | "PY" | "BO" | "EC" | "VE" => Region::SouthAmerica,
        "AU" | "NZ" | "FJ" | "PG" => Region::Oceania,
        _ => Region::Africa,
    }
}

/// Distance class of a lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lane {
    Domestic,
    Regional,
    Intercontinental,
}

fn lane(origin: &str, destination: &str) -> Lane {
    if origin == destination {
        return Lane::Domestic;
    }
    let (a, b) = (region(origin), region(destination));
    let neighbours = |x, y| (a == x && b == y) || (a == y && b == x);
    if a == b
        || neighbours(Region::EastAsia, Region::SouthAsia)
        || neighbours(Region::Europe, Region::MiddleEast)
        || neighbours(Region::MiddleEast, Region::SouthAsia)
        || neighbours(Region::NorthAmerica, Region::SouthAmerica)
    {
        Lane::Regional
    } else {
        Lane::Intercontinental
    }
}

/// Rail runs within and between Europe and Asia (the China-Europe corridors).
fn rail_serves(origin: &str, destination: &str) -> bool {
    let eurasia = |r| matches!(r, Region::EastAsia | Region::SouthAsia | Region::Europe);
    eurasia(region(origin)) && eurasia(region(destination))
}

/// The shipping methods offered between two countries.
pub fn available_methods(origin: &str, destination: &str) -> Vec<ShippingMethod> {
    let (o, d) = (
        origin.to_ascii_uppercase(),
        destination.to_ascii_uppercase(),
    );
    ShippingMethod::ALL
        .into_iter()
        .filter(|m| *m != ShippingMethod::Rail || rail_serves(&o, &d))
        .collect()
}

/// Transit days door to door including customs clearance, or `None` when the method does not
/// serve the lane.
pub fn transit_days(method: ShippingMethod, origin: &str, destination: &str) -> Option<(u32, u32)> {
    let (o, d) = (
        origin.to_ascii_uppercase(),
        destination.to_ascii_uppercase(),
    );
    if method == ShippingMethod::Rail && !rail_serves(&o, &d) {
        return None;
    }
    let l = lane(&o, &d);
    Some(match (method, l) {
        (ShippingMethod::Sea, Lane::Domestic) => (3, 7),
        (ShippingMethod::Sea, Lane::Regional) => (10, 20),
        (ShippingMethod::Sea, Lane::Intercontinental) => (30, 45),
        (ShippingMethod::Rail, Lane::Domestic) => (3, 7),
        (ShippingMethod::Rail, Lane::Regional) => (8, 15),
        (ShippingMethod::Rail, Lane::Intercontinental) => (18, 25),
        (ShippingMethod::Air, Lane::Domestic) => (1, 3),
        (ShippingMethod::Air, Lane::Regional) => (3, 6),
        (ShippingMethod::Air, Lane::Intercontinental) => (5, 9),
        (ShippingMethod::Express, Lane::Domestic) => (1, 2),
        (ShippingMethod::Express, Lane::Regional) => (2, 4),
        (ShippingMethod::Express, Lane::Intercontinental) => (3, 6),
    })
}

/// Freight tariff of one method on one lane, in USD cents.
struct Tariff {
    /// Per revenue tonne (sea) or per chargeable kg (others).
    rate: i64,
    minimum: i64,
}

fn tariff(method: ShippingMethod, lane: Lane) -> Tariff {
    let (rate, minimum) = match (method, lane) {
        (ShippingMethod::Sea, Lane::Domestic) => (4_000, 4_000),
        (ShippingMethod::Sea, Lane::Regional) => (6_000, 6_000),
        (ShippingMethod::Sea, Lane::Intercontinental) => (9_500, 9_500),
        (ShippingMethod::Rail, Lane::Domestic) => (15, 10_000),
        (ShippingMethod::Rail, Lane::Regional) => (22, 12_000),
        (ShippingMethod::Rail, Lane::Intercontinental) => (30, 15_000),
        (ShippingMethod::Air, Lane::Domestic) => (150, 5_000),
        (ShippingMethod::Air, Lane::Regional) => (300, 6_500),
        (ShippingMethod::Air, Lane::Intercontinental) => (450, 7_500),
        (ShippingMethod::Express, Lane::Domestic) => (350, 2_500),
        (ShippingMethod::Express, Lane::Regional) => (700, 3_500),
        (ShippingMethod::Express, Lane::Intercontinental) => (950, 4_500),
    };
    Tariff { rate, minimum }
}

/// Export customs clearance, USD cents.
const EXPORT_CLEARANCE_USD: i64 = 6_000;
/// Destination handling and on-carriage for sea and rail: fixed plus per started revenue
/// tonne; air: fixed; express is door to door already.
const DOOR_FIXED_SEA_USD: i64 = 12_000;
const DOOR_PER_TONNE_SEA_USD: i64 = 3_000;
const DOOR_AIR_USD: i64 = 8_000;
/// Insurance: 0.3 % = 30 basis points.
const INSURANCE_BP: i64 = 30;

/// Weight and volume of `quantity` units: from cartons when the supplier gives packaging
/// (`true` in the result), else from the unit weight with 10 % packing and 200 kg/m³.
pub fn shipment_of(
    quantity: u32,
    unit_weight_g: u32,
    packaging: Option<&Packaging>,
) -> (Shipment, bool) {
    match packaging {
        Some(p) if p.units_per_carton > 0 => {
            let cartons = quantity.div_ceil(p.units_per_carton);
            let (l, w, h) = p.carton_mm;
            // mm³ → cm³, rounded up per carton.
            let carton_cm3 = (u64::from(l) * u64::from(w) * u64::from(h)).div_ceil(1000);
            (
                Shipment {
                    cartons,
                    gross_weight_g: u64::from(cartons) * u64::from(p.carton_gross_g),
                    volume_cm3: u64::from(cartons) * carton_cm3,
                },
                true,
            )
        }
        _ => {
            let net = u64::from(quantity) * u64::from(unit_weight_g);
            let gross = net + net.div_ceil(10);
            (
                Shipment {
                    cartons: 0,
                    gross_weight_g: gross,
                    // 200 kg per m³: 1 g takes 5 cm³.
                    volume_cm3: gross * 5,
                },
                false,
            )
        }
    }
}

/// Chargeable weight in grams for `method`: sea in revenue tonnes (1 g per cm³, at least one
/// tonne), air and express rounded up to 500 g, rail to whole kg.
pub fn chargeable_weight_g(method: ShippingMethod, s: &Shipment) -> u64 {
    match method {
        ShippingMethod::Sea => s.gross_weight_g.max(s.volume_cm3).max(1_000_000),
        ShippingMethod::Air => {
            s.gross_weight_g
                .max((s.volume_cm3 * 1000).div_ceil(6000))
                .div_ceil(500)
                * 500
        }
        ShippingMethod::Express => {
            s.gross_weight_g
                .max((s.volume_cm3 * 1000).div_ceil(5000))
                .div_ceil(500)
                * 500
        }
        ShippingMethod::Rail => {
            s.gross_weight_g
                .max((s.volume_cm3 * 1000).div_ceil(2000))
                .div_ceil(1000)
                * 1000
        }
    }
}

fn pct(amount: i64, bp: i64) -> i64 {
    div_round_half_away(i128::from(amount) * i128::from(bp), 10_000) as i64
}

/// Estimates the landed cost of `req` with `rates`.
pub fn estimate(req: &LandedRequest, rates: &RateTable) -> Result<LandedEstimate, LandedError> {
    let origin = req.origin.trim().to_ascii_uppercase();
    let destination = req.destination.trim().to_ascii_uppercase();
    let (transit_min, transit_max) =
        transit_days(req.method, &origin, &destination).ok_or(LandedError::MethodUnavailable)?;
    let lane = lane(&origin, &destination);
    let display = req.display;
    let usd = |cents: i64| rates.convert(Money::new(cents, Currency::Usd), display);
    let mut basis = vec![EstimateBasis::IllustrativeRates2026];

    // Size of the shipment.
    let mut shipment = Shipment::default();
    let mut any_estimated = false;
    let mut any_packed = false;
    for l in &req.lines {
        let (s, packed) = shipment_of(l.quantity, l.unit_weight_g, l.packaging.as_ref());
        shipment.cartons += s.cartons;
        shipment.gross_weight_g += s.gross_weight_g;
        shipment.volume_cm3 += s.volume_cm3;
        any_packed |= packed;
        any_estimated |= !packed;
    }
    if any_packed {
        basis.push(EstimateBasis::CartonsFromPackaging);
    }
    if any_estimated {
        basis.push(EstimateBasis::UnitWeightEstimate);
    }

    // Freight in USD cents.
    let chargeable = chargeable_weight_g(req.method, &shipment);
    let t = tariff(req.method, lane);
    let per = match req.method {
        ShippingMethod::Sea => 1_000_000, // rate per tonne
        _ => 1_000,                       // rate per kg
    };
    let freight_cents = (div_round_half_away(i128::from(chargeable) * i128::from(t.rate), per)
        as i64)
        .max(t.minimum);
    basis.push(match req.method {
        ShippingMethod::Sea => EstimateBasis::SeaRevenueTonne,
        ShippingMethod::Air => EstimateBasis::AirVolumetric6000,
        ShippingMethod::Express => EstimateBasis::ExpressVolumetric5000,
        ShippingMethod::Rail => EstimateBasis::RailVolumetric2000,
    });

    // Goods: each line converted once, then summed.
    let mut goods = 0i64;
    let mut weighted_duty: i128 = 0;
    for l in &req.lines {
        let v = rates.convert(l.goods_value, display)?.minor;
        goods = goods.checked_add(v).ok_or(LandedError::Overflow)?;
        weighted_duty += i128::from(v) * i128::from(duty_rate_bp(&destination, l.category));
    }

    let domestic = lane == Lane::Domestic;
    let intra_eu = !domestic && is_eu_member(&origin) && is_eu_member(&destination);
    let freight = usd(freight_cents)?.minor;
    let insurance = pct(goods + freight, INSURANCE_BP);
    let cif = goods + freight + insurance;
    basis.push(EstimateBasis::InsuranceOnGoodsPlusFreight);

    let export_clearance = if domestic || intra_eu {
        0
    } else {
        usd(EXPORT_CLEARANCE_USD)?.minor
    };
    let (duty, duty_rate_bp, vat, vat_bp) = if domestic || intra_eu {
        basis.push(if domestic {
            EstimateBasis::Domestic
        } else {
            EstimateBasis::IntraEuReverseCharge
        });
        (0, 0, 0, 0)
    } else {
        let duty_base = if destination == "US" {
            basis.push(EstimateBasis::DutyOnGoodsValue);
            goods
        } else {
            basis.push(EstimateBasis::DutyOnCif);
            cif
        };
        basis.push(EstimateBasis::MfnAverageByCategory);
        // Goods-weighted rate over the lines, applied with one rounding.
        let duty = if goods == 0 {
            0
        } else {
            div_round_half_away(
                i128::from(duty_base) * weighted_duty,
                i128::from(goods) * 10_000,
            ) as i64
        };
        let rate = if goods == 0 {
            0
        } else {
            div_round_half_away(weighted_duty, i128::from(goods)) as u32
        };
        let vat_bp = import_vat_bp(&destination);
        let vat = pct(cif + duty, i64::from(vat_bp));
        if vat_bp > 0 {
            basis.push(EstimateBasis::ImportVatOnCifPlusDuty);
            basis.push(EstimateBasis::ImportVatRecoverable);
        }
        (duty, rate, vat, vat_bp)
    };

    let door_cents = match req.method {
        ShippingMethod::Sea | ShippingMethod::Rail => {
            let tonnes = chargeable_weight_g(ShippingMethod::Sea, &shipment).div_ceil(1_000_000);
            DOOR_FIXED_SEA_USD + DOOR_PER_TONNE_SEA_USD * tonnes as i64
        }
        ShippingMethod::Air => DOOR_AIR_USD,
        ShippingMethod::Express => 0,
    };
    let door = usd(door_cents)?.minor;
    basis.push(EstimateBasis::ConvertedOnce);
    basis.push(EstimateBasis::WindowIsLeadTimePlusTransit);

    let includes = inclusions(req.incoterm);
    let amounts = [export_clearance, freight, insurance, duty, vat, door];
    let costs: Vec<CostLine> = CostItem::ALL
        .iter()
        .zip(amounts)
        .map(|(&item, amount)| CostLine {
            item,
            amount: Money::new(amount, display),
            included_in_price: includes.includes(item),
        })
        .collect();
    let on_top: i64 = costs
        .iter()
        .filter(|c| !c.included_in_price)
        .map(|c| c.amount.minor)
        .sum();
    Ok(LandedEstimate {
        incoterm: req.incoterm,
        method: req.method,
        includes,
        shipment,
        chargeable_weight_g: chargeable,
        freight_usd: Money::new(freight_cents, Currency::Usd),
        goods: Money::new(goods, display),
        costs,
        cif_value: Money::new(cif, display),
        duty_rate_bp,
        import_vat_rate_bp: vat_bp,
        buyer_pays_on_top: Money::new(on_top, display),
        landed_total: Money::new(goods + on_top, display),
        delivery: DeliveryWindow {
            min_days: req.lead_time_days + transit_min,
            max_days: req.lead_time_days + transit_max,
        },
        basis,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::demo_rates;

    fn lamps() -> LandedLine {
        LandedLine {
            // 1,000 units at USD 10.00.
            goods_value: Money::new(1_000_000, Currency::Usd),
            category: Category::Lighting,
            quantity: 1_000,
            unit_weight_g: 220,
            packaging: Some(Packaging {
                units_per_carton: 50,
                carton_mm: (600, 400, 400),
                carton_gross_g: 12_000,
            }),
        }
    }

    fn request(incoterm: Incoterm, method: ShippingMethod) -> LandedRequest {
        LandedRequest {
            lines: vec![lamps()],
            origin: "CN".into(),
            destination: "DE".into(),
            incoterm,
            method,
            lead_time_days: 30,
            display: Currency::Eur,
        }
    }

    fn cost(e: &LandedEstimate, item: CostItem) -> CostLine {
        *e.costs.iter().find(|c| c.item == item).unwrap()
    }

    /// The worked example of the docs: 1,000 LED lamps at USD 10.00 from Ningbo to Hamburg,
    /// FOB, by sea, shown in EUR at 0.92.
    #[test]
    fn worked_example_fob_sea_cn_to_de() {
        let e = estimate(&request(Incoterm::Fob, ShippingMethod::Sea), &demo_rates()).unwrap();
        // 20 cartons of 0.096 m³ and 12 kg: 1.92 m³, 240 kg → 1.92 revenue tonnes.
        assert_eq!(
            e.shipment,
            Shipment {
                cartons: 20,
                gross_weight_g: 240_000,
                volume_cm3: 1_920_000
            }
        );
        assert_eq!(e.chargeable_weight_g, 1_920_000);
        // 1.92 × USD 95 = USD 182.40 → EUR 167.808 → 167.81.
        assert_eq!(e.freight_usd, Money::new(18_240, Currency::Usd));
        assert_eq!(e.goods, Money::new(920_000, Currency::Eur));
        assert_eq!(cost(&e, CostItem::MainFreight).amount.minor, 16_781);
        // 0.3 % of 9,367.81 = 28.10343 → 28.10.
        assert_eq!(cost(&e, CostItem::Insurance).amount.minor, 2_810);
        assert_eq!(e.cif_value.minor, 939_591);
        // 3.7 % of 9,395.91 = 347.64867 → 347.65.
        assert_eq!(e.duty_rate_bp, 370);
        assert_eq!(cost(&e, CostItem::ImportDuty).amount.minor, 34_765);
        // 19 % of 9,743.56 = 1,851.2764 → 1,851.28.
        assert_eq!(e.import_vat_rate_bp, 1_900);
        assert_eq!(cost(&e, CostItem::ImportVat).amount.minor, 185_128);
        // USD 60 → EUR 55.20, paid by the seller under FOB.
        assert_eq!(
            cost(&e, CostItem::ExportClearance),
            CostLine {
                item: CostItem::ExportClearance,
                amount: Money::new(5_520, Currency::Eur),
                included_in_price: true
            }
        );
        // USD 120 + 2 started tonnes × USD 30 = USD 180 → EUR 165.60.
        assert_eq!(cost(&e, CostItem::DeliveryToDoor).amount.minor, 16_560);
        // Buyer pays freight, insurance, duty, VAT and door delivery on top.
        assert_eq!(
            e.buyer_pays_on_top.minor,
            16_781 + 2_810 + 34_765 + 185_128 + 16_560
        );
        assert_eq!(e.landed_total, Money::new(1_176_044, Currency::Eur));
        assert_eq!(
            e.delivery,
            DeliveryWindow {
                min_days: 60,
                max_days: 75
            }
        );
        assert!(e.basis.contains(&EstimateBasis::IllustrativeRates2026));
        assert!(e.basis.contains(&EstimateBasis::CartonsFromPackaging));
        assert!(e.basis.contains(&EstimateBasis::DutyOnCif));
    }

    #[test]
    fn exw_leaves_everything_to_the_buyer_and_ddp_nothing() {
        let rates = demo_rates();
        let exw = estimate(&request(Incoterm::Exw, ShippingMethod::Sea), &rates).unwrap();
        let ddp = estimate(&request(Incoterm::Ddp, ShippingMethod::Sea), &rates).unwrap();
        assert!(exw.costs.iter().all(|c| !c.included_in_price));
        assert!(ddp.costs.iter().all(|c| c.included_in_price));
        let all: i64 = exw.costs.iter().map(|c| c.amount.minor).sum();
        assert_eq!(exw.buyer_pays_on_top.minor, all);
        assert_eq!(ddp.buyer_pays_on_top.minor, 0);
        assert_eq!(ddp.landed_total, ddp.goods);
        // The amounts themselves do not depend on who pays them.
        assert_eq!(
            exw.costs.iter().map(|c| c.amount).collect::<Vec<_>>(),
            ddp.costs.iter().map(|c| c.amount).collect::<Vec<_>>()
        );
        let cif = inclusions(Incoterm::Cif);
        assert!(cif.main_freight && cif.insurance && !cif.import_duty && !cif.delivery_to_door);
        let dap = inclusions(Incoterm::Dap);
        assert!(dap.delivery_to_door && !dap.import_vat);
        let fob = inclusions(Incoterm::Fob);
        assert!(fob.export_clearance && !fob.main_freight);
    }

    #[test]
    fn volumetric_weight_wins_for_bulky_goods_and_actual_for_dense() {
        let bulky = Shipment {
            cartons: 20,
            gross_weight_g: 240_000,
            volume_cm3: 1_920_000,
        };
        // Air: 1,920,000 / 6,000 = 320 kg > 240 kg; express: / 5,000 = 384 kg.
        assert_eq!(chargeable_weight_g(ShippingMethod::Air, &bulky), 320_000);
        assert_eq!(
            chargeable_weight_g(ShippingMethod::Express, &bulky),
            384_000
        );
        assert_eq!(chargeable_weight_g(ShippingMethod::Rail, &bulky), 960_000);
        let dense = Shipment {
            cartons: 10,
            gross_weight_g: 500_000,
            volume_cm3: 600_000,
        };
        assert_eq!(chargeable_weight_g(ShippingMethod::Air, &dense), 500_000);
        assert_eq!(
            chargeable_weight_g(ShippingMethod::Express, &dense),
            500_000
        );
        // Sea: the larger of tonnes and cubic metres, at least one.
        assert_eq!(chargeable_weight_g(ShippingMethod::Sea, &dense), 1_000_000);
        let small = Shipment {
            cartons: 1,
            gross_weight_g: 10_200,
            volume_cm3: 30_000,
        };
        // 10.2 kg actual, 5 kg volumetric → rounded up to 10.5 kg.
        assert_eq!(chargeable_weight_g(ShippingMethod::Air, &small), 10_500);
        // Air freight on it: 10.5 kg × USD 4.50 = 47.25, under the USD 75 minimum.
        let req = LandedRequest {
            lines: vec![LandedLine {
                goods_value: Money::new(50_000, Currency::Usd),
                category: Category::Electronics,
                quantity: 1,
                unit_weight_g: 0,
                packaging: Some(Packaging {
                    units_per_carton: 1,
                    carton_mm: (500, 300, 200),
                    carton_gross_g: 10_200,
                }),
            }],
            origin: "CN".into(),
            destination: "US".into(),
            incoterm: Incoterm::Exw,
            method: ShippingMethod::Air,
            lead_time_days: 10,
            display: Currency::Usd,
        };
        let e = estimate(&req, &demo_rates()).unwrap();
        assert_eq!(e.freight_usd.minor, 7_500);
        // US: duty on the goods value only, no import VAT.
        assert_eq!(cost(&e, CostItem::ImportDuty).amount.minor, 500);
        assert_eq!(cost(&e, CostItem::ImportVat).amount.minor, 0);
        assert!(e.basis.contains(&EstimateBasis::DutyOnGoodsValue));
        assert_eq!(
            e.delivery,
            DeliveryWindow {
                min_days: 15,
                max_days: 19
            }
        );
    }

    #[test]
    fn shipments_from_cartons_or_unit_weight() {
        let p = Packaging {
            units_per_carton: 24,
            carton_mm: (410, 310, 255),
            carton_gross_g: 9_800,
        };
        // 500 units → 21 cartons (the last one partly filled, counted full).
        let (s, packed) = shipment_of(500, 350, Some(&p));
        assert!(packed);
        assert_eq!(s.cartons, 21);
        assert_eq!(s.gross_weight_g, 21 * 9_800);
        // 410 × 310 × 255 mm = 32,410.5 cm³ → 32,411 per carton.
        assert_eq!(s.volume_cm3, 21 * 32_411);
        let (s, packed) = shipment_of(1_000, 333, None);
        assert!(!packed);
        // 333 kg + 10 % = 366.3 kg; 5 cm³ per gram.
        assert_eq!(s.gross_weight_g, 366_300);
        assert_eq!(s.volume_cm3, 1_831_500);
    }

    #[test]
    fn rounding_is_half_away_once_per_step() {
        assert_eq!(pct(16_667, 30), 50); // 50.001
        assert_eq!(pct(5_000, 30), 15);
        assert_eq!(pct(5, 1_000), 1); // 0.5 → 1
        assert_eq!(pct(4, 1_000), 0); // 0.4 → 0
        assert_eq!(pct(-5, 1_000), -1);
        // JPY has no minor digits: every step rounds to whole yen.
        let mut req = request(Incoterm::Exw, ShippingMethod::Express);
        req.display = Currency::Jpy;
        let e = estimate(&req, &demo_rates()).unwrap();
        // USD 10,000.00 at 151.6 = JPY 1,516,000.
        assert_eq!(e.goods, Money::new(1_516_000, Currency::Jpy));
        assert!(e.costs.iter().all(|c| c.amount.currency == Currency::Jpy));
    }

    #[test]
    fn lanes_customs_unions_and_rates() {
        let rates = demo_rates();
        // Rail does not cross the Atlantic.
        let mut req = request(Incoterm::Fob, ShippingMethod::Rail);
        assert!(estimate(&req, &rates).is_ok());
        req.destination = "BR".into();
        assert_eq!(estimate(&req, &rates), Err(LandedError::MethodUnavailable));
        assert_eq!(available_methods("CN", "BR").len(), 3);
        assert_eq!(available_methods("CN", "DE").len(), 4);
        // Poland to Germany: no duty, reverse-charged VAT, no export clearance.
        let mut eu = request(Incoterm::Exw, ShippingMethod::Sea);
        eu.origin = "PL".into();
        let e = estimate(&eu, &rates).unwrap();
        assert_eq!(cost(&e, CostItem::ImportDuty).amount.minor, 0);
        assert_eq!(cost(&e, CostItem::ImportVat).amount.minor, 0);
        assert_eq!(cost(&e, CostItem::ExportClearance).amount.minor, 0);
        assert!(e.basis.contains(&EstimateBasis::IntraEuReverseCharge));
        // The table: a few anchors.
        assert_eq!(import_vat_bp("de"), 1_900);
        assert_eq!(import_vat_bp("AE"), 500);
        assert_eq!(import_vat_bp("US"), 0);
        assert_eq!(import_vat_bp("KE"), 0);
        assert_eq!(duty_rate_bp("FR", Category::Textiles), 1_200);
        assert_eq!(duty_rate_bp("BR", Category::Textiles), 3_500);
        assert_eq!(duty_rate_bp("KE", Category::Office), 500);
        // Mixed categories: goods-weighted rate.
        let mut mixed = request(Incoterm::Fob, ShippingMethod::Sea);
        let mut shirts = lamps();
        shirts.category = Category::Textiles;
        mixed.lines.push(shirts);
        let e = estimate(&mixed, &rates).unwrap();
        assert_eq!(e.duty_rate_bp, (370 + 1_200) / 2);
    }
}
