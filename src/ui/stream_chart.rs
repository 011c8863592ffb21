use std::rc::Rc;

use yew::prelude::*;

use super::derive::Derived;
use super::state::StateHandle;
use crate::i18n::format::{svg, yuan_words};
use crate::i18n::words::stream_kind;
use crate::i18n::CHART_STREAMS;
use crate::model::stream::StreamKind;

/// Stream kinds in stacking order with their colors; the legend's swatches use the same colors
/// from style.css (`.k0` … `.k8`), since the Content-Security-Policy forbids inline styles.
const KINDS: [(StreamKind, &str); 8] = [
    (StreamKind::MigrantWage, "#1f5f99"),
    (StreamKind::LocalWage, "#6aa7d8"),
    (StreamKind::Rent, "#1d6b3a"),
    (StreamKind::LandDividend, "#6fbf73"),
    (StreamKind::EquityDividend, "#b8860b"),
    (StreamKind::Crop, "#8c564b"),
    (StreamKind::Livestock, "#d4572a"),
    (StreamKind::PrincipalLoss, "#a4161a"),
];

/// Income by stream, stacked, per pattern (yearly average): what each pattern's money is made
/// of. Losses (negative net streams) stack to the left of zero.
#[component]
pub fn StreamChart() -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let derived = use_context::<Rc<Derived>>().expect("inside App");
    let lang = state.lang;
    let Some(report) = derived.report.as_ref() else {
        return html! {};
    };
    let years = report.years.max(1) as f64;
    let rows: Vec<_> = report
        .by_expected
        .iter()
        .filter_map(|c| report.outcome(*c).map(|o| (*c, o)))
        .map(|(c, o)| {
            let parts: Vec<(usize, f64)> = KINDS
                .iter()
                .enumerate()
                .map(|(k, (kind, _))| {
                    let sum: f64 = o
                        .years
                        .iter()
                        .flat_map(|y| &y.lines)
                        .filter(|l| l.income && l.kind == *kind)
                        .map(|l| l.amount)
                        .sum();
                    (k, sum / years)
                })
                .filter(|(_, v)| v.abs() >= 0.5)
                .collect();
            (c, parts)
        })
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    let hi = rows
        .iter()
        .map(|(_, p)| p.iter().filter(|x| x.1 > 0.0).map(|x| x.1).sum::<f64>())
        .fold(0.0, f64::max);
    let lo = rows
        .iter()
        .map(|(_, p)| p.iter().filter(|x| x.1 < 0.0).map(|x| x.1).sum::<f64>())
        .fold(0.0, f64::min);
    let (left, width, row_h) = (40.0, 290.0, 28.0);
    let span = (hi - lo).max(1.0);
    let x = |v: f64| left + (v - lo) / span * width;
    let height = rows.len() as f64 * row_h + 6.0;
    let mut desc = Vec::new();
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (c, parts))| {
            let y = 3.0 + i as f64 * row_h;
            let (mut pos, mut neg) = (0.0, 0.0);
            desc.push(format!(
                "{}: {}",
                c.as_str(),
                parts
                    .iter()
                    .map(|(k, v)| format!(
                        "{} {}",
                        stream_kind(KINDS[*k].0).get(lang),
                        yuan_words(lang, *v)
                    ))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            let rects = parts
                .iter()
                .map(|(k, v)| {
                    let (a, b) = if *v >= 0.0 {
                        pos += v;
                        (pos - v, pos)
                    } else {
                        neg += v;
                        (neg, neg - v)
                    };
                    html! { <rect x={svg(x(a))} y={svg(y + 4.0)} width={svg((x(b) - x(a)).max(0.0))}
                    height={svg(row_h - 8.0)} fill={KINDS[*k].1} /> }
                })
                .collect::<Html>();
            html! {
                <g>
                    <text x="0" y={svg(y + row_h / 2.0 + 5.0)} class="label">{ c.as_str() }</text>
                    { rects }
                </g>
            }
        })
        .collect::<Html>();
    let used: Vec<usize> = (0..KINDS.len())
        .filter(|k| rows.iter().any(|(_, p)| p.iter().any(|x| x.0 == *k)))
        .collect();
    let legend = used.iter().map(|k| html! {
        <li><span class={format!("swatch k{k}")}></span>{ stream_kind(KINDS[*k].0).get(lang) }</li>
    });
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 340 {height}")} role="img" aria-labelledby="sc-title sc-desc" class="stream-chart">
                <title id="sc-title">{ CHART_STREAMS.get(lang) }</title>
                <desc id="sc-desc">{ desc.join("; ") }</desc>
                <line x1={svg(x(0.0))} x2={svg(x(0.0))} y1="0" y2={svg(height)} class="axis" />
                { bars }
            </svg>
            <figcaption>{ CHART_STREAMS.get(lang) }</figcaption>
            <ul class="legend">{ for legend }</ul>
        </figure>
    }
}
