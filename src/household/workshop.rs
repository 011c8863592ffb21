use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::qr_code::QrCodeSvg;
use crate::shared::location::{full_link, leave_workshop};
use crate::shared::store::{Results, StateHandle};
use hezuo_core::app::action::Action;
use hezuo_core::app::link::to_query;
use hezuo_core::app::workshop::slide;
use hezuo_core::i18n::*;
use hezuo_core::model::workshop::STEPS;

/// The header's way back from the trainer's page to the household page (the household page
/// links to the trainer's page from its foot). Only the bigger pages' bundle carries it
/// ([`super::Tools::leave_workshop`]).
#[component]
pub fn LeaveWorkshop() -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    html! {
        <button id="workshop-toggle" class="lang" type="button" aria-pressed="true"
            onclick={Callback::from(|_: MouseEvent| leave_workshop())}>{ WORKSHOP.get(state.lang) }</button>
    }
}

/// Workshop mode as a presentation: one step of the paper's two cases fills the screen — what
/// the paper says, the working the calculator computes for the step's household, its key
/// figures in large type and the QR code of the step's link. Prev/Next stay in one place; the
/// arrow keys, PageUp/PageDown (a clicker), space, Home and End step through.
#[component]
pub fn Workshop() -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let derived = use_context::<Results>().expect("inside App");
    let step = state.workshop;
    {
        let state = state.clone();
        use_effect_with(step, move |step| {
            let listener = step.and_then(|i| Keys::new(i, state));
            move || drop(listener)
        });
    }
    let Some(i) = step else {
        return html! {};
    };
    let lang = state.lang;
    let s = slide(i, lang, derived.report.as_ref());
    let go = |to: usize| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Workshop(Some(to))))
    };
    let switch = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetLang(state.lang.other())))
    };
    let link = full_link(&to_query(&state));
    html! {
        <section class="card slide" id="workshop" aria-labelledby="ws-title">
            <div class="ws-bar">
                <p class="ws-case">{ s.place.clone() }</p>
                <button id="ws-lang" class="lang" type="button" onclick={switch}
                    lang={lang.other().html_lang()}>{ SWITCH_TO.get(lang) }</button>
                <button id="ws-exit" class="lang" type="button"
                    onclick={Callback::from(|_: MouseEvent| leave_workshop())}>{ WORKSHOP_EXIT.get(lang) }</button>
            </div>
            <div class="ws-main" aria-live="polite">
                <h2 id="ws-title">{ s.title }</h2>
                <h3>{ s.paper_head }</h3>
                <p class="ws-paper">{ s.paper }</p>
                <h3>{ s.working_head.clone() }</h3>
                if s.lines.is_empty() {
                    <p class="fix-first">{ FIX_FIRST.get(lang) }</p>
                } else {
                    <ul class="ws-working">
                        { for s.lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }
                    </ul>
                }
                if let Some(note) = s.note.clone() {
                    <p class="ws-note">{ note }</p>
                }
            </div>
            <div class="ws-side">
                <dl class="ws-figures">
                    { for s.figures.iter().map(|f| html! {
                        <div class="ws-figure">
                            <dt>{ f.label.clone() }</dt>
                            <dd class="ws-key">{ f.value.clone() }</dd>
                        </div>
                    }) }
                </dl>
                <div class="ws-qr">
                    <QrCodeSvg text={link} label={SCAN_STEP.get(lang)} />
                    <p>{ SCAN_STEP.get(lang) }</p>
                </div>
            </div>
            <div class="ws-nav">
                <button type="button" id="ws-prev" disabled={s.first} onclick={go(i.saturating_sub(1))}>{ PREV.get(lang) }</button>
                <button type="button" id="ws-next" disabled={s.last} onclick={go(i + 1)}>{ NEXT.get(lang) }</button>
            </div>
        </section>
    }
}

/// The step a key goes to from step `i`, if the key steps: forward with →, ↓, PageDown
/// (a clicker's forward) and space, back with ←, ↑, PageUp and Shift+space, Home and End to
/// the ends. Keys typed into a field, or pressed with Ctrl, Alt or Meta, are left alone, and so
/// are space and Enter on a button (which press it).
fn target(i: usize, e: &web_sys::KeyboardEvent) -> Option<usize> {
    if e.ctrl_key() || e.alt_key() || e.meta_key() {
        return None;
    }
    let tag = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| el.tag_name())
        .unwrap_or_default();
    if matches!(tag.as_str(), "INPUT" | "TEXTAREA" | "SELECT") {
        return None;
    }
    let last = STEPS.len() - 1;
    let key = e.key();
    if tag == "BUTTON" && matches!(key.as_str(), " " | "Enter") {
        return None;
    }
    match key.as_str() {
        "ArrowRight" | "ArrowDown" | "PageDown" => Some((i + 1).min(last)),
        " " if !e.shift_key() => Some((i + 1).min(last)),
        "ArrowLeft" | "ArrowUp" | "PageUp" => Some(i.saturating_sub(1)),
        " " => Some(i.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// The keydown listener on `window` for step `i`, removed when dropped.
struct Keys {
    closure: Closure<dyn FnMut(web_sys::KeyboardEvent)>,
}

impl Keys {
    fn new(i: usize, state: StateHandle) -> Option<Keys> {
        let closure =
            Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                if let Some(to) = target(i, &e) {
                    // The page does not scroll: the key turned the slide.
                    e.prevent_default();
                    if to != i {
                        state.dispatch(Action::Workshop(Some(to)));
                    }
                }
            });
        web_sys::window()?
            .add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref())
            .ok()?;
        Some(Keys { closure })
    }
}

impl Drop for Keys {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            // Removing a listener that was added cannot fail in practice.
            let _ = window.remove_event_listener_with_callback(
                "keydown",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}
