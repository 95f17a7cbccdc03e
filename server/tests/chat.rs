//! The booths' live channels over real HTTP and WebSocket connections: a client that
//! reconnects with the last id it saw gets exactly what it missed, each event once; a buyer
//! upvotes a question once; posts are validated and stored.

mod common;

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio_tungstenite::tungstenite::Message;
use tradefair_core::chat::{ChatEvent, ChatPost, EventBody, PostKind};
use tradefair_core::seed::Catalog;
use tradefair_server::chat::ChatHub;
use tradefair_server::{AppState, Clock};

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

fn catalog() -> Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(Catalog::demo).clone()
}

/// A server on an ephemeral port with a manual clock (so the script's live part only plays
/// when a test moves time); returns its address, state and clock.
async fn start() -> (String, AppState, Clock) {
    let clock = Clock::manual(common::t0());
    let state = AppState::new(catalog(), None).with_clock(clock.clone());
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let st = state.clone();
    tokio::spawn(async move { tradefair_server::serve(listener, st).await });
    (addr, state, clock)
}

async fn connect(addr: &str, booth: u32, after: u64) -> Socket {
    let url = format!("ws://{addr}/api/booths/{booth}/chat?after={after}");
    let (socket, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    socket
}

/// The next event frame (skipping pings), or `None` when nothing comes within `wait`.
async fn next_event(socket: &mut Socket, wait: Duration) -> Option<ChatEvent> {
    loop {
        match tokio::time::timeout(wait, socket.next()).await {
            Ok(Some(Ok(Message::Text(t)))) => return Some(serde_json::from_str(&t).unwrap()),
            Ok(Some(Ok(Message::Ping(_) | Message::Pong(_)))) => continue,
            Ok(other) => panic!("unexpected frame {other:?}"),
            Err(_) => return None,
        }
    }
}

/// Every event that arrives until the socket is quiet for a moment.
async fn drain(socket: &mut Socket) -> Vec<ChatEvent> {
    let mut out = Vec::new();
    while let Some(e) = next_event(socket, Duration::from_millis(400)).await {
        out.push(e);
    }
    out
}

fn post_body(kind: &str, text: &str, client: &str) -> Value {
    json!({"kind": kind, "author": "Anna Becker", "text": text, "locale": "de", "client_id": client})
}

async fn post(addr: &str, booth: u32, body: &Value) -> (u16, Value) {
    let res = reqwest::Client::new()
        .post(format!("http://{addr}/api/booths/{booth}/chat"))
        .json(body)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap())
}

async fn upvote(addr: &str, booth: u32, question: &str, client: &str) -> (u16, Value) {
    let res = reqwest::Client::new()
        .post(format!(
            "http://{addr}/api/booths/{booth}/questions/{question}/upvote"
        ))
        .json(&json!({ "client_id": client }))
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap())
}

fn ids(events: &[ChatEvent]) -> Vec<u64> {
    events.iter().map(|e| e.id).collect()
}

