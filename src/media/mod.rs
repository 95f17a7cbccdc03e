//! Live media of booths: WebRTC publish (WHIP) and play (WHEP), and the booth chat
//! connection. Used by booth pages and the exhibitor console (which also uses the
//! camera, microphone and screen helpers: devices, level meter, statistics).

pub mod chat;
pub mod devices;
mod js;
pub mod meter;
pub mod stats;
pub mod studio;
pub mod whep;
pub mod whip;
