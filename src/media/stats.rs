//! Outgoing statistics of a peer connection (`getStats`), for the console's bitrate.

use web_sys::RtcPeerConnection;

use super::js;

/// Bytes sent so far by every `outbound-rtp` stream of `pc` (audio and video), or `None`
/// when the browser gives no statistics.
pub async fn bytes_sent(pc: &RtcPeerConnection) -> Option<u64> {
    let report = js::call_async(pc.as_ref(), "getStats", &[]).await.ok()?;
    let values = js::call(&report, "values", &[]).ok()?;
    let mut total = 0u64;
    for stat in js_sys::try_iter(&values).ok()??.flatten() {
        if js::get(&stat, "type").as_string().as_deref() == Some("outbound-rtp") {
            total += js::get(&stat, "bytesSent").as_f64().unwrap_or(0.0) as u64;
        }
    }
    Some(total)
}
