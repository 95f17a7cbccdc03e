//! Labels of catalog enums. Each arm names its message literally so the locale check can
//! see every key the app uses.

use tradefair_core::wire::{Category, Incoterm, SortOrder, Unit};

use crate::i18n::{arg, tr, tr_args};

/// The category's name in the buyer's language.
pub fn category(c: Category) -> String {
    match c {
        Category::Electronics => tr("category-electronics"),
        Category::Lighting => tr("category-lighting"),
        Category::Machinery => tr("category-machinery"),
        Category::Textiles => tr("category-textiles"),
        Category::Packaging => tr("category-packaging"),
        Category::HomeKitchen => tr("category-home-kitchen"),
        Category::Furniture => tr("category-furniture"),
        Category::AutoParts => tr("category-auto-parts"),
        Category::BeautyCare => tr("category-beauty-care"),
        Category::SportsOutdoor => tr("category-sports-outdoor"),
        Category::ToolsHardware => tr("category-tools-hardware"),
        Category::Office => tr("category-office"),
    }
}

/// The sort order's label.
pub fn sort(s: SortOrder) -> String {
    match s {
        SortOrder::Relevance => tr("sort-relevance"),
        SortOrder::PriceAsc => tr("sort-price-asc"),
        SortOrder::PriceDesc => tr("sort-price-desc"),
        SortOrder::MoqAsc => tr("sort-moq-asc"),
        SortOrder::LeadTimeAsc => tr("sort-lead-time-asc"),
        SortOrder::Newest => tr("sort-newest"),
    }
}

/// "500 pieces", "1 set": a quantity with its unit, plural by the locale's rules. The number
/// is formatted by `Intl` inside the message.
pub fn quantity(unit: Unit, count: u32) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", arg(count));
    let args = Some(&args);
    match unit {
        Unit::Piece => tr_args("unit-piece", args),
        Unit::Set => tr_args("unit-set", args),
        Unit::Pair => tr_args("unit-pair", args),
        Unit::Meter => tr_args("unit-meter", args),
        Unit::Kilogram => tr_args("unit-kilogram", args),
        Unit::Roll => tr_args("unit-roll", args),
        Unit::Box => tr_args("unit-box", args),
    }
}

/// "per piece".
pub fn per_unit(unit: Unit) -> String {
    match unit {
        Unit::Piece => tr("per-unit-piece"),
        Unit::Set => tr("per-unit-set"),
        Unit::Pair => tr("per-unit-pair"),
        Unit::Meter => tr("per-unit-meter"),
        Unit::Kilogram => tr("per-unit-kilogram"),
        Unit::Roll => tr("per-unit-roll"),
        Unit::Box => tr("per-unit-box"),
    }
}

/// "FOB: Free On Board".
pub fn incoterm(i: Incoterm) -> String {
    match i {
        Incoterm::Exw => tr("incoterm-EXW"),
        Incoterm::Fob => tr("incoterm-FOB"),
        Incoterm::Cif => tr("incoterm-CIF"),
        Incoterm::Dap => tr("incoterm-DAP"),
        Incoterm::Ddp => tr("incoterm-DDP"),
    }
}
