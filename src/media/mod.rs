//! Live media of booths: WebRTC publish (WHIP) and play (WHEP), and the booth chat
//! connection. Used by booth pages and the exhibitor console.
