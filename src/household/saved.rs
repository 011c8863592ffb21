use std::rc::Rc;

use yew::prelude::*;

use super::saved_row::SavedRow;
use super::saved_store::{load, local_time, now, parse_json, put, remove};
use crate::shared::download::download;
use crate::shared::hooks::use_details_open;
use crate::shared::store::StateHandle;
use hezuo_core::app::action::Action;
use hezuo_core::app::link::{from_query, to_query};
use hezuo_core::i18n::{
    fill, Text, DELETED, DUPLICATED, ENTRY_DAMAGED, ENTRY_NEWER, EXPORTED, EXPORT_FAILED,
    IMPORT_ADDED, IMPORT_DONE, IMPORT_NEWER, IMPORT_NOT_JSON, IMPORT_NOT_WRITTEN, IMPORT_RENAMED,
    IMPORT_SAME, IMPORT_SKIPPED, IMPORT_TOO_LARGE, IMPORT_WRONG_SHAPE, NEED_NAME, NONE_SAVED,
    NOTHING_TO_EXPORT, OPENED, PROBLEM_NAME, PROBLEM_NEWER, PROBLEM_NOT_JSON, PROBLEM_NOT_OBJECT,
    PROBLEM_QUERY, PROBLEM_TIME, PROBLEM_VERSION, RENAMED, RENAMED_CLASH, RESTORED, SAVE, SAVED_AS,
    SAVED_EXPORT, SAVED_IMPORT, SAVED_RENAMED, SAVED_TITLE, SAVED_UNDO, SAVE_NAME, STORAGE_FULL,
    STORAGE_OFF,
};
use hezuo_core::model::saved::{
    clean_name, export_json, merge, new_id, read_export, unique_name, Entry, EntryError,
    ImportError, Listing, Merged, Scenario, StoreError, MAX_IMPORT_BYTES, MAX_NAME_CHARS,
};
use hezuo_core::model::Lang;

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

/// What goes into a message's `{}`: a name or number as it is, or a phrase in both languages.
#[derive(Clone, PartialEq)]
enum Arg {
    /// A name, a number, a file name.
    Value(String),
    /// A phrase, worded in the language at hand.
    Word(Text),
}

/// One line of the status, kept in both languages (a language switch rewords it).
#[derive(Clone, PartialEq)]
struct Msg {
    /// Its class: how it looks and what tests find it by.
    class: &'static str,
    /// The sentence.
    text: Text,
    /// What goes into the sentence's `{}`, in order.
    args: Vec<Arg>,
}

fn msg(class: &'static str, text: Text, args: Vec<Arg>) -> Msg {
    Msg { class, text, args }
}

fn value(s: impl ToString) -> Arg {
    Arg::Value(s.to_string())
}

impl Msg {
    fn words(&self, lang: Lang) -> String {
        let args: Vec<&str> = self
            .args
            .iter()
            .map(|a| match a {
                Arg::Value(s) => s.as_str(),
                Arg::Word(t) => t.get(lang),
            })
            .collect();
        fill(self.text.get(lang), &args)
    }
}

/// What the section shows besides the form (one state: one set of hook code).
#[derive(Clone, Default, PartialEq)]
struct View {
    /// What storage holds, once read (when the section opens and after every change).
    listing: Option<Result<Rc<Listing>, StoreError>>,
    /// The outcome of the last thing done.
    status: Vec<Msg>,
    /// The id whose name is being edited.
    editing: Option<String>,
    /// What was just deleted, for Undo.
    deleted: Option<Entry>,
}

/// Why an entry cannot be read, in a phrase.
fn problem(e: &EntryError) -> Text {
    match e {
        EntryError::NotJson => PROBLEM_NOT_JSON,
        EntryError::NotAnObject => PROBLEM_NOT_OBJECT,
        EntryError::BadVersion => PROBLEM_VERSION,
        EntryError::Future(_) => PROBLEM_NEWER,
        EntryError::BadName => PROBLEM_NAME,
        EntryError::BadQuery => PROBLEM_QUERY,
        EntryError::BadTime => PROBLEM_TIME,
    }
}

/// Storage refused: the message.
fn refused(e: StoreError) -> Msg {
    match e {
        StoreError::Full => msg("saved-error storage-full", STORAGE_FULL, vec![]),
        StoreError::Unavailable => msg("saved-error storage-off", STORAGE_OFF, vec![]),
    }
}

