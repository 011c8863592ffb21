use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::roster_results::RosterResults;
use super::roster_run::{use_roster_run, Source, Status};
use crate::shared::download::download;
use crate::shared::store::StateHandle;
use hezuo_core::i18n::views::*;
use hezuo_core::model::batch::Criterion;
use hezuo_core::model::Lang;
use hezuo_core::roster::template_csv;

/// Props of [`RosterView`]; the language comes from the page's context.
#[derive(Properties, PartialEq)]
pub struct RosterViewProps {
    /// The household screen's inputs (values in field order), None while one is wrong.
    pub base: Option<Rc<Vec<f64>>>,
}

/// The member roster screen.
#[component]
pub fn RosterView(props: &RosterViewProps) -> Html {
    let state = use_context::<StateHandle>().expect("inside the staff page");
    let lang = state.lang;
    let run = use_roster_run();
    let criterion = use_state(|| Criterion::Expected);
    let source = use_state(|| None::<String>);
    let unreadable = use_state(|| false);
    let paste = use_node_ref();
    let base = props.base.clone();

    // The last roster read, so that choosing another criterion runs it again.
    let last = use_state(|| None::<Source>);
    let start = {
        let (run, base, last) = (run.clone(), base.clone(), last.clone());
        Callback::from(move |(source, criterion): (Source, Criterion)| {
            if let Some(base) = &base {
                run.start(&source, base, criterion);
                last.set(Some(source));
            }
        })
    };
    let on_file = {
        let start = start.clone();
        let criterion = *criterion;
        let source = source.clone();
        let unreadable = unreadable.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            let (start, source, unreadable) = (start.clone(), source.clone(), unreadable.clone());
            // The same file can be chosen again (after a cancel, or changed settings).
            input.set_value("");
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                    Ok(bytes) => {
                        unreadable.set(false);
                        source.set(Some(file.name()));
                        start.emit((Source::Bytes(bytes), criterion));
                    }
                    Err(_) => unreadable.set(true),
                }
            });
        })
    };
    let on_paste = {
        let start = start.clone();
        let criterion = *criterion;
        let paste = paste.clone();
        let source = source.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = paste.cast::<HtmlTextAreaElement>() {
                source.set(None);
                start.emit((Source::Text(Rc::from(area.value())), criterion));
            }
        })
    };
    let on_criterion = {
        let (criterion, start, last) = (criterion.clone(), start.clone(), last.clone());
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let c = select
                .value()
                .parse()
                .ok()
                .and_then(Criterion::from_index)
                .unwrap_or(Criterion::Expected);
            criterion.set(c);
            if let Some(source) = (*last).clone() {
                start.emit((source, c));
            }
        })
    };
    let template = |l: Lang| {
        Callback::from(move |_: MouseEvent| {
            let name = if l == Lang::Zh {
                "名单模板.csv"
            } else {
                "roster-template.csv"
            };
            download(name, &template_csv(l), "text/csv;charset=utf-8");
        })
    };
    let cancel = {
        let run = run.clone();
        Callback::from(move |_: MouseEvent| run.cancel())
    };

    let running = *run.status == Status::Running;
    let (done, total) = *run.progress;
    let encoding = (*run.roster).as_ref().map_or("", |r| r.encoding.as_str());
    let file_line = source
        .as_ref()
        .filter(|_| !encoding.is_empty())
        .map(|name| file_read(lang, name, encoding));
    let status = match &*run.status {
        Status::Idle => html! {},
        Status::Running => html! {
            <div class="roster-progress" role="status">
                <p id="roster-progress-text">{ progress(lang, done, total) }</p>
                <progress id="roster-progress" max={total.max(1).to_string()} value={done.to_string()}
                    aria-label={progress(lang, done, total)}></progress>
                <button id="roster-cancel" type="button" class="secondary" onclick={cancel}>{ CANCEL.get(lang) }</button>
            </div>
        },
        Status::Done(ms) => html! {
            <p id="roster-status" role="status" data-ms={crate::staff::exact::exact(*ms)}
                data-worker-memory={crate::staff::exact::exact(*run.memory)}>{ finished(lang, done, *ms) }</p>
        },
        Status::Cancelled => {
            html! { <p id="roster-status" role="status">{ CANCELLED.get(lang) }</p> }
        }
        Status::Failed(why) => {
            let retry = {
                let run = run.clone();
                Callback::from(move |_: MouseEvent| run.retry())
            };
            html! {
                <div class="roster-failed">
                    <p id="roster-status" class="error" role="alert">{ failed(lang, done, total, why) }</p>
                    <button id="roster-retry" type="button" onclick={retry}>{ RETRY.get(lang) }</button>
                </div>
            }
        }
        Status::NoWorker => {
            html! { <p id="roster-status" class="error" role="alert">{ NO_WORKER.get(lang) }</p> }
        }
    };

    html! {
        <section id="roster" class="card roster" aria-labelledby="roster-title">
            <h2 id="roster-title">{ ROSTER_TITLE.get(lang) }</h2>
            <p class="hint">{ ROSTER_INTRO.get(lang) }</p>
            if base.is_none() {
                <p class="error" role="alert">{ FIX_SETTINGS.get(lang) }</p>
            }
            <div class="field">
                <label for="roster-criterion">{ CRITERION.get(lang) }</label>
                <select id="roster-criterion" onchange={on_criterion} disabled={running}>
                    { for Criterion::ALL.iter().map(|c| html! {
                        <option value={c.index().to_string()} selected={*c == *criterion}>{ hezuo_core::i18n::views::criterion(*c).get(lang) }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="roster-file">{ CHOOSE_FILE.get(lang) }</label>
                <input id="roster-file" type="file" accept=".csv,.txt,.tsv,text/csv,text/plain"
                    onchange={on_file} disabled={running || base.is_none()} />
            </div>
            <div class="field">
                <label for="roster-paste">{ PASTE_LABEL.get(lang) }</label>
                <textarea id="roster-paste" ref={paste} rows="4" spellcheck="false" />
                <button id="roster-paste-run" type="button" onclick={on_paste}
                    disabled={running || base.is_none()}>{ USE_PASTED.get(lang) }</button>
            </div>
            <p class="roster-template">
                { TEMPLATE.get(lang) }{ hezuo_core::i18n::COLON.get(lang) }
                <button type="button" class="link" id="template-zh" onclick={template(Lang::Zh)}>{ TEMPLATE_ZH.get(lang) }</button>
                <button type="button" class="link" id="template-en" onclick={template(Lang::En)}>{ TEMPLATE_EN.get(lang) }</button>
            </p>
            if *unreadable { <p class="error" role="alert">{ FILE_UNREADABLE.get(lang) }</p> }
            if let Some(line) = file_line { <p id="roster-file-read">{ line }</p> }
            { status }
            if let Some(roster) = (*run.roster).clone() {
                <RosterResults {lang} {roster} results={run.results.clone()}
                    done={matches!(*run.status, Status::Done(_))} run={run.clone()} />
            }
        </section>
    }
}
