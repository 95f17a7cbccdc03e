//! The exhibitor console over real HTTP against the server's real SQLite file: sign-in,
//! authorisation of every exhibitor endpoint (no token 401, a buyer's or another booth's
//! token 403, and a refused write changes nothing), the booth profile's effect on what
//! buyers see, pins reaching buyers' sockets, leads, engagement with and without consent,
//! the RFQ inbox, and tokens kept out of URLs.

mod common;

use std::net::SocketAddr;
use std::time::Duration;

use futures_util::StreamExt;
use reqwest::header::LOCATION;
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::Message;
use tradefair_core::seed::Catalog;
use tradefair_server::{load_state, serve, AppState, Clock, Config};

const MEDIA: &str = "http://127.0.0.1:8889";
const MEDIA_TOKEN: &str = "whip-secret-7f3a";

struct Server {
    addr: SocketAddr,
    state: AppState,
    _dir: Option<tempfile::TempDir>,
}

async fn start_on(config: &Config) -> (SocketAddr, AppState) {
    let (state, _) = load_state(config).unwrap();
    let state = state.with_clock(Clock::manual(common::t0()));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve(listener, state.clone()));
    (addr, state)
}

fn config(dir: &tempfile::TempDir) -> Config {
    Config {
        port: 0,
        db: dir.path().join("exhibitor.sqlite"),
        media_base: Some(MEDIA.into()),
        media_token: Some(MEDIA_TOKEN.into()),
        ..Config::default()
    }
}

async fn start() -> Server {
    let dir = tempfile::tempdir().unwrap();
    let (addr, state) = start_on(&config(&dir)).await;
    Server {
        addr,
        state,
        _dir: Some(dir),
    }
}

/// One response: status, `Location` header and the JSON body (`null` when empty).
struct Res {
    status: u16,
    location: Option<String>,
    body: Value,
    text: String,
}

impl Server {
    async fn call(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Res {
        let client = reqwest::Client::new();
        let url = format!("http://{}{path}", self.addr);
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut req = client.request(method, url);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = req.send().await.unwrap();
        let status = res.status().as_u16();
        let location = res
            .headers()
            .get(LOCATION)
            .map(|v| v.to_str().unwrap().to_string());
        let text = res.text().await.unwrap();
        let body = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}: {text}"))
        };
        Res {
            status,
            location,
            body,
            text,
        }
    }

    async fn get(&self, path: &str, token: Option<&str>) -> Res {
        self.call("GET", path, token, None).await
    }

    async fn sign_in(&self, email: &str, password: &str) -> Res {
        self.call(
            "POST",
            "/api/auth/sign-in",
            None,
            Some(json!({"email": email, "password": password})),
        )
        .await
    }

    async fn token(&self, account: usize) -> String {
        let a = tradefair_core::exhibitor::DEMO_ACCOUNTS[account];
        let r = self.sign_in(a.email, a.password).await;
        assert_eq!(r.status, 200, "{}", r.text);
        r.body["token"].as_str().unwrap().to_string()
    }

    fn catalog(&self) -> &Catalog {
        &self.state.catalog
    }
}

#[tokio::test]
async fn sign_in_me_and_sign_out() {
    let s = start().await;
    let ok = s
        .sign_in(" BOOTH1@exhibitor.tradefair.example ", "expo-booth-1")
        .await;
    assert_eq!(ok.status, 200);
    let token = ok.body["token"].as_str().unwrap().to_string();
    assert!(token.len() >= 43, "a 256-bit token");
    assert_eq!(ok.body["account"]["role"], "exhibitor");
    assert_eq!(ok.body["account"]["booth_id"], 1);

    let wrong = s
        .sign_in("booth1@exhibitor.tradefair.example", "expo-booth-2")
        .await;
    let unknown = s.sign_in("nobody@example.com", "expo-booth-1").await;
    assert_eq!(wrong.status, 401);
    assert_eq!(wrong.body["code"], "invalid_credentials");
    assert_eq!(
        (unknown.status, &unknown.body),
        (wrong.status, &wrong.body),
        "an unknown email and a wrong password get the same answer"
    );

    let me = s.get("/api/auth/me", Some(&token)).await;
    assert_eq!(me.status, 200);
    assert_eq!(me.body["email"], "booth1@exhibitor.tradefair.example");
    assert_eq!(me.body["name"], "Booth 1 team");
    let anon = s.get("/api/auth/me", None).await;
    assert_eq!(
        (anon.status, anon.body["code"].as_str()),
        (401, Some("unauthenticated"))
    );
    assert_eq!(
        s.get("/api/auth/me", Some("forged-token")).await.status,
        401
    );

    // A second session is independent; signing one out revokes only it.
    let other = s.token(0).await;
    assert_ne!(other, token);
    let out = s
        .call("POST", "/api/auth/sign-out", Some(&token), None)
        .await;
    assert_eq!(out.status, 204);
    assert_eq!(s.get("/api/auth/me", Some(&token)).await.status, 401);
    assert_eq!(
        s.get("/api/exhibitor/booths/1/profile", Some(&token))
            .await
            .status,
        401
    );
    assert_eq!(s.get("/api/auth/me", Some(&other)).await.status, 200);
    assert_eq!(
        s.call("POST", "/api/auth/sign-out", Some(&token), None)
            .await
            .status,
        401
    );
}

