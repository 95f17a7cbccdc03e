//! Views that pages compose. `ui/` holds generic widgets that never call the backend; the
//! other folders hold one domain each and take plain data as props.

pub mod catalog;
pub mod chat;
pub mod checkout;
pub mod exhibitor;
pub mod expo;
pub mod landed;
pub mod layout;
pub mod live;
pub mod orders;
pub mod product;
pub mod quotes;
pub mod supplier;
pub mod translate;
pub mod ui;
