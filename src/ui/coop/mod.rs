//! The cooperative view (issue #5), for cooperative staff: can the cooperative keep its
//! promises? Its own state (the inputs as typed, in one reducer); the report is derived with
//! `use_memo` from the model (`crate::model::coop`); components only format it.

mod field;
mod html;

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::coop::{group, DEFAULTS, INTRO, PRESETS, TITLE};
use crate::i18n::FIX_FIRST;
use crate::model::coop::{evaluate, CoopField, CoopFieldError, CoopGroup, CoopInputs, COOP_SPECS};
use crate::model::Lang;
use field::field;

/// The cooperative inputs as typed (one text per field, in table order).
#[derive(Clone, Debug, PartialEq)]
pub struct CoopState {
    /// The text of every field.
    pub texts: Rc<Vec<String>>,
}

/// Every change to the cooperative inputs.
#[derive(Clone, Debug, PartialEq)]
pub enum CoopAction {
    /// The user typed in a field.
    Set(CoopField, String),
    /// Load a whole set of values (a preset).
    Load(Box<CoopInputs>),
}

impl Reducible for CoopState {
    type Action = CoopAction;

    fn reduce(self: Rc<Self>, action: CoopAction) -> Rc<Self> {
        let mut texts = self.texts.clone();
        match action {
            CoopAction::Set(f, text) => Rc::make_mut(&mut texts)[f as usize] = text,
            CoopAction::Load(inputs) => texts = Rc::new(inputs.texts()),
        }
        Rc::new(CoopState { texts })
    }
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
    let state = use_reducer(|| CoopState {
        texts: Rc::new(CoopInputs::paper_defaults().texts()),
    });
    let derived = use_memo(state.texts.clone(), |texts| {
        let (inputs, errors) = CoopInputs::read(texts);
        match inputs.check() {
            Ok(v) if errors.is_empty() => Ok(evaluate(&v)),
            _ => Err(errors),
        }
    });
    let oninput = {
        let state = state.clone();
        Callback::from(move |(f, text): (CoopField, String)| {
            state.dispatch(CoopAction::Set(f, text))
        })
    };
    let presets: [fn() -> CoopInputs; 3] = [
        CoopInputs::paper_defaults,
        CoopInputs::wandanping,
        CoopInputs::lanya,
    ];
    let presets = presets.iter().zip(PRESETS).enumerate().map(|(i, (inputs, name))| {
        let (state, inputs) = (state.clone(), *inputs);
        let onclick =
            Callback::from(move |_: MouseEvent| state.dispatch(CoopAction::Load(Box::new(inputs()))));
        html! { <button type="button" data-preset={i.to_string()} {onclick}>{ name.get(lang) }</button> }
    });
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
                    <div class="card coop-presets">{ for presets }</div>
                    { for groups }
                    <details class="card coop-defaults">
                        <summary>{ DEFAULTS.get(lang) }</summary>
                        { Html::from_html_unchecked(html::defaults(lang).into()) }
                    </details>
                </div>
                <div class="outputs">
                    if let Ok(report) = &*derived {
                        { Html::from_html_unchecked(html::results(lang, report).into()) }
                    } else {
                        <p class="card fix-first" id="coop-fix" data-invalid="true" role="status">{ FIX_FIRST.get(lang) }</p>
                    }
                </div>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reducer_keeps_texts_and_loads_presets() {
        let s = Rc::new(CoopState {
            texts: Rc::new(CoopInputs::paper_defaults().texts()),
        });
        let s = s.reduce(CoopAction::Set(CoopField::Rent, "abc".into()));
        assert_eq!(s.texts[CoopField::Rent as usize], "abc");
        let s = s.reduce(CoopAction::Load(Box::new(CoopInputs::lanya())));
        assert_eq!(s.texts[CoopField::LandHh as usize], "0");
        assert_eq!(s.texts[CoopField::Rent as usize], "15000");
    }
}
