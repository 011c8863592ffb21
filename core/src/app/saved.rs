//! The saved-scenarios section's operations: save, open, rename, duplicate, delete and undo,
//! export and import. Each reads what is stored afresh (another tab may have changed it), does
//! one thing through a [`Device`] (the page's is the browser's storage, clock and downloads;
//! the tests' is a map in memory) and says how it went ([`Said`]). The format of what is stored
//! and the merging of imports are in [`crate::model::saved`].

use std::rc::Rc;

use super::link::{open_in, to_query};
use super::state::AppState;
use crate::i18n::saved::Said;
use crate::model::saved::{
    clean_name, export_json, merge, read_export, unique_name, Entry, IdMaker, ImportError, Listing,
    Merged, Scenario, StoreError, Value,
};

/// Where scenarios are kept, and what else the operations need from the device.
pub trait Device {
    /// Everything saved, read afresh.
    fn load(&self) -> Result<Listing, StoreError>;
    /// Saves `scenario` under `id` (replacing what was there).
    fn put(&mut self, id: &str, scenario: &Scenario) -> Result<(), StoreError>;
    /// Removes what is saved under `id`.
    fn remove(&mut self, id: &str) -> Result<(), StoreError>;
    /// Milliseconds since 1970 (UTC).
    fn now(&self) -> u64;
    /// A short token of this page (browser tab), the same for its life and most likely
    /// different in another tab, put in new ids ([`IdMaker::in_tab`]). None by default.
    fn tab(&self) -> String {
        String::new()
    }
    /// The local date of a time, `YYYY-MM-DD`.
    fn local_day(&self, ms: u64) -> String;
    /// JSON text parsed (`None`: not JSON).
    fn parse_json(&self, text: &str) -> Option<Value>;
    /// Offers `text` as a file download; `false` when it was refused.
    fn download(&mut self, file_name: &str, text: &str) -> bool;
}

/// Something the user asked of the saved list.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Save what is on screen under the name typed.
    Save(String),
    /// Open the scenario with this id.
    Open(String),
    /// Start editing this id's name, or stop (`None`).
    Edit(Option<String>),
    /// Rename this id to the name typed.
    Rename(String, String),
    /// Save a copy of this id.
    Duplicate(String),
    /// Delete this id.
    Delete(String),
    /// Put back what was just deleted.
    Undo,
    /// Export everything to a file.
    Export,
    /// Import a file's text (or why it was not read).
    Import(Result<String, ImportError>),
}

/// What the section shows besides the form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    /// What storage holds, once read (when the section opens and after every change).
    pub listing: Option<Result<Rc<Listing>, StoreError>>,
    /// The outcome of the last thing done.
    pub status: Vec<Said>,
    /// The id whose name is being edited.
    pub editing: Option<String>,
    /// What was just deleted, for Undo.
    pub deleted: Option<Entry>,
}

/// Does what was asked, on `state` (the scenario on screen): the section's next view and, when
/// a scenario was opened, the state to show.
pub fn perform(
    op: Op,
    device: &mut dyn Device,
    state: &AppState,
    view: &View,
) -> (View, Option<AppState>) {
    if let Op::Edit(editing) = op {
        let next = View {
            editing,
            ..view.clone()
        };
        return (next, None);
    }
    let mut next = View {
        deleted: None,
        ..view.clone()
    };
    let mut opened = None;
    next.status = match device.load() {
        Ok(current) => act(
            op,
            device,
            state,
            &current,
            view.deleted.clone(),
            &mut next,
            &mut opened,
        ),
        Err(e) => vec![Said::Refused(e)],
    };
    next.listing = Some(device.load().map(Rc::new));
    (next, opened)
}

/// "Done" with one name, or with the name asked and the name given on a clash.
fn done(
    name: String,
    asked: String,
    plain: fn(String) -> Said,
    clash: fn(String, String) -> Said,
) -> Said {
    if name == asked {
        plain(name)
    } else {
        clash(asked, name)
    }
}

