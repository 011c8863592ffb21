//! The cooperative view (issue #5), for cooperative staff: can the cooperative keep its
//! promises? Its inputs as typed are part of the app's state (`AppState::coop`: in the link,
//! kept across tabs and reloads, saved with a scenario); the report is derived with
//! `use_memo` from the model (`hezuo_core::model::coop`); components only format it.

mod field;
mod html;

use std::rc::Rc;

use yew::prelude::*;

use crate::household::saved::Saved;
use crate::shared::store::StateHandle;
use field::field;
use hezuo_core::app::action::Action;
use hezuo_core::app::coop::CoopState;
use hezuo_core::app::link::to_query;
use hezuo_core::app::state::View;
use hezuo_core::i18n::coop::{
    group, yearly_fail, DEFAULTS, FUNDS_WARNING, INTRO, PRESETS, PRESETS_LABEL, TITLE,
    USE_ON_HOUSEHOLD,
};
use hezuo_core::i18n::FIX_FIRST;
use hezuo_core::model::coop::{
    evaluate, Coop, CoopField, CoopFieldError, CoopGroup, CoopInputs, COOP_SPECS,
};
use hezuo_core::model::form::plain_number;
use hezuo_core::model::Lang;

/// The household page's link with `chance` (percent a year, as typed) as the yearly failure
/// chance of this cooperative's payer, marked as coming from the cooperative view.
fn household_link(
    household: &hezuo_core::app::state::AppState,
    coop: Coop,
    chance: &str,
) -> String {
    let mut next = household.clone();
    next.view = View::Household;
    next.workshop = None;
    let field = coop.fail_field();
    Rc::make_mut(&mut next.texts)[field as usize] = chance.to_string();
    next.from_coop = Some(field);
    format!("./?{}", to_query(&next))
}

/// Props of [`CoopView`].
#[derive(Properties, PartialEq)]
pub struct CoopViewProps {
    /// The interface language.
    pub lang: Lang,
}

const GROUPS: [CoopGroup; 5] = [
    CoopGroup::Members,
    CoopGroup::Terms,
    CoopGroup::Potato,
    CoopGroup::Chickens,
    CoopGroup::Risk,
];

/// The cooperative view: presets, the inputs by group, where the defaults come from
/// (collapsed), then the results (written as HTML text, see `html`) — or, while an input is wrong, a "fix first" message.
#[component]
pub fn CoopView(props: &CoopViewProps) -> Html {
    let lang = props.lang;
    let household = use_context::<StateHandle>().expect("inside the staff page's context");
    let state = use_memo(household.coop.clone(), |pairs| CoopState::from_pairs(pairs));
    let derived = use_memo(state.texts.clone(), |texts| {
        let (inputs, errors) = CoopInputs::read(texts);
        match inputs.check() {
            Ok(v) if errors.is_empty() => Ok(evaluate(&v)),
            _ => Err(errors),
        }
    });
    let oninput = {
        let (household, state) = (household.clone(), state.clone());
        Callback::from(move |(f, text): (CoopField, String)| {
            let mut next = (*state).clone();
            next.set(f, text);
            household.dispatch(Action::SetCoop(Rc::new(next.pairs())));
        })
    };
    let presets = Coop::ALL.iter().zip(PRESETS).enumerate().map(|(i, (&coop, name))| {
        let pressed = state.coop == coop;
        let household = household.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            household.dispatch(Action::SetCoop(Rc::new(CoopState::preset(coop).pairs())));
        });
        html! {
            <button type="button" data-preset={i.to_string()} {onclick}
                aria-pressed={if pressed { "true" } else { "false" }}>{ name.get(lang) }</button>
        }
    });
    let using_funds = state.texts[CoopField::UseFunds as usize].trim() == "1";
    let use_link = match &*derived {
        Ok(r) => {
            let chance = plain_number(r.yearly_fail * 100.0, 2);
            let href = household_link(&household, state.coop, &chance);
            Some((href, chance, r.yearly_fail, r.any_fail, r.years.len()))
        }
        _ => None,
    };
    let errors: &[CoopFieldError] = match &*derived {
        Err(es) => es,
        Ok(_) => &[],
    };
    let groups = GROUPS.iter().map(|&g| {
        let fields = COOP_SPECS.iter().filter(|s| s.group == g).map(|s| {
            let err = errors.iter().find(|e| e.field == s.field).map(|e| e.kind);
            field(lang, s.field, &state.texts[s.field as usize], err, &oninput)
        });
        html! {
            <fieldset class="card group">
                <legend>{ group(g).get(lang) }</legend>
                { for fields }
            </fieldset>
        }
    });
    html! {
        <section id="coop" class="coop">
            <h2>{ TITLE.get(lang) }</h2>
            <p class="tagline">{ INTRO.get(lang) }</p>
            <div class="layout">
                <div class="inputs">
                    <div class="card coop-presets" role="group" aria-label={PRESETS_LABEL.get(lang)}>
                        <p>{ PRESETS_LABEL.get(lang) }</p>
                        { for presets }
                    </div>
                    if using_funds {
                        <p class="card warning" id="coop-funds-warning" role="alert">{ FUNDS_WARNING.get(lang) }</p>
                    }
                    { for groups }
                    <details class="card coop-defaults">
                        <summary>{ DEFAULTS.get(lang) }</summary>
                        { Html::from_html_unchecked(html::defaults(lang).into()) }
                    </details>
                    <Saved />
                </div>
                <div class="outputs">
                    if let Ok(report) = &*derived {
                        { Html::from_html_unchecked(html::results(lang, report).into()) }
                        if let Some((href, chance, yearly, any, years)) = use_link {
                            <p class="card coop-use">
                                { yearly_fail(lang, yearly, any, years) }
                                { " " }
                                <a id="coop-use" class="button" {href}
                                    data-field={state.coop.fail_field().key()}
                                    data-chance={chance}>{ USE_ON_HOUSEHOLD.get(lang) }</a>
                            </p>
                        }
                    } else {
                        <p class="card fix-first" id="coop-fix" data-invalid="true" role="status">{ FIX_FIRST.get(lang) }</p>
                    }
                </div>
            </div>
        </section>
    }
}
