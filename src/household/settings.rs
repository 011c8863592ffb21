use yew::prelude::*;

use super::bases::{basis, use_bases};
use super::number_field::NumberField;
use super::switch_field::SwitchField;
use crate::shared::hooks::use_details_open;
use crate::shared::store::StateHandle;
use hezuo_core::app::action::Action;
use hezuo_core::app::derive::Derived;
use hezuo_core::i18n::names::group;
use hezuo_core::i18n::{MORE_SETTINGS, RESTORE};
use hezuo_core::model::params::{Group, ValueKind, SHORT_FORM, SPECS};

const GROUPS: [Group; 8] = [
    Group::Household,
    Group::Risk,
    Group::Wandanping,
    Group::Potato,
    Group::StatusQuo,
    Group::Lanya,
    Group::Enterprise,
    Group::Insurance,
];

/// Whether "More settings" is open, and the `ontoggle` that keeps it in step: opened from the
/// start when a link brings a bad value in one of its fields. Once open, the bases of the
/// defaults are asked for ([`use_bases`]).
#[hook]
pub fn use_settings_open(derived: &Derived) -> (bool, Callback<Event>) {
    let has_error = derived
        .reading
        .errors
        .iter()
        .any(|e| !SHORT_FORM.contains(&e.field));
    let (open, ontoggle) = use_details_open(has_error);
    use_bases(open);
    (open, ontoggle)
}

/// "More settings": every term and assumption, grouped, each with its default and basis;
/// one button restores the paper's defaults. `open` and `ontoggle` from [`use_settings_open`]
/// in the component drawing the frame; a plain function drawn with it.
pub fn settings(state: &StateHandle, (open, ontoggle): (bool, Callback<Event>)) -> Html {
    let lang = state.lang;
    let restore = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::RestoreDefaults))
    };
    let groups = GROUPS.iter().map(|&g| {
        let fields = SPECS
            .iter()
            .filter(|s| s.group == g && !SHORT_FORM.contains(&s.field))
            .map(|s| {
                let basis = basis(s.field, lang);
                if s.kind == ValueKind::Switch {
                    html! { <SwitchField field={s.field} with_basis=true {basis} /> }
                } else {
                    html! { <NumberField field={s.field} with_basis=true {basis} /> }
                }
            });
        html! {
            <fieldset class="group">
                <legend>{ group(g).get(lang) }</legend>
                { for fields }
            </fieldset>
        }
    });
    html! {
        <details class="card settings" id="settings" open={open} {ontoggle}>
            <summary>{ MORE_SETTINGS.get(lang) }</summary>
            if open {
                <button type="button" class="restore" id="restore" onclick={restore}>{ RESTORE.get(lang) }</button>
                { for groups }
            }
        </details>
    }
}
