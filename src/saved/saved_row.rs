use yew::prelude::*;

use super::panel::button;
use super::saved_store::local_time;
use hezuo_core::app::saved::Op;
use hezuo_core::i18n::{
    SAVED_CANCEL, SAVED_DELETE, SAVED_DUPLICATE, SAVED_NEW_NAME, SAVED_OK, SAVED_ON, SAVED_OPEN,
    SAVED_RENAME,
};
use hezuo_core::model::saved::{Entry, MAX_NAME_CHARS};
use hezuo_core::model::Lang;

/// One saved scenario in the list.
#[derive(Properties, PartialEq)]
pub struct SavedRowProps {
    /// The scenario and its id.
    pub entry: Entry,
    /// The interface language.
    pub lang: Lang,
    /// Whether its name is being edited.
    pub editing: bool,
    /// What the user asks of it.
    pub on: Callback<Op>,
}

/// A row: name, date, and Open / Rename / Duplicate / Delete; while editing, the name in a box
/// (focused) with SAVED_OK / Cancel instead.
#[component]
pub fn SavedRow(props: &SavedRowProps) -> Html {
    let input = use_node_ref();
    {
        // The box starts with the name, selected; after that it is the user's (uncontrolled:
        // a refused rename keeps what was typed).
        let (input, name) = (input.clone(), props.entry.scenario.name.clone());
        use_effect_with(props.editing, move |editing| {
            if let (true, Some(el)) = (*editing, input.cast::<web_sys::HtmlInputElement>()) {
                el.set_value(&name);
                let _ = el.focus();
                el.select();
            }
        });
    }
    let (lang, on) = (props.lang, &props.on);
    let id = &props.entry.id;
    let name = &props.entry.scenario.name;
    let name_id = format!("saved-name-{id}");
    let (shown, datetime) = local_time(props.entry.scenario.saved);
    let actions = if props.editing {
        let input_id = format!("rename-{id}");
        let onsubmit = {
            let (on, id, input) = (on.clone(), id.clone(), input.clone());
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                if let Some(el) = input.cast::<web_sys::HtmlInputElement>() {
                    on.emit(Op::Rename(id.clone(), el.value()));
                }
            })
        };
        html! {
            <form class="rename-form" {onsubmit}>
                <label for={input_id.clone()}>{ SAVED_NEW_NAME.get(lang) }</label>
                <div class="input-row">
                    <input id={input_id} class="rename-input" type="text" autocomplete="off"
                        maxlength={MAX_NAME_CHARS.to_string()} ref={input} />
                </div>
                <div class="saved-actions">
                    <button type="submit" class="rename-ok">{ SAVED_OK.get(lang) }</button>
                    { button("rename-cancel", SAVED_CANCEL, lang, None, on.reform(|_| Op::Edit(None))) }
                </div>
            </form>
        }
    } else {
        let b = |class, text, op: fn(String) -> Op| {
            let id = id.clone();
            let ask = on.reform(move |_: MouseEvent| op(id.clone()));
            button(class, text, lang, Some(name_id.clone()), ask)
        };
        html! {
            <div class="saved-actions">
                { b("open", SAVED_OPEN, Op::Open) }
                { b("rename", SAVED_RENAME, |id| Op::Edit(Some(id))) }
                { b("duplicate", SAVED_DUPLICATE, Op::Duplicate) }
                { b("delete", SAVED_DELETE, Op::Delete) }
            </div>
        }
    };
    html! {
        <li class="saved-item" data-id={id.clone()}>
            <p class="saved-head">
                <span class="saved-name" id={name_id}>{ name.clone() }</span>
                <time class="saved-date" {datetime}>{ format!("{} {shown}", SAVED_ON.get(lang)) }</time>
            </p>
            { actions }
        </li>
    }
}
