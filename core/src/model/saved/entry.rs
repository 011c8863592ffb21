//! Reading a stored entry (every shape, with migration) and writing entries and the export
//! file.

use std::fmt::Write as _;

use super::json::{json_string, Value};
use super::*;

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
