//! What the saved-scenarios section says: each message is a variant holding its values, worded
//! by one function per language ([`Said::words`]), so a message cannot take a different number
//! of values in Chinese and in English.

use crate::model::saved::{EntryError, ImportError, StoreError};
use crate::model::text::t;
use crate::model::{Lang, Text};

/// Something the section tells the user.
#[derive(Clone, Debug, PartialEq)]
pub enum Said {
    /// Saving with no name.
    NeedName,
    /// Saved under the name asked.
    Saved {
        /// The name.
        name: String,
    },
    /// Saved under another name: the one asked was taken.
    SavedRenamed {
        /// The name asked.
        asked: String,
        /// The name given.
        name: String,
    },
    /// Opened.
    Opened {
        /// Its name.
        name: String,
    },
    /// Renamed as asked.
    Renamed {
        /// The new name.
        name: String,
    },
    /// Renamed to another name: the one asked was taken.
    RenamedClash {
        /// The name asked.
        asked: String,
        /// The name given.
        name: String,
    },
    /// A copy was saved.
    Duplicated {
        /// The copy's name.
        name: String,
    },
    /// Deleted (Undo is offered).
    Deleted {
        /// Its name.
        name: String,
    },
    /// Put back after a delete.
    Restored {
        /// Its name.
        name: String,
    },
    /// Storage refused the write (or cannot be used at all).
    Refused(StoreError),
    /// Undo could not write the deleted scenario back; it is still held, and Undo still offered.
    RestoreRefused {
        /// Its name.
        name: String,
        /// Why storage refused.
        error: StoreError,
    },
    /// A stored entry cannot be read.
    EntryDamaged {
        /// Its id.
        id: String,
        /// What is wrong with it.
        problem: EntryError,
    },
    /// A stored entry was saved by a newer version of the app.
    EntryNewer {
        /// Its format version.
        version: u64,
        /// Its id.
        id: String,
    },
    /// Exported to a file.
    Exported {
        /// How many scenarios.
        count: usize,
        /// The file's name.
        file: String,
    },
    /// Nothing saved, so nothing to export.
    NothingToExport,
    /// The browser refused the download.
    ExportFailed,
    /// An import file was refused as a whole.
    ImportRefused(ImportError),
    /// An import's summary.
    ImportDone {
        /// Scenarios added.
        added: usize,
        /// Scenarios already saved.
        same: usize,
        /// Items not imported.
        not: usize,
    },
    /// Imported under its own name.
    ImportAdded {
        /// Its name.
        name: String,
    },
    /// Imported under another name: its own was taken.
    ImportRenamed {
        /// Its name in the file.
        asked: String,
        /// The name given.
        name: String,
    },
    /// Already saved, not imported twice.
    ImportSame {
        /// Its name.
        name: String,
    },
    /// An item of the file cannot be read.
    ImportSkipped {
        /// Its position in the file, from 1.
        item: usize,
        /// What is wrong with it.
        problem: EntryError,
    },
    /// Not imported: storage is full.
    ImportNotWritten {
        /// Its name.
        name: String,
    },
    /// The browser would not promise to keep this site's storage (`navigator.storage.persist()`
    /// said no): it may clear the saved scenarios when space runs short; export them.
    NotKept,
}

/// Why an entry cannot be read, in a phrase.
pub fn problem(e: &EntryError) -> Text {
    match e {
        EntryError::NotJson => t("内容不是 JSON", "its text is not JSON"),
        EntryError::NotAnObject => t("内容不是一个方案", "it is not a scenario"),
        EntryError::BadVersion => t("版本号不对", "its version number is wrong"),
        EntryError::Future(_) => t("是新版本的计算器保存的", "it was saved by a newer version"),
        EntryError::BadName => t("没有名字", "it has no name"),
        EntryError::BadQuery => t("缺少计算内容", "its scenario is missing or too long"),
        EntryError::BadTime => t("保存时间不对", "its saved time is wrong"),
    }
}

