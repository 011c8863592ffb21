//! The read-only parts of the cooperative view written as HTML text: the results and the
//! defaults with their bases. Plain string building is several kilobytes smaller in the
//! WebAssembly than the same elements through `html!`; the text is ours (constants and numbers
//! formatted here) and escaped, and Yew inserts it with `Html::from_html_unchecked`.

use crate::staff::markup::Markup;
use hezuo_core::i18n::coop::{
    any_fail, break_even, cell, check, incentive, need, unit, verdict as verdict_words,
    verdict_rule, verdict_title, year, BREAKEVEN_TITLE, CASH_CAPTION, CASH_TITLE, CHECKS_TITLE,
    CHECK_COLS, COLS, KEPT, PAY_ORDER,
};
use hezuo_core::i18n::format::percent;
use hezuo_core::i18n::names::{amount, source};
use hezuo_core::model::coop::cash::YearCash;
use hezuo_core::model::coop::{verdict, Check, CoopReport, COOP_BASES, COOP_SPECS};
use hezuo_core::model::form::plain_number;
use hezuo_core::model::Lang;

/// Keys of the cash table's `data-col`, in column order after the year.
const KEYS: [&str; 8] = YearCash::COLUMNS;

/// The results: the working capital and each promise at expected values with the Monte Carlo
/// chance each fails (`data-check`, `data-kept`, `data-chance`); the sect. 4.3 incentive
/// (`data-met`, `data-holders`); the break-even yield and prices (`data-lever`); the cash by
/// year and within the year (`data-year`; cells with `data-col` and the unrounded
/// `data-yuan`).
pub fn results(lang: Lang, r: &CoopReport) -> String {
    let mut o = Markup::default();
    let worst = r.years.iter().fold(
        (1, 0.0),
        |a, y| {
            if y.need > a.1 {
                (y.year, y.need)
            } else {
                a
            }
        },
    );
    let v = verdict(r);
    let level = v.level.code();
    o.open(
        "section",
        &[
            ("id", "coop-verdict"),
            ("class", &format!("card verdict verdict-{level}")),
            ("data-level", level),
            ("data-risk", &plain_number(v.risk, 4)),
            ("role", "status"),
        ],
    );
    o.el("h2", &[], verdict_title(v.level).get(lang));
    o.el("p", &[("class", "verdict-why")], &verdict_words(lang, &v));
    o.el("p", &[("class", "verdict-rule")], &verdict_rule(lang));
    o.el("p", &[("class", "verdict-order")], PAY_ORDER.get(lang));
    o.close("section");
    o.raw("<div><section class=\"card coop-checks\">");
    o.el("h2", &[], CHECKS_TITLE.get(lang));
    let short = if r.need > 0.0 { "big bad" } else { "big" };
    let need_yuan = plain_number(r.need, 4);
    o.el(
        "p",
        &[
            ("id", "coop-need"),
            ("class", short),
            ("data-yuan", &need_yuan),
        ],
        &need(lang, worst.0, worst.1),
    );
    o.open("table", &[("id", "coop-promises")]);
    o.raw("<thead><tr><th></th>");
    for c in CHECK_COLS {
        o.el("th", &[("scope", "col")], c.get(lang));
    }
    o.raw("</tr></thead><tbody>");
    for (i, c) in Check::ALL.iter().enumerate() {
        let kept = r.kept[i];
        o.open("tr", &[("data-check", c.code())]);
        o.el("th", &[("scope", "row")], check(*c).get(lang));
        o.el(
            "td",
            &[
                ("data-kept", if kept { "true" } else { "false" }),
                ("class", if kept { "ok" } else { "bad" }),
            ],
            KEPT[usize::from(kept) + 2 * usize::from(*c == Check::Capital)].get(lang),
        );
        o.el(
            "td",
            &[
                ("data-chance", &plain_number(r.fail[i], 4)),
                ("class", "num"),
            ],
            &percent(r.fail[i]),
        );
        o.close("tr");
    }
    o.raw("</tbody></table>");
    o.el(
        "p",
        &[
            ("id", "coop-any"),
            ("data-chance", &plain_number(r.any_fail, 4)),
        ],
        &any_fail(lang, r.any_fail, r.years.len()),
    );
    let inc = &r.incentive;
    o.el(
        "p",
        &[
            ("id", "coop-incentive"),
            ("class", if inc.met { "ok" } else { "bad" }),
            ("data-met", if inc.met { "true" } else { "false" }),
            ("data-holders", &inc.holders.to_string()),
        ],
        &incentive(lang, inc),
    );
    o.el("h3", &[], BREAKEVEN_TITLE.get(lang));
    o.open("ul", &[("id", "coop-breakeven")]);
    for (f, now, be) in &r.breakeven {
        o.el(
            "li",
            &[("data-lever", f.spec().key)],
            &break_even(lang, *f, *now, *be),
        );
    }
    o.raw("</ul></section><section class=\"card coop-cash\">");
    o.el("h2", &[], CASH_TITLE.get(lang));
    o.raw("<div class=\"table-wrap\"><table id=\"coop-cash\">");
    o.el("caption", &[], CASH_CAPTION.get(lang));
    o.raw("<thead><tr>");
    for c in COLS {
        o.el("th", &[("scope", "col")], c.get(lang));
    }
    o.raw("</tr></thead><tbody>");
    for y in &r.years {
        let values = y.columns();
        o.open("tr", &[("data-year", &y.year.to_string())]);
        o.el("th", &[("scope", "row")], &year(lang, y.year));
        for ((k, x), h) in KEYS.iter().zip(values).zip(&COLS[1..]) {
            let short = x < 0.0 || (*k == "wc" && x > 0.0);
            o.el(
                "td",
                &[
                    ("data-col", k),
                    ("data-yuan", &plain_number(x, 4)),
                    ("data-label", h.get(lang)),
                    ("class", if short { "num short" } else { "num" }),
                ],
                &cell(lang, x),
            );
        }
        o.close("tr");
    }
    o.raw("</tbody></table></div></section></div>");
    o.into_string()
}

