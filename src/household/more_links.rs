use yew::prelude::*;

use crate::shared::location::tools_link;
use hezuo_core::app::link::to_query;
use hezuo_core::app::state::AppState;
use hezuo_core::i18n::{BREAKEVEN_TITLE, MORE_NOTE, MORE_TITLE, SAVED_TITLE, SHARE_TITLE};

/// The household page's way to sharing, saving and break-even: links to `tools.html` (the
/// household page with those sections, in a bundle of its own), each with the scenario in its
/// link and opening at its section. A first visit does not download them (issue #13). A
/// plain function of the app's state, drawn with the app, not a component of its own.
pub fn more_links(state: &AppState) -> Html {
    let lang = state.lang;
    let query = to_query(state);
    let link = |id: &'static str, text: &'static str| {
        html! { <li><a id={format!("more-{id}")} href={tools_link(&query, id)}>{ text }</a></li> }
    };
    html! {
        <section class="card more" aria-labelledby="more-title">
            <h2 id="more-title">{ MORE_TITLE.get(lang) }</h2>
            <ul class="more-links">
                { link("share", SHARE_TITLE.get(lang)) }
                { link("saved", SAVED_TITLE.get(lang)) }
                { link("breakeven", BREAKEVEN_TITLE.get(lang)) }
            </ul>
            <p class="note">{ MORE_NOTE.get(lang) }</p>
        </section>
    }
}
