//! The trainer's page's slide: one workshop step as words and figures, worked out from the
//! engine's report of the step's household (the page only lays it out).

use crate::i18n::format::{number, percent, yuan};
use crate::i18n::working::{brief, working};
use crate::i18n::{bracketed, PAPER_SAYS, WORKING};
use crate::model::engine::{Line, Report};
use crate::model::form::LandUnit;
use crate::model::patterns::Code;
use crate::model::stream::Formula;
use crate::model::workshop::{case_name, Figure, Note, Step, STEPS};
use crate::model::Lang;

/// A figure shown large: what it is and its value in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigFigure {
    /// What the figure is.
    pub label: String,
    /// The value, with its unit.
    pub value: String,
}

/// One step, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slide {
    /// The step, from 0.
    pub index: usize,
    /// The case and where the step is: "兰亚养殖专业合作社（…）· 第 8 / 10 步".
    pub place: String,
    /// Heading.
    pub title: &'static str,
    /// "What the paper says".
    pub paper_head: &'static str,
    /// What the paper says.
    pub paper: &'static str,
    /// "What the calculator computes (B2 · year 2)".
    pub working_head: String,
    /// The working of the lines shown (empty when the form has a problem).
    pub lines: Vec<String>,
    /// The figures shown large (empty when the form has a problem).
    pub figures: Vec<BigFigure>,
    /// A sentence worked out under the lines.
    pub note: Option<String>,
    /// The first step (no Previous).
    pub first: bool,
    /// The last step (no Next).
    pub last: bool,
}

/// The lines of `code`'s year `year` that `step` shows.
fn lines<'a>(report: &'a Report, code: Code, step: &'a Step) -> impl Iterator<Item = &'a Line> {
    report
        .outcome(code)
        .and_then(|o| o.years.get(step.year as usize - 1))
        .into_iter()
        .flat_map(|y| y.lines.iter())
        .filter(move |l| step.show.takes(l) || picked_by_figure(step, code, l))
}

/// Whether a figure of `step` sums `line` of `code` (so the working shows what the figure adds).
fn picked_by_figure(step: &Step, code: Code, line: &Line) -> bool {
    step.figures.iter().any(|f| match f {
        Figure::Expected(_, c, pick) => *c == code && pick.takes(line),
        _ => false,
    })
}

/// The value of one figure, or `None` when the step's pattern is not possible for the
/// household shown (a trainer who changed the form).
fn figure(lang: Lang, report: &Report, step: &Step, f: &Figure) -> Option<BigFigure> {
    let year = |code: Code| {
        report
            .outcome(code)
            .and_then(|o| o.years.get(step.year as usize - 1))
    };
    let y = |x: f64| yuan(lang, x.round() as i64);
    let (label, value) = match *f {
        Figure::Promised(label, pick) => {
            let lines: Vec<_> = year(step.code)?
                .lines
                .iter()
                .filter(|l| pick.takes(l))
                .collect();
            if lines.is_empty() {
                return None;
            }
            (label, y(lines.iter().map(|l| l.full).sum()))
        }
        Figure::Chicks(label) => {
            let birds = year(step.code)?
                .lines
                .iter()
                .find_map(|l| match l.formula {
                    Formula::ChickDividend { birds, .. } => Some(birds),
                    _ => None,
                })?;
            let value = match lang {
                Lang::Zh => format!("{} 只", number(birds, 0)),
                Lang::En => format!("{} chicks", number(birds, 0)),
            };
            (label, value)
        }
        Figure::Expected(label, code, pick) => {
            let sum = year(code)?
                .lines
                .iter()
                .filter(|l| pick.takes(l))
                .map(|l| l.amount)
                .sum();
            (label, y(sum))
        }
    };
    Some(BigFigure {
        label: label.get(lang).to_string(),
        value,
    })
}

/// The note's sentence, from the step's lines.
fn note(lang: Lang, report: &Report, step: &Step, note: Note) -> Option<String> {
    match note {
        Note::Mortality => {
            let (birds, mortality_pct, price, full) =
                lines(report, step.code, step).find_map(|l| match l.formula {
                    Formula::ChickenSales {
                        birds,
                        mortality_pct,
                        price,
                        ..
                    } => Some((birds, mortality_pct, price, l.full)),
                    _ => None,
                })?;
            let all = yuan(lang, (birds * price).round() as i64);
            let sold = birds * (1.0 - mortality_pct / 100.0);
            let mean = if sold > 0.0 { full / sold } else { price };
            let batch = yuan(lang, full.round() as i64);
            let (b, p, s, m) = (
                number(birds, 0),
                number(price, 0),
                number(sold, 1),
                number(mean, 2),
            );
            let dead = percent(mortality_pct / 100.0);
            Some(match lang {
                Lang::Zh => format!(
                    "为什么一批不是 {b} × {p} = {all}？总有鸡养不活：按死亡 {dead} 算，{b} 只里能卖约 {s} 只；价格有高有低，低时有保护价托底，平均每只 {m} 元：{s} × {m} ≈ {batch}。"
                ),
                Lang::En => format!(
                    "Why not {b} × {p} = {all}? Some birds die ({dead}), so about {s} are sold, at {m} on average (the protective price holds up low prices): {s} × {m} ≈ {batch}."
                ),
            })
        }
    }
}

