//! The staff page in a real (headless) browser (see `tests/household.rs`).
#![cfg(target_arch = "wasm32")]

mod browser;

use browser::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

/// The staff page mounted into its own `<div>`, as if opened with `?{query}`.
async fn mount_staff(query: &str) -> (Element, AppHandle<hezuo::staff::StaffApp>) {
    storage().remove_item(LANG_KEY).unwrap();
    set_query(query);
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<hezuo::staff::StaffApp>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    (root, handle)
}

#[wasm_bindgen_test]
async fn staff_page_shows_the_cooperatives_cash_as_the_model_computes_it_and_switches_to_the_roster(
) {
    use hezuo_core::model::coop::{evaluate as coop, CoopInputs};
    let (root, handle) = mount_staff("lang=en").await;
    let want = coop(&CoopInputs::paper_defaults().check().unwrap());
    let rows = root.query_selector_all("#coop-cash tr[data-year]").unwrap();
    assert_eq!(rows.length() as usize, want.years.len());
    for (i, y) in want.years.iter().enumerate() {
        let tr: Element = rows.item(i as u32).unwrap().dyn_into().unwrap();
        let close: f64 = tr
            .query_selector("td[data-col=\"close\"]")
            .unwrap()
            .unwrap()
            .get_attribute("data-yuan")
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            (close - y.close).abs() < 1e-3,
            "year {}: {close} vs {}",
            y.year,
            y.close
        );
    }
    let tab: HtmlElement = root
        .query_selector("#tab-roster")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    tab.click();
    yew::scheduler::flush().await;
    assert!(root.query_selector("#roster-file").unwrap().is_some());
    assert!(root.query_selector("#coop").unwrap().is_none());
    // The household tab is a link to the household page carrying the scenario.
    let household = root.query_selector("#tab-household").unwrap().unwrap();
    assert_eq!(household.tag_name(), "A");
    assert!(household.get_attribute("href").unwrap().contains("lang=en"));
    handle.destroy();
    root.remove();
    set_query("");
    storage().remove_item(LANG_KEY).unwrap();
}

/// The roster's message from its worker reads back as it was written (the typed codec:
/// `RosterMsg::to_js` and `from_js`), ids left in JavaScript.
#[wasm_bindgen_test]
fn the_roster_message_reads_back_as_it_was_written() {
    use hezuo::staff::worker::RosterMsg;
    use hezuo_core::roster::job::RosterRead;
    let cases = [
        (
            "households and problems",
            RosterRead {
                rows: vec![2.0, 3.0, 5.0],
                ids: "H1\u{1f}H2\u{1f}张三".into(),
                error: None,
                problems: vec![
                    (
                        4,
                        "第4行：土地不是数字".into(),
                        "row 4: land is not a number".into(),
                    ),
                    (6, "第6行".into(), "row 6".into()),
                ],
                notes: Some(["缺少现金列".into(), "no cash column".into()]),
                encoding: "GBK".into(),
            },
        ),
        (
            "a file that cannot be read",
            RosterRead {
                error: Some(["文件是空的".into(), "the file is empty".into()]),
                ..RosterRead::default()
            },
        ),
    ];
    for (case, read) in cases {
        let sent = RosterMsg::new(read.clone());
        let back = RosterMsg::from_js(&sent.to_js());
        assert_eq!(back.rows, read.rows, "{case}");
        assert_eq!(back.error, read.error, "{case}");
        assert_eq!(back.problems, read.problems, "{case}");
        assert_eq!(back.notes, read.notes, "{case}");
        assert_eq!(back.encoding, read.encoding, "{case}");
        assert_eq!(back.count(), read.rows.len(), "{case}");
        let ids: Vec<String> = read
            .ids
            .split('\u{1f}')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        assert_eq!(back.page_ids(0, 50), ids, "{case}");
    }
}
