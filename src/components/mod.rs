//! Views that pages compose. `ui/` holds generic widgets that never call the backend; the
//! other folders hold one domain each and take plain data as props.

pub mod catalog;
pub mod chat;
pub mod layout;
pub mod live;
pub mod product;
pub mod supplier;
pub mod translate;
pub mod ui;
