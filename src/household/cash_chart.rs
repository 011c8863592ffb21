use yew::prelude::*;

use hezuo_core::app::derive::Derived;
use hezuo_core::i18n::format::{svg, yuan_words};
use hezuo_core::i18n::names::timing;
use hezuo_core::i18n::CHART_CASH;
use hezuo_core::model::stream::Timing;
use hezuo_core::model::{Code, Lang};

/// Cash in hand across the years for one pattern: own cash plus the support fund at the start, then after
/// each year's start, middle and end payments (expected; shares bought and paid back
/// included). Shows that rent arrives before the harvest and dividends after the sale. A
/// plain function drawn with the details, not a component of its own.
pub fn cash_chart(lang: Lang, derived: &Derived, code: Code) -> Html {
    let Some(o) = derived.report.as_ref().and_then(|r| r.outcome(code)) else {
        return html! {};
    };
    let mut balance = o.cash_have + o.fund_have;
    let mut points = vec![(0u32, None, balance)];
    for y in &o.years {
        for (i, t) in [Timing::Start, Timing::Mid, Timing::End]
            .into_iter()
            .enumerate()
        {
            balance += y.cash[i];
            points.push((y.year, Some(t), balance));
        }
    }
    let hi = points.iter().map(|p| p.2).fold(f64::MIN, f64::max);
    let lo = points.iter().map(|p| p.2).fold(f64::MAX, f64::min).min(0.0);
    let (left, width, top, h) = (8.0, 320.0, 18.0, 120.0);
    let step = width / (points.len() - 1).max(1) as f64;
    let px = |i: usize| left + i as f64 * step;
    let py = |v: f64| top + (hi - v) / (hi - lo).max(1.0) * h;
    let line: String = points
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{},{}", svg(px(i)), svg(py(p.2))))
        .collect::<Vec<_>>()
        .join(" ");
    let year_word = |y: u32| match lang {
        Lang::Zh => format!("第{y}年"),
        Lang::En => format!("year {y}"),
    };
    let desc = points
        .iter()
        .map(|(y, t, v)| match t {
            None => format!(
                "{}: {}",
                if lang == Lang::Zh { "开始" } else { "now" },
                yuan_words(lang, *v)
            ),
            Some(t) => format!(
                "{} {}: {}",
                year_word(*y),
                timing(*t).get(lang),
                yuan_words(lang, *v)
            ),
        })
        .collect::<Vec<_>>()
        .join("; ");
    let dots = points.iter().enumerate().map(|(i, p)| {
        let class = match p.1 {
            Some(Timing::Start) => "dot start",
            Some(Timing::Mid) => "dot mid",
            _ => "dot end",
        };
        html! { <circle cx={svg(px(i))} cy={svg(py(p.2))} r="4" class={class} /> }
    });
    let labels = o.years.iter().map(|y| {
        let i = (y.year as usize - 1) * 3 + 2;
        html! { <text x={svg(px(i))} y={svg(top + h + 18.0)} text-anchor="middle" class="label">{ year_word(y.year) }</text> }
    });
    // Values where she reads them: the start, the lowest point and the end.
    let low = points
        .iter()
        .enumerate()
        .min_by(|a, b| a.1 .2.total_cmp(&b.1 .2))
        .map_or(0, |(i, _)| i);
    let last = points.len() - 1;
    let value = |i: usize, anchor: &'static str| {
        let y = py(points[i].2);
        // Above the point, or below it when the point is at the top.
        let y = if y - 8.0 < top { y + 16.0 } else { y - 8.0 };
        html! { <text x={svg(px(i))} y={svg(y)} text-anchor={anchor} class="value">{ yuan_words(lang, points[i].2) }</text> }
    };
    let values = html! {
        <>
            { value(0, "start") }
            if low != 0 && low != last { { value(low, "middle") } }
            { value(last, "end") }
        </>
    };
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 340 {}", svg(top + h + 26.0))} role="img" aria-labelledby="cc-title cc-desc" class="cash-chart">
                <title id="cc-title">{ CHART_CASH.get(lang) }</title>
                <desc id="cc-desc">{ desc }</desc>
                <line x1={svg(left)} x2={svg(left + width)} y1={svg(py(0.0))} y2={svg(py(0.0))} class="axis" />
                <polyline points={line} class="cash-line" />
                { for dots }
                { values }
                { for labels }
            </svg>
            <figcaption>{ CHART_CASH.get(lang) }</figcaption>
        </figure>
    }
}
