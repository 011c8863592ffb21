//! The model is plain Rust: no file under `src/model/` may name a web crate.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

const WEB_CRATES: [&str; 9] = [
    "yew",
    "web_sys",
    "web-sys",
    "js_sys",
    "js-sys",
    "gloo",
    "wasm_bindgen",
    "wasm-bindgen",
    "wasm_bindgen_futures",
];

/// Every web crate named in `text` as a whole word (letters, digits, `_` and `-` delimit words).
fn web_crates_named(text: &str) -> Vec<&'static str> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .collect();
    WEB_CRATES
        .iter()
        .copied()
        .filter(|name| words.contains(name))
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/model is readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_scanner_catches_a_web_crate() {
    assert_eq!(web_crates_named("use yew::prelude::*;"), vec!["yew"]);
    assert_eq!(
        web_crates_named("let w = web_sys::window();"),
        vec!["web_sys"]
    );
    assert_eq!(
        web_crates_named("gloo-timers"),
        Vec::<&str>::new(),
        "a different crate"
    );
    assert!(web_crates_named("fn yewish() {}").is_empty());
}

#[test]
fn no_file_under_src_model_names_a_web_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(files.len() >= 10, "found the model's files: {files:?}");
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable source");
        let named = web_crates_named(&text);
        assert!(named.is_empty(), "{} names {:?}", file.display(), named);
    }
}
