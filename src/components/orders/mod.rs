//! Orders: the history list, the confirmation of a checkout, one order's detail with its
//! status timeline, and the CSV download and print actions.

mod actions;
mod detail;
pub mod labels;
mod list;

pub use actions::OrderActions;
pub use detail::{OrderDetail, StatusTimeline};
pub use list::OrderList;