/// Every input's default, where it comes from and its basis in words, as a list.
pub fn defaults(lang: Lang) -> String {
    let mut o = Markup::default();
    o.raw("<ul class=\"basis\">");
    for (s, basis) in COOP_SPECS.iter().zip(COOP_BASES) {
        let line = format!(
            "{}{}{} · {} · {}",
            s.label.get(lang),
            hezuo_core::i18n::COLON.get(lang),
            amount(lang, s.default, unit(s.unit), 4),
            source(s.source).get(lang),
            basis.get(lang)
        );
        o.el("li", &[("data-key", s.key)], &line);
    }
    o.raw("</ul>");
    o.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use hezuo_core::model::coop::{evaluate, CoopField, CoopInputs};

    #[test]
    fn results_carry_stable_data_attributes() {
        // Wandanping with a loan that pays year 1's start and seed sold at 3.3 yuan/kg.
        let mut inp = CoopInputs::wandanping();
        inp.set(CoopField::Loan, 404_000.0);
        inp.set(CoopField::PotatoPrice, 3.3);
        let r = evaluate(&inp.check().expect("valid"));
        let html = results(Lang::En, &r);
        // (case, fragment expected in the HTML)
        let cases = [
            ("rent row", "<tr data-check=\"rent\">"),
            (
                "working capital enough in year 1",
                "<td data-col=\"wc\" data-yuan=\"0\"",
            ),
            (
                "the protective price row",
                "<tr data-check=\"floor_price\">",
            ),
            (
                "incentive not met with the count",
                "data-met=\"false\" data-holders=\"41\"",
            ),
            (
                "break-even yield",
                "<li data-lever=\"p_yield\">Potato yield at least ",
            ),
            ("three years", "<tr data-year=\"3\">"),
            (
                "one verdict: the bank's loan is not always repaid",
                "<section id=\"coop-verdict\" class=\"card verdict verdict-red\" data-level=\"red\"",
            ),
        ];
        for (case, fragment) in cases {
            assert!(html.contains(fragment), "{case}: {html}");
        }
        assert_eq!(
            html.matches("<tr").count(),
            1 + Check::COUNT + 1 + 3,
            "rows"
        );
    }
}
