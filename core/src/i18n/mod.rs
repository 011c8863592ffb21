//! Every visible string in Chinese and English. Fixed strings are [`Text`] constants (leaving
//! out a language does not compile); sentences with numbers are functions that match on the
//! language (a missing arm does not compile).

pub mod coop;
pub mod errors;
pub mod format;
pub mod names;
pub mod saved;
pub mod views;
pub mod words;
pub mod working;

use crate::model::text::t;
pub use crate::model::{Lang, Text};

/// The app's name, in the header and the page title.
pub const APP_NAME: Text = t("合作收益计算器", "Cooperation Returns Calculator");
/// The colon after a label: full-width in Chinese, `": "` in English ("Printed on: …").
pub const COLON: Text = t("：", ": ");

/// `label` and `value` joined by the language's colon.
pub fn labelled(lang: Lang, label: &str, value: &str) -> String {
    format!("{label}{}{value}", COLON.get(lang))
}

/// `text` in the language's brackets: full-width in Chinese, `" (…)"` in English.
pub fn bracketed(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Zh => format!("（{text}）"),
        Lang::En => format!(" ({text})"),
    }
}

/// Where the results will be, in the page's HTML before the WebAssembly has arrived.
pub const COMPUTING: Text = t("正在计算…", "Calculating…");
/// One line under the name: what the app is for.
pub const TAGLINE: Text = t(
    "土地、劳力、资金怎么合作最划算？每种合作方式逐年算给你看。",
    "Land, labor and capital: what each way of cooperating pays, year by year.",
);
/// Label of the language switch: names the language it switches *to*.
pub const SWITCH_TO: Text = t("English", "中文");
/// Accessible name of the language switch.
pub const SWITCH_LABEL: Text = t("切换语言", "Switch language");

/// The care mode switch (关怀模式): large text and large buttons.
pub const CARE: Text = t("大字", "Large text");
/// What the care mode switch does, as its tooltip.
pub const CARE_TITLE: Text = t(
    "关怀模式：字更大、按钮更大，本机记住",
    "Care mode: larger text and buttons, kept on this device",
);
/// Heading of the short form.
pub const FORM_TITLE: Text = t("你家的情况", "Your household");
/// Heading of the rest of the short form, below the answer: wages, cash, the support fund.
pub const FORM_MORE_TITLE: Text = t("打工、现金和扶持资金", "Wages, cash and support fund");
/// The foot of the household page: for cooperative staff and trainers.
pub const FOOT_STAFF: Text = t(
    "合作社工作人员和培训老师用：",
    "For cooperative staff and trainers:",
);
/// Land unit names.
pub const MU: Text = t("亩", "mu");
/// Hectares.
pub const HA: Text = t("公顷", "ha");
/// Accessible name of the land unit switch.
pub const UNIT_LABEL: Text = t("土地单位", "Land unit");
/// Heading of the settings.
pub const MORE_SETTINGS: Text = t(
    "更多设置（合同条件和假设）",
    "More settings (terms and assumptions)",
);
/// Restore button.
pub const RESTORE: Text = t("全部改回原来的数", "Put every setting back");
/// Before a default value.
pub const DEFAULT: Text = t("默认", "Default");
/// Yes / no on switches.
pub const YES: Text = t("是", "Yes");
/// No.
pub const NO: Text = t("否", "No");

