//! Coded order facts in the buyer's language.

use tradefair_core::order_view::ShipsFrom;
use tradefair_core::trade::{EscrowStatus, OrderStatus, PaymentMethod, ShippingMethod};

use crate::i18n::{format, tr};
use crate::t;

/// "Placed", "In production"...
pub fn status(s: OrderStatus) -> String {
    match s {
        OrderStatus::Placed => tr("order-status-placed"),
        OrderStatus::Confirmed => tr("order-status-confirmed"),
        OrderStatus::InProduction => tr("order-status-in-production"),
        OrderStatus::Shipped => tr("order-status-shipped"),
        OrderStatus::Customs => tr("order-status-customs"),
        OrderStatus::Delivered => tr("order-status-delivered"),
    }
}

/// The status's stable code, for styling and tests.
pub fn status_code(s: OrderStatus) -> &'static str {
    match s {
        OrderStatus::Placed => "placed",
        OrderStatus::Confirmed => "confirmed",
        OrderStatus::InProduction => "in-production",
        OrderStatus::Shipped => "shipped",
        OrderStatus::Customs => "customs",
        OrderStatus::Delivered => "delivered",
    }
}

/// The escrow (trade assurance) state.
pub fn escrow(e: EscrowStatus) -> String {
    match e {
        EscrowStatus::NotUsed => tr("order-escrow-not-used"),
        EscrowStatus::AwaitingPayment => tr("order-escrow-awaiting-payment"),
        EscrowStatus::Held => tr("order-escrow-held"),
        EscrowStatus::Released => tr("order-escrow-released"),
    }
}

/// How the buyer pays.
pub fn payment(p: &PaymentMethod) -> String {
    match p {
        PaymentMethod::Card { .. } => tr("order-payment-card"),
        PaymentMethod::BankTransfer => tr("order-payment-bank-transfer"),
        PaymentMethod::LetterOfCredit { .. } => tr("order-payment-letter-of-credit"),
        PaymentMethod::NetTerms { days } => t!("order-payment-net-terms", days = *days),
    }
}

/// Sea, air...
pub fn method(m: ShippingMethod) -> String {
    match m {
        ShippingMethod::Sea => tr("order-method-sea"),
        ShippingMethod::Air => tr("order-method-air"),
        ShippingMethod::Express => tr("order-method-express"),
        ShippingMethod::Rail => tr("order-method-rail"),
    }
}

/// "The supplier's factory" or "Overseas warehouse in Germany".
pub fn ships_from(text: &str) -> String {
    match ShipsFrom::parse(text) {
        ShipsFrom::Factory => tr("order-ships-from-factory"),
        ShipsFrom::Warehouse(c) => t!("order-ships-from-warehouse", country = format::country(&c)),
        ShipsFrom::Other(t) => t,
    }
}
