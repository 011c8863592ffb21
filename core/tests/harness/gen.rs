//! Inputs for each way in: made up from nothing, built from the forms' own keys and bounds,
//! and real inputs (the app's links, the roster fixtures, exported scenario files) mutated.

use hezuo_core::app::link::to_query;
use hezuo_core::app::state::AppState;
use hezuo_core::model::coop::COOP_SPECS;
use hezuo_core::model::params::{ValueKind, SPECS};
use hezuo_core::model::random::Rng;
use hezuo_core::model::saved::{export_json, Scenario};
use hezuo_core::model::Lang;
use hezuo_core::roster::synth::{synthetic, to_csv};

use super::Way;

const FIXTURES: [&[u8]; 4] = [
    include_bytes!("../fixtures/roster/utf8-bom.csv"),
    include_bytes!("../fixtures/roster/gbk.csv"),
    include_bytes!("../fixtures/roster/bad-rows.csv"),
    include_bytes!("../fixtures/roster/pasted.tsv"),
];

/// Strings that have broken parsers somewhere: markup, scripts, direction marks, numbers
/// written every way people write them, and things that are not numbers at all.
const NASTY: &[&str] = &[
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "\u{202e}\u{200f}",
    "=1+1",
    "@SUM(A1)",
    "-2+3",
    "\"",
    "'",
    "\\",
    "%",
    "%zz",
    "%E4%B8",
    "%00",
    "&",
    "=",
    "#",
    "?",
    "+",
    "\u{3000}",
    "，",
    "、",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "1e308",
    "1e400",
    "-1e400",
    "0x10",
    "1_000",
    "3,9",
    "4，5",
    "3.9.1",
    "３．９",
    "１２",
    "٣",
    "2千",
    "0.2万",
    "2000元",
    "4亩",
    "1.5公顷",
    "",
    " ",
    "-0",
    ".5",
    "5.",
    "+5",
    "1e-320",
    "99999999999999999999999",
    "\u{feff}",
    "\n",
    "\r\n",
    "\t",
    ";",
    ",",
    "😀",
];

fn pick<'a, T>(rng: &mut Rng, items: &'a [T]) -> &'a T {
    &items[(rng.next_u64() % items.len() as u64) as usize]
}

fn below(rng: &mut Rng, n: u64) -> u64 {
    rng.next_u64() % n.max(1)
}

/// A number as a person might type it for a field with these bounds: mostly inside them,
/// sometimes just outside, sometimes far outside or not a number at all.
pub fn number_text(rng: &mut Rng, min: f64, max: f64, whole: bool) -> String {
    match below(rng, 10) {
        0..=4 => {
            let x = rng.uniform(min, max.min(min + 1e6));
            if whole || rng.chance(0.3) {
                format!("{}", x.round())
            } else {
                format!("{x:.2}")
            }
        }
        5 => format!("{}", min),
        6 => format!("{}", max),
        7 => format!("{}", max + 1.0 + rng.uniform(0.0, 1e9)),
        8 => format!("{}", min - 1.0 - rng.uniform(0.0, 100.0)),
        _ => {
            let mut s = (*pick(rng, NASTY)).to_owned();
            if rng.chance(0.5) {
                s = format!("{}{s}", below(rng, 100));
            }
            s
        }
    }
}