/// Results heading.
pub const RESULTS_TITLE: Text = t("各种合作方式比较", "How the patterns compare");
/// Shown instead of results while an entry is wrong.
pub const FIX_FIRST: Text = t(
    "有数字填得不对（见标红处），改好后才显示结果。",
    "Some entries need fixing (marked in red); results show once they are right.",
);
/// Table caption.
pub const TABLE_CAPTION: Text = t(
    "每种方式一年大约收入多少（元，不算退回的本金），收入高的在前",
    "What each pattern pays a year (yuan, principal paid back not counted), highest first",
);
/// Column: pattern.
/// Over the form while every number is the paper's: they are an example to change.
pub const EXAMPLE_NOTE: Text = t(
    "这是一户例子，改成你家的，结果马上跟着变。",
    "An example: change it to your household.",
);
/// Heading of the results table's pattern column.
pub const COL_PATTERN: Text = t("合作方式", "Pattern");
/// Shows the columns a laptop's table leaves out (year by year, total, good case, …).
pub const MORE_COLS: Text = t(
    "显示全部（每一年、合计、运气好时…）",
    "Show every column (each year, total, good luck…)",
);
/// Back to the chosen few columns.
pub const FEWER_COLS: Text = t("只显示主要的列", "Show the main columns only");
/// Column: total.
pub const COL_TOTAL: Text = t("全部年份合计", "All years, total");
/// Column: per year.
pub const COL_PER_YEAR: Text = t("一年大约收入", "Income a year");
/// Column: more than the status quo, a year.
pub const COL_GAIN: Text = t("每年比现在多", "More a year than now");
/// Column: guaranteed.
pub const COL_GUARANTEED: Text = t("合同写定的（每年）", "Fixed by contract, a year");
/// Column: the bad case (P10), a year.
pub const COL_P10: Text = t("运气差时每年", "Bad luck, a year");
/// Column: the good case (P90), a year.
pub const COL_P90: Text = t("运气好时每年", "Good luck, a year");
/// Column: NPV of the horizon.
pub const COL_NPV: Text = t("合计折成今天的钱", "All years, in today's money");
/// Column: cash needed.
pub const COL_CASH: Text = t("最紧时要备的现金", "Cash needed at the tightest point");
/// Under the results table: the words a villager may not know, one line each.
pub const TABLE_KEY: [Text; 4] = [
    t(
        "运气差时、运气好时：算了很多种可能的年景，十次里大约只有一次比“运气差时”少，只有一次比“运气好时”多。",
        "Bad luck, good luck: of the many futures computed, only about 1 in 10 pays less than bad luck and 1 in 10 more than good luck.",
    ),
    t(
        "比现在少的可能：这种方式收入比现在的做法少的机会有多大。",
        "Chance of less than now: how likely this pattern pays less than what the household does now.",
    ),
    t(
        "最紧时要备的现金：第一年里钱最紧的时候，自己手里要有这么多现金（扶持资金另算）。",
        "Cash needed at the tightest point: how much of its own cash the household must have when money is tightest in the first year (the support fund apart).",
    ),
    t(
        "折成今天的钱：以后才拿到的钱按利息折算，明年的 1 元不如今天的 1 元。",
        "In today's money: money that comes later counted at the interest rate, since a yuan next year is worth less than one today.",
    ),
];
/// Column: support fund used.
pub const COL_FUND: Text = t("要用的扶持资金", "Support fund used");
/// After the guaranteed amount: the chance every contract payment is made.
pub const ALL_PAID: Text = t("全兑现", "all paid");
/// Detail note: what "guaranteed" means.
pub const GUARANTEED_NOTE: Text = t(
    "合同写定的：租金、写明的分红（现金或鸡苗）和本金，按付款方兑现的可能算；土地分红是个范围，不算在内。",
    "Fixed by contract: rent, the stated dividend (in cash or chicks) and the principal, at the chance the payer pays; the land dividend is a range and is not counted.",
);
/// Detail note: the paper's check figure, and this result beside it.
pub const CHECK_FIGURE: Text = t("核对", "Check");
/// Detail note: this pattern's increase over now per year.
pub const HERE_PER_YEAR: Text = t("这里算出每年比现在多", "here, more than now a year");
/// Column: labor.
pub const COL_LABOR: Text = t("每年在家干活", "Days of work at home a year");
/// Column: chance below now.
pub const COL_BELOW: Text = t("比现在少的可能", "Chance of less than now");
/// Badge: best.
pub const BADGE_BEST: Text = t("收入最高", "Highest expected income");
/// Badge: safest.
pub const BADGE_SAFEST: Text = t("最稳", "Safest");
/// Badge: least cash.
pub const BADGE_CASH: Text = t("用钱最少", "Least cash needed");
/// Button to open details.
pub const SHOW_DETAILS: Text = t("看明细", "Details");
/// Not possible.
pub const CANNOT: Text = t("做不到", "Not possible");
/// Baseline marker.
pub const BASELINE: Text = t("（对比基准）", "(the baseline)");

