use std::rc::Rc;

use yew::prelude::*;

use super::saved_row::SavedRow;
use super::saved_store::{ask_to_keep, Browser, OtherTabs};
use crate::shared::events::{self, Listener};
use hezuo_core::app::link::{from_query, to_query};
use hezuo_core::app::saved::{perform, Device, Op, View};
use hezuo_core::app::state::AppState;
use hezuo_core::i18n::saved::Said;
use hezuo_core::i18n::{Text, NONE_SAVED, SAVE, SAVED_EXPORT, SAVED_IMPORT, SAVED_UNDO, SAVE_NAME};
use hezuo_core::model::saved::{EntryError, ImportError, MAX_IMPORT_BYTES, MAX_NAME_CHARS};
use hezuo_core::model::Lang;

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

/// Props of [`SavedPanel`].
#[derive(Properties, PartialEq)]
pub struct SavedPanelProps {
    /// The scenario on screen when the part was mounted, as a link's query.
    pub query: String,
}

/// The scenario a query describes (its language included).
fn scenario(query: &str) -> Rc<AppState> {
    Rc::new(from_query(query, hezuo_core::model::Lang::Zh))
}

/// Saved scenarios on this device (localStorage): save the one on screen under a name; open,
/// rename, duplicate, delete; export all to a JSON file and import one back, merging. Shown
/// inside the household page's "saved scenarios" section, which tells it the scenario on
/// screen ([`events::STATE`]); opening one asks the page to show it ([`events::LOAD`]).
#[component]
pub fn SavedPanel(props: &SavedPanelProps) -> Html {
    let state = use_state(|| scenario(&props.query));
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            let listener = Listener::new(events::STATE, move |query| state.set(scenario(&query)));
            move || drop(listener)
        });
    }
    let view = use_state(|| View {
        listing: Some(Browser.load().map(Rc::new)),
        ..View::default()
    });
    // The view as last rendered, for what happens between renders (another tab's change,
    // the browser's answer about keeping storage).
    let latest = use_mut_ref(View::default);
    *latest.borrow_mut() = (*view).clone();
    {
        let (latest, set) = (latest.clone(), view.setter());
        use_effect_with((), move |()| {
            // Another tab saved, renamed or deleted: the list shows what storage holds now.
            let listener = OtherTabs::listen(move || {
                let mut next = latest.borrow().clone();
                let listing = Browser.load().map(Rc::new);
                if let (Some(id), Ok(list)) = (&next.editing, &listing) {
                    if list.get(id).is_none() {
                        next.editing = None;
                    }
                }
                next.listing = Some(listing);
                set.set(next);
            });
            move || drop(listener)
        });
    }
    let name_input = use_node_ref();
    let lang = state.lang;
    let on = {
        let (state, view, input) = (state.clone(), view.clone(), name_input.clone());
        let (latest, set) = (latest.clone(), view.setter());
        Callback::from(move |op: Op| {
            let saving = matches!(op, Op::Save(_));
            let first = matches!(&view.listing, Some(Ok(l)) if l.entries.is_empty());
            let (next, opened) = perform(op, &mut Browser, &state, &view);
            // The first scenario saved: ask the browser to keep storage; if it will not,
            // suggest an export.
            if saving && first && next.status.first().is_some_and(Said::is_done) {
                let (latest, set) = (latest.clone(), set.clone());
                ask_to_keep(move || {
                    let mut next = latest.borrow().clone();
                    next.status.push(Said::NotKept);
                    set.set(next);
                });
            }
            if let Some(s) = opened {
                events::send(events::LOAD, &to_query(&s));
            }
            // A saved name leaves its box; a refused one stays there.
            let el = input.cast::<web_sys::HtmlInputElement>();
            if let (true, Some(m), Some(el)) = (saving, next.status.first(), el) {
                if m.is_done() {
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
        .map(|m| html! { <p class={m.class()}>{ m.words(lang) }</p> });
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
            let m = Said::Refused(*e);
            html! { <p class={m.class()}>{ m.words(lang) }</p> }
        }
        Some(Ok(list)) => {
            let notices = list.skipped.iter().map(|s| {
                let m = match &s.error {
                    EntryError::Future(version) => Said::EntryNewer {
                        version: *version,
                        id: s.id.clone(),
                    },
                    problem => Said::EntryDamaged {
                        id: s.id.clone(),
                        problem: problem.clone(),
                    },
                };
                html! { <li class={m.class()} data-id={s.id.clone()}>{ m.words(lang) }</li> }
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
        <>
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
        </>
    }
}