/// "Done" with one name, or with the name asked and the name given on a clash.
fn done(plain: Text, clash: Text, name: String, asked: String) -> Msg {
    if name == asked {
        msg("saved-done", plain, vec![Arg::Value(name)])
    } else {
        msg(
            "saved-done",
            clash,
            vec![Arg::Value(asked), Arg::Value(name)],
        )
    }
}

/// Reads an import file's text and saves what is new, stopping at the first refused write.
fn import(text: Result<String, ImportError>, current: &Listing, now: u64) -> Vec<Msg> {
    let refusal = |e| {
        let (text, args) = match e {
            ImportError::TooLarge => (IMPORT_TOO_LARGE, vec![]),
            ImportError::NotJson => (IMPORT_NOT_JSON, vec![]),
            ImportError::WrongShape => (IMPORT_WRONG_SHAPE, vec![]),
            ImportError::Future(v) => (IMPORT_NEWER, vec![value(v)]),
        };
        vec![msg("saved-error import-refused", text, args)]
    };
    let parsed = text.and_then(|t| parse_json(&t).ok_or(ImportError::NotJson));
    let items = match parsed.and_then(|value| read_export(&value, now)) {
        Ok(items) => items,
        Err(e) => return refusal(e),
    };
    let mut ids = current.ids.clone();
    let mut full = None;
    let (mut added, mut same, mut not) = (0, 0, 0);
    let mut lines = Vec::new();
    for m in merge(&current.scenarios(), items) {
        lines.push(match m {
            Merged::Add { scenario, asked } => {
                let id = new_id(now, &|i| ids.iter().any(|x| x == i));
                let written = match full {
                    None => put(&id, &scenario).map_err(|e| full = Some(e)).is_ok(),
                    Some(_) => false,
                };
                match (written, asked) {
                    (true, asked) => {
                        ids.push(id);
                        added += 1;
                        match asked {
                            None => msg(
                                "import-line added",
                                IMPORT_ADDED,
                                vec![Arg::Value(scenario.name)],
                            ),
                            Some(asked) => msg(
                                "import-line renamed",
                                IMPORT_RENAMED,
                                vec![Arg::Value(asked), Arg::Value(scenario.name)],
                            ),
                        }
                    }
                    (false, asked) => {
                        not += 1;
                        let name = asked.unwrap_or(scenario.name);
                        msg(
                            "import-line not-written",
                            IMPORT_NOT_WRITTEN,
                            vec![Arg::Value(name)],
                        )
                    }
                }
            }
            Merged::AlreadySaved { name } => {
                same += 1;
                msg("import-line same", IMPORT_SAME, vec![Arg::Value(name)])
            }
            Merged::Skip { position, error } => {
                not += 1;
                msg(
                    "import-line skipped",
                    IMPORT_SKIPPED,
                    vec![value(position), Arg::Word(problem(&error))],
                )
            }
        });
    }
    let mut out = vec![msg(
        "import-done",
        IMPORT_DONE,
        vec![value(added), value(same), value(not)],
    )];
    out.extend(full.map(refused));
    out.extend(lines);
    out
}

/// Does what was asked against storage (read afresh: another tab may have changed it) and
/// says how it went.
fn perform(op: Op, state: &StateHandle, view: &View) -> View {
    if let Op::Edit(editing) = op {
        return View {
            editing,
            ..view.clone()
        };
    }
    let mut next = View {
        deleted: None,
        ..view.clone()
    };
    next.status = match load() {
        Ok(current) => act(op, state, &current, view.deleted.clone(), &mut next),
        Err(e) => vec![refused(e)],
    };
    next.listing = Some(load().map(Rc::new));
    next
}

