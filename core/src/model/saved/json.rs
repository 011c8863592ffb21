//! The JSON a saved scenario is made of: [`Value`], what a parser gives (read through
//! [`JsonTree`], so that the browser's `JSON.parse` and the tests' serde_json share one reader),
//! and JSON strings written out.

use std::fmt::Write as _;

/// Values nested deeper than this are read as null (no document of ours goes past 3).
pub const MAX_DEPTH: u8 = 8;

/// A JSON value, as parsed by the browser (or by a test), before it is checked.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Num(f64),
    /// A string.
    Str(String),
    /// An array.
    List(Vec<Value>),
    /// An object, its keys in order.
    Map(Vec<(String, Value)>),
}

impl Value {
    /// The value of `key` in an object (the last one when a key repeats, as `JSON.parse` does).
    pub fn field(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Map(pairs) => pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub(super) fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// A whole number from 0 up to 2^53 (exact in every JSON reader).
    pub(super) fn as_whole(&self) -> Option<u64> {
        match self {
            Value::Num(x) if x.fract() == 0.0 && (0.0..=9_007_199_254_740_992.0).contains(x) => {
                Some(*x as u64)
            }
            _ => None,
        }
    }
}

/// A JSON value as a parser gives it: the browser's `JSON.parse` result on the household page,
/// serde_json's in the native tests. [`Value::read`] is the one reader of parsed JSON.
pub trait JsonTree: Sized {
    /// The string, if it is one.
    fn string(&self) -> Option<String>;
    /// The number, if it is one.
    fn number(&self) -> Option<f64>;
    /// The boolean, if it is one.
    fn boolean(&self) -> Option<bool>;
    /// The items, if it is an array.
    fn items(&self) -> Option<Vec<Self>>;
    /// The keys and values, in order, if it is an object.
    fn entries(&self) -> Option<Vec<(String, Self)>>;
}

impl Value {
    /// A parsed value, copied (anything deeper than [`MAX_DEPTH`] is read as null).
    pub fn read<J: JsonTree>(json: &J) -> Value {
        Value::read_at(json, 0)
    }

    fn read_at<J: JsonTree>(json: &J, depth: u8) -> Value {
        if depth > MAX_DEPTH {
            Value::Null
        } else if let Some(s) = json.string() {
            Value::Str(s)
        } else if let Some(x) = json.number() {
            Value::Num(x)
        } else if let Some(b) = json.boolean() {
            Value::Bool(b)
        } else if let Some(items) = json.items() {
            Value::List(items.iter().map(|v| Value::read_at(v, depth + 1)).collect())
        } else if let Some(entries) = json.entries() {
            let pairs = entries.into_iter();
            Value::Map(
                pairs
                    .map(|(k, v)| (k, Value::read_at(&v, depth + 1)))
                    .collect(),
            )
        } else {
            Value::Null
        }
    }
}

/// `s` as a JSON string literal.
pub(super) fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
