use std::rc::Rc;

use yew::prelude::*;

use crate::shared::store::StateHandle;
use hezuo_core::app::derive::Derived;
use hezuo_core::i18n::format::{svg, yuan_words};
use hezuo_core::i18n::CHART_EXPECTED;

/// Expected total per pattern as bars, with P10–P90 whiskers. Hand-written SVG with a title
/// and a text alternative listing every value.
#[component]
pub fn ExpectedChart() -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let derived = use_context::<Rc<Derived>>().expect("inside App");
    let lang = state.lang;
    let Some(report) = derived.report.as_ref() else {
        return html! {};
    };
    let rows: Vec<_> = report
        .by_expected
        .iter()
        .filter_map(|c| report.outcome(*c).map(|o| (*c, o)))
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    let hi = rows
        .iter()
        .map(|(_, o)| o.spread.p90.max(o.total))
        .fold(f64::MIN, f64::max);
    let lo = rows
        .iter()
        .map(|(_, o)| o.spread.p10.min(o.total))
        .fold(f64::MAX, f64::min);
    // A dot plot: the axis need not start at zero, so it is labelled at both ends.
    let pad = ((hi - lo) * 0.05).max(1.0);
    let (lo, hi) = (lo - pad, hi + pad);
    let (left, width, row_h, top) = (40.0, 290.0, 30.0, 22.0);
    let span = (hi - lo).max(1.0);
    let x = |v: f64| left + (v - lo) / span * width;
    let height = top + rows.len() as f64 * row_h + 4.0;
    let desc = rows
        .iter()
        .map(|(c, o)| {
            format!(
                "{} {} (P10 {}, P90 {})",
                c.as_str(),
                yuan_words(lang, o.total),
                yuan_words(lang, o.spread.p10),
                yuan_words(lang, o.spread.p90)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let bars = rows.iter().enumerate().map(|(i, (c, o))| {
        let mid = top + i as f64 * row_h + row_h / 2.0;
        html! {
            <g class="bar">
                <text x="0" y={svg(mid + 5.0)} class="label">{ c.as_str() }</text>
                <line class="grid" x1={svg(left)} x2={svg(left + width)} y1={svg(mid)} y2={svg(mid)} />
                <line class="whisker" x1={svg(x(o.spread.p10))} x2={svg(x(o.spread.p90))}
                    y1={svg(mid)} y2={svg(mid)} />
                <line class="whisker" x1={svg(x(o.spread.p10))} x2={svg(x(o.spread.p10))}
                    y1={svg(mid - 7.0)} y2={svg(mid + 7.0)} />
                <line class="whisker" x1={svg(x(o.spread.p90))} x2={svg(x(o.spread.p90))}
                    y1={svg(mid - 7.0)} y2={svg(mid + 7.0)} />
                <circle class="point" cx={svg(x(o.total))} cy={svg(mid)} r="6" />
            </g>
        }
    });
    let ticks = html! {
        <>
            <text x={svg(left)} y="14" class="tick">{ yuan_words(lang, lo) }</text>
            <text x={svg(left + width)} y="14" class="tick" text-anchor="end">{ yuan_words(lang, hi) }</text>
        </>
    };
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 340 {}", svg(height))} role="img" aria-labelledby="ec-title ec-desc" class="expected-chart">
                <title id="ec-title">{ CHART_EXPECTED.get(lang) }</title>
                <desc id="ec-desc">{ desc }</desc>
                { ticks }
                { for bars }
            </svg>
            <figcaption>{ CHART_EXPECTED.get(lang) }</figcaption>
        </figure>
    }
}
