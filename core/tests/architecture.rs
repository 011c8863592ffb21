//! The core's floor plan holds (`docs/architecture.md`): its four layers use only the layers
//! above them (`model` ← `i18n` ← `roster`, `app`), and no two files import each other.
//! Imports are read from the source: every `crate::…` and `super::…` path, with `{…}` groups,
//! resolved to the file that defines its module. (That the core names no web crate is the
//! compiler's job: `hezuo-core` does not depend on one.)
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What each top-level module may import (besides itself).
const LAYERS: [(&str, &[&str]); 4] = [
    ("model", &[]),
    ("i18n", &["model"]),
    ("roster", &["model", "i18n"]),
    ("app", &["model", "i18n"]),
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir` with its module path (`model/engine.rs` → `model::engine`,
/// `model/coop/mod.rs` → `model::coop`).
fn modules(dir: &Path, prefix: &[String], out: &mut BTreeMap<Vec<String>, PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            let mut p = prefix.to_vec();
            p.push(name);
            modules(&path, &p, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let mut p = prefix.to_vec();
            if name != "mod" && name != "lib" {
                p.push(name);
            }
            out.insert(p, path);
        }
    }
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Reads `a::b::c` from the start of `s`: the segments and what follows.
fn path(s: &str) -> (Vec<String>, &str) {
    let mut segs = Vec::new();
    let mut rest = s.trim_start();
    loop {
        let end = rest.find(|c: char| !is_ident(c)).unwrap_or(rest.len());
        if end == 0 {
            break;
        }
        segs.push(rest[..end].to_string());
        rest = &rest[end..];
        match rest.strip_prefix("::") {
            Some(r) if r.trim_start().starts_with(|c: char| is_ident(c)) => rest = r,
            _ => break,
        }
    }
    (segs, rest)
}

/// The items of a `{…}` group at the start of `s` (after `::`), each as its leading path.
fn group(s: &str) -> Vec<Vec<String>> {
    let Some(body) = s.strip_prefix("::").map(str::trim_start) else {
        return Vec::new();
    };
    let Some(body) = body.strip_prefix('{') else {
        return Vec::new();
    };
    let mut items = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in body.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&body[start..i]);
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&body[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items
        .into_iter()
        .map(|item| {
            let (head, rest) = path(item);
            // `model::{engine::{A, B}}`: the nested group's first item is enough for the file.
            let mut more = group(rest).into_iter().next().unwrap_or_default();
            let mut p = head;
            p.append(&mut more);
            p
        })
        .filter(|p| !p.is_empty() && p[0] != "self")
        .collect()
}

/// Every module path that `text` (the source of module `me`) names through `crate::` or
/// `super::`.
fn imports(text: &str, me: &[String], is_mod_file: bool) -> Vec<Vec<String>> {
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(start).map(|i| i + from) {
            from = at + start.len();
            if code[..at].chars().next_back().is_some_and(is_ident) {
                continue;
            }
            // The module this path starts from.
            let mut base: Vec<String> = if start == "crate::" {
                Vec::new()
            } else {
                // `super` of a `mod.rs` (or a file) is its parent module.
                let _ = is_mod_file;
                me[..me.len().saturating_sub(1)].to_vec()
            };
            let mut rest = &code[from..];
            while let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            }
            let (head, after) = path(rest);
            let mut prefix = base.clone();
            prefix.extend(head);
            let items = group(after);
            if items.is_empty() {
                out.push(prefix);
            } else {
                for item in items {
                    let mut p = prefix.clone();
                    p.extend(item);
                    out.push(p);
                }
            }
        }
    }
    out
}

/// The file that defines the module a path points into: its longest prefix that is a file.
fn resolve(path: &[String], files: &BTreeMap<Vec<String>, PathBuf>) -> Option<Vec<String>> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|p| files.contains_key(p))
}

/// Every import between two different files of the core, as (importer, imported).
fn edges() -> BTreeSet<(Vec<String>, Vec<String>)> {
    let mut files = BTreeMap::new();
    modules(&src(), &[], &mut files);
    let mut edges = BTreeSet::new();
    for (me, file) in &files {
        let text = std::fs::read_to_string(file).expect("readable source");
        let is_mod_file = file.file_name().is_some_and(|n| n == "mod.rs");
        for p in imports(&text, me, is_mod_file) {
            if let Some(to) = resolve(&p, &files) {
                if &to != me {
                    edges.insert((me.clone(), to));
                }
            }
        }
    }
    edges
}

fn show(m: &[String]) -> String {
    m.join("::")
}

#[test]
fn the_reader_finds_imports() {
    let me: Vec<String> = vec!["app".into(), "link".into()];
    let text = "use super::state::{AppState, View};\nuse crate::model::{form::LandUnit, Lang};\n\
                // use crate::roster::Nope;\nlet x = crate::model::workshop::STEPS.len();";
    let got = imports(text, &me, false);
    let want: Vec<Vec<String>> = [
        vec!["model", "workshop", "STEPS"],
        vec!["model", "form", "LandUnit"],
        vec!["model", "Lang"],
        vec!["app", "state", "AppState"],
        vec!["app", "state", "View"],
    ]
    .iter()
    .map(|p| p.iter().map(std::string::ToString::to_string).collect())
    .collect();
    let (mut got, mut want) = (got, want);
    got.sort();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn each_layer_uses_only_the_layers_above_it() {
    let edges = edges();
    assert!(
        edges.len() > 100,
        "the reader sees the imports: {}",
        edges.len()
    );
    let mut wrong = Vec::new();
    for (from, to) in &edges {
        let (a, b) = (from[0].as_str(), to[0].as_str());
        let allowed = LAYERS
            .iter()
            .find(|(layer, _)| *layer == a)
            .map(|(_, may)| a == b || may.contains(&b));
        if allowed != Some(true) {
            wrong.push(format!("{} → {}", show(from), show(to)));
        }
    }
    assert!(wrong.is_empty(), "imports across layers: {wrong:#?}");
}

#[test]
fn no_two_files_import_each_other() {
    let edges = edges();
    let loops: Vec<String> = edges
        .iter()
        .filter(|(a, b)| a < b && edges.contains(&(b.clone(), a.clone())))
        .map(|(a, b)| format!("{} ↔ {}", show(a), show(b)))
        .collect();
    assert!(loops.is_empty(), "two-file import loops: {loops:#?}");
}
