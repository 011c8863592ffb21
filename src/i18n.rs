//! Every visible string of the app shell in Chinese and English.
//! Each entry is a [`Text`]: leaving out either language is a compile error.

pub use crate::model::{Lang, Text};

/// The app's name, in the header and the page title.
pub const APP_NAME: Text = Text {
    zh: "合作收益计算器",
    en: "Cooperation Returns Calculator",
};

/// One line under the name: what the app is for.
pub const TAGLINE: Text = Text {
    zh: "土地、劳力、资金怎么合作最划算？每种合作方式逐年算给你看。",
    en: "Land, labor and capital: what each way of cooperating pays, year by year.",
};

/// Label of the language switch: names the language it switches *to*.
pub const SWITCH_TO: Text = Text {
    zh: "English",
    en: "中文",
};

/// Accessible name of the language switch.
pub const SWITCH_LABEL: Text = Text {
    zh: "切换语言",
    en: "Switch language",
};
