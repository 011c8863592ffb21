//! Strings of the screen tabs and the roster screen.

use super::format::group_thousands;
use crate::model::batch::Criterion;
use crate::model::text::t;
use crate::model::{Lang, Text};

/// Accessible name of the screen tabs.
pub const NAV: Text = t("页面", "Screens");
/// Tab: one household.
pub const TAB_HOUSEHOLD: Text = t("一户", "Household");
/// Tab: the cooperative.
pub const TAB_COOP: Text = t("合作社", "Cooperative");
/// Tab: the member roster.
pub const TAB_ROSTER: Text = t("社员名单", "Member roster");

/// Roster heading.
pub const ROSTER_TITLE: Text = t(
    "社员名单：每户最合适的合作方式",
    "Member roster: the best pattern for each household",
);
/// What the roster screen does.
pub const ROSTER_INTRO: Text = t(
    "每户的土地、劳力、资金从文件读；其他条件（租金、分红、价格、风险）用“一户”页面的设置。每户模拟 1000 次。",
    "Each household's land, labor and capital come from the file; everything else (rent, dividends, prices, risk) uses the Household screen's settings. 1,000 simulated runs per household.",
);
/// Why a household's bad case here can differ a little from the household page's.
pub const ROSTER_DRAWS_NOTE: Text = t(
    "预计收入和“一户”页面算的一样。差年景（P10）这里每户模拟 1000 次，“一户”页面模拟 2000 次，所以同一户两边可能差千分之几。",
    "Expected incomes are the same as on the Household screen. The bad case (P10) comes from 1,000 simulated runs per household here and 2,000 there, so for the same household the two can differ by a few parts in a thousand.",
);
/// File picker label.
pub const CHOOSE_FILE: Text = t(
    "选择名单文件（CSV，GBK 或 UTF-8）",
    "Choose a roster file (CSV, GBK or UTF-8)",
);
/// Paste area label.
pub const PASTE_LABEL: Text = t(
    "或者把表格里的单元格复制粘贴到这里（第一行是表头）",
    "Or paste cells copied from a spreadsheet (first row: headers)",
);
/// Button: compute the pasted cells.
pub const USE_PASTED: Text = t("计算粘贴的名单", "Calculate the pasted roster");
/// Template downloads.
pub const TEMPLATE: Text = t("下载模板", "Download a template");
/// Template in Chinese.
pub const TEMPLATE_ZH: Text = t("中文表头", "Chinese headers");
/// Template in English.
pub const TEMPLATE_EN: Text = t("英文表头", "English headers");
/// Criterion label.
pub const CRITERION: Text = t("按什么选最合适", "Best by");
/// Cancel button.
pub const CANCEL: Text = t("停止计算", "Cancel");
/// After cancelling.
pub const CANCELLED: Text = t(
    "已停止，没有结果。可以重新选择文件。",
    "Cancelled: no results. Choose the file again to restart.",
);
/// The household screen's inputs are wrong.
pub const FIX_SETTINGS: Text = t(
    "“一户”页面有数字填得不对，改好后才能计算名单。",
    "Some entries on the Household screen need fixing before the roster can be calculated.",
);
/// No Web Worker.
pub const NO_WORKER: Text = t(
    "这个浏览器不能在后台计算（不支持 Web Worker），请换用较新的浏览器。",
    "This browser cannot calculate in the background (no Web Worker); please use a newer one.",
);
/// The file could not be read at all.
pub const FILE_UNREADABLE: Text = t(
    "这个文件读不出来，请另存为 CSV 再试。",
    "This file could not be read; save it as CSV and try again.",
);
/// Export button.
pub const EXPORT: Text = t(
    "导出结果（Excel 能打开的 CSV）",
    "Export results (CSV for Excel)",
);
/// Export file name, without extension.
pub const EXPORT_NAME: Text = t("名单结果", "roster-results");
/// Heading of the problems.
pub const PROBLEMS: Text = t(
    "有问题的行（没有计算）",
    "Rows with problems (not computed)",
);
/// Heading of the results.
pub const RESULTS: Text = t("每户结果", "Results per household");
/// Heading of the totals.
pub const TOTALS: Text = t("全社合计", "Cooperative totals");
/// Column: row.
pub const COL_ROW: Text = t("行", "Row");
/// Column: id.
pub const COL_ID: Text = t("编号", "ID");
/// Column: best pattern.
pub const COL_BEST: Text = t("最合适的方式", "Best pattern");
/// Column: households.
pub const COL_HOUSEHOLDS: Text = t("户数", "Households");
/// Previous page.
pub const PREV: Text = t("上一页", "Previous");
/// Next page.
pub const NEXT: Text = t("下一页", "Next");
/// Row of the totals table: every household.
pub const ALL_HOUSEHOLDS: Text = t("所有有结果的户", "All households with a result");
/// No pattern fits.
pub const NONE_FITS: Text = t("没有合适的方式", "No pattern fits");

/// A criterion's name.
pub fn criterion(c: Criterion) -> Text {
    match c {
        Criterion::Expected => t("预计收入最高", "Highest expected income"),
        Criterion::Safest => t("差年景收入最高（P10）", "Best bad case (P10)"),
        Criterion::LeastCash => t("年初要准备的钱最少", "Least cash up front"),
    }
}

/// Progress of a run.
pub fn progress(lang: Lang, done: usize, total: usize) -> String {
    let (d, n) = (group_thousands(done as i64), group_thousands(total as i64));
    match lang {
        Lang::Zh => format!("正在计算：{d} / {n} 户"),
        Lang::En => format!("Calculating: {d} of {n} households"),
    }
}

/// After a run, how long it took.
pub fn finished(lang: Lang, households: usize, ms: f64) -> String {
    let n = group_thousands(households as i64);
    let s = super::format::number(ms / 1_000.0, 1);
    match lang {
        Lang::Zh => format!("算完 {n} 户，用时 {s} 秒。"),
        Lang::En => format!("{n} households done in {s} s."),
    }
}

/// The file read and how it was decoded.
pub fn file_read(lang: Lang, name: &str, encoding: &str) -> String {
    match lang {
        Lang::Zh => format!("文件：{name}（{encoding}）"),
        Lang::En => format!("File: {name} ({encoding})"),
    }
}

/// Page x of n.
pub fn page(lang: Lang, page: usize, pages: usize) -> String {
    match lang {
        Lang::Zh => format!("第 {page} / {pages} 页"),
        Lang::En => format!("Page {page} of {pages}"),
    }
}

/// More problems than listed.
pub fn more_problems(lang: Lang, n: usize) -> String {
    let n = group_thousands(n as i64);
    match lang {
        Lang::Zh => format!("还有 {n} 行有问题，都写在导出的文件里。"),
        Lang::En => format!("{n} more rows have problems; the export lists them all."),
    }
}

/// The run stopped because a worker failed: the households done are kept, and a retry
/// computes the rest. `why` is the browser's own message, shown for whoever helps.
pub fn failed(lang: Lang, done: usize, total: usize, why: &str) -> String {
    let (d, n) = (group_thousands(done as i64), group_thousands(total as i64));
    let left = group_thousands(total.saturating_sub(done) as i64);
    match lang {
        Lang::Zh => format!(
            "计算中途停了：已经算好的 {d} / {n} 户都留着，点「重试」接着算剩下的 {left} 户。（浏览器的说明：{why}）"
        ),
        Lang::En => format!(
            "The calculation stopped part-way: the {d} of {n} households done are kept; “Retry” computes the other {left}. (The browser said: {why})"
        ),
    }
}

/// The button that goes on with a run after a worker failed.
pub const RETRY: Text = t("重试", "Retry");