/// Every exhibitor endpoint of booth 1, with a body for the writes.
fn booth_one_endpoints(
    s: &Server,
    profile: &Value,
    rfq_id: &str,
    qid: u64,
) -> Vec<(&'static str, String, Option<Value>)> {
    let own = s.catalog().supplier_products(1).next().unwrap().id;
    let mut changed = profile.clone();
    changed["texts"] = json!([{"locale": "en", "about": "HIJACKED"}]);
    vec![
        ("GET", "/api/exhibitor/booths/1/profile".into(), None),
        (
            "PUT",
            "/api/exhibitor/booths/1/profile".into(),
            Some(changed),
        ),
        ("GET", "/api/exhibitor/booths/1/live".into(), None),
        (
            "PUT",
            "/api/exhibitor/booths/1/live".into(),
            Some(json!({"on_air": true})),
        ),
        (
            "POST",
            "/api/exhibitor/booths/1/chat".into(),
            Some(json!({"text": "HIJACKED", "locale": "en"})),
        ),
        ("PUT", format!("/api/exhibitor/booths/1/pins/{own}"), None),
        (
            "DELETE",
            format!("/api/exhibitor/booths/1/pins/{own}"),
            None,
        ),
        (
            "POST",
            format!("/api/exhibitor/booths/1/questions/{qid}/answered"),
            None,
        ),
        ("GET", "/api/exhibitor/booths/1/leads".into(), None),
        (
            "PATCH",
            "/api/exhibitor/booths/1/leads/buyer".into(),
            Some(json!({"status": "lost", "notes": "HIJACKED"})),
        ),
        ("GET", "/api/exhibitor/booths/1/rfqs".into(), None),
        (
            "POST",
            format!("/api/exhibitor/booths/1/rfqs/{rfq_id}/quote"),
            Some(offer(1, 100)),
        ),
    ]
}

fn offer(min_qty: u64, unit_minor: i64) -> Value {
    json!({
        "currency": "EUR",
        "tiers": [
            {"min_qty": min_qty, "unit_minor": unit_minor},
            {"min_qty": min_qty * 10, "unit_minor": unit_minor - 20}
        ],
        "incoterm": "CIF",
        "lead_time_days": 25,
        "expires_on": "2026-12-31",
        "note": "Preis inkl. Verpackung.",
        "locale": "de"
    })
}

/// Shares a card with booth 1 and sends it an RFQ (as the buyer); returns the RFQ.
async fn buyer_activity(s: &Server) -> Value {
    let card = json!({"consent": true, "card": {
        "name": "李伟", "company": "Acme, \"Intl\"", "job_title": null,
        "email": "li@acme.cn", "phone": "+86 21 5555 0101", "country": "CN"}});
    assert_eq!(
        s.call("PUT", "/api/expo/booths/1/card", None, Some(card))
            .await
            .status,
        200
    );
    let p = s.catalog().supplier_products(1).next().unwrap();
    let req = serde_json::to_value(common::rfq_request(p, vec![1])).unwrap();
    let rfq = s.call("POST", "/api/rfqs", None, Some(req)).await;
    assert_eq!(rfq.status, 201, "{}", rfq.text);
    rfq.body
}

fn first_question(events: &Value) -> u64 {
    events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"]["type"] == "question")
        .map(|e| e["id"].as_u64().unwrap())
        .expect("the scripted history has a question")
}

