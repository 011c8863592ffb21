use yew::prelude::*;

use hezuo_core::app::derive::Derived;
use hezuo_core::i18n::format::{svg, yuan_words};
use hezuo_core::i18n::words::chart_row;
use hezuo_core::i18n::CHART_EXPECTED;
use hezuo_core::model::Lang;

/// What each pattern pays a year, as bars from zero in the table's order, each under its name
/// with its value written at its end, and a line from the bad-luck case to the good-luck case
/// (the horizon's P10 and P90 over its years). Hand-written SVG with a title and a text
/// alternative listing every value. A plain function drawn with the details (and the
/// handout), not a component of its own.
pub fn expected_chart(lang: Lang, derived: &Derived) -> Html {
    let (Some(report), Some(v)) = (derived.report.as_ref(), derived.valid.as_ref()) else {
        return html! {};
    };
    let years = f64::from(report.years.max(1));
    // (name, a year on average, bad luck, good luck), in the table's order.
    let rows: Vec<_> = report
        .by_expected
        .iter()
        .filter_map(|c| report.outcome(*c).map(|o| (*c, o)))
        .map(|(c, o)| {
            let name = c.pattern().name_for(v).get(lang);
            (name, o.per_year, o.spread.p10 / years, o.spread.p90 / years)
        })
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    // From zero (or from the lowest loss, with zero marked), so that lengths compare.
    let hi = rows.iter().map(|r| r.3.max(r.1)).fold(0.0, f64::max);
    let lo = rows.iter().map(|r| r.2.min(r.1)).fold(0.0, f64::min);
    let (left, width, row_h, name_h) = (4.0, 236.0, 46.0, 17.0);
    let span = (hi - lo).max(1.0);
    let x = |v: f64| left + (v - lo) / span * width;
    let height = rows.len() as f64 * row_h + 4.0;
    let desc = rows
        .iter()
        .map(|&(name, mean, p10, p90)| chart_row(lang, name, mean, p10, p90))
        .collect::<Vec<_>>()
        .join("; ");
    let bars = rows.iter().enumerate().map(|(i, &(name, mean, p10, p90))| {
        let top = i as f64 * row_h;
        let mid = top + name_h + 13.0;
        let (a, b) = (x(0.0).min(x(mean)), x(0.0).max(x(mean)));
        html! {
            <g class="bar">
                <text x={svg(left)} y={svg(top + name_h - 3.0)} class="label">{ name }</text>
                <rect class="mean" x={svg(a)} y={svg(mid - 8.0)} width={svg(b - a)} height="16" />
                <line class="whisker" x1={svg(x(p10))} x2={svg(x(p90))} y1={svg(mid)} y2={svg(mid)} />
                <line class="whisker" x1={svg(x(p10))} x2={svg(x(p10))} y1={svg(mid - 6.0)} y2={svg(mid + 6.0)} />
                <line class="whisker" x1={svg(x(p90))} x2={svg(x(p90))} y1={svg(mid - 6.0)} y2={svg(mid + 6.0)} />
                <text x={svg(x(p90.max(mean)) + 5.0)} y={svg(mid + 5.0)} class="value">{ yuan_words(lang, mean) }</text>
            </g>
        }
    });
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 340 {}", svg(height))} role="img" aria-labelledby="ec-title ec-desc" class="expected-chart">
                <title id="ec-title">{ CHART_EXPECTED.get(lang) }</title>
                <desc id="ec-desc">{ desc }</desc>
                <line x1={svg(x(0.0))} x2={svg(x(0.0))} y1="0" y2={svg(height)} class="axis" />
                { for bars }
            </svg>
            <figcaption>{ CHART_EXPECTED.get(lang) }</figcaption>
        </figure>
    }
}
