use yew::prelude::*;

use super::qr_code::QrCodeSvg;
use crate::shared::hooks::use_section_open;
use crate::shared::location::full_link;
use crate::shared::store::StateHandle;
use hezuo_core::app::link::to_query;
use hezuo_core::i18n::{COPIED, COPY, COPY_BY_HAND, LINK_LABEL, QR_LABEL, SHARE_TITLE};

/// What happened to the last copy.
#[derive(Clone, Copy, PartialEq)]
enum Copy {
    /// Nothing tried yet.
    Idle,
    /// On the clipboard.
    Done,
    /// The clipboard refused: the text is selected for copying by hand.
    ByHand,
}

/// Share: a QR code of the current link, drawn in the page, and a copy-link button (the
/// Clipboard API, falling back to selecting the link for copying by hand).
#[component]
pub fn Share() -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let (open, ontoggle) = use_section_open("share");
    let copy = use_state(|| Copy::Idle);
    let input = use_node_ref();
    let lang = state.lang;
    let summary = html! { <summary><h2 id="share-title">{ SHARE_TITLE.get(lang) }</h2></summary> };
    if !open {
        return html! { <details class="card share" id="share" {ontoggle}>{ summary }</details> };
    }
    let link = full_link(&to_query(&state));
    let onclick = {
        let (copy, input, link) = (copy.clone(), input.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (copy, input, link) = (copy.clone(), input.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
                let written = match clipboard {
                    Some(c) => wasm_bindgen_futures::JsFuture::from(c.write_text(&link))
                        .await
                        .is_ok(),
                    None => false,
                };
                if written {
                    copy.set(Copy::Done);
                } else {
                    if let Some(el) = input.cast::<web_sys::HtmlInputElement>() {
                        el.select();
                    }
                    copy.set(Copy::ByHand);
                }
            });
        })
    };
    let status = match *copy {
        Copy::Idle => html! {},
        Copy::Done => html! { <p class="copied" role="status">{ COPIED.get(lang) }</p> },
        Copy::ByHand => {
            html! { <p class="copy-by-hand" role="status">{ COPY_BY_HAND.get(lang) }</p> }
        }
    };
    html! {
        <details class="card share" id="share" open=true {ontoggle}>
            { summary }
            <QrCodeSvg text={link.clone()} label={QR_LABEL.get(lang)} />
            <label for="share-link">{ LINK_LABEL.get(lang) }</label>
            <div class="input-row">
                <input id="share-link" type="text" readonly=true value={link} ref={input} />
                <button type="button" id="copy-link" {onclick}>{ COPY.get(lang) }</button>
            </div>
            { status }
        </details>
    }
}
