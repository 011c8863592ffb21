//! The saved-scenario format's tests (native only: they parse JSON text with serde_json, a
//! native dev-dependency, as the browser's `JSON.parse` would).

use super::*;

const NOW: u64 = 1_764_500_000_000;

/// serde_json's parse read as the browser's is: the one reader, [`Value::read`].
impl JsonTree for serde_json::Value {
    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
    fn entries(&self) -> Option<Vec<(String, Self)>> {
        let map = self.as_object()?;
        Some(map.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
    }
}

/// JSON text to a value, as the browser's `JSON.parse` would (`None`: not JSON).
fn parse(text: &str) -> Option<Value> {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .map(|v| Value::read(&v))
}

fn scenario(name: &str, query: &str, saved: u64) -> Scenario {
    Scenario {
        name: name.into(),
        query: query.into(),
        saved,
    }
}

/// Reads stored text the way the app does.
fn read_text(text: &str) -> Result<(Scenario, Shape), EntryError> {
    parse(text)
        .ok_or(EntryError::NotJson)
        .and_then(|v| read_entry(&v, NOW))
}

// Fixtures: one per shape that exists. Version 1 is the only version ever written; the
// plain shape (no `v`) is accepted for lists written by hand; version 2 does not exist
// yet and stands for any newer app's entry (its fields may mean anything).
const FIXTURE_V1: &str =
    r#"{"v":1,"name":"三亩地 B2","query":"land=3&adults=2&fail=5","saved":1764400000000}"#;
const FIXTURE_PLAIN_QUERY: &str = r#"{"name":"Plain","query":"?lang=en&land=6"}"#;
const FIXTURE_PLAIN_LINK: &str =
    r#"{"name":"From a link","link":"http://127.0.0.1:8080/?land=6&adults=3#x","saved":5}"#;
const FIXTURE_FUTURE_V2: &str =
    r#"{"v":2,"name":{"zh":"新","en":"new"},"scenario":{"land":6},"saved":"2027-01-01"}"#;

#[test]
fn reads_every_shape_and_refuses_the_rest() {
    type Want = Result<(Scenario, Shape), EntryError>;
    let v1 = scenario("三亩地 B2", "land=3&adults=2&fail=5", 1_764_400_000_000);
    let cases: Vec<(&str, &str, Want)> = vec![
        ("version 1 fixture", FIXTURE_V1, Ok((v1.clone(), Shape::V1))),
        (
            "version 1 with unknown extra fields",
            r#"{"v":1,"name":"x","query":"land=1","saved":1,"colour":"red"}"#,
            Ok((scenario("x", "land=1", 1), Shape::V1)),
        ),
        (
            "version 1, empty query is every default",
            r#"{"v":1,"name":"defaults","query":"","saved":0}"#,
            Ok((scenario("defaults", "", 0), Shape::V1)),
        ),
        (
            "version 1, name trimmed and control characters spaced",
            "{\"v\":1,\"name\":\"  a\\u0007b  \",\"query\":\"?land=2\",\"saved\":3}",
            Ok((scenario("a b", "land=2", 3), Shape::V1)),
        ),
        (
            "plain shape with a query, no time: now",
            FIXTURE_PLAIN_QUERY,
            Ok((scenario("Plain", "lang=en&land=6", NOW), Shape::Plain)),
        ),
        (
            "plain shape with a full link",
            FIXTURE_PLAIN_LINK,
            Ok((scenario("From a link", "land=6&adults=3", 5), Shape::Plain)),
        ),
        (
            "plain shape, a link without a query is every default",
            r#"{"name":"home","link":"http://127.0.0.1/"}"#,
            Ok((scenario("home", "", NOW), Shape::Plain)),
        ),
        (
            "future version 2",
            FIXTURE_FUTURE_V2,
            Err(EntryError::Future(2)),
        ),
        (
            "future version 99, whatever its fields",
            r#"{"v":99}"#,
            Err(EntryError::Future(99)),
        ),
        ("not JSON", "{\"v\":1,\"name\":", Err(EntryError::NotJson)),
        ("empty text", "", Err(EntryError::NotJson)),
        ("an array", "[1,2]", Err(EntryError::NotAnObject)),
        ("a string", "\"land=3\"", Err(EntryError::NotAnObject)),
        ("null", "null", Err(EntryError::NotAnObject)),
        (
            "version 0",
            r#"{"v":0,"name":"x","query":"","saved":1}"#,
            Err(EntryError::BadVersion),
        ),
        (
            "version as text",
            r#"{"v":"1","name":"x","query":"","saved":1}"#,
            Err(EntryError::BadVersion),
        ),
        (
            "version 1.5",
            r#"{"v":1.5,"name":"x","query":"","saved":1}"#,
            Err(EntryError::BadVersion),
        ),
        (
            "version null",
            r#"{"v":null,"name":"x","query":"","saved":1}"#,
            Err(EntryError::BadVersion),
        ),
        (
            "no name",
            r#"{"v":1,"query":"","saved":1}"#,
            Err(EntryError::BadName),
        ),
        (
            "blank name",
            r#"{"v":1,"name":"   ","query":"","saved":1}"#,
            Err(EntryError::BadName),
        ),
        (
            "name is a number",
            r#"{"v":1,"name":7,"query":"","saved":1}"#,
            Err(EntryError::BadName),
        ),
        (
            "no query",
            r#"{"v":1,"name":"x","saved":1}"#,
            Err(EntryError::BadQuery),
        ),
        (
            "query is a list",
            r#"{"v":1,"name":"x","query":["land=1"],"saved":1}"#,
            Err(EntryError::BadQuery),
        ),
        (
            "version 1 does not take a link",
            r#"{"v":1,"name":"x","link":"http://a/?land=1","saved":1}"#,
            Err(EntryError::BadQuery),
        ),
        (
            "plain without query or link",
            r#"{"name":"x"}"#,
            Err(EntryError::BadQuery),
        ),
        (
            "no time",
            r#"{"v":1,"name":"x","query":""}"#,
            Err(EntryError::BadTime),
        ),
        (
            "negative time",
            r#"{"v":1,"name":"x","query":"","saved":-1}"#,
            Err(EntryError::BadTime),
        ),
        (
            "fractional time",
            r#"{"v":1,"name":"x","query":"","saved":1.5}"#,
            Err(EntryError::BadTime),
        ),
        (
            "time as text",
            r#"{"v":1,"name":"x","query":"","saved":"today"}"#,
            Err(EntryError::BadTime),
        ),
        (
            "plain with a bad time",
            r#"{"name":"x","query":"","saved":"today"}"#,
            Err(EntryError::BadTime),
        ),
    ];
    for (case, text, want) in cases {
        assert_eq!(read_text(text), want, "{case}");
    }
}

#[test]
fn a_query_too_long_is_refused_and_a_long_name_is_cut() {
    let long_query = format!(
        r#"{{"v":1,"name":"x","query":"{}","saved":1}}"#,
        "a".repeat(5000)
    );
    assert_eq!(read_text(&long_query), Err(EntryError::BadQuery));
    let long_name = format!(
        r#"{{"v":1,"name":"{}","query":"","saved":1}}"#,
        "名".repeat(200)
    );
    let (s, _) = read_text(&long_name).expect("readable");
    assert_eq!(s.name.chars().count(), MAX_NAME_CHARS);
}

#[test]
fn deep_nesting_is_read_as_null_not_a_crash() {
    let deep = format!("{}1{}", "[".repeat(100), "]".repeat(100));
    let mut v = parse(&deep).expect("serde_json takes 100 levels");
    let mut depth = 0;
    while let Value::List(mut items) = v {
        v = items.pop().expect("one item");
        depth += 1;
    }
    // Levels 0 to MAX_DEPTH are kept; below them, null.
    assert_eq!((depth, v), (usize::from(MAX_DEPTH) + 1, Value::Null));
}

#[test]
fn what_is_written_reads_back_the_same() {
    let names = [
        ("chinese", "三亩地，两个劳力"),
        ("quotes and backslash", r#"say "hi" \ there"#),
        ("emoji", "🐔 chickens"),
        ("line separators", "a\u{2028}b"),
        ("brackets", "A (2)"),
    ];
    for (case, name) in names {
        let s = scenario(name, "lang=en&land=6&cash=%E4%BA%94", NOW);
        let text = entry_json(&s);
        assert!(!text.contains('\n'), "{case}: one line");
        assert_eq!(read_text(&text), Ok((s, Shape::V1)), "{case}");
    }
}

#[test]
fn version_1_is_written_exactly_like_this() {
    let s = scenario("三亩地 B2", "land=3&adults=2&fail=5", 1_764_400_000_000);
    assert_eq!(entry_json(&s), FIXTURE_V1);
}

#[test]
fn the_export_file_has_this_shape_and_reads_back() {
    let list = [scenario("A", "land=6", 2), scenario("B \"quoted\"", "", 1)];
    let text = export_json(&list, NOW);
    assert_eq!(
        text,
        "{\n  \"app\": \"hezuo\",\n  \"kind\": \"scenarios\",\n  \"v\": 1,\n  \"exported\": 1764500000000,\n  \"scenarios\": [\n    {\"v\":1,\"name\":\"A\",\"query\":\"land=6\",\"saved\":2},\n    {\"v\":1,\"name\":\"B \\\"quoted\\\"\",\"query\":\"\",\"saved\":1}\n  ]\n}\n"
    );
    let back = read_export(&parse(&text).expect("JSON"), NOW);
    assert_eq!(back, Ok(list.iter().cloned().map(Ok).collect()));
    let empty = export_json(&[], NOW);
    assert_eq!(read_export(&parse(&empty).expect("JSON"), NOW), Ok(vec![]));
}

#[test]
fn import_files_are_read_or_refused() {
    type Want = Result<Vec<Result<Scenario, EntryError>>, ImportError>;
    let cases: Vec<(&str, &str, Want)> = vec![
        (
            "version 1 file with a corrupt, a future and a plain entry",
            r#"{"app":"hezuo","kind":"scenarios","v":1,"exported":9,"scenarios":[
                {"v":1,"name":"A","query":"land=6","saved":2},
                {"v":1,"name":"","query":"","saved":1},
                {"v":3,"name":"new"},
                {"name":"P","link":"http://x/?adults=4"}]}"#,
            Ok(vec![
                Ok(scenario("A", "land=6", 2)),
                Err(EntryError::BadName),
                Err(EntryError::Future(3)),
                Ok(scenario("P", "adults=4", NOW)),
            ]),
        ),
        (
            "plain file: no version, just the list",
            r#"{"scenarios":[{"name":"P","query":"land=2"}]}"#,
            Ok(vec![Ok(scenario("P", "land=2", NOW))]),
        ),
        (
            "future file",
            r#"{"v":2,"scenarios":[]}"#,
            Err(ImportError::Future(2)),
        ),
        (
            "a bare list",
            r#"[{"name":"P","query":""}]"#,
            Err(ImportError::WrongShape),
        ),
        ("no scenarios", r#"{"v":1}"#, Err(ImportError::WrongShape)),
        (
            "scenarios not a list",
            r#"{"v":1,"scenarios":{"a":1}}"#,
            Err(ImportError::WrongShape),
        ),
        (
            "version as text",
            r#"{"v":"one","scenarios":[]}"#,
            Err(ImportError::WrongShape),
        ),
        ("a number", "42", Err(ImportError::WrongShape)),
    ];
    for (case, text, want) in cases {
        assert_eq!(
            read_export(&parse(text).expect("JSON"), NOW),
            want,
            "{case}"
        );
    }
}

#[test]
fn storage_listing_skips_what_it_cannot_read() {
    let raw = vec![
        ("hezuo.lang".to_string(), None),
        ("hezuo.scenario.b".to_string(), parse(FIXTURE_V1)),
        (
            "hezuo.scenario.a".to_string(),
            parse(r#"{"v":1,"name":"Old","query":"","saved":1}"#),
        ),
        ("hezuo.scenario.c".to_string(), None),
        ("hezuo.scenario.d".to_string(), parse(FIXTURE_FUTURE_V2)),
        ("hezuo.scenario.e".to_string(), parse(FIXTURE_PLAIN_LINK)),
        ("other.scenario.f".to_string(), parse(FIXTURE_V1)),
    ];
    let list = listing(raw, NOW);
    let order: Vec<(&str, &str)> = list
        .entries
        .iter()
        .map(|e| (e.id.as_str(), e.scenario.name.as_str()))
        .collect();
    assert_eq!(
        order,
        [("b", "三亩地 B2"), ("e", "From a link"), ("a", "Old")],
        "newest first"
    );
    assert_eq!(
        list.skipped,
        [
            Skipped {
                id: "c".into(),
                error: EntryError::NotJson
            },
            Skipped {
                id: "d".into(),
                error: EntryError::Future(2)
            },
        ]
    );
    assert_eq!(list.ids, ["b", "a", "c", "d", "e"]);
    assert!(list.has_id("d") && !list.has_id("f"));
    assert!(list.has_name("Old") && !list.has_name("c"));
    let id = IdMaker::new(NOW).make(&|id| list.has_id(id));
    assert!(!list.has_id(&id), "a new id never lands on a skipped entry");
}

#[test]
fn unique_names() {
    let cases: [(&str, &[&str], &str, &str); 7] = [
        ("free", &["B"], "A", "A"),
        ("clash", &["A"], "A", "A (2)"),
        ("clash twice", &["A", "A (2)"], "A", "A (3)"),
        (
            "counts on from a counted name",
            &["A (2)"],
            "A (2)",
            "A (3)",
        ),
        (
            "a year in brackets is not a count",
            &["Plan (2025)"],
            "Plan (2025)",
            "Plan (2025) (2)",
        ),
        (
            "brackets that are not a count",
            &["A (x)"],
            "A (x)",
            "A (x) (2)",
        ),
        ("only a count", &["(2)"], "(2)", "(2) (2)"),
    ];
    for (case, taken, wanted, want) in cases {
        assert_eq!(unique_name(wanted, &|n| taken.contains(&n)), want, "{case}");
    }
    let long = "长".repeat(MAX_NAME_CHARS);
    let renamed = unique_name(&long, &|n| n == long);
    assert_eq!(renamed.chars().count(), MAX_NAME_CHARS, "cut to fit");
    assert!(renamed.ends_with(" (2)"), "{renamed}");
}

#[test]
fn new_ids() {
    let cases: [(&str, u64, &[&str], &str); 4] = [
        ("zero", 0, &[], "0"),
        ("the time", NOW, &[], "1764500000000"),
        ("taken", 35, &["35"], "35-2"),
        ("taken twice", 35, &["35", "35-2"], "35-3"),
    ];
    for (case, now, taken, want) in cases {
        assert_eq!(
            IdMaker::new(now).make(&|id| taken.contains(&id)),
            want,
            "{case}"
        );
    }
}

#[test]
fn merging_an_import() {
    type Case<'a> = (&'a str, Vec<Result<Scenario, EntryError>>, Vec<Merged>);
    let saved = [scenario("A", "land=6", 1), scenario("B", "land=2", 2)];
    let add_at = |name: &str, query: &str, saved: u64, asked: Option<&str>| Merged::Add {
        scenario: scenario(name, query, saved),
        asked: asked.map(str::to_owned),
    };
    let add = |name: &str, query: &str, asked: Option<&str>| add_at(name, query, 9, asked);
    let cases: Vec<Case> = vec![
        (
            "new name",
            vec![Ok(scenario("C", "", 9))],
            vec![add("C", "", None)],
        ),
        (
            "clash with a saved one is renamed",
            vec![Ok(scenario("A", "land=9", 9))],
            vec![add("A (2)", "land=9", Some("A"))],
        ),
        (
            "same name and query is not added twice",
            vec![Ok(scenario("A", "land=6", 9))],
            vec![Merged::AlreadySaved { name: "A".into() }],
        ),
        (
            "same query and time under another name: the same save, renamed since",
            vec![Ok(scenario("A (2)", "land=2", 2))],
            vec![Merged::AlreadySaved { name: "B".into() }],
        ),
        (
            "same time, another query: a different scenario",
            vec![Ok(scenario("A", "land=7", 1))],
            vec![add_at("A (2)", "land=7", 1, Some("A"))],
        ),
        (
            "clash inside the file too",
            vec![Ok(scenario("A", "x=1", 9)), Ok(scenario("A", "x=2", 9))],
            vec![
                add("A (2)", "x=1", Some("A")),
                add("A (3)", "x=2", Some("A")),
            ],
        ),
        (
            "a duplicate inside the file is added once",
            vec![Ok(scenario("C", "x=1", 9)), Ok(scenario("C", "x=1", 9))],
            vec![
                add("C", "x=1", None),
                Merged::AlreadySaved { name: "C".into() },
            ],
        ),
        (
            "unreadable entries are skipped with their position",
            vec![
                Err(EntryError::BadName),
                Ok(scenario("B", "land=3", 9)),
                Err(EntryError::Future(2)),
            ],
            vec![
                Merged::Skip {
                    position: 1,
                    error: EntryError::BadName,
                },
                add("B (2)", "land=3", Some("B")),
                Merged::Skip {
                    position: 3,
                    error: EntryError::Future(2),
                },
            ],
        ),
        ("nothing", vec![], vec![]),
    ];
    for (case, incoming, want) in cases {
        assert_eq!(merge(&saved, incoming), want, "{case}");
    }
}

#[test]
fn thousands_of_ids_in_one_millisecond_cost_one_check_each() {
    // An import of 5,000 scenarios saves them all at the same `now`: each new id must not try
    // again every id handed out before it (that made 5,000 scenarios take minutes).
    let taken = std::cell::RefCell::new(std::collections::HashSet::from([
        "35".to_string(),
        "35-3".to_string(),
    ]));
    let checks = std::cell::Cell::new(0usize);
    let mut maker = IdMaker::new(35);
    for _ in 0..5_000 {
        let id = maker.make(&|i| {
            checks.set(checks.get() + 1);
            taken.borrow().contains(i)
        });
        assert!(taken.borrow_mut().insert(id), "a new id");
    }
    assert!(
        checks.get() <= 5_002,
        "{} checks for 5,000 ids",
        checks.get()
    );
    assert!(taken.borrow().contains("35-2") && taken.borrow().contains("35-5002"));
}

#[test]
fn two_tabs_saving_in_the_same_millisecond_get_different_ids() {
    // Each tab sees the id free (neither has written yet): the tab's token tells them apart.
    let free = |_: &str| false;
    let cases = [("", "35"), ("k3f9", "35-k3f9"), ("a0b1", "35-a0b1")];
    for (tab, want) in cases {
        assert_eq!(IdMaker::in_tab(35, tab).make(&free), want, "{tab}");
    }
    let mut maker = IdMaker::in_tab(35, "k3f9");
    let taken = |id: &str| id == "35-k3f9";
    assert_eq!(maker.make(&taken), "35-k3f9-2");
}