/// Does one thing; `deleted` is what the last Delete removed, `next` takes the rename box and
/// Undo's entry, `opened` the state of a scenario opened.
fn act(
    op: Op,
    device: &mut dyn Device,
    state: &AppState,
    current: &Listing,
    deleted: Option<Entry>,
    next: &mut View,
    opened: &mut Option<AppState>,
) -> Vec<Said> {
    let when = device.now();
    let tab = device.tab();
    let new_id = || IdMaker::in_tab(when, &tab).make(&|i| current.has_id(i));
    let written = |r: Result<(), StoreError>, ok: Said| vec![r.map_or_else(Said::Refused, |()| ok)];
    let entry = |id: &str| current.get(id).cloned();
    match op {
        Op::Save(typed) => {
            let wanted = clean_name(&typed);
            if wanted.is_empty() {
                return vec![Said::NeedName];
            }
            let name = unique_name(&wanted, &|n| current.has_name(n));
            let s = Scenario {
                name: name.clone(),
                query: to_query(state),
                saved: when,
            };
            let r = device.put(&new_id(), &s);
            let ok = done(
                name,
                wanted,
                |name| Said::Saved { name },
                |asked, name| Said::SavedRenamed { asked, name },
            );
            written(r, ok)
        }
        Op::Open(id) => match entry(&id) {
            Some(e) => {
                *opened = Some(open_in(state, &e.scenario.query));
                vec![Said::Opened {
                    name: e.scenario.name,
                }]
            }
            None => vec![],
        },
        Op::Edit(_) => vec![],
        Op::Rename(id, typed) => {
            let wanted = clean_name(&typed);
            if wanted.is_empty() {
                return vec![Said::NeedName];
            }
            let Some(e) = entry(&id) else {
                next.editing = None;
                return vec![];
            };
            let old = e.scenario.name;
            let name = unique_name(&wanted, &|n| n != old && current.has_name(n));
            let s = Scenario {
                name: name.clone(),
                ..e.scenario
            };
            let r = device.put(&id, &s);
            // A refused rename keeps its box open with what was typed.
            if r.is_ok() {
                next.editing = None;
            }
            let ok = done(
                name,
                wanted,
                |name| Said::Renamed { name },
                |asked, name| Said::RenamedClash { asked, name },
            );
            written(r, ok)
        }
        Op::Duplicate(id) => match entry(&id) {
            Some(e) => {
                let name = unique_name(&e.scenario.name, &|n| current.has_name(n));
                let copy = Scenario {
                    name: name.clone(),
                    query: e.scenario.query,
                    saved: when,
                };
                written(device.put(&new_id(), &copy), Said::Duplicated { name })
            }
            None => vec![],
        },
        Op::Delete(id) => match entry(&id) {
            Some(e) => {
                let r = device.remove(&id);
                let ok = Said::Deleted {
                    name: e.scenario.name.clone(),
                };
                next.deleted = r.is_ok().then_some(e);
                written(r, ok)
            }
            None => vec![],
        },
        Op::Undo => match deleted {
            Some(e) => {
                let id = if current.has_id(&e.id) {
                    new_id()
                } else {
                    e.id.clone()
                };
                match device.put(&id, &e.scenario) {
                    Ok(()) => vec![Said::Restored {
                        name: e.scenario.name,
                    }],
                    // Still held, and Undo still offered: nothing is lost while the page is open.
                    Err(error) => {
                        let name = e.scenario.name.clone();
                        next.deleted = Some(e);
                        vec![Said::RestoreRefused { name, error }]
                    }
                }
            }
            None => vec![],
        },
        Op::Export => {
            if current.entries.is_empty() {
                return vec![Said::NothingToExport];
            }
            let file = format!("hezuo-scenarios-{}.json", device.local_day(when));
            let json = export_json(&current.scenarios(), when);
            if device.download(&file, &json) {
                vec![Said::Exported {
                    count: current.entries.len(),
                    file,
                }]
            } else {
                vec![Said::ExportFailed]
            }
        }
        Op::Import(text) => import(text, device, current, when),
    }
}

/// Reads an import file's text and saves what is new, stopping at the first refused write.
fn import(
    text: Result<String, ImportError>,
    device: &mut dyn Device,
    current: &Listing,
    now: u64,
) -> Vec<Said> {
    let parsed = text.and_then(|t| device.parse_json(&t).ok_or(ImportError::NotJson));
    let items = match parsed.and_then(|value| read_export(&value, now)) {
        Ok(items) => items,
        Err(e) => return vec![Said::ImportRefused(e)],
    };
    let mut ids: std::collections::HashSet<String> = current.ids.iter().cloned().collect();
    let mut maker = IdMaker::in_tab(now, &device.tab());
    let mut full = None;
    let (mut added, mut same, mut not) = (0, 0, 0);
    let mut lines = Vec::new();
    for m in merge(&current.scenarios(), items) {
        lines.push(match m {
            Merged::Add { scenario, asked } => {
                let id = maker.make(&|i| ids.contains(i));
                let written = match full {
                    None => device
                        .put(&id, &scenario)
                        .map_err(|e| full = Some(e))
                        .is_ok(),
                    Some(_) => false,
                };
                if written {
                    ids.insert(id);
                    added += 1;
                    match asked {
                        None => Said::ImportAdded {
                            name: scenario.name,
                        },
                        Some(asked) => Said::ImportRenamed {
                            asked,
                            name: scenario.name,
                        },
                    }
                } else {
                    not += 1;
                    Said::ImportNotWritten {
                        name: asked.unwrap_or(scenario.name),
                    }
                }
            }
            Merged::AlreadySaved { name } => {
                same += 1;
                Said::ImportSame { name }
            }
            Merged::Skip { position, error } => {
                not += 1;
                Said::ImportSkipped {
                    item: position,
                    problem: error,
                }
            }
        });
    }
    let mut out = vec![Said::ImportDone { added, same, not }];
    out.extend(full.map(Said::Refused));
    out.extend(lines);
    out
}

