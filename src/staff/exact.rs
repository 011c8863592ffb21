//! Numbers for machines (`data-yuan`, `data-ms`): the shortest text that reads back as the
//! same f64, written by the browser's own Number → string (Rust's float formatting would add
//! ~10 KB of WebAssembly for the same digits).

/// `x` as JavaScript writes it: the shortest round-trip decimal (`1234.5`, `1e+21`).
pub fn exact(x: f64) -> String {
    web_sys::js_sys::Number::from(x)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}