/// `s` percent-encoded, as a browser writes a link, now and then half-encoded or with `+`.
fn encode(rng: &mut Rng, s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-' | b'_' => out.push(b as char),
            b' ' if rng.chance(0.5) => out.push('+'),
            _ if rng.chance(0.05) => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

const LINK_KEYS: &[&str] = &["lang", "unit", "step", "view", "from_coop", "fail"];
const LINK_VALUES: &[&str] = &[
    "zh",
    "en",
    "fr",
    "ha",
    "mu",
    "acre",
    "0",
    "1",
    "9",
    "10",
    "-1",
    "coop",
    "roster",
    "household",
    "x",
    "land",
    "fail_wdp",
];

/// A query built from the page's own keys, values typed every which way.
fn built_query(rng: &mut Rng) -> String {
    let n = below(rng, 12);
    let mut parts = Vec::new();
    for _ in 0..n {
        if rng.chance(0.25) {
            let k = pick(rng, LINK_KEYS);
            let v = pick(rng, LINK_VALUES);
            parts.push(format!("{k}={v}"));
        } else {
            let s = pick(rng, &SPECS);
            let v = number_text(rng, s.min, s.max, false);
            parts.push(format!("{}={}", s.key, encode(rng, &v)));
        }
    }
    parts.join("&")
}

/// A link the page itself would write: a state with a few fields changed to good values.
pub fn valid_query(rng: &mut Rng) -> String {
    let mut state = AppState::new(if rng.chance(0.5) { Lang::Zh } else { Lang::En });
    let texts = std::rc::Rc::make_mut(&mut state.texts);
    for _ in 0..below(rng, 4) {
        let i = below(rng, SPECS.len() as u64) as usize;
        let s = &SPECS[i];
        let x = rng.uniform(s.min, s.max.min(s.min + 100.0));
        texts[i] = format!("{}", (x * 10.0).round() / 10.0);
    }
    to_query(&state)
}

/// `bytes` changed in 1 to 8 places: bytes deleted, inserted, replaced, runs repeated or
/// cut, and nasty strings spliced in.
fn mutate(rng: &mut Rng, mut bytes: Vec<u8>) -> Vec<u8> {
    for _ in 0..1 + below(rng, 8) {
        let len = bytes.len() as u64;
        let at = below(rng, len + 1) as usize;
        match below(rng, 7) {
            0 if len > 0 => {
                bytes.remove(at.min(bytes.len() - 1));
            }
            1 => bytes.insert(at, below(rng, 256) as u8),
            2 if len > 0 => {
                let i = at.min(bytes.len() - 1);
                bytes[i] = *pick(rng, b"\"',;\t\r\n=&%+-.0123456789\xef\xbb\xbf\x00\xff");
            }
            3 => {
                let s = pick(rng, NASTY).as_bytes();
                bytes.splice(at..at, s.iter().copied());
            }
            4 if len > 0 => {
                let end = (at + 1 + below(rng, 64) as usize).min(bytes.len());
                let run: Vec<u8> = bytes[at.min(end)..end].to_vec();
                bytes.splice(at..at, run);
            }
            5 => bytes.truncate(at),
            _ => {}
        }
    }
    bytes
}

fn random_bytes(rng: &mut Rng, max: u64) -> Vec<u8> {
    let n = below(rng, max);
    (0..n).map(|_| below(rng, 256) as u8).collect()
}

/// Random text from an alphabet that a parser of this way cares about.
fn random_text(rng: &mut Rng, alphabet: &[&str], max: u64) -> Vec<u8> {
    let n = below(rng, max);
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(alphabet[below(rng, alphabet.len() as u64) as usize]);
    }
    s.into_bytes()
}

const QUERY_ALPHABET: &[&str] = &[
    "&", "=", "%", "+", "?", "#", "land", "adults", "cash", "lang", "unit", "step", "1", "2", "9",
    "0", ".", "-", "e", "a", "亩", "，", "\u{3000}", "%2C", "%E4", "%ZZ", ";",
];

fn link(rng: &mut Rng) -> Vec<u8> {
    match below(rng, 4) {
        0 => built_query(rng).into_bytes(),
        1 => {
            let q = valid_query(rng).into_bytes();
            mutate(rng, q)
        }
        2 => {
            let q = built_query(rng).into_bytes();
            mutate(rng, q)
        }
        _ => random_text(rng, QUERY_ALPHABET, 40),
    }
}

/// The cooperative form's texts, joined by U+001F.
fn coop(rng: &mut Rng) -> Vec<u8> {
    let bad_share = [0.0, 0.0, 0.01, 0.03, 0.1, 0.5][below(rng, 6) as usize];
    let texts: Vec<String> = COOP_SPECS
        .iter()
        .map(|s| {
            if rng.chance(bad_share) {
                number_text(rng, s.min, s.max, false)
            } else if rng.chance(0.7) {
                format!("{}", s.default)
            } else {
                let x = rng.uniform(s.min, s.max.min(s.default * 3.0 + 10.0));
                match s.kind {
                    ValueKind::Real => format!("{x:.1}"),
                    ValueKind::Whole | ValueKind::Switch => format!("{}", x.round()),
                }
            }
        })
        .collect();
    let mut bytes = texts.join("\u{1f}").into_bytes();
    if rng.chance(0.1) {
        bytes = mutate(rng, bytes);
    }
    bytes
}

const SEPARATORS: &[u8] = b",;\t";

/// A roster: a fixture or a synthetic roster, mutated; random bytes; a huge one now and then.
fn roster(rng: &mut Rng) -> Vec<u8> {
    match below(rng, 1000) {
        // More rows than a roster may have: refused as a whole, with a message.
        0 => {
            let one = "户1,3.9,2\n";
            let mut s = String::from("户号,土地（亩）,劳动力\n");
            s.push_str(&one.repeat(100_001));
            return s.into_bytes();
        }
        // A very long cell.
        1..=5 => {
            let mut s = String::from("id,land,adults\n");
            s.push_str(&"x".repeat(10_000 + below(rng, 100_000) as usize));
            s.push_str(",3,2\n");
            return s.into_bytes();
        }
        _ => {}
    }
    match below(rng, 6) {
        0 => random_bytes(rng, 400),
        1 => random_text(
            rng,
            &[
                "户", ",", ";", "\t", "\"", "\n", "\r\n", "1", "3.9", "亩", "id", "land",
                "\u{feff}",
            ],
            200,
        ),
        2 | 3 => {
            let f = pick(rng, &FIXTURES).to_vec();
            mutate(rng, f)
        }
        _ => {
            let n = 1 + below(rng, 40) as usize;
            let lang = if rng.chance(0.5) { Lang::Zh } else { Lang::En };
            let mut text = to_csv(lang, &synthetic(n, rng.next_u64()));
            if rng.chance(0.3) {
                let sep = *pick(rng, SEPARATORS) as char;
                text = text.replace(',', &sep.to_string());
            }
            if rng.chance(0.2) {
                text = format!("\u{feff}{text}");
            }
            if rng.chance(0.1) {
                text = format!("sep={}\n{text}", *pick(rng, SEPARATORS) as char);
            }
            let bytes = text.into_bytes();
            if rng.chance(0.7) {
                mutate(rng, bytes)
            } else {
                bytes
            }
        }
    }
}

