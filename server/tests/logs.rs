//! No secret reaches the server's output: the real `tradefair-server` binary runs as a child
//! process with its stdout and stderr captured, every kind of authenticated request goes
//! through it (sign-in, a wrong password, every exhibitor endpoint with the right token, with
//! another account's, with a bad body, a revoked token, a malformed header, the media
//! token handed out), and then its whole output is searched for the session tokens, the
//! passwords and the media token.

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tradefair_core::exhibitor::DEMO_ACCOUNTS;

const MEDIA_TOKEN: &str = "whip-log-secret-5c1e9a";

struct Running {
    child: Child,
    base: String,
    out: std::path::PathBuf,
    err: std::path::PathBuf,
}

impl Running {
    /// Starts the binary on a free port with a fresh database; waits for its "listening" line.
    fn start(dir: &tempfile::TempDir) -> Running {
        let out = dir.path().join("stdout.log");
        let err = dir.path().join("stderr.log");
        let child = Command::new(env!("CARGO_BIN_EXE_tradefair-server"))
            .args(["--host", "127.0.0.1", "--port", "0", "--db"])
            .arg(dir.path().join("logs.sqlite"))
            .args([
                "--media-base",
                "http://127.0.0.1:9",
                "--media-token",
                MEDIA_TOKEN,
            ])
            .stdout(Stdio::from(std::fs::File::create(&out).unwrap()))
            .stderr(Stdio::from(std::fs::File::create(&err).unwrap()))
            .spawn()
            .expect("tradefair-server starts");
        // From here on, `Drop` stops the child whatever happens.
        let mut running = Running {
            child,
            base: String::new(),
            out,
            err,
        };
        let started = Instant::now();
        loop {
            let text = std::fs::read_to_string(&running.out).unwrap_or_default();
            if let Some(at) = text.find("listening on http://") {
                running.base = text[at + "listening on ".len()..]
                    .split_whitespace()
                    .next()
                    .unwrap()
                    .to_string();
                return running;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "the server did not start: {text}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Stops the server and returns everything it printed (stdout, then stderr).
    fn stop(&mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let mut all = String::new();
        for path in [&self.out, &self.err] {
            std::fs::File::open(path)
                .unwrap()
                .read_to_string(&mut all)
                .unwrap();
        }
        all
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Sends a request; returns its status and body.
async fn call(
    base: &str,
    method: &str,
    path: &str,
    auth: Option<&str>,
    body: Option<Value>,
) -> (u16, String) {
    let client = reqwest::Client::new();
    let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let mut req = client.request(method, format!("{base}{path}"));
    if let Some(a) = auth {
        req = req.header("Authorization", a);
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.text().await.unwrap())
}

async fn sign_in(base: &str, email: &str, password: &str) -> (u16, Value) {
    let (status, text) = call(
        base,
        "POST",
        "/api/auth/sign-in",
        None,
        Some(json!({"email": email, "password": password})),
    )
    .await;
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[tokio::test]
async fn no_token_password_or_media_token_is_ever_printed() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Running::start(&dir);
    let base = server.base.clone();

    // Sign in all three demo accounts; a wrong password and an unknown account fail.
    let mut tokens = Vec::new();
    for a in DEMO_ACCOUNTS {
        let (status, body) = sign_in(&base, a.email, a.password).await;
        assert_eq!(status, 200, "{body}");
        tokens.push(body["token"].as_str().unwrap().to_string());
    }
    let (status, _) = sign_in(&base, DEMO_ACCOUNTS[0].email, "wrong-password-9").await;
    assert_eq!(status, 401);
    let (status, _) = sign_in(&base, "nobody@example.com", DEMO_ACCOUNTS[0].password).await;
    assert_eq!(status, 401);

    let booth_one = DEMO_ACCOUNTS
        .iter()
        .position(|a| a.booth_id == Some(1))
        .expect("a demo exhibitor of booth 1");
    let own = format!("Bearer {}", tokens[booth_one]);

    // The exhibitor's own calls, including the live grant (which carries the media token)
    // and writes with bad bodies.
    let (status, me) = call(&base, "GET", "/api/auth/me", Some(&own), None).await;
    assert_eq!(status, 200, "{me}");
    let (status, live) = call(
        &base,
        "GET",
        "/api/exhibitor/booths/1/live",
        Some(&own),
        None,
    )
    .await;
    assert_eq!(status, 200, "{live}");
    assert!(
        live.contains(MEDIA_TOKEN),
        "the live grant hands out the media token: {live}"
    );
    let (status, profile) = call(
        &base,
        "GET",
        "/api/exhibitor/booths/1/profile",
        Some(&own),
        None,
    )
    .await;
    assert_eq!(status, 200, "{profile}");
    let (status, _) = call(
        &base,
        "PUT",
        "/api/exhibitor/booths/1/profile",
        Some(&own),
        Some(json!({"texts": "not a list"})),
    )
    .await;
    assert!(
        (400..500).contains(&status),
        "a bad profile is refused: {status}"
    );
    let (status, _) = call(
        &base,
        "PATCH",
        "/api/exhibitor/booths/1/leads/buyer",
        Some(&own),
        Some(json!({"status": "lost", "notes": "x".repeat(20_000)})),
    )
    .await;
    assert!(
        (400..500).contains(&status),
        "a too-long note is refused: {status}"
    );
    for path in ["leads", "rfqs"] {
        let (status, text) = call(
            &base,
            "GET",
            &format!("/api/exhibitor/booths/1/{path}"),
            Some(&own),
            None,
        )
        .await;
        assert_eq!(status, 200, "{path}: {text}");
    }

    // Other accounts' tokens on booth 1: refused.
    for (i, token) in tokens.iter().enumerate() {
        if i == booth_one {
            continue;
        }
        let (status, _) = call(
            &base,
            "GET",
            "/api/exhibitor/booths/1/leads",
            Some(&format!("Bearer {token}")),
            None,
        )
        .await;
        assert_eq!(status, 403);
    }
    // Malformed and unknown credentials.
    for auth in [
        format!("Basic {}", tokens[booth_one]),
        format!("Bearer {}x", tokens[booth_one]),
        format!("Bearer {} {}", tokens[booth_one], tokens[booth_one]),
    ] {
        let (status, _) = call(
            &base,
            "GET",
            "/api/exhibitor/booths/1/live",
            Some(&auth),
            None,
        )
        .await;
        assert_eq!(status, 401, "{auth:?} is not a valid credential");
    }

    // Sign out, then the revoked token.
    let (status, _) = call(&base, "POST", "/api/auth/sign-out", Some(&own), None).await;
    assert!((200..300).contains(&status), "sign-out: {status}");
    let (status, _) = call(
        &base,
        "GET",
        "/api/exhibitor/booths/1/live",
        Some(&own),
        None,
    )
    .await;
    assert_eq!(status, 401);

    let printed = server.stop();
    // The capture works: the server's own start-up lines are there.
    assert!(printed.contains("listening on http://"), "{printed}");
    assert!(printed.contains("tradefair-server:"), "{printed}");
    for token in &tokens {
        assert!(
            !printed.contains(token.as_str()),
            "a session token was printed:\n{printed}"
        );
    }
    for a in DEMO_ACCOUNTS {
        assert!(
            !printed.contains(a.password),
            "a password was printed:\n{printed}"
        );
    }
    assert!(
        !printed.contains("wrong-password-9"),
        "a password was printed:\n{printed}"
    );
    assert!(
        !printed.contains(MEDIA_TOKEN),
        "the media token was printed:\n{printed}"
    );
    // Nor anything shaped like a token or a token hash: a long run of hex or base64url.
    let longest_run = printed
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .map(str::len)
        .max()
        .unwrap_or(0);
    assert!(
        longest_run < 32,
        "a 32+ character token-like run was printed:\n{printed}"
    );
}
