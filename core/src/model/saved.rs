//! Saved scenarios: the stored format and its versions, reading (with migration), merging an
//! imported file with what is saved (name clashes renamed visibly), and the export file.
//!
//! A scenario is its link query (the same text as the address bar's, see `docs/contracts.md`, *Link
//! format*), a name and the time it was saved. The browser keeps each one under its own key,
//! [`KEY_PREFIX`] + id, as one small JSON object, so a damaged entry never takes the others
//! with it.
//!
//! Versions of the stored entry (the `v` field):
//!
//! - **1** (current, the first release that saves scenarios):
//!   `{"v":1,"name":"…","query":"land=6&adults=3","saved":1764500000000}`, `saved` in
//!   milliseconds since 1970 (UTC).
//! - **no `v`, the plain shape**: `{"name":"…","query":"…"}` or `{"name":"…","link":"https://…/?land=6"}`,
//!   `saved` optional. No release ever wrote it; it is accepted so that a list written by hand
//!   or by another tool can be imported. It is read as version 1 and written as version 1.
//! - **2 and up**: written by a newer app. Never read, never overwritten, reported.
//!
//! JSON text is parsed outside (in the browser by its own `JSON.parse`, natively in tests) into
//! a [`Value`]; this module reads values and writes JSON text, so it needs no JSON crate.

use std::fmt::Write as _;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// Every saved scenario lives under this prefix followed by its id.
pub const KEY_PREFIX: &str = "hezuo.scenario.";
/// The format version this app writes.
pub const CURRENT: u64 = 1;
/// Names longer than this (in characters) are cut.
pub const MAX_NAME_CHARS: usize = 80;
/// A query longer than this (in bytes) is not a scenario of this app (links are well under 1 KB).
pub const MAX_QUERY_BYTES: usize = 4096;
/// An import file larger than this is not read.
pub const MAX_IMPORT_BYTES: f64 = 2_000_000.0;
/// The export file's `app` field.
pub const EXPORT_APP: &str = "hezuo";
/// The export file's `kind` field.
pub const EXPORT_KIND: &str = "scenarios";

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

    fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// A whole number from 0 up to 2^53 (exact in every JSON reader).
    fn as_whole(&self) -> Option<u64> {
        match self {
            Value::Num(x) if x.fract() == 0.0 && (0.0..=9_007_199_254_740_992.0).contains(x) => {
                Some(*x as u64)
            }
            _ => None,
        }
    }
}

/// Deserializes a [`Value`] at some depth (deeper than [`MAX_DEPTH`]: null, content skipped).
struct Depth(u8);

impl<'de> DeserializeSeed<'de> for Depth {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        if self.0 > MAX_DEPTH {
            d.deserialize_ignored_any(IgnoredAny).map(|_| Value::Null)
        } else {
            d.deserialize_any(self)
        }
    }
}

impl<'de> Visitor<'de> for Depth {
    type Value = Value;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Num(n as f64))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Num(n as f64))
    }
    fn visit_f64<E>(self, x: f64) -> Result<Value, E> {
        Ok(Value::Num(x))
    }
    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::Str(s.to_owned()))
    }
    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::Str(s))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element_seed(Depth(self.0 + 1))? {
            items.push(v);
        }
        Ok(Value::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut pairs = Vec::new();
        while let Some(k) = map.next_key::<String>()? {
            pairs.push((k, map.next_value_seed(Depth(self.0 + 1))?));
        }
        Ok(Value::Map(pairs))
    }
}

impl<'de> serde::Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        Depth(0).deserialize(d)
    }
}

/// One saved scenario: its name, its link query and when it was saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// The name the user gave it (trimmed, never blank, at most [`MAX_NAME_CHARS`]).
    pub name: String,
    /// The link's query string, without `?` (empty: every default).
    pub query: String,
    /// When it was saved, in milliseconds since 1970 (UTC).
    pub saved: u64,
}

/// A saved scenario and the id of its storage key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The part of the key after [`KEY_PREFIX`].
    pub id: String,
    /// What is saved there.
    pub scenario: Scenario,
}