impl Said {
    /// Its class: how it looks, and what the tests find it by.
    pub fn class(&self) -> &'static str {
        match self {
            Said::NeedName | Said::ExportFailed => "saved-error",
            Said::Saved { .. }
            | Said::SavedRenamed { .. }
            | Said::Opened { .. }
            | Said::Renamed { .. }
            | Said::RenamedClash { .. }
            | Said::Duplicated { .. }
            | Said::Restored { .. }
            | Said::NothingToExport => "saved-done",
            Said::Deleted { .. } => "deleted",
            Said::Refused(StoreError::Full) => "saved-error storage-full",
            Said::Refused(StoreError::Unavailable) => "saved-error storage-off",
            Said::RestoreRefused { .. } => "saved-error restore-refused",
            Said::EntryDamaged { .. } => "saved-notice damaged",
            Said::EntryNewer { .. } => "saved-notice newer",
            Said::Exported { .. } => "exported",
            Said::ImportRefused(_) => "saved-error import-refused",
            Said::ImportDone { .. } => "import-done",
            Said::ImportAdded { .. } => "import-line added",
            Said::ImportRenamed { .. } => "import-line renamed",
            Said::ImportSame { .. } => "import-line same",
            Said::ImportSkipped { .. } => "import-line skipped",
            Said::ImportNotWritten { .. } => "import-line not-written",
            Said::NotKept => "saved-notice not-kept",
        }
    }

    /// Whether it says that what was asked was done (a saved name then leaves its box).
    pub fn is_done(&self) -> bool {
        self.class() == "saved-done"
    }

    /// The sentence in `lang`.
    pub fn words(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            Said::NeedName => t("请先输入名字。", "Type a name first.").get(lang).into(),
            Said::Saved { name } if zh => format!("已保存「{name}」。"),
            Said::Saved { name } => format!("Saved “{name}”."),
            Said::SavedRenamed { asked, name } if zh => {
                format!("已经有「{asked}」了，这次存为「{name}」。")
            }
            Said::SavedRenamed { asked, name } => {
                format!("“{asked}” already exists, so this one is saved as “{name}”.")
            }
            Said::Opened { name } if zh => {
                format!("已打开「{name}」，上面的数字和结果已换成它的。")
            }
            Said::Opened { name } => {
                format!("Opened “{name}”: the entries and results above are now its own.")
            }
            Said::Renamed { name } if zh => format!("已改名为「{name}」。"),
            Said::Renamed { name } => format!("Renamed to “{name}”."),
            Said::RenamedClash { asked, name } if zh => {
                format!("已经有「{asked}」了，改名为「{name}」。")
            }
            Said::RenamedClash { asked, name } => {
                format!("“{asked}” already exists, so it is renamed “{name}”.")
            }
            Said::Duplicated { name } if zh => format!("已复制一份，名为「{name}」。"),
            Said::Duplicated { name } => format!("Duplicated as “{name}”."),
            Said::Deleted { name } if zh => format!("已删除「{name}」。"),
            Said::Deleted { name } => format!("Deleted “{name}”."),
            Said::Restored { name } if zh => format!("已恢复「{name}」。"),
            Said::Restored { name } => format!("Restored “{name}”."),
            Said::RestoreRefused { name, error: StoreError::Full } if zh => format!(
                "本机存储已满，「{name}」没能恢复。在关掉这一页之前，腾出空间后还可以再点“撤销”。"
            ),
            Said::RestoreRefused { name, error: StoreError::Full } => format!(
                "This device's storage is full, so “{name}” was not restored. Until this page is closed, you can free some space and press Undo again."
            ),
            Said::RestoreRefused { name, error: StoreError::Unavailable } if zh => format!(
                "这个浏览器现在不让本页在本机保存，「{name}」没能恢复。在关掉这一页之前还可以再点“撤销”。"
            ),
            Said::RestoreRefused { name, error: StoreError::Unavailable } => format!(
                "This browser does not let the page save now, so “{name}” was not restored. Until this page is closed, you can press Undo again."
            ),
            Said::Refused(StoreError::Full) => t(
                "本机存储已满，这次没有保存。以前保存的方案都还在，屏幕上填的内容也没有丢。删掉不用的方案（或先导出备份）后再试。",
                "This device's storage is full, so nothing was saved. Everything saved before is still there, and what you typed is kept. Delete scenarios you no longer need (or export them first), then try again.",
            )
            .get(lang)
            .into(),
            Said::Refused(StoreError::Unavailable) => t(
                "这个浏览器不让本页在本机保存（可能是无痕模式），这次没有保存。",
                "This browser does not let the page save on this device (private browsing?), so nothing was saved.",
            )
            .get(lang)
            .into(),
            Said::EntryDamaged { id, problem: p } if zh => format!(
                "有一个保存的方案已损坏，读不出来，已跳过（{id}：{}）。其他方案不受影响。",
                problem(p).zh
            ),
            Said::EntryDamaged { id, problem: p } => format!(
                "A saved scenario is damaged and was skipped ({id}: {}). The others are not affected.",
                problem(p).en
            ),
            Said::EntryNewer { version, id } if zh => format!(
                "有一个方案是新版本的计算器保存的（格式第 {version} 版），这个版本打不开；它原样保留，不会被覆盖（{id}）。"
            ),
            Said::EntryNewer { version, id } => format!(
                "A scenario was saved by a newer version of this calculator (format version {version}); this version cannot open it. It is kept as it is and never overwritten ({id})."
            ),
            Said::Exported { count, file } if zh => {
                format!("已导出 {count} 个方案，文件名 {file}（在浏览器的下载里）。")
            }
            Said::Exported { count, file } => format!(
                "Scenarios exported: {count}, in the file {file} (in your browser's downloads)."
            ),
            Said::NothingToExport => t("还没有可以导出的方案。", "There is nothing to export yet.")
                .get(lang)
                .into(),
            Said::ExportFailed => t(
                "浏览器没有让下载这个文件。",
                "The browser did not allow the file to be downloaded.",
            )
            .get(lang)
            .into(),
            Said::ImportRefused(ImportError::TooLarge) => t(
                "文件太大（超过 2 MB），不是本计算器导出的方案文件，没有导入。",
                "The file is too large (over 2 MB) to be a scenarios file of this calculator; nothing was imported.",
            )
            .get(lang)
            .into(),
            Said::ImportRefused(ImportError::NotJson) => t(
                "这个文件不是 JSON 文本，没有导入。请选“全部导出为文件”得到的文件。",
                "This file is not JSON text, so nothing was imported. Choose a file made by “Export all to a file”.",
            )
            .get(lang)
            .into(),
            Said::ImportRefused(ImportError::WrongShape) => t(
                "这个文件是 JSON，但不是本计算器的方案文件（没有 scenarios 列表），没有导入。",
                "This file is JSON but not a scenarios file of this calculator (it has no “scenarios” list); nothing was imported.",
            )
            .get(lang)
            .into(),
            Said::ImportRefused(ImportError::Future(v)) if zh => format!(
                "这个文件是新版本的计算器导出的（格式第 {v} 版），这个版本读不了，没有导入。"
            ),
            Said::ImportRefused(ImportError::Future(v)) => format!(
                "This file was exported by a newer version of this calculator (format version {v}); this version cannot read it, so nothing was imported."
            ),
            Said::ImportDone { added, same, not } if zh => {
                format!("导入完成：新增 {added} 个，已有 {same} 个，未导入 {not} 个。")
            }
            Said::ImportDone { added, same, not } => format!(
                "Import done: {added} added, {same} already saved, {not} not imported."
            ),
            Said::ImportAdded { name } if zh => format!("「{name}」已导入。"),
            Said::ImportAdded { name } => format!("“{name}” imported."),
            Said::ImportRenamed { asked, name } if zh => {
                format!("「{asked}」和已有的方案同名，导入为「{name}」。")
            }
            Said::ImportRenamed { asked, name } => format!(
                "“{asked}” has the name of a saved scenario, so it is imported as “{name}”."
            ),
            Said::ImportSame { name } if zh => format!("「{name}」已经保存过，没有重复导入。"),
            Said::ImportSame { name } => {
                format!("“{name}” is already saved, so it is not imported twice.")
            }
            Said::ImportSkipped { item, problem: p } if zh => {
                format!("文件里第 {item} 项读不出来，已跳过（{}）。", problem(p).zh)
            }
            Said::ImportSkipped { item, problem: p } => format!(
                "Item {item} of the file could not be read and was skipped ({}).",
                problem(p).en
            ),
            Said::ImportNotWritten { name } if zh => {
                format!("「{name}」没有导入：本机存储已满。")
            }
            Said::ImportNotWritten { name } => {
                format!("“{name}” was not imported: this device's storage is full.")
            }
            Said::NotKept => t(
                "这个浏览器没有答应一直保留保存的方案，手机空间紧时可能会清掉。想留住它们，请点「全部导出为文件」存一份。",
                "This browser did not promise to keep saved scenarios: it may clear them when the phone runs short of space. To keep them, use “Export all to a file”.",
            )
            .get(lang)
            .into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_worded_in_both_languages_with_its_values() {
        let cases = [
            (Said::Saved { name: "甲".into() }, "甲"),
            (
                Said::RestoreRefused {
                    name: "甲".into(),
                    error: StoreError::Full,
                },
                "甲",
            ),
            (
                Said::RestoreRefused {
                    name: "甲".into(),
                    error: StoreError::Unavailable,
                },
                "甲",
            ),
            (
                Said::SavedRenamed {
                    asked: "甲".into(),
                    name: "甲 (2)".into(),
                },
                "甲 (2)",
            ),
            (
                Said::EntryNewer {
                    version: 7,
                    id: "k1".into(),
                },
                "k1",
            ),
            (
                Said::Exported {
                    count: 12,
                    file: "f.json".into(),
                },
                "f.json",
            ),
            (
                Said::ImportDone {
                    added: 3,
                    same: 4,
                    not: 5,
                },
                "5",
            ),
            (
                Said::ImportSkipped {
                    item: 9,
                    problem: EntryError::BadName,
                },
                "9",
            ),
            (Said::ImportRefused(ImportError::Future(4)), "4"),
        ];
        for (said, value) in cases {
            let (zh, en) = (said.words(Lang::Zh), said.words(Lang::En));
            assert!(zh.contains(value) && en.contains(value), "{said:?}");
            assert_ne!(zh, en, "{said:?}");
        }
        let skipped = Said::ImportSkipped {
            item: 1,
            problem: EntryError::BadQuery,
        };
        assert!(skipped.words(Lang::Zh).contains("缺少计算内容"));
        assert!(skipped.words(Lang::En).contains("missing or too long"));
    }
}