#[tokio::test]
async fn a_new_booth_has_translated_history_with_contiguous_ids() {
    let (addr, _, _) = start().await;
    let history: Vec<ChatEvent> = reqwest::get(format!("http://{addr}/api/booths/1/chat"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(history.len() >= 5);
    assert_eq!(
        ids(&history),
        (1..=history.len() as u64).collect::<Vec<_>>()
    );
    assert!(history.iter().any(|e| matches!(&e.event,
        EventBody::Message(m) if m.translations.as_ref().is_some_and(|t| t.len() == 5))));
    assert!(history
        .iter()
        .any(|e| matches!(&e.event, EventBody::Pin(p) if p.supplier_id == 1)));
    // `after` filters the same list.
    let tail: Vec<ChatEvent> = reqwest::get(format!("http://{addr}/api/booths/1/chat?after=3"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ids(&tail), ids(&history)[3..].to_vec());
}

#[tokio::test]
async fn resuming_after_an_id_gives_exactly_the_missed_events() {
    let (addr, _, _) = start().await;
    let mut socket = connect(&addr, 2, 0).await;
    let history = drain(&mut socket).await;
    let seen = history.last().unwrap().id;
    assert_eq!(ids(&history), (1..=seen).collect::<Vec<_>>());

    // Live: a post reaches the open socket once.
    let (status, live) = post(&addr, 2, &post_body("message", "live one", "client-aaaa")).await;
    assert_eq!(status, 201);
    let got = drain(&mut socket).await;
    assert_eq!(ids(&got), [seen + 1]);
    assert_eq!(live["id"], seen + 1);
    let seen = seen + 1;
    socket.close(None).await.unwrap();
    drop(socket);

    // Disconnected: three posts happen.
    let mut missed = Vec::new();
    for text in ["eins", "zwei", "drei"] {
        let (status, e) = post(&addr, 2, &post_body("message", text, "client-aaaa")).await;
        assert_eq!(status, 201);
        missed.push(e["id"].as_u64().unwrap());
    }
    assert_eq!(missed, [seen + 1, seen + 2, seen + 3]);

    // Reconnecting after the last seen id replays exactly those, then streams.
    let mut socket = connect(&addr, 2, seen).await;
    let replay = drain(&mut socket).await;
    assert_eq!(ids(&replay), missed);
    let texts: Vec<&str> = replay
        .iter()
        .map(|e| match &e.event {
            EventBody::Message(m) => m.text.as_str(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(texts, ["eins", "zwei", "drei"]);
    post(&addr, 2, &post_body("question", "vier?", "client-aaaa")).await;
    let after = drain(&mut socket).await;
    assert_eq!(ids(&after), [seen + 4], "no duplicate of the replay");
    // Another booth's events never arrive here.
    post(&addr, 3, &post_body("message", "elsewhere", "client-aaaa")).await;
    assert!(drain(&mut socket).await.is_empty());
}

#[tokio::test]
async fn posts_racing_a_reconnect_arrive_once() {
    let (addr, _, _) = start().await;
    let a = addr.clone();
    let writer = tokio::spawn(async move {
        for i in 0..30 {
            post(
                &a,
                4,
                &post_body("message", &format!("m{i}"), "client-bbbb"),
            )
            .await;
        }
    });
    // Connect while posts are being committed: replay and stream overlap.
    tokio::time::sleep(Duration::from_millis(20)).await;
    let mut socket = connect(&addr, 4, 0).await;
    writer.await.unwrap();
    let got = drain(&mut socket).await;
    let last = got.last().unwrap().id;
    assert_eq!(ids(&got), (1..=last).collect::<Vec<_>>());
    let texts = got
        .iter()
        .filter(|e| matches!(&e.event, EventBody::Message(m) if m.text.starts_with('m') && m.text.len() <= 3))
        .count();
    assert_eq!(texts, 30);
}

#[tokio::test]
async fn a_buyer_upvotes_a_question_once() {
    let (addr, _, _) = start().await;
    let (status, q) = post(
        &addr,
        5,
        &post_body("question", "MOQ für Muster?", "client-cccc"),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(q["event"]["type"], "question");
    let qid = q["id"].to_string();
    let mut socket = connect(&addr, 5, q["id"].as_u64().unwrap()).await;

    let (status, v) = upvote(&addr, 5, &qid, "voter-000001").await;
    assert_eq!(status, 200);
    assert_eq!(
        v["event"],
        json!({"type": "upvote", "question_id": q["id"], "upvotes": 1})
    );
    let (status, again) = upvote(&addr, 5, &qid, "voter-000001").await;
    assert_eq!(status, 409);
    assert_eq!(again["code"], "already_upvoted");
    let (status, other) = upvote(&addr, 5, &qid, "voter-000002").await;
    assert_eq!(status, 200);
    assert_eq!(other["event"]["upvotes"], 2);
    // Only the two counted votes were broadcast.
    let live = drain(&mut socket).await;
    assert_eq!(live.len(), 2);

    // A message is not a question; an unknown id is not either.
    let (_, m) = post(&addr, 5, &post_body("message", "hallo", "client-cccc")).await;
    assert_eq!(
        upvote(&addr, 5, &m["id"].to_string(), "voter-000001")
            .await
            .0,
        404
    );
    assert_eq!(upvote(&addr, 5, "99999", "voter-000001").await.0, 404);
    assert_eq!(upvote(&addr, 5, "abc", "voter-000001").await.0, 400);
    let (status, bad) = upvote(&addr, 5, &qid, "x").await;
    assert_eq!(status, 422);
    assert_eq!(bad["fields"][0]["field"], "client_id");
}

#[tokio::test]
async fn bad_posts_are_refused_field_by_field() {
    let (addr, _, _) = start().await;
    let (status, body) = post(&addr, 1, &post_body("message", "   ", "client-dddd")).await;
    assert_eq!(status, 422);
    assert_eq!(body["code"], "validation");
    assert_eq!(
        body["fields"],
        json!([{"field": "text", "code": "required"}])
    );
    let long = "ü".repeat(501);
    let (status, body) = post(&addr, 1, &post_body("question", &long, "client-dddd")).await;
    assert_eq!(status, 422);
    assert_eq!(body["fields"][0]["code"], "too_long");
    let (status, _) = post(&addr, 4_000_000, &post_body("message", "hi", "client-dddd")).await;
    assert_eq!(status, 404);
    let (status, _) = post(&addr, 1, &json!({"kind": "shout"})).await;
    assert_eq!(status, 400);
    let res = reqwest::get(format!("http://{addr}/api/booths/1/chat?after=-1"))
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
    // Text stays text: markup is stored and sent back as written.
    let (status, e) = post(
        &addr,
        1,
        &post_body("message", "<img src=x onerror=alert(1)>", "client-dddd"),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(e["event"]["text"], "<img src=x onerror=alert(1)>");
    assert!(
        e["event"]["translations"].is_null(),
        "buyers' posts are not translated"
    );
}

#[tokio::test]
async fn the_script_plays_on_as_time_passes() {
    let (addr, state, clock) = start().await;
    let mut socket = connect(&addr, 6, 0).await;
    let history = drain(&mut socket).await;
    clock.advance(30);
    state.chat.tick(clock.now());
    let live = drain(&mut socket).await;
    assert!(!live.is_empty(), "30 s of stream bring new events");
    assert_eq!(live[0].id, history.last().unwrap().id + 1);
    clock.advance(3600);
    state.chat.tick(clock.now());
    let rest = drain(&mut socket).await;
    let mut log = tradefair_core::chat::ChatLog::from_events(history);
    log.merge(live);
    log.merge(rest);
    assert!(!log.has_gap());
    assert!(log.questions().iter().all(|q| q.answered));
}

#[tokio::test]
async fn channels_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chat.sqlite");
    let catalog = Arc::new(catalog());
    let t0 = common::t0();
    let post = ChatPost {
        kind: PostKind::Message,
        author: "Sophie".into(),
        text: "Bonjour".into(),
        locale: "fr".into(),
        client_id: "client-eeee".into(),
    };
    let first = {
        let hub = ChatHub::open(&path, false, catalog.clone()).unwrap();
        hub.post(7, &post, t0).unwrap()
    };
    let hub = ChatHub::open(&path, false, catalog).unwrap();
    let events = hub.events_after(7, 0, t0).unwrap();
    assert_eq!(events.last(), Some(&first));
    let next = hub.post(7, &post, t0).unwrap();
    assert_eq!(next.id, first.id + 1, "ids continue after a restart");
}

#[tokio::test]
async fn an_unknown_booth_is_refused_before_the_upgrade() {
    let (addr, _, _) = start().await;
    let err = tokio_tungstenite::connect_async(format!("ws://{addr}/api/booths/4000000/chat"))
        .await
        .unwrap_err();
    match err {
        tokio_tungstenite::tungstenite::Error::Http(res) => assert_eq!(res.status(), 404),
        other => panic!("{other:?}"),
    }
    // A client's frames are ignored (posts go through HTTP).
    let mut socket = connect(&addr, 1, 0).await;
    drain(&mut socket).await;
    socket.send(Message::Text("hi".into())).await.unwrap();
    assert!(drain(&mut socket).await.is_empty());
}