#[tokio::test]
async fn every_exhibitor_endpoint_refuses_everyone_but_the_booths_exhibitor() {
    let s = start().await;
    let owner = s.token(0).await;
    let other_booth = s.token(1).await;
    let buyer = s.token(2).await;
    let rfq = buyer_activity(&s).await;
    let rfq_id = rfq["id"].as_str().unwrap();
    let events = s.get("/api/booths/1/chat", None).await.body;
    let qid = first_question(&events);
    let events_before = events.as_array().unwrap().len();
    let profile_before = s.get("/api/exhibitor/booths/1/profile", Some(&owner)).await;
    assert_eq!(profile_before.status, 200);
    let leads_before = s
        .get("/api/exhibitor/booths/1/leads", Some(&owner))
        .await
        .body;
    let public_before = s.get("/api/expo/booths/1", None).await.body;

    let endpoints = booth_one_endpoints(&s, &profile_before.body, rfq_id, qid);
    assert_eq!(endpoints.len(), 12);
    for (method, path, body) in &endpoints {
        for (who, token, status, code) in [
            ("no token", None, 401, "unauthenticated"),
            (
                "a forged token",
                Some("not-a-token"),
                401,
                "unauthenticated",
            ),
            ("a buyer", Some(buyer.as_str()), 403, "forbidden"),
            (
                "booth 2's exhibitor",
                Some(other_booth.as_str()),
                403,
                "forbidden",
            ),
        ] {
            let r = s.call(method, path, token, body.clone()).await;
            assert_eq!(
                (r.status, r.body["code"].as_str()),
                (status, Some(code)),
                "{method} {path} with {who}: {}",
                r.text
            );
            assert!(!r.text.contains("HIJACKED"));
        }
        // A malformed body from a stranger is still a 403, not a 400: authorisation first.
        if body.is_some() {
            let client = reqwest::Client::new();
            let r = client
                .request(
                    reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
                    format!("http://{}{path}", s.addr),
                )
                .bearer_auth(&buyer)
                .header("content-type", "application/json")
                .body("{not json")
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), 403, "{method} {path}");
        }
    }
    // Booth 2's own endpoints are open to booth 2's exhibitor, closed to booth 1's.
    assert_eq!(
        s.get("/api/exhibitor/booths/2/profile", Some(&other_booth))
            .await
            .status,
        200
    );
    assert_eq!(
        s.get("/api/exhibitor/booths/2/leads", Some(&owner))
            .await
            .status,
        403
    );
    assert_eq!(
        s.get("/api/exhibitor/booths/x/profile", Some(&buyer))
            .await
            .status,
        403
    );

    // None of the refused writes happened.
    let profile_after = s.get("/api/exhibitor/booths/1/profile", Some(&owner)).await;
    assert_eq!(profile_after.body, profile_before.body);
    assert_eq!(s.get("/api/expo/booths/1", None).await.body, public_before);
    let events_after = s.get("/api/booths/1/chat", None).await.body;
    let new_events: Vec<&Value> = events_after.as_array().unwrap()[events_before..]
        .iter()
        .filter(|e| e["event"]["type"] != "message" || e["event"]["role"] == "exhibitor")
        .filter(|e| e["event"]["type"] != "question" && e["event"]["type"] != "upvote")
        .collect();
    assert!(
        new_events.is_empty(),
        "no pin, unpin, answered mark or exhibitor message: {new_events:?}"
    );
    let live = s
        .get("/api/exhibitor/booths/1/live", Some(&owner))
        .await
        .body;
    assert_eq!(live["on_air"], false);
    assert_eq!(
        s.get("/api/exhibitor/booths/1/leads", Some(&owner))
            .await
            .body,
        leads_before
    );
    let inbox = s
        .get("/api/exhibitor/booths/1/rfqs", Some(&owner))
        .await
        .body;
    assert!(inbox[0]["quotes"].as_array().unwrap().is_empty());
    assert_eq!(inbox[0]["pending_supplier_ids"], json!([1]));

    // And the owner may do each of them.
    for (method, path, body) in &endpoints {
        let body = if path.ends_with("/quote") {
            Some(offer(rfq["request"]["quantity"].as_u64().unwrap(), 300))
        } else {
            body.clone()
        };
        let r = s.call(method, path, Some(&owner), body).await;
        assert!(
            (200..300).contains(&r.status),
            "{method} {path} as the owner: {}",
            r.text
        );
    }
}