/// A scenario name a person might type, or one an attacker would.
pub fn name(rng: &mut Rng) -> String {
    match below(rng, 6) {
        0 => (*pick(rng, NASTY)).to_owned(),
        1 => "名".repeat(1 + below(rng, 120) as usize),
        2 => format!("方案{}", below(rng, 1000)),
        3 => "<script>alert(1)</script>".into(),
        _ => format!("张三家 {}亩", below(rng, 20)),
    }
}

fn scenarios_file(rng: &mut Rng) -> String {
    let n = below(rng, 12) as usize;
    let list: Vec<Scenario> = (0..n)
        .map(|i| Scenario {
            name: name(rng),
            query: if rng.chance(0.8) {
                valid_query(rng)
            } else {
                built_query(rng)
            },
            saved: 1_764_000_000_000 + i as u64 * below(rng, 3),
        })
        .collect();
    export_json(&list, 1_764_500_000_000)
}

/// Any JSON value, keys mostly the format's own.
fn json_value(rng: &mut Rng, depth: u32, out: &mut String) {
    let keys = [
        "v",
        "scenarios",
        "name",
        "query",
        "link",
        "saved",
        "id",
        "app",
        "kind",
        "x",
    ];
    match if depth > 5 {
        below(rng, 4)
    } else {
        below(rng, 7)
    } {
        0 => out.push_str("null"),
        1 => {
            const WORDS: &[&str] = &[
                "true",
                "false",
                "0",
                "1",
                "-1",
                "1.5",
                "1e999",
                "9007199254740993",
                "2",
            ];
            out.push_str(WORDS[below(rng, WORDS.len() as u64) as usize]);
        }
        2 => {
            out.push('"');
            for c in pick(rng, NASTY).chars() {
                match c {
                    '"' | '\\' => {
                        out.push('\\');
                        out.push(c);
                    }
                    c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                    c => out.push(c),
                }
            }
            out.push('"');
        }
        3 => out.push_str(&format!("{}", rng.uniform(-1e15, 1e15))),
        4 | 5 => {
            out.push('{');
            for i in 0..below(rng, 5) {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&format!("\"{}\":", pick(rng, &keys)));
                json_value(rng, depth + 1, out);
            }
            out.push('}');
        }
        _ => {
            out.push('[');
            for i in 0..below(rng, 5) {
                if i > 0 {
                    out.push(',');
                }
                json_value(rng, depth + 1, out);
            }
            out.push(']');
        }
    }
}

fn saved(rng: &mut Rng) -> Vec<u8> {
    match below(rng, 20_000) {
        // More than 2 MB of good entries (the page refuses such a file before reading it;
        // the core must still take it in linear time).
        0 => {
            let list: Vec<Scenario> = (0..30_000)
                .map(|i| Scenario {
                    name: format!("方案{i}"),
                    query: format!("land={}", i % 50),
                    saved: 1_764_000_000_000 + i,
                })
                .collect();
            return export_json(&list, 1_764_500_000_000).into_bytes();
        }
        // Deep nesting.
        1..=10 => {
            let depth = 1 + below(rng, 50_000) as usize;
            let mut s = "{\"v\":1,\"scenarios\":".to_owned();
            s.push_str(&"[".repeat(depth));
            s.push_str(&"]".repeat(depth));
            s.push('}');
            return s.into_bytes();
        }
        _ => {}
    }
    match below(rng, 6) {
        0 => random_bytes(rng, 100),
        1 => {
            let mut s = String::new();
            json_value(rng, 0, &mut s);
            s.into_bytes()
        }
        2 => {
            let mut s = String::from("{\"v\":1,\"scenarios\":[");
            for i in 0..below(rng, 6) {
                if i > 0 {
                    s.push(',');
                }
                json_value(rng, 1, &mut s);
            }
            s.push_str("]}");
            s.into_bytes()
        }
        3 => {
            // A newer version, or a version that is no version.
            let v = pick(rng, &["2", "99", "1e20", "\"1\"", "-1", "1.5", "0", "null"]);
            scenarios_file(rng)
                .replacen("\"v\": 1", &format!("\"v\": {v}"), 1)
                .into_bytes()
        }
        4 => {
            let f = scenarios_file(rng).into_bytes();
            mutate(rng, f)
        }
        _ => scenarios_file(rng).into_bytes(),
    }
}

/// One input for `way`.
pub fn generate(way: Way, rng: &mut Rng) -> Vec<u8> {
    match way {
        Way::Link => link(rng),
        Way::Coop => coop(rng),
        Way::Roster => roster(rng),
        Way::Saved => saved(rng),
    }
}