/// Why a stored or imported entry cannot be read. It is skipped and left as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// The text is not JSON.
    NotJson,
    /// The JSON is not an object.
    NotAnObject,
    /// `v` is present but is not a whole number from 1 up.
    BadVersion,
    /// Written by a newer version of the app, in this format version: kept, never overwritten.
    Future(u64),
    /// `name` is missing, not text, or blank.
    BadName,
    /// `query` (a plain entry: `query` or `link`) is missing, not text, or too long.
    BadQuery,
    /// `saved` is missing or not a whole number of milliseconds.
    BadTime,
}

/// Why an import file cannot be read at all. Nothing is saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is larger than [`MAX_IMPORT_BYTES`].
    TooLarge,
    /// The file could not be read, or its text is not JSON.
    NotJson,
    /// JSON, but not a scenarios file: no `scenarios` list, or a `v` that is not a version.
    WrongShape,
    /// A scenarios file written by a newer version of the app, in this format version.
    Future(u64),
}

/// Why the browser's storage refused to write. Nothing already saved is lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The storage for this site is full (the browser's `QuotaExceededError`).
    Full,
    /// The browser gives this page no storage, or refused for another reason.
    Unavailable,
}

/// Which shape an entry was read from (all are written back as the current version).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// No `v`: the plain shape (`name` with `query` or `link`).
    Plain,
    /// Version 1.
    V1,
}

/// The format version of an object: `None` when it has no `v`.
fn version(value: &Value) -> Result<Option<u64>, EntryError> {
    match value.field("v") {
        None => Ok(None),
        Some(v) => v.as_whole().map(Some).ok_or(EntryError::BadVersion),
    }
}

/// A name as kept: control characters as spaces, trimmed, cut to [`MAX_NAME_CHARS`].
pub fn clean_name(name: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let cut: String = name.trim().chars().take(MAX_NAME_CHARS).collect();
    cut.trim_end().to_owned()
}

fn name_of(value: &Value) -> Result<String, EntryError> {
    let name = clean_name(
        value
            .field("name")
            .and_then(Value::as_str)
            .ok_or(EntryError::BadName)?,
    );
    if name.is_empty() {
        Err(EntryError::BadName)
    } else {
        Ok(name)
    }
}

fn checked_query(query: &str) -> Result<String, EntryError> {
    let query = query.trim().trim_start_matches('?');
    if query.len() > MAX_QUERY_BYTES {
        Err(EntryError::BadQuery)
    } else {
        Ok(query.to_owned())
    }
}

/// The query of a full link: after the first `?`, before any `#` (none: every default).
fn query_of_link(link: &str) -> &str {
    let link = link.split('#').next().unwrap_or_default();
    link.split_once('?').map(|(_, q)| q).unwrap_or_default()
}

fn read_v1(value: &Value) -> Result<Scenario, EntryError> {
    let name = name_of(value)?;
    let query = value
        .field("query")
        .and_then(Value::as_str)
        .ok_or(EntryError::BadQuery)?;
    let saved = value
        .field("saved")
        .and_then(Value::as_whole)
        .ok_or(EntryError::BadTime)?;
    Ok(Scenario {
        name,
        query: checked_query(query)?,
        saved,
    })
}

fn read_plain(value: &Value, now: u64) -> Result<Scenario, EntryError> {
    let name = name_of(value)?;
    let query = match (value.field("query"), value.field("link")) {
        (Some(Value::Str(q)), _) => q.as_str(),
        (None, Some(Value::Str(link))) => query_of_link(link),
        _ => return Err(EntryError::BadQuery),
    };
    let saved = match value.field("saved") {
        None => now,
        Some(t) => t.as_whole().ok_or(EntryError::BadTime)?,
    };
    Ok(Scenario {
        name,
        query: checked_query(query)?,
        saved,
    })
}

/// Reads one entry of any known shape, migrating it to the current one. `now` stands in for a
/// plain entry's missing `saved`.
///
/// The migration path: no `v` → the plain shape; `1` → version 1; above [`CURRENT`] → refused
/// with [`EntryError::Future`] (the caller leaves it untouched); anything else → corrupt.
pub fn read_entry(value: &Value, now: u64) -> Result<(Scenario, Shape), EntryError> {
    if !matches!(value, Value::Map(_)) {
        return Err(EntryError::NotAnObject);
    }
    match version(value)? {
        None => read_plain(value, now).map(|s| (s, Shape::Plain)),
        Some(1) => read_v1(value).map(|s| (s, Shape::V1)),
        Some(v) if v > CURRENT => Err(EntryError::Future(v)),
        Some(_) => Err(EntryError::BadVersion),
    }
}

