//! Names and ids that do not clash, the listing of what is stored, and merging an import with
//! what is saved.

use std::collections::{HashMap, HashSet};

use super::entry::read_entry;
use super::json::Value;
use super::*;

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

/// Hands out new ids for one moment: the time in milliseconds (with the page's token, see
/// [`IdMaker::in_tab`]), then `-2`, `-3`, … when `taken` says it is in use. Many in a row (an
/// import of thousands of scenarios in the same millisecond) do not try again the ones it
/// already gave: each id costs one or a few `taken` checks, not one per id handed out before.
pub struct IdMaker {
    base: String,
    next: u32,
}

impl IdMaker {
    /// Ids for the time `now` (milliseconds).
    pub fn new(now: u64) -> Self {
        Self::in_tab(now, "")
    }

    /// Ids for the time `now` in the page (browser tab) whose token is `tab` (see
    /// [`crate::app::saved::Device::tab`]): `now-tab`, so that two tabs saving in the same
    /// millisecond, each seeing the id free, never write the same key. No token: `now`.
    pub fn in_tab(now: u64, tab: &str) -> Self {
        IdMaker {
            base: if tab.is_empty() {
                now.to_string()
            } else {
                format!("{now}-{tab}")
            },
            next: 1,
        }
    }

    /// The next id that `taken` does not say is in use.
    pub fn make(&mut self, taken: &dyn Fn(&str) -> bool) -> String {
        loop {
            let id = match self.next {
                1 => self.base.clone(),
                n => format!("{}-{n}", self.base),
            };
            self.next = self.next.saturating_add(1);
            if !taken(&id) || self.next == u32::MAX {
                return id;
            }
        }
    }
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
    // By query (name and time of each, in order) and by name: each incoming scenario is
    // checked in constant time, so a file of thousands merges in linear time.
    let mut by_query: HashMap<String, Vec<(String, u64)>> = HashMap::new();
    let mut names: HashSet<String> = HashSet::new();
    for k in existing {
        by_query
            .entry(k.query.clone())
            .or_default()
            .push((k.name.clone(), k.saved));
        names.insert(k.name.clone());
    }
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
        let same = by_query.get(&s.query).and_then(|v| {
            v.iter()
                .find(|(name, saved)| *name == s.name || *saved == s.saved)
        });
        if let Some((name, _)) = same {
            out.push(Merged::AlreadySaved { name: name.clone() });
            continue;
        }
        let name = unique_name(&s.name, &|n| names.contains(n));
        let asked = (name != s.name).then(|| s.name.clone());
        let scenario = Scenario { name, ..s };
        names.insert(scenario.name.clone());
        by_query
            .entry(scenario.query.clone())
            .or_default()
            .push((scenario.name.clone(), scenario.saved));
        out.push(Merged::Add { scenario, asked });
    }
    out
}
