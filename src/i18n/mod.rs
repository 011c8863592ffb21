//! Every visible string in Chinese and English. Fixed strings are [`Text`] constants (leaving
//! out a language does not compile); sentences with numbers are functions that match on the
//! language (a missing arm does not compile).

pub mod format;
pub mod words;

pub use crate::model::{Lang, Text};

const fn t(zh: &'static str, en: &'static str) -> Text {
    Text { zh, en }
}

/// The app's name, in the header and the page title.
pub const APP_NAME: Text = t("合作收益计算器", "Cooperation Returns Calculator");
/// One line under the name: what the app is for.
pub const TAGLINE: Text = t(
    "土地、劳力、资金怎么合作最划算？每种合作方式逐年算给你看。",
    "Land, labor and capital: what each way of cooperating pays, year by year.",
);
/// Label of the language switch: names the language it switches *to*.
pub const SWITCH_TO: Text = t("English", "中文");
/// Accessible name of the language switch.
pub const SWITCH_LABEL: Text = t("切换语言", "Switch language");

/// Heading of the short form.
pub const FORM_TITLE: Text = t("你家的情况", "Your household");
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
pub const RESTORE: Text = t("恢复论文默认值", "Restore the paper's defaults");
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
    "每种方式的预计收入（元，不含退回的本金），按预计总收入排序",
    "Expected income of each pattern (yuan, return of principal excluded), ranked by expected total",
);
/// Column: pattern.
pub const COL_PATTERN: Text = t("合作方式", "Pattern");
/// Column: total.
pub const COL_TOTAL: Text = t("合计", "Total");
/// Column: per year.
pub const COL_PER_YEAR: Text = t("平均每年", "Per year");
/// Column: vs S.
pub const COL_GAIN: Text = t("比现在多", "More than now");
/// Column: guaranteed.
pub const COL_GUARANTEED: Text = t("合同保证的", "Guaranteed");
/// Column: P10.
pub const COL_P10: Text = t("差年景（10次有9次不少于）", "Bad case (P10)");
/// Column: P90.
pub const COL_P90: Text = t("好年景（P90）", "Good case (P90)");
/// Column: NPV.
pub const COL_NPV: Text = t("折算到今天", "Worth today");
/// Column: cash needed.
pub const COL_CASH: Text = t("年初要准备的钱", "Cash needed up front");
/// Column: labor.
pub const COL_LABOR: Text = t("在家用工（天/年）", "Home work (days/yr)");
/// Column: chance below now.
pub const COL_BELOW: Text = t("比现在少的可能", "Chance below now");
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
    "预计总收入和风险范围（P10–P90）",
    "Expected total and its range (P10–P90)",
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
/// Break-even: which input.
pub const BREAKEVEN_LEVER: Text = t("变化的是", "As this changes");
/// Sensitivity heading.
pub const SENSITIVITY_TITLE: Text = t("如果价格、工资变了", "If prices or wages change");

/// Section heading for the paper's defaults and their bases.
pub const BASIS: Text = t("依据", "Basis");

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
