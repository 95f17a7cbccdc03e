//! `tradefair-server`: command-line entry point of the reference backend.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use tradefair_server::{db, load_state, serve_until, Config};

const USAGE: &str = "\
tradefair-server: Tradefair's reference REST backend (docs/openapi.yaml) on SQLite

USAGE:
    tradefair-server [OPTIONS]

OPTIONS:
    --host HOST     address to bind (default 127.0.0.1)
    --port PORT     port to bind, 0 for an ephemeral one (default 8088)
    --db PATH       SQLite database file (default tradefair.sqlite)
    --static DIR    also serve the built app from DIR (SPA fallback to DIR/index.html,
                    /config.json pointing the app at this origin)
    --media-base URL  WHEP media server: live booths play URL/whep/booth-<id> (default:
                    the looping recording)
    --media-token T   bearer token the media server's WHIP endpoints require; handed to
                    a booth's signed-in exhibitor (never logged)
    --reseed        drop the data and seed it again from the demo catalog
    -h, --help      print this help
";

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Option<Config>, String> {
    let mut config = Config::default();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        // Accept both `--flag value` and `--flag=value`.
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg, None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(None),
            "--host" => config.host = value("--host")?,
            "--port" => {
                let v = value("--port")?;
                config.port = v
                    .parse()
                    .map_err(|_| format!("--port must be 0-65535, got {v:?}"))?;
            }
            "--db" => config.db = PathBuf::from(value("--db")?),
            "--static" => config.static_dir = Some(PathBuf::from(value("--static")?)),
            "--media-base" => {
                let v = value("--media-base")?;
                if !(v.starts_with("http://") || v.starts_with("https://")) {
                    return Err(format!("--media-base must be an http(s) URL, got {v:?}"));
                }
                config.media_base = Some(v.trim_end_matches('/').to_string());
            }
            "--media-token" => {
                let v = value("--media-token")?;
                if v.is_empty() || v.chars().any(|c| c.is_whitespace() || c.is_control()) {
                    // Do not echo the value: it is a secret.
                    return Err("--media-token must be a non-empty token without spaces".into());
                }
                config.media_token = Some(v);
            }
            "--reseed" if inline.is_none() => config.reseed = true,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    if let Some(dir) = &config.static_dir {
        if !dir.join("index.html").is_file() {
            return Err(format!("--static {}: no index.html there", dir.display()));
        }
    }
    Ok(Some(config))
}

fn main() -> ExitCode {
    let config = match parse_args(std::env::args().skip(1)) {
        Ok(Some(c)) => c,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("tradefair-server: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };

    let started = Instant::now();
    let (state, opened) = match load_state(&config) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("tradefair-server: database {}: {e}", config.db.display());
            return ExitCode::FAILURE;
        }
    };
    eprintln!(
        "tradefair-server: {} {} ({} suppliers, {} products) in {} ms",
        match opened {
            db::Opened::Seeded => "seeded",
            db::Opened::Existing => "loaded",
        },
        config.db.display(),
        state.catalog.suppliers.len(),
        state.catalog.products.len(),
        started.elapsed().as_millis()
    );

    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("tradefair-server: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind((config.host.as_str(), config.port)).await?;
        let addr = listener.local_addr()?;
        let host = if addr.is_ipv6() {
            format!("[{}]", addr.ip())
        } else {
            addr.ip().to_string()
        };
        println!(
            "tradefair-server listening on http://{host}:{}",
            addr.port()
        );
        std::io::stdout().flush()?;
        serve_until(listener, state, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tradefair-server: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Option<Config>, String> {
        parse_args(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn defaults_and_flags() {
        assert_eq!(parse(&[]).unwrap(), Some(Config::default()));
        let c = parse(&["--port", "0", "--host=0.0.0.0", "--db", "x.db", "--reseed"])
            .unwrap()
            .unwrap();
        assert_eq!(c.port, 0);
        assert_eq!(c.host, "0.0.0.0");
        assert_eq!(c.db, PathBuf::from("x.db"));
        assert!(c.reseed);
        assert_eq!(parse(&["--help"]).unwrap(), None);
        let m = parse(&["--media-base", "http://127.0.0.1:8889/"])
            .unwrap()
            .unwrap();
        assert_eq!(m.media_base.as_deref(), Some("http://127.0.0.1:8889"));
        assert!(parse(&["--media-base", "ftp://x"]).is_err());
        let t = parse(&["--media-token=s3cr3t"]).unwrap().unwrap();
        assert_eq!(t.media_token.as_deref(), Some("s3cr3t"));
        let bad = parse(&["--media-token", "a b"]).unwrap_err();
        assert!(!bad.contains("a b"), "the token is not echoed");
    }

    #[test]
    fn rejects_bad_arguments() {
        assert!(parse(&["--port", "http"]).is_err());
        assert!(parse(&["--port"]).is_err());
        assert!(parse(&["--verbose"]).is_err());
        assert!(parse(&["--static", "/definitely/not/here"]).is_err());
    }
}
