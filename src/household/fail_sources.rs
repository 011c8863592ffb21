use yew::prelude::*;

use hezuo_core::app::derive::Derived;
use hezuo_core::app::state::AppState;
use hezuo_core::i18n::words::{fail_sources, ChanceSource};
use hezuo_core::model::params::Field;
use hezuo_core::model::risk::{fail_chances, fail_field};
use hezuo_core::model::stream::Counterparty;

/// Props of [`FailSourcesLine`].
#[derive(Properties, PartialEq)]
pub struct FailSourcesLineProps {
    /// The page's language.
    pub lang: hezuo_core::model::Lang,
    /// Each payer's yearly chance and where it comes from.
    pub items: Vec<(Counterparty, f64, ChanceSource)>,
    /// The enterprise's chance before its insurance, when it is insured.
    pub insured_from: Option<f64>,
}

/// The sentence itself: drawn again only when a chance, a source or the language changes,
/// not on every keystroke.
#[component]
pub fn FailSourcesLine(props: &FailSourcesLineProps) -> Html {
    html! {
        <p class="note fail-sources" id="fail-sources">{ fail_sources(props.lang, &props.items, props.insured_from) }</p>
    }
}

/// Under the results: each payer's yearly chance of stopping and where it comes from (the
/// default assumption, the cooperative page's figure, or the user's own value). Drawn with the
/// app; the sentence itself is a component ([`FailSourcesLine`]).
pub fn fail_sources_note(state: &AppState, derived: &Derived) -> Html {
    let Some(v) = derived.valid.as_ref() else {
        return html! {};
    };
    let chances = fail_chances(v);
    let defaults = state.default_texts();
    let items: Vec<(Counterparty, f64, ChanceSource)> = Counterparty::ALL
        .iter()
        .map(|&c| {
            let f = fail_field(c);
            let source = if state.from_coop == Some(f) {
                ChanceSource::Coop
            } else if state.text(f) == defaults[f as usize] {
                ChanceSource::Default
            } else {
                ChanceSource::Typed
            };
            (c, chances[c as usize], source)
        })
        .collect();
    let insured_from = v.flag(Field::EntInsured).then(|| v.frac(Field::FailEnt));
    html! { <FailSourcesLine lang={state.lang} {items} {insured_from} /> }
}
