use std::rc::Rc;

use yew::prelude::*;

use super::qr_code::QrCodeSvg;
use crate::shared::location::{full_link, leave_workshop};
use crate::shared::store::StateHandle;
use hezuo_core::app::action::Action;
use hezuo_core::app::derive::Derived;
use hezuo_core::app::link::to_query;
use hezuo_core::i18n::bracketed;
use hezuo_core::i18n::working::working;
use hezuo_core::i18n::*;
use hezuo_core::model::workshop::{case_name, STEPS};
use hezuo_core::model::Lang;

/// Workshop mode: one step of the paper's two cases at a time, in large type — what the paper
/// says, the working the calculator computes for it, and the QR code of the step's link. The
/// trainer steps through, switches language live, and anyone can scan a step.
#[component]
pub fn Workshop() -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let derived = use_context::<Rc<Derived>>().expect("inside App");
    let Some(i) = state.workshop else {
        return html! {};
    };
    let lang = state.lang;
    let step = &STEPS[i];
    let go = |to: usize| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Workshop(Some(to))))
    };
    let lines = derived
        .report
        .as_ref()
        .and_then(|r| r.outcome(step.code))
        .and_then(|o| o.years.get(step.year as usize - 1))
        .map(|y| {
            y.lines
                .iter()
                .filter(|l| step.kinds.contains(&l.kind))
                .map(|l| html! { <li>{ working(lang, l) }</li> })
                .collect::<Html>()
        });
    let link = full_link(&to_query(&state));
    let counter = match lang {
        Lang::Zh => format!("第 {} / {} 步", i + 1, STEPS.len()),
        Lang::En => format!("Step {} of {}", i + 1, STEPS.len()),
    };
    let year = match lang {
        Lang::Zh => format!("{} · 第{}年", step.code.as_str(), step.year),
        Lang::En => format!("{} · year {}", step.code.as_str(), step.year),
    };
    html! {
        <section class="card workshop-step" id="workshop" aria-live="polite">
            <p class="ws-case">{ case_name(step.case).get(lang) }{ " · " }{ counter }</p>
            <h2 id="ws-title">{ step.title.get(lang) }</h2>
            <h3>{ PAPER_SAYS.get(lang) }</h3>
            <p class="ws-paper">{ step.paper.get(lang) }</p>
            <h3>{ WORKING.get(lang) }{ bracketed(lang, &year) }</h3>
            if let Some(lines) = lines {
                <ul class="ws-working">{ lines }</ul>
            } else {
                <p class="fix-first">{ FIX_FIRST.get(lang) }</p>
            }
            <div class="ws-nav">
                <button type="button" id="ws-prev" disabled={i == 0} onclick={go(i.saturating_sub(1))}>{ PREV.get(lang) }</button>
                <button type="button" id="ws-next" disabled={i + 1 == STEPS.len()} onclick={go(i + 1)}>{ NEXT.get(lang) }</button>
                <button type="button" id="ws-exit" onclick={Callback::from(|_: MouseEvent| leave_workshop())}>{ WORKSHOP_EXIT.get(lang) }</button>
            </div>
            <div class="ws-qr">
                <QrCodeSvg text={link} label={SCAN_STEP.get(lang)} />
                <p>{ SCAN_STEP.get(lang) }</p>
            </div>
        </section>
    }
}