#[tokio::test]
async fn a_saved_profile_changes_the_public_booth_and_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(&dir);
    let (addr, state) = start_on(&cfg).await;
    let s = Server {
        addr,
        state,
        _dir: None,
    };
    let token = s.token(0).await;
    let mut p = s
        .get("/api/exhibitor/booths/1/profile", Some(&token))
        .await
        .body;
    let own: Vec<u32> = s.catalog().supplier_products(1).map(|p| p.id).collect();

    // Refused: a shipped locale twice, another exhibitor's product, a bad slot length.
    let mut bad = p.clone();
    bad["texts"] = json!([{"locale": "de", "about": "a"}, {"locale": "de", "about": "b"}]);
    bad["featured"] = json!([s.catalog().supplier_products(2).next().unwrap().id]);
    bad["slot_minutes"] = json!(20);
    let r = s
        .call(
            "PUT",
            "/api/exhibitor/booths/1/profile",
            Some(&token),
            Some(bad),
        )
        .await;
    assert_eq!(r.status, 422);
    let fields: Vec<(String, String)> = r.body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["field"].as_str().unwrap().into(),
                f["code"].as_str().unwrap().into(),
            )
        })
        .collect();
    for want in [
        ("texts.1.locale", "duplicate"),
        ("featured.0", "not_offered"),
        ("slot_minutes", "invalid_format"),
    ] {
        assert!(
            fields.contains(&(want.0.to_string(), want.1.to_string())),
            "{want:?} in {fields:?}"
        );
    }
    let mut wrong_booth = p.clone();
    wrong_booth["booth_id"] = json!(2);
    assert_eq!(
        s.call(
            "PUT",
            "/api/exhibitor/booths/1/profile",
            Some(&token),
            Some(wrong_booth)
        )
        .await
        .status,
        400
    );

    p["texts"] = json!([
        {"locale": "en", "about": "  Lighting since 1998.  "},
        {"locale": "ar", "about": "إضاءة منذ ١٩٩٨"}
    ]);
    p["featured"] = json!([own[1]]);
    p["working_hours"] = json!({"start_min": 600, "end_min": 900});
    p["slot_minutes"] = json!(60);
    let saved = s
        .call(
            "PUT",
            "/api/exhibitor/booths/1/profile",
            Some(&token),
            Some(p.clone()),
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.body["texts"][0]["about"], "Lighting since 1998.");

    let check = |booth: Value, locale: &str| {
        let want = if locale == "ar" {
            "إضاءة منذ ١٩٩٨"
        } else {
            "Lighting since 1998."
        };
        assert_eq!(booth["about"]["text"], want, "{locale}");
        let name = s
            .catalog()
            .product(own[1])
            .unwrap()
            .name
            .resolve(locale)
            .text;
        assert_eq!(
            booth["summary"]["sells"],
            json!([{"text": name, "lang": booth["summary"]["sells"][0]["lang"]}])
        );
        assert_eq!(
            booth["working_hours"],
            json!({"start_min": 600, "end_min": 900})
        );
    };
    check(s.get("/api/expo/booths/1?locale=ar", None).await.body, "ar");
    check(s.get("/api/expo/booths/1?locale=fr", None).await.body, "fr");
    let slots = s.get("/api/expo/booths/1/slots", None).await.body;
    assert_eq!(slots["slot_minutes"], 60);
    assert!(slots["slots"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["end"].as_i64().unwrap() - x["start"].as_i64().unwrap() == 3_600_000));

    // Going on air is stored too.
    let on = s
        .call(
            "PUT",
            "/api/exhibitor/booths/1/live",
            Some(&token),
            Some(json!({"on_air": true})),
        )
        .await;
    assert_eq!(on.body["on_air"], true);

    let (again, _) = start_on(&cfg).await;
    let s2 = Server {
        addr: again,
        state: s.state.clone(),
        _dir: None,
    };
    check(
        s2.get("/api/expo/booths/1?locale=ar", None).await.body,
        "ar",
    );
    let token2 = s2.token(0).await;
    assert_eq!(
        s2.get("/api/exhibitor/booths/1/profile", Some(&token2))
            .await
            .body,
        saved.body
    );
    assert_eq!(
        s2.get("/api/exhibitor/booths/1/live", Some(&token2))
            .await
            .body["on_air"],
        true
    );
    // The old session's token still works after the restart (tokens are stored).
    assert_eq!(s2.get("/api/auth/me", Some(&token)).await.status, 200);
}

