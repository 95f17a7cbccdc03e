//! Checkout parts: form fields with errors beside them, one component per step, the step
//! list, the summary and the price-change notice.

mod address;
mod company;
mod delivery;
mod fields;
mod payment;
mod price_change;
mod review;
mod steps;

pub use address::{AddressForm, AddressKind};
pub use company::CompanyStep;
pub use delivery::DeliveryStep;
pub use fields::{error_of, error_text, field_id, focus_first_error, CountrySelect, TextField};
pub use payment::PaymentStep;
pub use price_change::PriceChangeNotice;
pub use review::ReviewSummary;
pub use steps::StepNav;