/// `s` as a JSON string literal.
fn json_string(out: &mut String, s: &str) {
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

fn write_entry(out: &mut String, s: &Scenario) {
    out.push_str("{\"v\":");
    let _ = write!(out, "{CURRENT}");
    out.push_str(",\"name\":");
    json_string(out, &s.name);
    out.push_str(",\"query\":");
    json_string(out, &s.query);
    let _ = write!(out, ",\"saved\":{}}}", s.saved);
}

/// The JSON text stored for a scenario, in the current version.
pub fn entry_json(s: &Scenario) -> String {
    let mut out = String::with_capacity(64 + s.name.len() + s.query.len());
    write_entry(&mut out, s);
    out
}

/// The export file: every scenario, one a line, with when it was exported.
///
/// ```json
/// {
///   "app": "hezuo",
///   "kind": "scenarios",
///   "v": 1,
///   "exported": 1764500000000,
///   "scenarios": [
///     {"v":1,"name":"…","query":"…","saved":1764400000000}
///   ]
/// }
/// ```
pub fn export_json(scenarios: &[Scenario], exported: u64) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "{{\n  \"app\": \"{EXPORT_APP}\",\n  \"kind\": \"{EXPORT_KIND}\",\n  \"v\": {CURRENT},\n  \"exported\": {exported},\n  \"scenarios\": ["
    );
    for (i, s) in scenarios.iter().enumerate() {
        out.push_str(if i == 0 { "\n    " } else { ",\n    " });
        write_entry(&mut out, s);
    }
    out.push_str(if scenarios.is_empty() {
        "]\n}\n"
    } else {
        "\n  ]\n}\n"
    });
    out
}

/// Reads an import file (already parsed): its entries, each read or refused on its own.
/// A file with no `v` is taken as plain (a list written by hand); a newer version is refused.
pub fn read_export(
    value: &Value,
    now: u64,
) -> Result<Vec<Result<Scenario, EntryError>>, ImportError> {
    if !matches!(value, Value::Map(_)) {
        return Err(ImportError::WrongShape);
    }
    match version(value) {
        Ok(None | Some(1)) => {}
        Ok(Some(v)) if v > CURRENT => return Err(ImportError::Future(v)),
        _ => return Err(ImportError::WrongShape),
    }
    let Some(Value::List(items)) = value.field("scenarios") else {
        return Err(ImportError::WrongShape);
    };
    Ok(items
        .iter()
        .map(|item| read_entry(item, now).map(|(s, _)| s))
        .collect())
}

/// `wanted`, or when `taken` says it is in use, `wanted (2)`, `wanted (3)`, … (a name that
/// already ends in ` (n)`, n below 1000, counts on from n), kept within [`MAX_NAME_CHARS`].
pub fn unique_name(wanted: &str, taken: &dyn Fn(&str) -> bool) -> String {
    if !taken(wanted) {
        return wanted.to_owned();
    }
    let counted = wanted
        .strip_suffix(')')
        .and_then(|w| w.rsplit_once('('))
        .and_then(|(base, n)| {
            let digits = !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit());
            let base = base.strip_suffix(' ')?;
            digits.then(|| (base, n.parse::<u32>().unwrap_or(1)))
        });
    let (base, from) = match counted {
        Some((base, n)) if !base.trim().is_empty() => (base, n + 1),
        _ => (wanted, 2),
    };
    (from..)
        .map(|n| {
            let suffix = format!(" ({n})");
            let room = MAX_NAME_CHARS.saturating_sub(suffix.len());
            let base: String = base.chars().take(room).collect();
            format!("{}{suffix}", base.trim_end())
        })
        .find(|name| !taken(name))
        .unwrap_or_else(|| wanted.to_owned())
}

/// A new id: the time in milliseconds, with `-2`, `-3`, … when `taken` says it is in use.
pub fn new_id(now: u64, taken: &dyn Fn(&str) -> bool) -> String {
    let base = now.to_string();
    std::iter::once(base.clone())
        .chain((2u32..).map(|n| format!("{base}-{n}")))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// An entry that could not be read, by its id. Left as it is in storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The part of its key after [`KEY_PREFIX`].
    pub id: String,
    /// Why it was skipped.
    pub error: EntryError,
}