#[tokio::test]
async fn going_on_air_makes_an_offline_booth_live_over_whep() {
    let s = start().await;
    let token = s.token(1).await;
    let off = s.get("/api/expo/booths/2", None).await.body;
    assert!(off["live"].is_null());
    let grant = s
        .get("/api/exhibitor/booths/2/live", Some(&token))
        .await
        .body;
    assert_eq!(
        grant,
        json!({"whip_url": format!("{MEDIA}/whip/booth-2"), "whip_token": MEDIA_TOKEN, "on_air": false, "viewers": null})
    );
    let on = s
        .call(
            "PUT",
            "/api/exhibitor/booths/2/live",
            Some(&token),
            Some(json!({"on_air": true})),
        )
        .await;
    assert_eq!(on.body["on_air"], true);
    let live = s.get("/api/expo/booths/2", None).await.body;
    assert_eq!(live["summary"]["live"], true);
    assert_eq!(live["live"]["whep_url"], format!("{MEDIA}/whep/booth-2"));
    let off = s
        .call(
            "PUT",
            "/api/exhibitor/booths/2/live",
            Some(&token),
            Some(json!({"on_air": false})),
        )
        .await;
    assert_eq!(off.body["on_air"], false);
    assert!(s.get("/api/expo/booths/2", None).await.body["live"].is_null());
}

#[tokio::test]
async fn a_booth_whose_console_stops_confirming_goes_off_air() {
    use tradefair_core::expo::{ON_AIR_CONFIRM_SECS, ON_AIR_TTL_SECS};
    let s = start().await;
    let token = s.token(1).await;
    let put = |on: bool| {
        s.call(
            "PUT",
            "/api/exhibitor/booths/2/live",
            Some(&token),
            Some(json!({ "on_air": on })),
        )
    };
    assert_eq!(put(true).await.body["on_air"], true);
    let started =
        s.get("/api/expo/booths/2", None).await.body["summary"]["next_session"]["start"].clone();
    // The console confirms every ON_AIR_CONFIRM_SECS: the booth stays live, same session.
    for _ in 0..4 {
        s.state.clock.advance(i64::from(ON_AIR_CONFIRM_SECS));
        assert_eq!(put(true).await.body["on_air"], true);
        let booth = s.get("/api/expo/booths/2", None).await.body;
        assert_eq!(booth["summary"]["live"], true);
        assert_eq!(booth["summary"]["next_session"]["start"], started);
    }
    // Then nothing (the console's tab crashed): live until the TTL, off air after it.
    s.state.clock.advance(ON_AIR_TTL_SECS);
    assert_eq!(
        s.get("/api/expo/booths/2", None).await.body["summary"]["live"],
        true
    );
    s.state.clock.advance(1);
    let lapsed = s.get("/api/expo/booths/2", None).await.body;
    assert_eq!(lapsed["summary"]["live"], false);
    assert!(lapsed["live"].is_null());
    let hall = s.get("/api/expo/booths", None).await.body;
    let two = hall["booths"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == 2)
        .unwrap();
    assert_eq!(two["live"], false);
    assert_eq!(
        s.get("/api/exhibitor/booths/2/live", Some(&token))
            .await
            .body["on_air"],
        false
    );
    // Going on air again starts a new session, from now.
    assert_eq!(put(true).await.body["on_air"], true);
    let again = s.get("/api/expo/booths/2", None).await.body;
    assert_eq!(again["summary"]["live"], true);
    assert_ne!(again["summary"]["next_session"]["start"], started);
}

