//! Renders the household page's first screen ([`hezuo::household::FirstScreen`]) to HTML with
//! Yew's server renderer, once in Chinese and once in English, for `scripts/postbuild.mjs` to
//! put into the built `index.html` (issue #13: something on screen before the WebAssembly);
//! and writes the bases of the settings' defaults in words (`params::BASES`) as `basis.txt`,
//! which the household page reads when its settings are first opened (`src/household/bases.rs`):
//! every field's basis in Chinese, one a line in table order, then every one in English.
//!
//!     cargo run --example prerender -- DIR     # DIR/first-screen.zh.html, .en.html, basis.txt
#![forbid(unsafe_code)]

use std::path::PathBuf;

use hezuo::household::{FirstScreen, FirstScreenProps};
use hezuo_core::model::params::BASES;
use hezuo_core::model::Lang;

fn main() {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender DIR");
        std::process::exit(2);
    };
    for lang in [Lang::Zh, Lang::En] {
        let html = futures::executor::block_on(
            yew::ServerRenderer::<FirstScreen>::with_props(move || FirstScreenProps { lang })
                .hydratable(false)
                .render(),
        );
        write(
            &dir.join(format!("first-screen.{}.html", lang.code())),
            &html,
        );
    }
    let mut bases = String::new();
    for lang in [Lang::Zh, Lang::En] {
        for basis in &BASES {
            let line = basis.get(lang);
            assert!(!line.contains('\n'), "a basis is one line: {line}");
            bases.push_str(line);
            bases.push('\n');
        }
    }
    write(&dir.join("basis.txt"), &bases);
}

fn write(path: &std::path::Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        eprintln!("prerender: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}
