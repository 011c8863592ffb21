use yew::prelude::*;

use crate::shared::hooks::use_section_open;
use crate::shared::store::{Results, StateHandle};
use hezuo_core::app::action::Action;
use hezuo_core::i18n::format::yuan;
use hezuo_core::i18n::names::lever;
use hezuo_core::i18n::words::{break_even, change};
use hezuo_core::i18n::{BE_FIRST, BE_SECOND, BREAKEVEN_LEVER, BREAKEVEN_TITLE, SENSITIVITY_TITLE};
use hezuo_core::model::breakeven::{break_even as find, Lever};
use hezuo_core::model::engine::expected_total;
use hezuo_core::model::patterns::REGISTRY;
use hezuo_core::model::Code;

fn code_select(
    id: &'static str,
    label: &'static str,
    current: Code,
    lang: hezuo_core::model::Lang,
    on: Callback<Code>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        if let Some(code) = Code::parse(&select.value()) {
            on.emit(code);
        }
    });
    html! {
        <select id={id} aria-label={label} {onchange}>
            { for REGISTRY.iter().map(|p| {
                let c = p.code();
                html! { <option value={c.as_str()} selected={c == current}>{ format!("{} {}", c.as_str(), p.name().get(lang)) }</option> }
            }) }
        </select>
    }
}

/// Break-even between any two patterns on one input, and a sensitivity slider on that input
/// worded as "price −20%: 0.96 instead of 1.20 yuan/kg".
#[component]
pub fn BreakEvenView() -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let derived = use_context::<Results>().expect("inside App");
    let pct = use_state(|| 0i32);
    let (open, ontoggle) = use_section_open("breakeven");
    let lang = state.lang;
    let Some(v) = derived.valid.as_ref() else {
        return html! {};
    };
    if !open {
        return html! {
            <details class="card breakeven" id="breakeven" {ontoggle}>
                <summary><h2 id="be-title">{ BREAKEVEN_TITLE.get(lang) }</h2></summary>
            </details>
        };
    }
    let (a, b, lv) = state.compare;
    let answer = break_even(lang, a, b, lv, &find(v, a, b, lv), state.unit);
    let set = |f: Box<dyn Fn(Code) -> Action>| {
        let state = state.clone();
        Callback::from(move |c: Code| state.dispatch(f(c)))
    };
    let pick_a = set(Box::new(move |c| Action::Compare(c, b, lv)));
    let pick_b = set(Box::new(move |c| Action::Compare(a, c, lv)));
    let on_lever = {
        let state = state.clone();
        let pct = pct.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(l) = Lever::ALL.get(select.selected_index().max(0) as usize) {
                pct.set(0);
                state.dispatch(Action::Compare(a, b, *l));
            }
        })
    };
    let on_slide = {
        let pct = pct.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            pct.set(input.value().parse().unwrap_or(0));
        })
    };
    let from = lv.value(v);
    let moved = lv.apply(v, from * (1.0 + f64::from(*pct) / 100.0));
    // A year on average, as every figure she reads first; each pattern by its name.
    let years = v[hezuo_core::model::params::Field::Years].max(1.0);
    let rows = REGISTRY.iter().map(|p| {
        let c = p.code();
        let now = expected_total(v, c).ok().map(|x| x / years);
        let then = moved
            .as_ref()
            .and_then(|w| expected_total(w, c).ok())
            .map(|x| x / years);
        let cell = |x: Option<f64>| {
            x.map(|x| yuan(lang, x.round() as i64))
                .unwrap_or_else(|| "—".into())
        };
        html! {
            <tr data-pattern={c.as_str()}>
                <th scope="row">{ p.name_for(v).get(lang) }</th>
                <td class="num">{ cell(now) }</td>
                <td class="num">{ cell(then) }</td>
            </tr>
        }
    });
    let (now_h, then_h) = match lang {
        hezuo_core::model::Lang::Zh => ("现在每年", "变化后每年"),
        hezuo_core::model::Lang::En => ("A year now", "A year after the change"),
    };
    html! {
        <details class="card breakeven" id="breakeven" open=true {ontoggle}>
            <summary><h2 id="be-title">{ BREAKEVEN_TITLE.get(lang) }</h2></summary>
            <div class="be-pick">
                { code_select("be-a", BE_FIRST.get(lang), a, lang, pick_a) }
                <span>{ "↔" }</span>
                { code_select("be-b", BE_SECOND.get(lang), b, lang, pick_b) }
            </div>
            <label for="be-lever">{ BREAKEVEN_LEVER.get(lang) }</label>
            <select id="be-lever" onchange={on_lever}>
                { for Lever::ALL.iter().map(|l| html! { <option selected={*l == lv}>{ lever(*l).get(lang) }</option> }) }
            </select>
            <p id="be-answer" class="big">{ answer }</p>
            <h3>{ SENSITIVITY_TITLE.get(lang) }</h3>
            <label for="sens">{ change(lang, lv, *pct, from, state.unit) }</label>
            <input id="sens" type="range" min="-50" max="50" step="10" value={pct.to_string()} oninput={on_slide} />
            <table class="sens-table">
                <thead><tr><th></th><th scope="col" class="num">{ now_h }</th><th scope="col" class="num">{ then_h }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </details>
    }
}
