use yew::prelude::*;

use super::app::{App, AppProps};
use crate::shared::hooks::{use_opened_at, use_print_mode, Printing};
use crate::shared::location::forget_section;

/// The household app on the pages that print the one-page handout (`tools.html` and the
/// trainer's page): [`App`] with the print mode ([`use_print_mode`]) in its props. Opened
/// from the household page's print button (`tools.html#print`), it prints the handout once,
/// right away. The household page mounts [`App`] alone, so a first visit does not download
/// any of it.
#[component]
pub fn Printable(props: &AppProps) -> Html {
    let (printing, print) = use_print_mode();
    let asked = use_opened_at("print");
    {
        let print = print.clone();
        // After the first render: the app's results are there.
        use_effect_with((), move |()| {
            if asked {
                forget_section();
                print.emit(());
            }
        });
    }
    let mut props = props.clone();
    props.print = Some(Printing { printing, print });
    html! { <App ..props /> }
}