/// What storage holds: the scenarios that could be read, the entries that could not, and every
/// id in use (new ids avoid them all, so a skipped entry is never overwritten).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Listing {
    /// Readable scenarios, newest first (then by name).
    pub entries: Vec<Entry>,
    /// Entries skipped, by id.
    pub skipped: Vec<Skipped>,
    /// Every id under [`KEY_PREFIX`], readable or not.
    pub ids: Vec<String>,
}

impl Listing {
    /// Whether `id` is in use.
    pub fn has_id(&self, id: &str) -> bool {
        self.ids.iter().any(|i| i == id)
    }

    /// Whether a readable scenario has this name.
    pub fn has_name(&self, name: &str) -> bool {
        self.entries.iter().any(|e| e.scenario.name == name)
    }

    /// The scenario saved under `id`.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// The readable scenarios, newest first.
    pub fn scenarios(&self) -> Vec<Scenario> {
        self.entries.iter().map(|e| e.scenario.clone()).collect()
    }
}

/// Builds the listing from storage's keys and their parsed values (`None`: the text is not
/// JSON). Keys outside [`KEY_PREFIX`] are ignored.
pub fn listing(raw: Vec<(String, Option<Value>)>, now: u64) -> Listing {
    let mut out = Listing::default();
    for (key, value) in raw {
        let Some(id) = key.strip_prefix(KEY_PREFIX) else {
            continue;
        };
        out.ids.push(id.to_owned());
        let read = value
            .ok_or(EntryError::NotJson)
            .and_then(|v| read_entry(&v, now));
        // Kept in order as they come (a few dozen at most: no sort needed).
        match read {
            Ok((scenario, _)) => {
                let key = (std::cmp::Reverse(scenario.saved), &scenario.name, id);
                let at = out.entries.partition_point(|e| {
                    (
                        std::cmp::Reverse(e.scenario.saved),
                        &e.scenario.name,
                        e.id.as_str(),
                    ) < key
                });
                let id = id.to_owned();
                out.entries.insert(at, Entry { id, scenario });
            }
            Err(error) => {
                let at = out.skipped.partition_point(|s| s.id.as_str() < id);
                let id = id.to_owned();
                out.skipped.insert(at, Skipped { id, error });
            }
        }
    }
    out
}

/// What happens to one entry of an import file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Merged {
    /// New here: save it. `asked` is the name in the file when a clash made it change.
    Add {
        /// The scenario to save, under its final name.
        scenario: Scenario,
        /// The name in the file, when it had to change.
        asked: Option<String>,
    },
    /// Already saved (same query, and the same name or the same time saved): nothing to do.
    AlreadySaved {
        /// The name it is saved under here.
        name: String,
    },
    /// Could not be read: its position in the file (from 1) and why. Nothing saved.
    Skip {
        /// Position in the file's list, from 1.
        position: usize,
        /// Why.
        error: EntryError,
    },
}

/// Merges an import file's entries with what is saved. One already there is not added twice:
/// same query, and the same name or the same time saved (the same save, perhaps renamed since,
/// or on an earlier import). A name in use (saved, or earlier in the file) becomes
/// `name (2)`, `name (3)`, ….
pub fn merge(existing: &[Scenario], incoming: Vec<Result<Scenario, EntryError>>) -> Vec<Merged> {
    let mut known = existing.to_vec();
    let mut out = Vec::with_capacity(incoming.len());
    for (i, item) in incoming.into_iter().enumerate() {
        let s = match item {
            Ok(s) => s,
            Err(error) => {
                out.push(Merged::Skip {
                    position: i + 1,
                    error,
                });
                continue;
            }
        };
        let same = known
            .iter()
            .find(|k| k.query == s.query && (k.name == s.name || k.saved == s.saved));
        if let Some(k) = same {
            out.push(Merged::AlreadySaved {
                name: k.name.clone(),
            });
            continue;
        }
        let name = unique_name(&s.name, &|n| known.iter().any(|k| k.name == n));
        let asked = (name != s.name).then(|| s.name.clone());
        let scenario = Scenario { name, ..s };
        known.push(scenario.clone());
        out.push(Merged::Add { scenario, asked });
    }
    out
}