/// Does one thing; `deleted` is what the last Delete removed, `next` takes the rename box
/// and Undo's entry.
fn act(
    op: Op,
    state: &StateHandle,
    current: &Listing,
    deleted: Option<Entry>,
    next: &mut View,
) -> Vec<Msg> {
    let when = now();
    let new_id = || new_id(when, &|i| current.has_id(i));
    let written = |r: Result<(), StoreError>, ok: Msg| vec![r.map_or_else(refused, |()| ok)];
    let entry = |id: &str| current.get(id).cloned();
    let need_name = || vec![msg("saved-error", NEED_NAME, vec![])];
    match op {
        Op::Save(typed) => {
            let wanted = clean_name(&typed);
            if wanted.is_empty() {
                return need_name();
            }
            let name = unique_name(&wanted, &|n| current.has_name(n));
            let query = to_query(state);
            let s = Scenario {
                name: name.clone(),
                query,
                saved: when,
            };
            written(
                put(&new_id(), &s),
                done(SAVED_AS, SAVED_RENAMED, name, wanted),
            )
        }
        Op::Open(id) => match entry(&id) {
            Some(e) => {
                // The scenario as its link says, in the language being used now (the reader's
                // choice, not part of the scenario), the open sections as they are.
                let mut s = from_query(&e.scenario.query, state.lang);
                s.lang = state.lang;
                s.selected = state.selected;
                s.detail_open = state.detail_open;
                s.compare = state.compare;
                state.dispatch(Action::Load(Box::new(s)));
                vec![msg("saved-done", OPENED, vec![Arg::Value(e.scenario.name)])]
            }
            None => vec![],
        },
        Op::Edit(_) => vec![],
        Op::Rename(id, typed) => {
            let wanted = clean_name(&typed);
            if wanted.is_empty() {
                return need_name();
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
            let r = put(&id, &s);
            // A refused rename keeps its box open with what was typed.
            if r.is_ok() {
                next.editing = None;
            }
            written(r, done(RENAMED, RENAMED_CLASH, name, wanted))
        }
        Op::Duplicate(id) => match entry(&id) {
            Some(e) => {
                let name = unique_name(&e.scenario.name, &|n| current.has_name(n));
                let copy = Scenario {
                    name: name.clone(),
                    query: e.scenario.query,
                    saved: when,
                };
                let ok = msg("saved-done", DUPLICATED, vec![Arg::Value(name)]);
                written(put(&new_id(), &copy), ok)
            }
            None => vec![],
        },
        Op::Delete(id) => match entry(&id) {
            Some(e) => {
                let r = remove(&id);
                let ok = msg("deleted", DELETED, vec![value(&e.scenario.name)]);
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
                    e.id
                };
                let ok = msg("saved-done", RESTORED, vec![value(&e.scenario.name)]);
                written(put(&id, &e.scenario), ok)
            }
            None => vec![],
        },
        Op::Export => {
            if current.entries.is_empty() {
                return vec![msg("saved-done", NOTHING_TO_EXPORT, vec![])];
            }
            let day: String = local_time(when).1.chars().take(10).collect();
            let file = format!("hezuo-scenarios-{day}.json");
            if download(
                &file,
                &export_json(&current.scenarios(), when),
                "application/json",
            ) {
                let args = vec![value(current.entries.len()), Arg::Value(file)];
                vec![msg("exported", EXPORTED, args)]
            } else {
                vec![msg("saved-error", EXPORT_FAILED, vec![])]
            }
        }
        Op::Import(text) => import(text, current, when),
    }
}

/// A button of the section: its class, its words, the id of what it acts on, what it asks.
pub fn button(
    class: &'static str,
    text: Text,
    lang: Lang,
    about: Option<String>,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <button type="button" {class} aria-describedby={about} {onclick}>{ text.get(lang) }</button>
    }
}