/// Step `index` (clamped to the last) in `lang`, worked out from `report`, the engine's report
/// of the step's household (`None` while the form has a problem: then no line nor figure).
pub fn slide(index: usize, lang: Lang, report: Option<&Report>) -> Slide {
    let index = index.min(STEPS.len() - 1);
    let step = &STEPS[index];
    let counter = match lang {
        Lang::Zh => format!("第 {} / {} 步", index + 1, STEPS.len()),
        Lang::En => format!("Step {} of {}", index + 1, STEPS.len()),
    };
    let codes: Vec<Code> = std::iter::once(step.code)
        .chain(step.figures.iter().filter_map(|f| match f {
            Figure::Expected(_, c, _) if *c != step.code => Some(*c),
            _ => None,
        }))
        .collect();
    let which = codes
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(" / ");
    let year = match (lang, step.brief) {
        (Lang::Zh, false) => format!("{which} · 第{}年", step.year),
        (Lang::Zh, true) => format!("{which} · 第{}年，平均算下来", step.year),
        (Lang::En, false) => format!("{which} · year {}", step.year),
        (Lang::En, true) => format!("{which} · year {}, expected", step.year),
    };
    let (lines, figures, note_text) = match report {
        Some(r) => {
            let many = codes.len() > 1;
            let lines = codes
                .iter()
                .flat_map(|&c| {
                    lines(r, c, step).map(move |l| {
                        let w = if step.brief {
                            brief(lang, l)
                        } else {
                            working(lang, l, LandUnit::Ha)
                        };
                        if many {
                            format!("{}{}{w}", c.as_str(), crate::i18n::COLON.get(lang))
                        } else {
                            w
                        }
                    })
                })
                .collect();
            let figures: Option<Vec<_>> = step
                .figures
                .iter()
                .map(|f| figure(lang, r, step, f))
                .collect();
            let note_text = step.note.and_then(|n| note(lang, r, step, n));
            (lines, figures.unwrap_or_default(), note_text)
        }
        None => (Vec::new(), Vec::new(), None),
    };
    Slide {
        index,
        place: format!("{} · {counter}", case_name(step.case).get(lang)),
        title: step.title.get(lang),
        paper_head: PAPER_SAYS.get(lang),
        paper: step.paper.get(lang),
        working_head: format!("{}{}", WORKING.get(lang), bracketed(lang, &year)),
        lines,
        figures,
        note: note_text,
        first: index == 0,
        last: index + 1 == STEPS.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::derive::Derived;
    use crate::app::link::from_query;

    /// The slide of `?step=n` (from 1) as a fresh link opens it.
    fn opened(n: usize, lang: Lang) -> Slide {
        let state = from_query(&format!("step={n}"), lang);
        let d = Derived::new(&state.texts, state.unit, &mut None);
        slide(state.workshop.expect("a step"), lang, d.report.as_ref())
    }

    fn values(s: &Slide) -> Vec<&str> {
        s.figures.iter().map(|f| f.value.as_str()).collect()
    }

    #[test]
    fn each_step_link_shows_the_papers_figures() {
        let cases: [(usize, &[&str]); 10] = [
            (1, &["15,000 元"]),
            (2, &["4,500 元"]),
            (3, &["700 元", "45,900 元"]),
            (4, &["13,970 元"]),
            (5, &["1,863 元", "640 元"]),
            (6, &["700 元"]),
            (7, &["7,000 元"]),
            (8, &["35 只"]),
            (9, &["4,737 元"]),
            (10, &["659 元", "5,085 元"]),
        ];
        for (n, want) in cases {
            assert_eq!(values(&opened(n, Lang::Zh)), want, "step {n}");
        }
    }

    #[test]
    fn every_step_has_working_lines_and_its_figures_in_both_languages() {
        for n in 1..=STEPS.len() {
            for lang in [Lang::Zh, Lang::En] {
                let s = opened(n, lang);
                assert!(!s.lines.is_empty(), "step {n} {lang:?}: no line");
                assert_eq!(s.figures.len(), STEPS[n - 1].figures.len(), "step {n}");
            }
        }
    }

    #[test]
    fn the_mortality_note_explains_the_batch() {
        let zh = opened(9, Lang::Zh).note.expect("a note");
        assert!(
            zh.contains("10%") && zh.contains("4,737 元") && zh.contains("5,250 元"),
            "{zh}"
        );
        let en = opened(9, Lang::En).note.expect("a note");
        assert!(en.contains("¥4,737") && en.contains("¥5,250"), "{en}");
    }

    #[test]
    fn the_closing_step_compares_cash_and_chicks_from_both_patterns() {
        let s = opened(10, Lang::Zh);
        assert!(s.lines.iter().any(|l| l.starts_with("B1")));
        assert!(s.lines.iter().any(|l| l.starts_with("B2")));
        assert!(s.working_head.contains("B2 / B1"), "{}", s.working_head);
    }

    #[test]
    fn with_a_problem_in_the_form_no_figure_is_shown() {
        let s = slide(0, Lang::Zh, None);
        assert!(s.lines.is_empty() && s.figures.is_empty() && s.note.is_none());
    }

    #[test]
    fn the_index_is_clamped_and_ends_are_marked() {
        assert!(slide(0, Lang::En, None).first);
        let last = slide(99, Lang::En, None);
        assert!(last.last && last.index == STEPS.len() - 1);
    }
}