// Native only: the tests parse JSON text with serde_json, a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    const NOW: u64 = 1_764_500_000_000;

    /// JSON text to a value, as the browser's `JSON.parse` would (`None`: not JSON).
    fn parse(text: &str) -> Option<Value> {
        serde_json::from_str(text).ok()
    }

    fn scenario(name: &str, query: &str, saved: u64) -> Scenario {
        Scenario {
            name: name.into(),
            query: query.into(),
            saved,
        }
    }

    /// Reads stored text the way the app does.
    fn read_text(text: &str) -> Result<(Scenario, Shape), EntryError> {
        parse(text)
            .ok_or(EntryError::NotJson)
            .and_then(|v| read_entry(&v, NOW))
    }

    // Fixtures: one per shape that exists. Version 1 is the only version ever written; the
    // plain shape (no `v`) is accepted for lists written by hand; version 2 does not exist
    // yet and stands for any newer app's entry (its fields may mean anything).
    const FIXTURE_V1: &str =
        r#"{"v":1,"name":"三亩地 B2","query":"land=3&adults=2&fail=5","saved":1764400000000}"#;
    const FIXTURE_PLAIN_QUERY: &str = r#"{"name":"Plain","query":"?lang=en&land=6"}"#;
    const FIXTURE_PLAIN_LINK: &str =
        r#"{"name":"From a link","link":"http://127.0.0.1:8080/?land=6&adults=3#x","saved":5}"#;
    const FIXTURE_FUTURE_V2: &str =
        r#"{"v":2,"name":{"zh":"新","en":"new"},"scenario":{"land":6},"saved":"2027-01-01"}"#;

    #[test]
    fn reads_every_shape_and_refuses_the_rest() {
        type Want = Result<(Scenario, Shape), EntryError>;
        let v1 = scenario("三亩地 B2", "land=3&adults=2&fail=5", 1_764_400_000_000);
        let cases: Vec<(&str, &str, Want)> = vec![
            ("version 1 fixture", FIXTURE_V1, Ok((v1.clone(), Shape::V1))),
            (
                "version 1 with unknown extra fields",
                r#"{"v":1,"name":"x","query":"land=1","saved":1,"colour":"red"}"#,
                Ok((scenario("x", "land=1", 1), Shape::V1)),
            ),
            (
                "version 1, empty query is every default",
                r#"{"v":1,"name":"defaults","query":"","saved":0}"#,
                Ok((scenario("defaults", "", 0), Shape::V1)),
            ),
            (
                "version 1, name trimmed and control characters spaced",
                "{\"v\":1,\"name\":\"  a\\u0007b  \",\"query\":\"?land=2\",\"saved\":3}",
                Ok((scenario("a b", "land=2", 3), Shape::V1)),
            ),
            (
                "plain shape with a query, no time: now",
                FIXTURE_PLAIN_QUERY,
                Ok((scenario("Plain", "lang=en&land=6", NOW), Shape::Plain)),
            ),
            (
                "plain shape with a full link",
                FIXTURE_PLAIN_LINK,
                Ok((scenario("From a link", "land=6&adults=3", 5), Shape::Plain)),
            ),
            (
                "plain shape, a link without a query is every default",
                r#"{"name":"home","link":"http://127.0.0.1/"}"#,
                Ok((scenario("home", "", NOW), Shape::Plain)),
            ),
            (
                "future version 2",
                FIXTURE_FUTURE_V2,
                Err(EntryError::Future(2)),
            ),
            (
                "future version 99, whatever its fields",
                r#"{"v":99}"#,
                Err(EntryError::Future(99)),
            ),
            ("not JSON", "{\"v\":1,\"name\":", Err(EntryError::NotJson)),
            ("empty text", "", Err(EntryError::NotJson)),
            ("an array", "[1,2]", Err(EntryError::NotAnObject)),
            ("a string", "\"land=3\"", Err(EntryError::NotAnObject)),
            ("null", "null", Err(EntryError::NotAnObject)),
            (
                "version 0",
                r#"{"v":0,"name":"x","query":"","saved":1}"#,
                Err(EntryError::BadVersion),
            ),
            (
                "version as text",
                r#"{"v":"1","name":"x","query":"","saved":1}"#,
                Err(EntryError::BadVersion),
            ),
            (
                "version 1.5",
                r#"{"v":1.5,"name":"x","query":"","saved":1}"#,
                Err(EntryError::BadVersion),
            ),
            (
                "version null",
                r#"{"v":null,"name":"x","query":"","saved":1}"#,
                Err(EntryError::BadVersion),
            ),
            (
                "no name",
                r#"{"v":1,"query":"","saved":1}"#,
                Err(EntryError::BadName),
            ),
            (
                "blank name",
                r#"{"v":1,"name":"   ","query":"","saved":1}"#,
                Err(EntryError::BadName),
            ),
            (
                "name is a number",
                r#"{"v":1,"name":7,"query":"","saved":1}"#,
                Err(EntryError::BadName),
            ),
            (
                "no query",
                r#"{"v":1,"name":"x","saved":1}"#,
                Err(EntryError::BadQuery),
            ),
            (
                "query is a list",
                r#"{"v":1,"name":"x","query":["land=1"],"saved":1}"#,
                Err(EntryError::BadQuery),
            ),
            (
                "version 1 does not take a link",
                r#"{"v":1,"name":"x","link":"http://a/?land=1","saved":1}"#,
                Err(EntryError::BadQuery),
            ),
            (
                "plain without query or link",
                r#"{"name":"x"}"#,
                Err(EntryError::BadQuery),
            ),
            (
                "no time",
                r#"{"v":1,"name":"x","query":""}"#,
                Err(EntryError::BadTime),
            ),
            (
                "negative time",
                r#"{"v":1,"name":"x","query":"","saved":-1}"#,
                Err(EntryError::BadTime),
            ),
            (
                "fractional time",
                r#"{"v":1,"name":"x","query":"","saved":1.5}"#,
                Err(EntryError::BadTime),
            ),
            (
                "time as text",
                r#"{"v":1,"name":"x","query":"","saved":"today"}"#,
                Err(EntryError::BadTime),
            ),
            (
                "plain with a bad time",
                r#"{"name":"x","query":"","saved":"today"}"#,
                Err(EntryError::BadTime),
            ),
        ];
        for (case, text, want) in cases {
            assert_eq!(read_text(text), want, "{case}");
        }
    }

    #[test]
    fn a_query_too_long_is_refused_and_a_long_name_is_cut() {
        let long_query = format!(
            r#"{{"v":1,"name":"x","query":"{}","saved":1}}"#,
            "a".repeat(5000)
        );
        assert_eq!(read_text(&long_query), Err(EntryError::BadQuery));
        let long_name = format!(
            r#"{{"v":1,"name":"{}","query":"","saved":1}}"#,
            "名".repeat(200)
        );
        let (s, _) = read_text(&long_name).expect("readable");
        assert_eq!(s.name.chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn deep_nesting_is_read_as_null_not_a_crash() {
        let deep = format!("{}1{}", "[".repeat(100), "]".repeat(100));
        let mut v = serde_json::from_str::<Value>(&deep).expect("serde_json takes 100 levels");
        let mut depth = 0;
        while let Value::List(mut items) = v {
            v = items.pop().expect("one item");
            depth += 1;
        }
        // Levels 0 to MAX_DEPTH are kept; below them, null.
        assert_eq!((depth, v), (usize::from(MAX_DEPTH) + 1, Value::Null));
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let names = [
            ("chinese", "三亩地，两个劳力"),
            ("quotes and backslash", r#"say "hi" \ there"#),
            ("emoji", "🐔 chickens"),
            ("line separators", "a\u{2028}b"),
            ("brackets", "A (2)"),
        ];
        for (case, name) in names {
            let s = scenario(name, "lang=en&land=6&cash=%E4%BA%94", NOW);
            let text = entry_json(&s);
            assert!(!text.contains('\n'), "{case}: one line");
            assert_eq!(read_text(&text), Ok((s, Shape::V1)), "{case}");
        }
    }

    #[test]
    fn version_1_is_written_exactly_like_this() {
        let s = scenario("三亩地 B2", "land=3&adults=2&fail=5", 1_764_400_000_000);
        assert_eq!(entry_json(&s), FIXTURE_V1);
    }

    #[test]
    fn the_export_file_has_this_shape_and_reads_back() {
        let list = [scenario("A", "land=6", 2), scenario("B \"quoted\"", "", 1)];
        let text = export_json(&list, NOW);
        assert_eq!(
            text,
            "{\n  \"app\": \"hezuo\",\n  \"kind\": \"scenarios\",\n  \"v\": 1,\n  \"exported\": 1764500000000,\n  \"scenarios\": [\n    {\"v\":1,\"name\":\"A\",\"query\":\"land=6\",\"saved\":2},\n    {\"v\":1,\"name\":\"B \\\"quoted\\\"\",\"query\":\"\",\"saved\":1}\n  ]\n}\n"
        );
        let back = read_export(&parse(&text).expect("JSON"), NOW);
        assert_eq!(back, Ok(list.iter().cloned().map(Ok).collect()));
        let empty = export_json(&[], NOW);
        assert_eq!(read_export(&parse(&empty).expect("JSON"), NOW), Ok(vec![]));
    }

    #[test]
    fn import_files_are_read_or_refused() {
        type Want = Result<Vec<Result<Scenario, EntryError>>, ImportError>;
        let cases: Vec<(&str, &str, Want)> = vec![
            (
                "version 1 file with a corrupt, a future and a plain entry",
                r#"{"app":"hezuo","kind":"scenarios","v":1,"exported":9,"scenarios":[
                    {"v":1,"name":"A","query":"land=6","saved":2},
                    {"v":1,"name":"","query":"","saved":1},
                    {"v":3,"name":"new"},
                    {"name":"P","link":"http://x/?adults=4"}]}"#,
                Ok(vec![
                    Ok(scenario("A", "land=6", 2)),
                    Err(EntryError::BadName),
                    Err(EntryError::Future(3)),
                    Ok(scenario("P", "adults=4", NOW)),
                ]),
            ),
            (
                "plain file: no version, just the list",
                r#"{"scenarios":[{"name":"P","query":"land=2"}]}"#,
                Ok(vec![Ok(scenario("P", "land=2", NOW))]),
            ),
            (
                "future file",
                r#"{"v":2,"scenarios":[]}"#,
                Err(ImportError::Future(2)),
            ),
            (
                "a bare list",
                r#"[{"name":"P","query":""}]"#,
                Err(ImportError::WrongShape),
            ),
            ("no scenarios", r#"{"v":1}"#, Err(ImportError::WrongShape)),
            (
                "scenarios not a list",
                r#"{"v":1,"scenarios":{"a":1}}"#,
                Err(ImportError::WrongShape),
            ),
            (
                "version as text",
                r#"{"v":"one","scenarios":[]}"#,
                Err(ImportError::WrongShape),
            ),
            ("a number", "42", Err(ImportError::WrongShape)),
        ];
        for (case, text, want) in cases {
            assert_eq!(
                read_export(&parse(text).expect("JSON"), NOW),
                want,
                "{case}"
            );
        }
    }

    #[test]
    fn storage_listing_skips_what_it_cannot_read() {
        let raw = vec![
            ("hezuo.lang".to_string(), None),
            ("hezuo.scenario.b".to_string(), parse(FIXTURE_V1)),
            (
                "hezuo.scenario.a".to_string(),
                parse(r#"{"v":1,"name":"Old","query":"","saved":1}"#),
            ),
            ("hezuo.scenario.c".to_string(), None),
            ("hezuo.scenario.d".to_string(), parse(FIXTURE_FUTURE_V2)),
            ("hezuo.scenario.e".to_string(), parse(FIXTURE_PLAIN_LINK)),
            ("other.scenario.f".to_string(), parse(FIXTURE_V1)),
        ];
        let list = listing(raw, NOW);
        let order: Vec<(&str, &str)> = list
            .entries
            .iter()
            .map(|e| (e.id.as_str(), e.scenario.name.as_str()))
            .collect();
        assert_eq!(
            order,
            [("b", "三亩地 B2"), ("e", "From a link"), ("a", "Old")],
            "newest first"
        );
        assert_eq!(
            list.skipped,
            [
                Skipped {
                    id: "c".into(),
                    error: EntryError::NotJson
                },
                Skipped {
                    id: "d".into(),
                    error: EntryError::Future(2)
                },
            ]
        );
        assert_eq!(list.ids, ["b", "a", "c", "d", "e"]);
        assert!(list.has_id("d") && !list.has_id("f"));
        assert!(list.has_name("Old") && !list.has_name("c"));
        let id = new_id(NOW, &|id| list.has_id(id));
        assert!(!list.has_id(&id), "a new id never lands on a skipped entry");
    }

    #[test]
    fn unique_names() {
        let cases: [(&str, &[&str], &str, &str); 7] = [
            ("free", &["B"], "A", "A"),
            ("clash", &["A"], "A", "A (2)"),
            ("clash twice", &["A", "A (2)"], "A", "A (3)"),
            (
                "counts on from a counted name",
                &["A (2)"],
                "A (2)",
                "A (3)",
            ),
            (
                "a year in brackets is not a count",
                &["Plan (2025)"],
                "Plan (2025)",
                "Plan (2025) (2)",
            ),
            (
                "brackets that are not a count",
                &["A (x)"],
                "A (x)",
                "A (x) (2)",
            ),
            ("only a count", &["(2)"], "(2)", "(2) (2)"),
        ];
        for (case, taken, wanted, want) in cases {
            assert_eq!(unique_name(wanted, &|n| taken.contains(&n)), want, "{case}");
        }
        let long = "长".repeat(MAX_NAME_CHARS);
        let renamed = unique_name(&long, &|n| n == long);
        assert_eq!(renamed.chars().count(), MAX_NAME_CHARS, "cut to fit");
        assert!(renamed.ends_with(" (2)"), "{renamed}");
    }

    #[test]
    fn new_ids() {
        let cases: [(&str, u64, &[&str], &str); 4] = [
            ("zero", 0, &[], "0"),
            ("the time", NOW, &[], "1764500000000"),
            ("taken", 35, &["35"], "35-2"),
            ("taken twice", 35, &["35", "35-2"], "35-3"),
        ];
        for (case, now, taken, want) in cases {
            assert_eq!(new_id(now, &|id| taken.contains(&id)), want, "{case}");
        }
    }

    #[test]
    fn merging_an_import() {
        type Case<'a> = (&'a str, Vec<Result<Scenario, EntryError>>, Vec<Merged>);
        let saved = [scenario("A", "land=6", 1), scenario("B", "land=2", 2)];
        let add_at = |name: &str, query: &str, saved: u64, asked: Option<&str>| Merged::Add {
            scenario: scenario(name, query, saved),
            asked: asked.map(str::to_owned),
        };
        let add = |name: &str, query: &str, asked: Option<&str>| add_at(name, query, 9, asked);
        let cases: Vec<Case> = vec![
            (
                "new name",
                vec![Ok(scenario("C", "", 9))],
                vec![add("C", "", None)],
            ),
            (
                "clash with a saved one is renamed",
                vec![Ok(scenario("A", "land=9", 9))],
                vec![add("A (2)", "land=9", Some("A"))],
            ),
            (
                "same name and query is not added twice",
                vec![Ok(scenario("A", "land=6", 9))],
                vec![Merged::AlreadySaved { name: "A".into() }],
            ),
            (
                "same query and time under another name: the same save, renamed since",
                vec![Ok(scenario("A (2)", "land=2", 2))],
                vec![Merged::AlreadySaved { name: "B".into() }],
            ),
            (
                "same time, another query: a different scenario",
                vec![Ok(scenario("A", "land=7", 1))],
                vec![add_at("A (2)", "land=7", 1, Some("A"))],
            ),
            (
                "clash inside the file too",
                vec![Ok(scenario("A", "x=1", 9)), Ok(scenario("A", "x=2", 9))],
                vec![
                    add("A (2)", "x=1", Some("A")),
                    add("A (3)", "x=2", Some("A")),
                ],
            ),
            (
                "a duplicate inside the file is added once",
                vec![Ok(scenario("C", "x=1", 9)), Ok(scenario("C", "x=1", 9))],
                vec![
                    add("C", "x=1", None),
                    Merged::AlreadySaved { name: "C".into() },
                ],
            ),
            (
                "unreadable entries are skipped with their position",
                vec![
                    Err(EntryError::BadName),
                    Ok(scenario("B", "land=3", 9)),
                    Err(EntryError::Future(2)),
                ],
                vec![
                    Merged::Skip {
                        position: 1,
                        error: EntryError::BadName,
                    },
                    add("B (2)", "land=3", Some("B")),
                    Merged::Skip {
                        position: 3,
                        error: EntryError::Future(2),
                    },
                ],
            ),
            ("nothing", vec![], vec![]),
        ];
        for (case, incoming, want) in cases {
            assert_eq!(merge(&saved, incoming), want, "{case}");
        }
    }
}
