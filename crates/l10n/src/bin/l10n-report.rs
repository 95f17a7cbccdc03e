//! `l10n-report [--locales DIR] [--src DIR]`
//!
//! Checks every `DIR/<lang>/*.ftl`, compares each locale with `en` file by
//! file, checks that keys used in `*.rs` under the src dir exist in `en`, and
//! prints a Markdown report. Exit code: 0 = no errors, 1 = errors, 2 = bad
//! usage or unreadable input.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;
    use std::process::ExitCode;

    const USAGE: &str = "usage: l10n-report [--locales DIR] [--src DIR]\n\
        \n  --locales DIR  Fluent files as DIR/<lang>/*.ftl, source locale `en` (default: locales)\
        \n  --src DIR      Rust sources scanned for tr(\"key\"), tr_args, tr_text, t! (default: src)\
        \n\nExit code: 0 ok, 1 errors found, 2 usage or I/O error.";

    fn run() -> ExitCode {
        let mut locales = PathBuf::from("locales");
        let mut src = PathBuf::from("src");
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
                _ => (arg.clone(), None),
            };
            match flag.as_str() {
                "-h" | "--help" => {
                    println!("{USAGE}");
                    return ExitCode::SUCCESS;
                }
                "--locales" | "--src" => {
                    let Some(value) = inline.or_else(|| args.next()) else {
                        eprintln!("l10n-report: {flag} needs a value\n{USAGE}");
                        return ExitCode::from(2);
                    };
                    if flag == "--locales" {
                        locales = value.into();
                    } else {
                        src = value.into();
                    }
                }
                _ => {
                    eprintln!("l10n-report: unknown argument `{arg}`\n{USAGE}");
                    return ExitCode::from(2);
                }
            }
        }
        match tradefair_l10n::fs::check_dirs(&locales, &src) {
            Ok(report) => {
                print!("{}", report.to_markdown());
                if report.has_errors() {
                    ExitCode::from(1)
                } else {
                    ExitCode::SUCCESS
                }
            }
            Err(e) => {
                eprintln!("l10n-report: {e}");
                ExitCode::from(2)
            }
        }
    }

    run()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
