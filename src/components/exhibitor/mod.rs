//! The exhibitor console's parts: going live, the booth editor, the RFQ inbox.

pub mod editor;
pub mod inbox;
pub mod live;
