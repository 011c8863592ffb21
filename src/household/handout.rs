use yew::prelude::*;

use super::expected_chart::expected_chart;
use super::qr_code::QrCodeSvg;
use super::summary::summary_text;
use crate::shared::location::full_link;
use crate::shared::store::{Results, StateHandle};
use hezuo_core::app::link::to_query;
use hezuo_core::i18n::errors::infeasible;
use hezuo_core::i18n::format::yuan;
use hezuo_core::i18n::names::{amount, field_unit};
use hezuo_core::i18n::COLON;
use hezuo_core::i18n::*;
use hezuo_core::model::params::{Field, Source, ValueKind, SHORT_FORM, SPECS};

fn today() -> String {
    let d = web_sys::js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The one-page A4 handout (明白纸), in the current language: the household, the summary, the
/// ranked patterns, one chart, the assumptions, the date and the link as a QR code. Rendered
/// only while printing; print CSS hides everything else.
#[component]
pub fn Handout() -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let derived = use_context::<Results>().expect("inside App");
    let lang = state.lang;
    let (Some(report), Some(v)) = (derived.report.as_ref(), derived.valid.as_ref()) else {
        return html! { <section class="handout"><p>{ FIX_FIRST.get(lang) }</p></section> };
    };
    // The short form's numbers (the registered-poor switch shows in the fund) and the years.
    let listed: Vec<Field> = SHORT_FORM
        .into_iter()
        .filter(|f| f.spec().kind != ValueKind::Switch)
        .chain([Field::Years])
        .collect();
    let household = listed.iter().map(|&f| {
        let value = hezuo_core::model::form::to_shown(f, v[f], state.unit);
        html! { <li>{ f.spec().label.get(lang) }{ COLON.get(lang) }<strong>{ amount(lang, value, field_unit(f, state.unit), 2) }</strong></li> }
    });
    let order = report.display_order();
    let rows = order.iter().map(|&code| {
        let name = format!("{} {}", code.as_str(), code.pattern().name_for(v).get(lang));
        match &report.row(code).result {
            Ok(o) => {
                let r = |x: f64| yuan(lang, x.round() as i64);
                html! {
                    <tr>
                        <th scope="row">{ name }</th>
                        <td class="num">{ r(o.per_year) }</td>
                        <td class="num">{ r(o.total) }</td>
                        <td class="num">{ o.increase_over_s.map(r).unwrap_or_else(|| "—".into()) }</td>
                        <td class="num">{ r(o.spread.p10) }</td>
                    </tr>
                }
            }
            Err(why) => html! {
                <tr><th scope="row">{ name }</th><td colspan="4">{ infeasible(lang, why) }</td></tr>
            },
        }
    });
    let assumptions = SPECS
        .iter()
        .filter(|s| s.source == Source::Assumption && !listed.contains(&s.field))
        .map(|s| {
            format!(
                "{} {}",
                s.label.get(lang),
                amount(
                    lang,
                    hezuo_core::model::form::to_shown(s.field, v[s.field], state.unit),
                    field_unit(s.field, state.unit),
                    2,
                )
            )
        })
        .collect::<Vec<_>>()
        .join(if lang == hezuo_core::model::Lang::Zh {
            "；"
        } else {
            "; "
        });
    let link = full_link(&to_query(&state));
    html! {
        <section class="handout" aria-label={HANDOUT_TITLE.get(lang)}>
            <header class="handout-head">
                <h1>{ HANDOUT_TITLE.get(lang) }{ " · " }{ APP_NAME.get(lang) }</h1>
                <p>{ HANDOUT_DATE.get(lang) }{ COLON.get(lang) }{ today() }</p>
            </header>
            <p class="big">{ summary_text(&state, &derived).unwrap_or_default() }</p>
            <div class="handout-cols">
                <div>
                    <h2>{ HANDOUT_HOUSEHOLD.get(lang) }</h2>
                    <ul class="handout-household">{ for household }</ul>
                </div>
                <div class="handout-qr">
                    <QrCodeSvg text={link.clone()} label={QR_LABEL.get(lang)} />
                    <p>{ HANDOUT_SCAN.get(lang) }</p>
                </div>
            </div>
            <h2>{ HANDOUT_RANKING.get(lang) }</h2>
            <table class="handout-table">
                <thead><tr>
                    <th scope="col">{ COL_PATTERN.get(lang) }</th>
                    <th scope="col" class="num">{ COL_PER_YEAR.get(lang) }</th>
                    <th scope="col" class="num">{ COL_TOTAL.get(lang) }</th>
                    <th scope="col" class="num">{ COL_GAIN.get(lang) }</th>
                    <th scope="col" class="num">{ COL_P10.get(lang) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            { expected_chart(lang, &derived) }
            <h2>{ HANDOUT_ASSUMPTIONS.get(lang) }</h2>
            <p class="handout-assumptions">{ assumptions }</p>
            <p class="handout-source">{ HANDOUT_SOURCE.get(lang) }</p>
            <p class="handout-link">{ link }</p>
        </section>
    }
}
