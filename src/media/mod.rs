//! Live media of booths: WebRTC publish (WHIP) and play (WHEP), and the booth chat
//! connection. Used by booth pages and the exhibitor console.

pub mod chat;
pub mod whep;
pub mod whip;
