use yew::prelude::*;

use super::detail::{detail, use_detail_section};
use super::fail_sources::fail_sources_note;
use super::frame::frame;
use super::more_links::more_links;
use super::results_table::ResultsTable;
use crate::shared::hooks::{
    initial_state, use_care_mode, use_detail_history, use_lang_effects, use_link_sync,
    use_remember_last, Printing,
};
use hezuo_core::app::derive::Derived;

use super::settings::use_settings_open;
use super::summary::summary;
use crate::shared::store::{Results, StateHandle, Store};

/// Props of [`App`].
#[derive(Properties, PartialEq, Default, Clone)]
pub struct AppProps {
    /// Shown between the tabs and the form: the workshop's step on the trainer's page
    /// (`workshop.html`), nothing on the household page (which then does not carry its code).
    #[prop_or_default]
    pub children: Html,
    /// Sharing, saving, printing and break-even ([`super::tools`]): on the trainer's page and
    /// the page made for them (`tools.html`). The household page has none, so a first visit
    /// does not download their code: it links to `tools.html` instead ([`more_links`]).
    #[prop_or_default]
    pub tools: Option<Tools>,
    /// The print mode, on the pages that print the handout ([`super::Printable`]); the
    /// household page has none (its print button opens `tools.html`).
    #[prop_or_default]
    pub print: Option<Printing>,
}

/// The sections only the bigger pages carry (see [`AppProps::tools`]).
#[derive(Clone, PartialEq)]
pub struct Tools {
    /// Below the results: break-even, share, saved scenarios.
    pub sections: Html,
    /// The one-page handout, rendered only while printing.
    pub handout: Html,
    /// In the header while a workshop step is on: the way back to the household page.
    pub leave_workshop: Html,
}

/// The whole app: owns the state, derives the results once per change, shares both.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| {
        // The cooperative and roster screens are on the staff page.
        let mut s = initial_state();
        s.view = hezuo_core::app::state::View::Household;
        Store::from(s)
    });
    use_lang_effects(state.lang);
    use_link_sync(&state);
    use_remember_last(&state);
    use_detail_history(&state);
    let care = use_care_mode();
    // The Monte Carlo's draws, kept from one keystroke to the next.
    let table = use_mut_ref(|| None);
    let derived = use_memo((state.texts.clone(), state.unit), move |(texts, unit)| {
        Derived::new(texts, *unit, &mut table.borrow_mut())
    });
    let results = Results(derived);
    let section = use_detail_section(&state);
    let settings_open = use_settings_open(&results);
    // On the pages that print the handout (`super::Printable`): whether it is printing now.
    let printing = props.print.as_ref().is_some_and(|p| p.printing);
    let print = props.print.as_ref().map(|p| p.print.clone());
    use_effect_with((), |()| refocus());

    let (sections, handout, leave_workshop) = match &props.tools {
        Some(tools) => (
            tools.sections.clone(),
            printing.then(|| tools.handout.clone()),
            tools.leave_workshop.clone(),
        ),
        None => (more_links(&state), None, Html::default()),
    };
    let outputs = html! {
        <>
            <ResultsTable />
            { fail_sources_note(&state, &results) }
            { detail(&state, &results, section) }
            { sections }
        </>
    };
    let page = frame(
        &state,
        care,
        settings_open,
        leave_workshop,
        props.children.clone(),
        summary(&state, &results, print),
        outputs,
    );
    html! {
        <ContextProvider<StateHandle> context={state}>
            <ContextProvider<Results> context={results}>
                { page }
                { handout.unwrap_or_default() }
            </ContextProvider<Results>>
        </ContextProvider<StateHandle>>
    }
}

/// After the first render: the field the villager was typing in on the first screen (its id
/// in `#app`'s `data-focus`, see [`super::start`]) gets the focus back, the caret at its end.
fn refocus() {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = doc.get_element_by_id("app") else {
        return;
    };
    let Some(id) = root.get_attribute("data-focus") else {
        return;
    };
    root.remove_attribute("data-focus").ok();
    if let Some(input) = doc
        .get_element_by_id(&id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        // Focus and caret are niceties: a refusal leaves the page as it is.
        let _ = input.focus();
        let end = u32::try_from(input.value().encode_utf16().count()).unwrap_or(0);
        let _ = input.set_selection_range(end, end);
    }
}
