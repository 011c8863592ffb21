//! Renders the household page's first screen ([`hezuo::household::FirstScreen`]) to HTML with
//! Yew's server renderer, once in Chinese and once in English, for `scripts/postbuild.mjs` to
//! put into the built `index.html` (issue #13: something on screen before the WebAssembly).
//!
//!     cargo run --example prerender -- DIR     # writes DIR/first-screen.zh.html and .en.html
#![forbid(unsafe_code)]

use std::path::PathBuf;

use hezuo::household::{FirstScreen, FirstScreenProps};
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
        let path = dir.join(format!("first-screen.{}.html", lang.code()));
        if let Err(e) = std::fs::write(&path, html) {
            eprintln!("prerender: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
    }
}