/// Summary heading.
pub const SUMMARY_TITLE: Text = t("一句话结论", "In a sentence");

/// Detail heading.
pub const DETAIL_TITLE: Text = t("明细、算法和图表", "Year by year, the working, and charts");
/// Pattern selector label.
pub const DETAIL_PICK: Text = t("选一种方式", "Pick a pattern");
/// Income line.
pub const YEAR_INCOME: Text = t("这一年的收入", "Income this year");
/// Cash, not income.
pub const NOT_INCOME: Text = t("（本金，不算收入）", "(principal, not income)");
/// Outstanding principal note prefix.
pub const OUTSTANDING: Text = t(
    "计算期结束时仍在股里的本金",
    "Principal still invested when the horizon ends",
);

/// Chart: expected with whiskers.
pub const CHART_EXPECTED: Text = t(
    "一年大约收入多少（线的两头：运气差时和运气好时）",
    "Income a year (the line's ends: bad luck and good luck)",
);
/// Chart: by stream.
pub const CHART_STREAMS: Text = t(
    "收入从哪里来（每年平均）",
    "Where the income comes from (per year)",
);
/// Chart: cash across the term.
pub const CHART_CASH: Text = t(
    "手头现金怎么变（年初、年中、年底）",
    "Cash in hand through the years (start, middle, end)",
);

/// Break-even heading.
pub const BREAKEVEN_TITLE: Text = t(
    "什么情况下两种方式一样？",
    "When do two patterns pay the same?",
);
/// Break-even: the name of the first pattern's list.
pub const BE_FIRST: Text = t("第一种方式", "First pattern");
/// Break-even: the name of the second pattern's list.
pub const BE_SECOND: Text = t("第二种方式", "Second pattern");
/// Break-even: which input.
pub const BREAKEVEN_LEVER: Text = t("变化的是", "As this changes");
/// Sensitivity heading.
pub const SENSITIVITY_TITLE: Text = t("如果价格、工资变了", "If prices or wages change");

/// Section heading for the paper's defaults and their bases.
pub const BASIS: Text = t("依据", "Basis");

/// Heading of the household page's card that leads to the page with sharing, saving, printing
/// and break-even (`tools.html`): a first visit does not download them.
pub const MORE_TITLE: Text = t("分享、保存、比较", "Share, save, compare");
/// Under that heading: the links open another page, which keeps her numbers; the first time
/// it downloads about as much as this page again (its bundle, see docs/performance.md).
pub const MORE_NOTE: Text = t(
    "在另一页打开，你填的数都带过去。第一次打开要再下载和这一页差不多大的内容，以后不联网也能开。",
    "Opens on another page with your numbers. The first time it downloads about as much as this page again; after that it opens offline too.",
);

/// Share heading.
pub const SHARE_TITLE: Text = t(
    "分享：扫码打开同样的计算",
    "Share: scan to open this scenario",
);
/// Accessible name of the QR code.
pub const QR_LABEL: Text = t("本页链接的二维码", "QR code of this page's link");
/// Label of the link box.
pub const LINK_LABEL: Text = t("链接", "Link");
/// Copy button.
pub const COPY: Text = t("复制链接", "Copy link");
/// After copying.
pub const COPIED: Text = t("已复制", "Copied");
/// When the clipboard refuses.
pub const COPY_BY_HAND: Text = t(
    "无法自动复制：链接已选中，请长按或按 Ctrl+C 复制。",
    "Could not copy automatically: the link is selected, copy it by hand (Ctrl+C).",
);

