//! Every visible string in Chinese and English. Fixed strings are [`Text`] constants (leaving
//! out a language does not compile); sentences with numbers are functions that match on the
//! language (a missing arm does not compile).

pub mod coop;
pub mod format;
pub mod views;
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
pub const COL_GUARANTEED: Text = t("合同写定的", "Fixed by contract");
/// Column: P10.
pub const COL_P10: Text = t("差年景（10次有9次不少于）", "Bad case (P10)");
/// Column: P90.
pub const COL_P90: Text = t("好年景（P90）", "Good case (P90)");
/// Column: NPV.
pub const COL_NPV: Text = t("折算到今天", "Worth today");
/// Column: cash needed.
pub const COL_CASH: Text = t("自己要准备的现金", "Own cash needed up front");
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

// Saved scenarios (src/household/saved.rs, saved_row.rs). `{}` marks where a name or number
// goes, in order (see [`fill`]).

/// Saved scenarios heading.
pub const SAVED_TITLE: Text = t("保存的方案（存在本机）", "Saved scenarios (on this device)");
/// Label of the name box.
pub const SAVE_NAME: Text = t("给现在的计算起个名字", "Name the current scenario");
/// Save button.
pub const SAVE: Text = t("保存", "Save");
/// Saving with no name.
pub const NEED_NAME: Text = t("请先输入名字。", "Type a name first.");
/// After saving: the name.
pub const SAVED_AS: Text = t("已保存「{}」。", "Saved “{}”.");
/// After saving under a clashing name: the name asked, the name given.
pub const SAVED_RENAMED: Text = t(
    "已经有「{}」了，这次存为「{}」。",
    "“{}” already exists, so this one is saved as “{}”.",
);
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
/// After opening: the name.
pub const OPENED: Text = t(
    "已打开「{}」，上面的数字和结果已换成它的。",
    "Opened “{}”: the entries and results above are now its own.",
);
/// After renaming: the name.
pub const RENAMED: Text = t("已改名为「{}」。", "Renamed to “{}”.");
/// After renaming to a clashing name: the name asked, the name given.
pub const RENAMED_CLASH: Text = t(
    "已经有「{}」了，改名为「{}」。",
    "“{}” already exists, so it is renamed “{}”.",
);
/// After duplicating: the copy's name.
pub const DUPLICATED: Text = t("已复制一份，名为「{}」。", "Duplicated as “{}”.");
/// After deleting: the name.
pub const DELETED: Text = t("已删除「{}」。", "Deleted “{}”.");
/// After undoing a delete: the name.
pub const RESTORED: Text = t("已恢复「{}」。", "Restored “{}”.");
/// Storage full.
pub const STORAGE_FULL: Text = t(
    "本机存储已满，这次没有保存。以前保存的方案都还在，屏幕上填的内容也没有丢。删掉不用的方案（或先导出备份）后再试。",
    "This device's storage is full, so nothing was saved. Everything saved before is still there, and what you typed is kept. Delete scenarios you no longer need (or export them first), then try again.",
);
/// Storage refused for another reason.
pub const STORAGE_OFF: Text = t(
    "这个浏览器不让本页在本机保存（可能是无痕模式），这次没有保存。",
    "This browser does not let the page save on this device (private browsing?), so nothing was saved.",
);
/// A stored entry that cannot be read: its id, the problem.
pub const ENTRY_DAMAGED: Text = t(
    "有一个保存的方案已损坏，读不出来，已跳过（{}：{}）。其他方案不受影响。",
    "A saved scenario is damaged and was skipped ({}: {}). The others are not affected.",
);
/// A stored entry from a newer app: its version, its id.
pub const ENTRY_NEWER: Text = t(
    "有一个方案是新版本的计算器保存的（格式第 {} 版），这个版本打不开；它原样保留，不会被覆盖（{}）。",
    "A scenario was saved by a newer version of this calculator (format version {}); this version cannot open it. It is kept as it is and never overwritten ({}).",
);
/// Problem: not JSON.
pub const PROBLEM_NOT_JSON: Text = t("内容不是 JSON", "its text is not JSON");
/// Problem: not an object.
pub const PROBLEM_NOT_OBJECT: Text = t("内容不是一个方案", "it is not a scenario");
/// Problem: bad version.
pub const PROBLEM_VERSION: Text = t("版本号不对", "its version number is wrong");
/// Problem: newer version.
pub const PROBLEM_NEWER: Text = t("是新版本的计算器保存的", "it was saved by a newer version");
/// Problem: no name.
pub const PROBLEM_NAME: Text = t("没有名字", "it has no name");
/// Problem: no query.
pub const PROBLEM_QUERY: Text = t("缺少计算内容", "its scenario is missing or too long");
/// Problem: bad time.
pub const PROBLEM_TIME: Text = t("保存时间不对", "its saved time is wrong");
/// Export button.
pub const SAVED_EXPORT: Text = t("全部导出为文件", "Export all to a file");
/// Import button.
pub const SAVED_IMPORT: Text = t("从文件导入", "Import from a file");
/// After exporting: the count, the file name.
pub const EXPORTED: Text = t(
    "已导出 {} 个方案，文件名 {}（在浏览器的下载里）。",
    "Scenarios exported: {}, in the file {} (in your browser's downloads).",
);
/// Nothing to export.
pub const NOTHING_TO_EXPORT: Text = t("还没有可以导出的方案。", "There is nothing to export yet.");
/// The browser refused the download.
pub const EXPORT_FAILED: Text = t(
    "浏览器没有让下载这个文件。",
    "The browser did not allow the file to be downloaded.",
);
/// Import summary: added, already saved, not imported.
pub const IMPORT_DONE: Text = t(
    "导入完成：新增 {} 个，已有 {} 个，未导入 {} 个。",
    "Import done: {} added, {} already saved, {} not imported.",
);
/// Import line: imported under its own name.
pub const IMPORT_ADDED: Text = t("「{}」已导入。", "“{}” imported.");
/// Import line: renamed on a clash: the name in the file, the name given.
pub const IMPORT_RENAMED: Text = t(
    "「{}」和已有的方案同名，导入为「{}」。",
    "“{}” has the name of a saved scenario, so it is imported as “{}”.",
);
/// Import line: already saved.
pub const IMPORT_SAME: Text = t(
    "「{}」已经保存过，没有重复导入。",
    "“{}” is already saved, so it is not imported twice.",
);
/// Import line: unreadable item: its position, the problem.
pub const IMPORT_SKIPPED: Text = t(
    "文件里第 {} 项读不出来，已跳过（{}）。",
    "Item {} of the file could not be read and was skipped ({}).",
);
/// Import line: not written: the name.
pub const IMPORT_NOT_WRITTEN: Text = t(
    "「{}」没有导入：本机存储已满。",
    "“{}” was not imported: this device's storage is full.",
);
/// Import refused: too large.
pub const IMPORT_TOO_LARGE: Text = t(
    "文件太大（超过 2 MB），不是本计算器导出的方案文件，没有导入。",
    "The file is too large (over 2 MB) to be a scenarios file of this calculator; nothing was imported.",
);
/// Import refused: not JSON.
pub const IMPORT_NOT_JSON: Text = t(
    "这个文件不是 JSON 文本，没有导入。请选“全部导出为文件”得到的文件。",
    "This file is not JSON text, so nothing was imported. Choose a file made by “Export all to a file”.",
);
/// Import refused: wrong shape.
pub const IMPORT_WRONG_SHAPE: Text = t(
    "这个文件是 JSON，但不是本计算器的方案文件（没有 scenarios 列表），没有导入。",
    "This file is JSON but not a scenarios file of this calculator (it has no “scenarios” list); nothing was imported.",
);
/// Import refused: newer format: the version.
pub const IMPORT_NEWER: Text = t(
    "这个文件是新版本的计算器导出的（格式第 {} 版），这个版本读不了，没有导入。",
    "This file was exported by a newer version of this calculator (format version {}); this version cannot read it, so nothing was imported.",
);

/// Puts `args` into the `{}` marks of a template, in order.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        match rest[at + 1..].strip_prefix('}') {
            Some(after) => {
                out.push_str(args.next().copied().unwrap_or_default());
                rest = after;
            }
            None => {
                out.push('{');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

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