/// Saved scenarios on this device (localStorage): save the current one under a name; open,
/// rename, duplicate, delete; export all to a JSON file and import one back, merging. The
/// list is read only while the section is open.
#[component]
pub fn Saved() -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let (open, ontoggle) = use_details_open(false);
    let view = use_state(View::default);
    let name_input = use_node_ref();
    {
        let view = view.clone();
        use_effect_with(open, move |open| {
            if *open {
                let listing = Some(load().map(Rc::new));
                view.set(View {
                    listing,
                    ..(*view).clone()
                });
            }
        });
    }
    let lang = state.lang;
    let summary = html! { <summary><h2 id="saved-title">{ SAVED_TITLE.get(lang) }</h2></summary> };
    if !open {
        return html! { <details class="card saved" id="saved" {ontoggle}>{ summary }</details> };
    }
    let on = {
        let (state, view, input) = (state.clone(), view.clone(), name_input.clone());
        Callback::from(move |op: Op| {
            let saving = matches!(op, Op::Save(_));
            let next = perform(op, &state, &view);
            // A saved name leaves its box; a refused one stays there.
            let el = input.cast::<web_sys::HtmlInputElement>();
            if let (true, Some(m), Some(el)) = (saving, next.status.first(), el) {
                if m.class == "saved-done" {
                    el.set_value("");
                }
            }
            view.set(next);
        })
    };
    let onsubmit = {
        let (on, input) = (on.clone(), name_input.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(el) = input.cast::<web_sys::HtmlInputElement>() {
                on.emit(Op::Save(el.value()));
            }
        })
    };
    let on_import = {
        let on = on.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // Choosing the same file again must fire `change` again.
            input.set_value("");
            if file.size() > MAX_IMPORT_BYTES {
                return on.emit(Op::Import(Err(ImportError::TooLarge)));
            }
            let on = on.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
                let text = text.ok().and_then(|t| t.as_string());
                on.emit(Op::Import(text.ok_or(ImportError::NotJson)));
            });
        })
    };

    let status = view
        .status
        .iter()
        .map(|m| html! { <p class={m.class}>{ m.words(lang) }</p> });
    let undo = view.deleted.is_some().then(|| {
        button(
            "undo-delete",
            SAVED_UNDO,
            lang,
            None,
            on.reform(|_| Op::Undo),
        )
    });
    let body = match &view.listing {
        None => html! {},
        Some(Err(e)) => {
            let m = refused(*e);
            html! { <p class={m.class}>{ m.words(lang) }</p> }
        }
        Some(Ok(list)) => {
            let notices = list.skipped.iter().map(|s| {
                let m = match s.error {
                    EntryError::Future(v) => msg(
                        "saved-notice newer",
                        ENTRY_NEWER,
                        vec![value(v), value(&s.id)],
                    ),
                    ref e => msg(
                        "saved-notice damaged",
                        ENTRY_DAMAGED,
                        vec![value(&s.id), Arg::Word(problem(e))],
                    ),
                };
                html! { <li class={m.class} data-id={s.id.clone()}>{ m.words(lang) }</li> }
            });
            let rows = list.entries.iter().map(|entry| {
                let editing = view.editing.as_deref() == Some(entry.id.as_str());
                html! {
                    <SavedRow key={entry.id.clone()} entry={entry.clone()} {lang} {editing}
                        on={on.clone()} />
                }
            });
            html! {
                <>
                    <ul class="saved-notices">{ for notices }</ul>
                    if list.entries.is_empty() {
                        <p class="saved-empty">{ NONE_SAVED.get(lang) }</p>
                    } else {
                        <ul id="saved-list" class="saved-list">{ for rows }</ul>
                    }
                </>
            }
        }
    };

    html! {
        <details class="card saved" id="saved" open=true {ontoggle}>
            { summary }
            <form class="save-form" {onsubmit}>
                <label for="save-name">{ SAVE_NAME.get(lang) }</label>
                <div class="input-row">
                    <input id="save-name" type="text" autocomplete="off"
                        maxlength={MAX_NAME_CHARS.to_string()} ref={name_input} />
                    <button type="submit" id="save-scenario">{ SAVE.get(lang) }</button>
                </div>
            </form>
            <div class="saved-io">
                { button("export-scenarios", SAVED_EXPORT, lang, None, on.reform(|_| Op::Export)) }
                <label class="file-button" for="import-file">{ SAVED_IMPORT.get(lang) }</label>
                <input id="import-file" class="visually-hidden" type="file"
                    accept=".json,application/json" onchange={on_import} />
            </div>
            <div id="saved-status" class="saved-status" role="status">{ for status }{ undo }</div>
            { body }
        </details>
    }
}

#[cfg(test)]
mod tests {
    use hezuo_core::i18n::*;

    #[test]
    fn fill_puts_values_in_order() {
        let cases = [
            (
                "two",
                "“{}” as “{}”.",
                &["A", "A (2)"][..],
                "“A” as “A (2)”.",
            ),
            ("missing value: empty", "{} and {}", &["x"][..], "x and "),
            ("a lone brace stays", "a { b {}", &["c"][..], "a { b c"),
            ("none", "plain", &[][..], "plain"),
        ];
        for (case, template, args, want) in cases {
            assert_eq!(fill(template, args), want, "{case}");
        }
    }

    #[test]
    fn both_languages_take_the_same_values() {
        let texts = [
            SAVED_AS,
            SAVED_RENAMED,
            OPENED,
            RENAMED,
            RENAMED_CLASH,
            DUPLICATED,
            DELETED,
            RESTORED,
            ENTRY_DAMAGED,
            ENTRY_NEWER,
            EXPORTED,
            IMPORT_DONE,
            IMPORT_ADDED,
            IMPORT_RENAMED,
            IMPORT_SAME,
            IMPORT_SKIPPED,
            IMPORT_NOT_WRITTEN,
            IMPORT_NEWER,
        ];
        for text in texts {
            let marks = |s: &str| s.matches("{}").count();
            assert!(marks(text.zh) > 0, "{}", text.en);
            assert_eq!(marks(text.zh), marks(text.en), "{}", text.en);
        }
    }
}
