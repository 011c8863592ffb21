use yew::prelude::*;

use hezuo_core::app::derive::Derived;
use hezuo_core::i18n::format::{svg, yuan_words};
use hezuo_core::i18n::names::stream_kind;
use hezuo_core::i18n::CHART_STREAMS;
use hezuo_core::model::stream::StreamKind;
use hezuo_core::model::Lang;

/// Where an income kind stacks in the chart (its place from the left) and its color; the
/// legend's swatches use the same colors from style.css (`.k0` … `.k7`), since the
/// Content-Security-Policy forbids inline styles. An exhaustive `match`: a new kind of income
/// does not compile until the chart gives it a place (or says it is not income).
const fn place(kind: StreamKind) -> Option<(usize, &'static str)> {
    match kind {
        StreamKind::MigrantWage => Some((0, "#1f5f99")),
        StreamKind::LocalWage => Some((1, "#6aa7d8")),
        StreamKind::Rent => Some((2, "#1d6b3a")),
        StreamKind::LandDividend => Some((3, "#6fbf73")),
        StreamKind::EquityDividend => Some((4, "#b8860b")),
        StreamKind::Crop => Some((5, "#8c564b")),
        StreamKind::Livestock => Some((6, "#d4572a")),
        StreamKind::PrincipalLoss => Some((7, "#a4161a")),
        // Shares bought or paid back: money moves, but it is not income.
        StreamKind::Principal => None,
    }
}

/// The charted kinds in stacking order (places 0, 1, 2, … as [`place`] gives them), with their
/// colors.
fn kinds() -> Vec<(StreamKind, &'static str)> {
    let at = |i: usize| {
        StreamKind::ALL
            .into_iter()
            .find_map(|k| place(k).filter(|p| p.0 == i).map(|(_, color)| (k, color)))
    };
    (0..).map_while(at).collect()
}

/// Income by stream, stacked, per pattern (yearly average): what each pattern's money is made
/// of. Losses (negative net streams) stack to the left of zero. A plain function drawn with
/// the details, not a component of its own.
pub fn stream_chart(lang: Lang, derived: &Derived) -> Html {
    let Some(report) = derived.report.as_ref() else {
        return html! {};
    };
    let years = f64::from(report.years.max(1));
    let kinds = kinds();
    let Some(v) = derived.valid.as_ref() else {
        return html! {};
    };
    // In the table's order, each under its name.
    let rows: Vec<_> = report
        .by_expected
        .iter()
        .filter_map(|c| {
            report
                .outcome(*c)
                .map(|o| (c.pattern().name_for(v).get(lang), o))
        })
        .map(|(c, o)| {
            let parts: Vec<(usize, f64)> = kinds
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
    let (left, width, row_h, name_h) = (4.0, 256.0, 42.0, 17.0);
    let span = (hi - lo).max(1.0);
    let x = |v: f64| left + (v - lo) / span * width;
    let height = rows.len() as f64 * row_h + 6.0;
    let mut desc = Vec::new();
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (c, parts))| {
            let top = i as f64 * row_h;
            let y = top + name_h - 2.0;
            let (mut pos, mut neg) = (0.0, 0.0);
            desc.push(format!(
                "{c}: {}",
                parts
                    .iter()
                    .map(|(k, v)| format!(
                        "{} {}",
                        stream_kind(kinds[*k].0).get(lang),
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
                    height="16" fill={kinds[*k].1} /> }
                })
                .collect::<Html>();
            let net: f64 = parts.iter().map(|p| p.1).sum();
            html! {
                <g>
                    <text x={svg(left)} y={svg(top + name_h - 5.0)} class="label">{ c }</text>
                    { rects }
                    <text x={svg(x(pos) + 5.0)} y={svg(y + 17.0)} class="value">{ yuan_words(lang, net) }</text>
                </g>
            }
        })
        .collect::<Html>();
    let used: Vec<usize> = (0..kinds.len())
        .filter(|k| rows.iter().any(|(_, p)| p.iter().any(|x| x.0 == *k)))
        .collect();
    let legend = used.iter().map(|k| html! {
        <li><span class={format!("swatch k{k}")}></span>{ stream_kind(kinds[*k].0).get(lang) }</li>
    });
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 340 {}", svg(height))} role="img" aria-labelledby="sc-title sc-desc" class="stream-chart">
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
