//! Numbers for machines (the `data-yuan` attributes): the shortest text that reads back as
//! the same f64, written by the browser's own Number → string (Rust's float formatting would
//! add ~10 KB of WebAssembly for the same digits).

/// `x` as JavaScript writes it: the shortest round-trip decimal (`1234.5`, `1e+21`).
pub fn exact(x: f64) -> String {
    web_sys::js_sys::Number::from(x)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}

/// [`exact`] of every number in `xs`, in order, in three calls into JavaScript instead of one
/// per number (the results table writes about eighty on every keystroke).
pub fn exact_all(xs: &[f64]) -> Vec<String> {
    use web_sys::js_sys::{Array, Float64Array};
    if xs.is_empty() {
        return Vec::new();
    }
    // `Array.prototype.join` writes each number as `String(x)` does.
    let joined = String::from(Array::from(&Float64Array::from(xs)).join(","));
    joined.split(',').map(String::from).collect()
}
