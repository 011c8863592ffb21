//! The documentation stays true: `docs/fields.md` lists every field with the bounds the
//! validation enforces (regenerate with `cargo run --example fields > docs/fields.md`).
#![cfg(not(target_arch = "wasm32"))]

#[test]
fn fields_doc_matches_the_table() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/fields.md");
    let doc = std::fs::read_to_string(&path).expect("docs/fields.md exists");
    let table = hezuo_core::model::params::fields_markdown();
    assert!(
        doc.contains(&table),
        "docs/fields.md is out of date: run `cargo run --example fields > docs/fields.md`"
    );
}