/// Print button.
pub const PRINT: Text = t("打印明白纸（一页）", "Print a one-page handout");
/// Handout title.
pub const HANDOUT_TITLE: Text = t("合作收益明白纸", "Cooperation returns handout");
/// Handout: the household.
pub const HANDOUT_HOUSEHOLD: Text = t("你家的情况", "The household");
/// Handout: the ranking.
pub const HANDOUT_RANKING: Text = t(
    "各种方式（按预计总收入排序）",
    "The patterns, ranked by expected total",
);
/// Handout: assumptions.
pub const HANDOUT_ASSUMPTIONS: Text = t(
    "要紧的假设（可在“更多设置”里改）",
    "Assumptions that matter (change them in More settings)",
);
/// Handout: scan.
pub const HANDOUT_SCAN: Text = t("扫码打开同样的计算", "Scan to open this scenario");
/// Handout: the date line.
pub const HANDOUT_DATE: Text = t("打印日期", "Printed on");
/// Handout: source line.
pub const HANDOUT_SOURCE: Text = t(
    "依据：Yan & Yang（2019）寻甸县“党支部+”产业扶贫案例研究；标为假设的数字可以修改。",
    "Based on Yan & Yang (2019), the \"Party Branch +\" case of Xundian county; figures not from the paper are editable assumptions.",
);

// Saved scenarios (src/household/saved.rs, saved_row.rs): the labels. What the section says
// is in `saved` (one function per language, values typed).

/// Saved scenarios heading.
pub const SAVED_TITLE: Text = t("保存的方案（存在本机）", "Saved scenarios (on this device)");
/// While the saved scenarios' own download is on its way (the first time they are opened).
pub const PART_LOADING: Text = t("正在打开…", "Opening…");
/// When the saved scenarios' own download failed: offline before they were ever opened.
pub const PART_FAILED: Text = t(
    "没能打开：需要联网打开一次，以后不联网也能用。请联网后再点一次。",
    "Could not open: this needs the network once, then it works offline. Connect and try again.",
);
/// Label of the name box.
pub const SAVE_NAME: Text = t("给现在的计算起个名字", "Name the current scenario");
/// Save button.
pub const SAVE: Text = t("保存", "Save");
/// The list is empty.
pub const NONE_SAVED: Text = t("还没有保存的方案。", "No scenarios saved yet.");
/// Before the date a scenario was saved.
pub const SAVED_ON: Text = t("保存于", "Saved");
/// Row button: open.
pub const SAVED_OPEN: Text = t("打开", "Open");
/// Row button: rename.
pub const SAVED_RENAME: Text = t("改名", "Rename");
/// Row button: duplicate.
pub const SAVED_DUPLICATE: Text = t("复制一份", "Duplicate");
/// Row button: delete.
pub const SAVED_DELETE: Text = t("删除", "Delete");
/// Label of the rename box.
pub const SAVED_NEW_NAME: Text = t("新名字", "New name");
/// Confirm a rename.
pub const SAVED_OK: Text = t("确定", "OK");
/// Cancel a rename.
pub const SAVED_CANCEL: Text = t("取消", "Cancel");
/// Undo a delete.
pub const SAVED_UNDO: Text = t("撤销", "Undo");
/// Export button.
pub const SAVED_EXPORT: Text = t("全部导出为文件", "Export all to a file");
/// Import button.
pub const SAVED_IMPORT: Text = t("从文件导入", "Import from a file");

/// Header button: enter workshop mode.
pub const WORKSHOP: Text = t("培训模式", "Workshop");
/// Leave workshop mode.
pub const WORKSHOP_EXIT: Text = t("退出培训模式", "Leave workshop mode");
/// Previous step.
pub const PREV: Text = t("上一步", "Previous");
/// Next step.
pub const NEXT: Text = t("下一步", "Next");
/// What the paper says.
pub const PAPER_SAYS: Text = t("论文里说", "What the paper says");
/// The working, computed.
pub const WORKING: Text = t("计算器算出来", "What the calculator computes");
/// Scan a step.
pub const SCAN_STEP: Text = t("扫码打开这一步", "Scan to open this step");