// Native only: the memory device parses JSON text with serde_json, a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::model::params::Field;
    use crate::model::saved::{entry_json, listing, KEY_PREFIX};
    use crate::model::Lang;

    /// Storage in memory that holds at most `room` entries; the clock moves 1 ms a call.
    struct Memory {
        items: BTreeMap<String, String>,
        room: usize,
        clock: std::cell::Cell<u64>,
        downloads: Vec<(String, String)>,
        tab: String,
    }

    impl Memory {
        fn new(room: usize) -> Self {
            Memory {
                items: BTreeMap::new(),
                room,
                clock: std::cell::Cell::new(1_764_400_000_000),
                downloads: Vec::new(),
                tab: String::new(),
            }
        }
    }

    impl Device for Memory {
        fn load(&self) -> Result<Listing, StoreError> {
            let raw = self
                .items
                .iter()
                .map(|(k, v)| (k.clone(), self.parse_json(v)))
                .collect();
            Ok(listing(raw, self.now()))
        }
        fn put(&mut self, id: &str, scenario: &Scenario) -> Result<(), StoreError> {
            let key = format!("{KEY_PREFIX}{id}");
            if !self.items.contains_key(&key) && self.items.len() >= self.room {
                return Err(StoreError::Full);
            }
            self.items.insert(key, entry_json(scenario));
            Ok(())
        }
        fn remove(&mut self, id: &str) -> Result<(), StoreError> {
            self.items.remove(&format!("{KEY_PREFIX}{id}"));
            Ok(())
        }
        fn now(&self) -> u64 {
            self.clock.set(self.clock.get() + 1);
            self.clock.get()
        }
        fn tab(&self) -> String {
            self.tab.clone()
        }
        fn local_day(&self, _ms: u64) -> String {
            "2025-11-29".into()
        }
        fn parse_json(&self, text: &str) -> Option<Value> {
            let parsed = serde_json::from_str::<serde_json::Value>(text).ok()?;
            Some(Value::read(&parsed))
        }
        fn download(&mut self, file_name: &str, text: &str) -> bool {
            self.downloads.push((file_name.into(), text.into()));
            true
        }
    }

    fn state(land: &str) -> AppState {
        let mut s = AppState::new(Lang::Zh);
        Rc::make_mut(&mut s.texts)[Field::Land as usize] = land.into();
        s
    }

    fn run(device: &mut Memory, op: Op, on: &AppState, view: &View) -> (View, Option<AppState>) {
        perform(op, device, on, view)
    }

    fn names(view: &View) -> Vec<String> {
        let list = view.listing.clone().unwrap().unwrap();
        list.entries
            .iter()
            .map(|e| e.scenario.name.clone())
            .collect()
    }

    /// Two tabs saving in the same millisecond write different keys (issue #14, item 5):
    /// each new id carries its tab's token, so neither overwrites the other.
    #[test]
    fn two_tabs_saving_in_the_same_millisecond_write_different_keys() {
        let (mut a, mut b) = (Memory::new(10), Memory::new(10));
        a.tab = "k3f9".into();
        b.tab = "a0b1".into();
        let six = state("6");
        run(&mut a, Op::Save("甲".into()), &six, &View::default());
        run(&mut b, Op::Save("乙".into()), &six, &View::default());
        let (ka, kb): (Vec<&String>, Vec<&String>) =
            (a.items.keys().collect(), b.items.keys().collect());
        assert_eq!(ka.len(), 1);
        assert!(
            ka[0].ends_with("-k3f9") && kb[0].ends_with("-a0b1"),
            "{ka:?} {kb:?}"
        );
        assert_ne!(ka, kb);
    }

    #[test]
    fn save_then_open_gives_the_scenario_back() {
        let mut d = Memory::new(10);
        let six = state("6");
        let (view, _) = run(&mut d, Op::Save(" 六亩 ".into()), &six, &View::default());
        assert_eq!(
            view.status,
            vec![Said::Saved {
                name: "六亩".into()
            }]
        );
        let id = view.listing.clone().unwrap().unwrap().entries[0].id.clone();
        let (view, opened) = run(&mut d, Op::Open(id), &state("3"), &view);
        assert_eq!(opened.unwrap().text(Field::Land), "6");
        assert_eq!(
            view.status,
            vec![Said::Opened {
                name: "六亩".into()
            }]
        );
    }

    #[test]
    fn a_taken_name_is_numbered_and_an_empty_one_refused() {
        let mut d = Memory::new(10);
        let s = state("6");
        let (view, _) = run(&mut d, Op::Save("甲".into()), &s, &View::default());
        let (view, _) = run(&mut d, Op::Save("甲".into()), &s, &view);
        assert_eq!(
            view.status,
            vec![Said::SavedRenamed {
                asked: "甲".into(),
                name: "甲 (2)".into()
            }]
        );
        let (view, _) = run(&mut d, Op::Save("  ".into()), &s, &view);
        assert_eq!(view.status, vec![Said::NeedName]);
        assert_eq!(names(&view).len(), 2);
    }

    #[test]
    fn delete_then_undo_puts_it_back() {
        let mut d = Memory::new(10);
        let s = state("6");
        let (view, _) = run(&mut d, Op::Save("甲".into()), &s, &View::default());
        let id = view.listing.clone().unwrap().unwrap().entries[0].id.clone();
        let (view, _) = run(&mut d, Op::Delete(id), &s, &view);
        assert!(names(&view).is_empty() && view.deleted.is_some());
        let (view, _) = run(&mut d, Op::Undo, &s, &view);
        assert_eq!(view.status, vec![Said::Restored { name: "甲".into() }]);
        assert_eq!(names(&view), vec!["甲".to_string()]);
    }

    #[test]
    fn undo_on_a_full_storage_keeps_the_deleted_scenario_and_the_undo() {
        let mut d = Memory::new(1);
        let s = state("6");
        let (view, _) = run(&mut d, Op::Save("甲".into()), &s, &View::default());
        let id = view.listing.as_ref().unwrap().as_ref().unwrap().entries[0]
            .id
            .clone();
        let (view, _) = run(&mut d, Op::Delete(id), &s, &view);
        // A save in between ends the undo, as it did before.
        let (view, _) = run(&mut d, Op::Save("乙".into()), &s, &view);
        assert!(
            view.deleted.is_none(),
            "a save in between ends the undo, as before"
        );
        // Again, with the undo still pending when the storage is full.
        let mut d = Memory::new(1);
        let (view, _) = run(&mut d, Op::Save("甲".into()), &s, &View::default());
        let id = view.listing.as_ref().unwrap().as_ref().unwrap().entries[0]
            .id
            .clone();
        let (view, _) = run(&mut d, Op::Delete(id), &s, &view);
        d.room = 0;
        let (view, _) = run(&mut d, Op::Undo, &s, &view);
        assert_eq!(
            view.status,
            vec![Said::RestoreRefused {
                name: "甲".into(),
                error: StoreError::Full
            }]
        );
        assert_eq!(
            view.deleted.as_ref().map(|e| e.scenario.name.as_str()),
            Some("甲"),
            "still held"
        );
        d.room = 1;
        let (view, _) = run(&mut d, Op::Undo, &s, &view);
        assert_eq!(view.status, vec![Said::Restored { name: "甲".into() }]);
        assert_eq!(names(&view), vec!["甲".to_string()]);
    }

    #[test]
    fn a_full_storage_refuses_and_keeps_what_was_saved() {
        let mut d = Memory::new(1);
        let s = state("6");
        let (view, _) = run(&mut d, Op::Save("甲".into()), &s, &View::default());
        let (view, _) = run(&mut d, Op::Save("乙".into()), &s, &view);
        assert_eq!(view.status, vec![Said::Refused(StoreError::Full)]);
        assert_eq!(names(&view), vec!["甲".to_string()]);
    }

    #[test]
    fn export_then_import_elsewhere_adds_each_once() {
        let mut a = Memory::new(10);
        let (view, _) = run(&mut a, Op::Save("甲".into()), &state("6"), &View::default());
        let (view, _) = run(&mut a, Op::Save("乙".into()), &state("3"), &view);
        let (view, _) = run(&mut a, Op::Export, &state("3"), &view);
        assert_eq!(
            view.status,
            vec![Said::Exported {
                count: 2,
                file: "hezuo-scenarios-2025-11-29.json".into()
            }]
        );
        let file = a.downloads[0].1.clone();
        let mut b = Memory::new(10);
        let (view, _) = run(
            &mut b,
            Op::Import(Ok(file.clone())),
            &state("1"),
            &View::default(),
        );
        assert_eq!(
            view.status[0],
            Said::ImportDone {
                added: 2,
                same: 0,
                not: 0
            }
        );
        let (view, _) = run(&mut b, Op::Import(Ok(file)), &state("1"), &view);
        assert_eq!(
            view.status[0],
            Said::ImportDone {
                added: 0,
                same: 2,
                not: 0
            }
        );
        let (view, _) = run(&mut b, Op::Import(Ok("{".into())), &state("1"), &view);
        assert_eq!(view.status, vec![Said::ImportRefused(ImportError::NotJson)]);
    }
}
