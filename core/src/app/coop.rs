//! The cooperative view's inputs as plain data: which cooperative, and every input as typed.
//! The app's state carries them as their link's pairs ([`super::AppState::coop`]), so they live
//! in the link (only what differs from the cooperative's preset), survive a reload and a switch
//! of tabs, and are saved with a named scenario like the household's; the household page carries
//! the pairs without reading them, so its download holds none of the cooperative's table.
//!
//! Link keys: `coop` (`lanya`; Wandanping when absent) and `c_<key>` for each input that
//! differs from the preset (`c_rent=16000`), with the keys of [`COOP_SPECS`].

use std::rc::Rc;

use crate::model::coop::{Coop, CoopField, COOP_SPECS};

/// The cooperative view's inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct CoopState {
    /// The cooperative (the preset last loaded).
    pub coop: Coop,
    /// The text of every input, in [`COOP_SPECS`] order, as typed.
    pub texts: Rc<Vec<String>>,
}

impl Default for CoopState {
    fn default() -> Self {
        CoopState::preset(Coop::Wandanping)
    }
}

/// The prefix of a cooperative input's key in a link.
const PREFIX: &str = "c_";

impl CoopState {
    /// A cooperative's preset, every input at its value.
    pub fn preset(coop: Coop) -> Self {
        CoopState {
            coop,
            texts: Rc::new(coop.inputs().texts()),
        }
    }

    /// The text of one input.
    pub fn text(&self, field: CoopField) -> &str {
        &self.texts[field as usize]
    }

    /// The user typed `text` in `field`.
    pub fn set(&mut self, field: CoopField, text: String) {
        Rc::make_mut(&mut self.texts)[field as usize] = text;
    }

    /// The link's parts for these inputs: the cooperative when it is not the default, and each
    /// input that differs from its preset (`c_<key>=<text>`, the text not yet encoded).
    pub fn link_parts(&self) -> Vec<(String, &str)> {
        let mut parts = Vec::new();
        if self.coop != Coop::default() {
            parts.push(("coop".to_string(), self.coop.code()));
        }
        let preset = self.coop.inputs().texts();
        for (s, default) in COOP_SPECS.iter().zip(preset.iter()) {
            let text = self.text(s.field);
            if text != default {
                parts.push((format!("{PREFIX}{}", s.key), text));
            }
        }
        parts
    }

    /// The link's pairs, owned: what [`super::AppState::coop`] holds.
    pub fn pairs(&self) -> Vec<(String, String)> {
        self.link_parts()
            .into_iter()
            .map(|(k, v)| (k, v.to_string()))
            .collect()
    }

    /// The inputs of a link's pairs (the last of a key counts).
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        CoopState::from_link(|k| {
            pairs
                .iter()
                .rev()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        })
    }

    /// Whether a link's key is one of the cooperative view's.
    pub fn is_key(key: &str) -> bool {
        // By its form, not by the cooperative's table, which only the staff page carries: a
        // key that needs no percent-encoding (so it is written back as it was read).
        key == "coop"
            || key.strip_prefix(PREFIX).is_some_and(|k| {
                !k.is_empty()
                    && k.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            })
    }

    /// The inputs a link describes: `get` gives the link's value of a key, if any. Unknown
    /// cooperatives are read as the default one; values are kept as written (the view says
    /// what is wrong with them).
    pub fn from_link<'a>(get: impl Fn(&str) -> Option<&'a str>) -> Self {
        let coop = get("coop").and_then(Coop::from_code).unwrap_or_default();
        let mut state = CoopState::preset(coop);
        for s in &COOP_SPECS {
            if let Some(v) = get(&format!("{PREFIX}{}", s.key)) {
                state.set(s.field, v.to_string());
            }
        }
        state
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key the cooperative view writes is one of its link keys; a key that would need
    /// percent-encoding is not (it could not be written back as read: found by the fuzzer).
    #[test]
    fn link_keys_by_form() {
        for s in &COOP_SPECS {
            assert!(
                CoopState::is_key(&format!("{PREFIX}{}", s.key)),
                "{}",
                s.key
            );
        }
        assert!(CoopState::is_key("coop"));
        for not in [
            "c_",
            "c_cost32%00",
            "c_cost\u{0}",
            "c_Rent",
            "land",
            "c_a b",
        ] {
            assert!(!CoopState::is_key(not), "{not}");
        }
    }

    fn reopened(s: &CoopState) -> CoopState {
        CoopState::from_pairs(&s.pairs())
    }

    /// A case: its name, the preset, what is typed over it, and the link's keys.
    type Case<'a> = (&'a str, Coop, &'a [(CoopField, &'a str)], &'a [&'a str]);

    #[test]
    fn the_link_carries_only_what_differs_from_the_preset() {
        let cases: [Case; 4] = [
            ("Wandanping as preset", Coop::Wandanping, &[], &[]),
            ("Lanya as preset", Coop::Lanya, &[], &["coop"]),
            (
                "a rent typed",
                Coop::Wandanping,
                &[(CoopField::Rent, "16000")],
                &["c_rent"],
            ),
            (
                "Lanya with a bad text kept",
                Coop::Lanya,
                &[(CoopField::Birds, "3千只")],
                &["coop", "c_birds"],
            ),
        ];
        for (name, coop, typed, keys) in cases {
            let mut s = CoopState::preset(coop);
            for (f, t) in typed {
                s.set(*f, t.to_string());
            }
            let parts = s.link_parts();
            let got: Vec<&str> = parts.iter().map(|(k, _)| k.as_str()).collect();
            assert_eq!(got, keys, "{name}");
            assert_eq!(reopened(&s), s, "{name}: the link reopens it");
        }
    }

    #[test]
    fn an_unknown_cooperative_is_the_default_one() {
        let s = CoopState::from_link(|k| (k == "coop").then_some("nowhere"));
        assert_eq!(s, CoopState::default());
    }
}
