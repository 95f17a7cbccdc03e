//! Reading `locales/<lang>/*.ftl` and `src/**/*.rs` from disk (native only).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::report::{check_project, LocaleFiles, ProjectReport, SOURCE_LOCALE};

fn with_path(e: io::Error, path: &Path) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

fn sorted_entries(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut v = fs::read_dir(dir)
        .map_err(|e| with_path(e, dir))?
        .map(|e| e.map(|e| e.path()))
        .collect::<io::Result<Vec<_>>>()
        .map_err(|e| with_path(e, dir))?;
    v.sort();
    Ok(v)
}

fn is_hidden(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// Every `<dir>/<locale>/*.ftl` (not recursive), locales and files sorted.
pub fn read_locales(dir: &Path) -> io::Result<Vec<LocaleFiles>> {
    let mut out = Vec::new();
    for locale_dir in sorted_entries(dir)? {
        if !locale_dir.is_dir() || is_hidden(&locale_dir) {
            continue;
        }
        let locale = locale_dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let mut files = Vec::new();
        for f in sorted_entries(&locale_dir)? {
            if f.is_file() && f.extension().is_some_and(|e| e == "ftl") {
                let text = fs::read_to_string(&f).map_err(|e| with_path(e, &f))?;
                let name = f
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
                    .to_string();
                files.push((name, text));
            }
        }
        out.push(LocaleFiles { locale, files });
    }
    Ok(out)
}

/// Every `*.rs` under `dir`, recursively, as (path relative to `dir` with `/`, text).
pub fn read_rust_sources(dir: &Path) -> io::Result<Vec<(String, String)>> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) -> io::Result<()> {
        for p in sorted_entries(dir)? {
            if is_hidden(&p) {
                continue;
            }
            if p.is_dir() {
                walk(root, &p, out)?;
            } else if p.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&p).map_err(|e| with_path(e, &p))?;
                let rel = p.strip_prefix(root).unwrap_or(&p);
                let name = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                out.push((name, text));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    Ok(out)
}

/// Read everything and run [`check_project`]. Fails (NotFound) when
/// `<locales_dir>/en` is missing or has no `.ftl` file, or `src_dir` is missing.
pub fn check_dirs(locales_dir: &Path, src_dir: &Path) -> io::Result<ProjectReport> {
    let locales = read_locales(locales_dir)?;
    let source_ok = locales
        .iter()
        .any(|l| l.locale == SOURCE_LOCALE && !l.files.is_empty());
    if !source_ok {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!(
                "{}: no .ftl files for the source locale",
                locales_dir.join(SOURCE_LOCALE).display()
            ),
        ));
    }
    let sources = read_rust_sources(src_dir)?;
    let mut report = check_project(&locales, &sources);
    report.locales_root = locales_dir.display().to_string();
    report.src_root = src_dir.display().to_string();
    Ok(report)
}