#[tokio::test]
async fn pins_answers_and_messages_reach_buyers_sockets_at_once() {
    let s = start().await;
    let token = s.token(0).await;
    let history = s.get("/api/booths/1/chat", None).await.body;
    let last = history.as_array().unwrap().last().unwrap()["id"]
        .as_u64()
        .unwrap();
    let qid = first_question(&history);
    let url = format!("ws://{}/api/booths/1/chat?after={last}", s.addr);
    let (mut socket, _) = tokio_tungstenite::connect_async(url).await.unwrap();

    let own = s.catalog().supplier_products(1).nth(1).unwrap().id;
    let other = s.catalog().supplier_products(3).next().unwrap().id;
    let refused = s
        .call(
            "PUT",
            &format!("/api/exhibitor/booths/1/pins/{other}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(refused.body["fields"][0]["field"], "product_id");
    assert_eq!(refused.body["fields"][0]["code"], "not_offered");
    let pin = s
        .call(
            "PUT",
            &format!("/api/exhibitor/booths/1/pins/{own}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(pin.status, 200);
    assert_eq!(pin.body["event"]["type"], "pin");
    let msg = s
        .call(
            "POST",
            "/api/exhibitor/booths/1/chat",
            Some(&token),
            Some(json!({"text": "  Samples ship tomorrow.  ", "locale": "en"})),
        )
        .await;
    assert_eq!(msg.status, 201);
    let answered = s
        .call(
            "POST",
            &format!("/api/exhibitor/booths/1/questions/{qid}/answered"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(answered.status, 200);
    assert_eq!(
        s.call(
            "POST",
            &format!("/api/exhibitor/booths/1/questions/{last}9/answered"),
            Some(&token),
            None
        )
        .await
        .status,
        404
    );

    let mut got = Vec::new();
    while got.len() < 3 {
        match tokio::time::timeout(Duration::from_secs(5), socket.next()).await {
            Ok(Some(Ok(Message::Text(t)))) => {
                let v: Value = serde_json::from_str(&t).unwrap();
                if v["event"]["type"] != "question"
                    && v["event"]["type"] != "upvote"
                    && v["event"]["role"] != "buyer"
                {
                    got.push(v);
                }
            }
            Ok(Some(Ok(_))) => {}
            other => panic!("the socket did not deliver: {other:?}"),
        }
    }
    assert_eq!(got[0]["event"]["type"], "pin");
    assert_eq!(got[0]["event"]["product_id"], own);
    assert_eq!(got[1]["event"]["type"], "message");
    assert_eq!(got[1]["event"]["role"], "exhibitor");
    assert_eq!(got[1]["event"]["text"], "Samples ship tomorrow.");
    assert_eq!(
        got[1]["event"]["author"],
        s.catalog().supplier(1).unwrap().name.as_str()
    );
    assert_eq!(
        got[2]["event"],
        json!({"type": "answered", "question_id": qid})
    );

    // The list endpoint shows the pin too, and the unpin.
    let unpin = s
        .call(
            "DELETE",
            &format!("/api/exhibitor/booths/1/pins/{own}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(
        unpin.body["event"],
        json!({"type": "unpin", "product_id": own})
    );
    let events = s.get("/api/booths/1/chat", None).await.body;
    let kinds: Vec<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"]["type"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"pin") && kinds.contains(&"unpin"));
}

#[tokio::test]
async fn leads_engagement_and_the_rfq_inbox() {
    let s = start().await;
    let token = s.token(0).await;

    // Engagement without a shared card is refused and not stored.
    let watched = json!({"engagement": {"kind": "watched", "seconds": 120}});
    let r = s
        .call(
            "POST",
            "/api/expo/booths/1/engagement",
            None,
            Some(watched.clone()),
        )
        .await;
    assert_eq!(
        (r.status, r.body["code"].as_str()),
        (409, Some("consent_required"))
    );
    let before = s
        .get("/api/exhibitor/booths/1/leads", Some(&token))
        .await
        .body;
    assert!(
        before
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["id"] != "buyer"),
        "the refused report left no trace: {before}"
    );

    let rfq = buyer_activity(&s).await;
    let rfq_id = rfq["id"].as_str().unwrap().to_string();
    // A question under the card's name, a meeting, and engagement now that there is consent.
    let q = s
        .call(
            "POST",
            "/api/booths/1/chat",
            None,
            Some(json!({"kind": "question", "author": "李伟", "text": "CE, RoHS?", "locale": "zh-CN", "client_id": "buyer-client-01"})),
        )
        .await;
    assert_eq!(q.status, 201);
    let slots = s.get("/api/expo/booths/1/slots", None).await.body;
    let start = slots["slots"][0]["start"].as_i64().unwrap();
    let m = s
        .call(
            "POST",
            "/api/expo/booths/1/meetings",
            None,
            Some(json!({"start": start, "buyer_time_zone": "Asia/Shanghai", "note": ""})),
        )
        .await;
    assert_eq!(m.status, 201);
    assert_eq!(
        s.call("POST", "/api/expo/booths/1/engagement", None, Some(watched))
            .await
            .status,
        204
    );
    let brochure =
        s.get("/api/expo/booths/1", None).await.body["brochures"][0]["file_name"].clone();
    assert_eq!(
        s.call(
            "POST",
            "/api/expo/booths/1/engagement",
            None,
            Some(json!({"engagement": {"kind": "brochure", "file_name": brochure}}))
        )
        .await
        .status,
        204
    );
    assert_eq!(
        s.call(
            "POST",
            "/api/expo/booths/1/engagement",
            None,
            Some(json!({"engagement": {"kind": "brochure", "file_name": "../../etc/passwd"}}))
        )
        .await
        .status,
        422
    );

    let leads = s
        .get("/api/exhibitor/booths/1/leads", Some(&token))
        .await
        .body;
    let buyer = leads
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == "buyer")
        .unwrap()
        .clone();
    assert_eq!(buyer["name"], "李伟");
    assert_eq!(buyer["company"], "Acme, \"Intl\"");
    assert_eq!(buyer["consent"], true);
    let kinds: Vec<&str> = buyer["activities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["kind"].as_str().unwrap())
        .collect();
    for k in [
        "card_shared",
        "rfq_sent",
        "question_asked",
        "meeting_booked",
        "watched",
        "brochure_downloaded",
    ] {
        assert!(kinds.contains(&k), "{k} in {kinds:?}");
    }
    let watched = buyer["activities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["kind"] == "watched")
        .unwrap();
    assert_eq!(watched["minutes"], 2);
    // Chat authors of the scripted conversation are leads without consent.
    assert!(leads
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["id"] != "buyer")
        .all(|l| l["consent"] == false && l["id"].as_str().unwrap().starts_with("chat-")));

    // Withdrawing the card hides the engagement again.
    s.call("DELETE", "/api/expo/booths/1/card", None, None)
        .await;
    let without = s
        .get("/api/exhibitor/booths/1/leads", Some(&token))
        .await
        .body;
    let buyer_now = without
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == "buyer")
        .unwrap();
    assert_eq!(buyer_now["consent"], false);
    assert!(buyer_now["email"].is_null());
    assert!(buyer_now["activities"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["kind"] != "watched" && a["kind"] != "brochure_downloaded"));

    // Status and notes.
    let patched = s
        .call(
            "PATCH",
            "/api/exhibitor/booths/1/leads/buyer",
            Some(&token),
            Some(json!({"status": "qualified", "notes": "Wants CE docs, \"urgent\""})),
        )
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text);
    assert_eq!(patched.body["status"], "qualified");
    let too_long = s
        .call(
            "PATCH",
            "/api/exhibitor/booths/1/leads/buyer",
            Some(&token),
            Some(json!({"status": "won", "notes": "x".repeat(2001)})),
        )
        .await;
    assert_eq!(too_long.status, 422);
    assert_eq!(
        too_long.body["fields"][0],
        json!({"field": "notes", "code": "too_long"})
    );
    let again = s
        .get("/api/exhibitor/booths/1/leads", Some(&token))
        .await
        .body;
    let stored = again
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == "buyer")
        .unwrap();
    assert_eq!(stored["status"], "qualified");
    assert_eq!(stored["notes"], "Wants CE docs, \"urgent\"");

    // The RFQ inbox and the answer the buyer sees.
    let inbox = s
        .get("/api/exhibitor/booths/1/rfqs", Some(&token))
        .await
        .body;
    assert_eq!(inbox[0]["id"], rfq_id.as_str());
    let qty = rfq["request"]["quantity"].as_u64().unwrap();
    let mut bad = offer(qty, 300);
    bad["tiers"][1]["min_qty"] = json!(qty);
    bad["expires_on"] = json!("2026-11-23");
    let r = s
        .call(
            "POST",
            &format!("/api/exhibitor/booths/1/rfqs/{rfq_id}/quote"),
            Some(&token),
            Some(bad),
        )
        .await;
    assert_eq!(r.status, 422);
    let quote = s
        .call(
            "POST",
            &format!("/api/exhibitor/booths/1/rfqs/{rfq_id}/quote"),
            Some(&token),
            Some(offer(qty, 300)),
        )
        .await;
    assert_eq!(quote.status, 201, "{}", quote.text);
    assert_eq!(
        quote.body["unit_price"],
        json!({"minor": 300, "currency": "EUR"})
    );
    let seen = s.get(&format!("/api/rfqs/{rfq_id}"), None).await.body;
    assert_eq!(seen["quotes"].as_array().unwrap().len(), 1);
    let q = &seen["quotes"][0];
    assert_eq!(q["supplier"]["id"], 1);
    assert_eq!(
        q["tiers"],
        json!([{"min_qty": qty, "unit_minor": 300}, {"min_qty": qty * 10, "unit_minor": 280}])
    );
    assert_eq!(q["incoterm"], "CIF");
    assert_eq!(
        q["note"],
        json!({"text": "Preis inkl. Verpackung.", "lang": "de"})
    );
    assert!(seen["pending_supplier_ids"].as_array().unwrap().is_empty());
    let twice = s
        .call(
            "POST",
            &format!("/api/exhibitor/booths/1/rfqs/{rfq_id}/quote"),
            Some(&token),
            Some(offer(qty, 250)),
        )
        .await;
    assert_eq!(
        (twice.status, twice.body["code"].as_str()),
        (409, Some("already_answered"))
    );
    // Booth 2 was not asked: its inbox is empty and it cannot answer.
    let two = s.token(1).await;
    assert_eq!(
        s.get("/api/exhibitor/booths/2/rfqs", Some(&two)).await.body,
        json!([])
    );
    assert_eq!(
        s.call(
            "POST",
            &format!("/api/exhibitor/booths/2/rfqs/{rfq_id}/quote"),
            Some(&two),
            Some(offer(qty, 1))
        )
        .await
        .status,
        404
    );
}

#[tokio::test]
async fn tokens_never_appear_in_urls_the_server_emits() {
    let s = start().await;
    let token = s.token(0).await;
    let rfq = buyer_activity(&s).await;
    let mut seen: Vec<Res> = Vec::new();
    for path in [
        "/api/exhibitor/booths/1/profile",
        "/api/exhibitor/booths/1/live",
        "/api/exhibitor/booths/1/leads",
        "/api/exhibitor/booths/1/rfqs",
        "/api/auth/me",
    ] {
        seen.push(s.get(path, Some(&token)).await);
    }
    seen.push(
        s.call(
            "PUT",
            "/api/exhibitor/booths/1/live",
            Some(&token),
            Some(json!({"on_air": true})),
        )
        .await,
    );
    seen.push(s.get("/api/expo/booths/1", None).await);
    seen.push(s.get("/api/expo/booths", None).await);
    seen.push(
        s.get(&format!("/api/rfqs/{}", rfq["id"].as_str().unwrap()), None)
            .await,
    );
    let qty = rfq["request"]["quantity"].as_u64().unwrap();
    seen.push(
        s.call(
            "POST",
            &format!(
                "/api/exhibitor/booths/1/rfqs/{}/quote",
                rfq["id"].as_str().unwrap()
            ),
            Some(&token),
            Some(offer(qty, 500)),
        )
        .await,
    );
    for r in &seen {
        assert!(
            !r.text.contains(&token),
            "the bearer token is never sent back: {}",
            r.text
        );
        if let Some(l) = &r.location {
            assert!(!l.contains(&token) && !l.contains(MEDIA_TOKEN));
        }
        // Every URL-looking string in the body is free of both tokens.
        fn walk(v: &Value, out: &mut Vec<String>) {
            match v {
                Value::String(s) if s.contains("://") || s.starts_with('/') => out.push(s.clone()),
                Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
                Value::Object(o) => o.values().for_each(|x| walk(x, out)),
                _ => {}
            }
        }
        let mut urls = Vec::new();
        walk(&r.body, &mut urls);
        for u in urls {
            assert!(!u.contains(&token) && !u.contains(MEDIA_TOKEN), "{u}");
        }
    }
    // The WHIP token is handed out only in the grant's own field.
    let grant = s
        .get("/api/exhibitor/booths/1/live", Some(&token))
        .await
        .body;
    assert_eq!(grant["whip_token"], MEDIA_TOKEN);
    assert_eq!(grant["whip_url"], format!("{MEDIA}/whip/booth-1"));
    let public = s.get("/api/expo/booths/1", None).await.text;
    assert!(!public.contains(MEDIA_TOKEN));
}
