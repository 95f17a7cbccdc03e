//! The expo over real HTTP: the server's booths follow its clock (booth 1 live, booth 2
//! offline), `--media-base` gives live booths a WHEP URL, meetings and cards persist in
//! SQLite across a restart, and a card is stored only with consent.

use std::net::SocketAddr;

use serde_json::{json, Value};
use tradefair_core::time::Timestamp;
use tradefair_server::{load_state, serve, Clock, Config};

fn t0() -> Timestamp {
    Timestamp::parse_iso("2026-11-23T08:00:00Z").unwrap()
}

async fn start(config: &Config) -> SocketAddr {
    let (state, _) = load_state(config).unwrap();
    let state = state.with_clock(Clock::manual(t0()));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve(listener, state));
    addr
}

async fn get(addr: SocketAddr, path: &str) -> (u16, Value) {
    let res = reqwest::get(format!("http://{addr}{path}")).await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap())
}

async fn send(addr: SocketAddr, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
    let client = reqwest::Client::new();
    let url = format!("http://{addr}{path}");
    let req = match method {
        "POST" => client.post(url),
        "PUT" => client.put(url),
        "DELETE" => client.delete(url),
        other => panic!("{other}"),
    };
    let req = match body {
        Some(b) => req.json(&b),
        None => req,
    };
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap())
}

#[tokio::test]
async fn booths_follow_the_clock_and_the_media_server() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        port: 0,
        db: dir.path().join("expo.sqlite"),
        media_base: Some("http://127.0.0.1:8889".into()),
        ..Config::default()
    };
    let addr = start(&config).await;
    let (s, one) = get(addr, "/api/expo/booths/1").await;
    assert_eq!(s, 200);
    assert_eq!(one["summary"]["id"], 1);
    assert_eq!(
        one["live"]["whep_url"],
        "http://127.0.0.1:8889/whep/booth-1"
    );
    assert!(one["live"]["recording_url"].is_null());
    let (_, two) = get(addr, "/api/expo/booths/2").await;
    assert!(two["live"].is_null());
    let next = two["summary"]["next_session"]["start"].as_i64().unwrap();
    assert!(next > t0().0 && next - t0().0 <= 26 * 3_600_000);
    let (_, hall) = get(addr, "/api/expo/booths?language=en").await;
    let booths = hall["booths"].as_array().unwrap();
    assert_eq!(booths.len(), 48);
    let first_offline = booths.iter().position(|b| b["live"] == false).unwrap();
    assert!(booths[first_offline..].iter().all(|b| b["live"] == false));
    assert!(booths[..first_offline].iter().any(|b| b["id"] == 1));
    let (s, _) = get(addr, "/api/expo/booths/49").await;
    assert_eq!(s, 404);
}

#[tokio::test]
async fn meetings_and_cards_persist_and_need_consent() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        port: 0,
        db: dir.path().join("expo.sqlite"),
        ..Config::default()
    };
    let addr = start(&config).await;
    let (_, one) = get(addr, "/api/expo/booths/1").await;
    assert_eq!(one["live"]["recording_url"], "/media/booth-loop.mp4");
    assert!(one["live"]["whep_url"].is_null());

    let (_, slots) = get(addr, "/api/expo/booths/7/slots").await;
    let slot = slots["slots"][3]["start"].as_i64().unwrap();
    let req = json!({"start": slot, "buyer_time_zone": "Asia/Shanghai", "note": "OEM"});
    let (s, m) = send(
        addr,
        "POST",
        "/api/expo/booths/7/meetings",
        Some(req.clone()),
    )
    .await;
    assert_eq!(s, 201, "{m}");
    assert_eq!(m["start"], slot);
    assert_eq!(m["end"], slot + 30 * 60_000);
    assert_eq!(m["buyer_time_zone"], "Asia/Shanghai");
    let (s, e) = send(addr, "POST", "/api/expo/booths/7/meetings", Some(req)).await;
    assert_eq!((s, e["code"].as_str()), (409, Some("slot_unavailable")));

    let card = json!({"name": "Li Wei", "company": "Acme", "job_title": null, "email": "li@acme.cn", "phone": null, "country": null});
    let (s, e) = send(
        addr,
        "PUT",
        "/api/expo/booths/7/card",
        Some(json!({"consent": false, "card": card})),
    )
    .await;
    assert_eq!(s, 422);
    assert_eq!(e["fields"][0]["field"], "consent");
    let (_, none) = get(addr, "/api/expo/booths/7/card").await;
    assert!(
        none["shared"].is_null(),
        "nothing is stored without consent"
    );
    let (s, shared) = send(
        addr,
        "PUT",
        "/api/expo/booths/7/card",
        Some(json!({"consent": true, "card": card})),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(shared["card"]["company"], "Acme");
    assert!(shared["card"]["phone"].is_null());

    // A restart on the same database keeps the meeting and the card.
    let again = start(&config).await;
    let (_, slots) = get(again, "/api/expo/booths/7/slots").await;
    assert!(slots["slots"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["start"] != slot));
    let (_, list) = get(again, "/api/expo/meetings").await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    let (_, kept) = get(again, "/api/expo/booths/7/card").await;
    assert_eq!(kept["shared"]["card"]["name"], "Li Wei");
    let (s, gone) = send(again, "DELETE", "/api/expo/booths/7/card", None).await;
    assert_eq!(s, 200);
    assert!(gone["shared"].is_null());
    let (_, after) = get(again, "/api/expo/booths/7/card").await;
    assert!(after["shared"].is_null());
}
