//! The app shell in a real (headless) browser: `scripts/test.sh` runs this with
//! wasm-bindgen-test-runner and Chromium. Each test mounts `App` into a fresh `<div>`,
//! waits for Yew with `yew::scheduler::flush()` (no sleeps) and removes it again.
#![cfg(target_arch = "wasm32")]

use hezuo::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlElement, Storage};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

const LANG_KEY: &str = "hezuo.lang";
const ZH_NAME: &str = "合作收益计算器";
const EN_NAME: &str = "Cooperation Returns Calculator";

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn html_lang() -> Option<String> {
    document().document_element().unwrap().get_attribute("lang")
}

/// The app, mounted into its own `<div>` in the body.
struct Mounted {
    root: Element,
    handle: AppHandle<App>,
}

impl Mounted {
    async fn new() -> Self {
        let root = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&root).unwrap();
        let handle = yew::Renderer::<App>::with_root(root.clone()).render();
        yew::scheduler::flush().await;
        Mounted { root, handle }
    }

    fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no {selector} in the app"))
    }

    fn title(&self) -> String {
        self.find("header.top h1")
            .text_content()
            .unwrap_or_default()
    }

    async fn click_switch(&self) {
        self.find("#lang-switch")
            .dyn_into::<HtmlElement>()
            .expect("#lang-switch is an HTML element")
            .click();
        yew::scheduler::flush().await;
    }

    fn unmount(self) {
        self.handle.destroy();
        self.root.remove();
    }
}

#[wasm_bindgen_test]
async fn starts_in_chinese_and_switches_to_english_and_back() {
    storage().remove_item(LANG_KEY).unwrap();
    let app = Mounted::new().await;

    assert_eq!(app.title(), ZH_NAME);
    assert_eq!(html_lang().as_deref(), Some("zh-CN"));
    assert_eq!(document().title(), ZH_NAME);
    assert_eq!(
        app.find("#lang-switch").text_content().as_deref(),
        Some("English")
    );

    app.click_switch().await;
    assert_eq!(app.title(), EN_NAME);
    assert_eq!(html_lang().as_deref(), Some("en"));
    assert_eq!(document().title(), EN_NAME);
    assert_eq!(storage().get_item(LANG_KEY).unwrap().as_deref(), Some("en"));
    assert_eq!(
        app.find("#lang-switch").text_content().as_deref(),
        Some("中文")
    );

    app.click_switch().await;
    assert_eq!(app.title(), ZH_NAME);
    assert_eq!(html_lang().as_deref(), Some("zh-CN"));
    assert_eq!(document().title(), ZH_NAME);
    assert_eq!(storage().get_item(LANG_KEY).unwrap().as_deref(), Some("zh"));

    app.unmount();
    storage().remove_item(LANG_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn remembered_english_is_used_on_start() {
    storage().set_item(LANG_KEY, "en").unwrap();
    let app = Mounted::new().await;

    assert_eq!(app.title(), EN_NAME);
    assert_eq!(html_lang().as_deref(), Some("en"));
    assert_eq!(document().title(), EN_NAME);

    app.click_switch().await;
    assert_eq!(app.title(), ZH_NAME);
    assert_eq!(storage().get_item(LANG_KEY).unwrap().as_deref(), Some("zh"));

    app.unmount();
    storage().remove_item(LANG_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn unknown_remembered_value_falls_back_to_chinese() {
    storage().set_item(LANG_KEY, "fr").unwrap();
    let app = Mounted::new().await;

    assert_eq!(app.title(), ZH_NAME);
    assert_eq!(html_lang().as_deref(), Some("zh-CN"));
    // The switch is labelled in the language it switches to, and says so in `lang`.
    let switch = app.find("#lang-switch");
    assert_eq!(switch.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        switch.get_attribute("aria-label").as_deref(),
        Some("切换语言")
    );

    app.unmount();
    storage().remove_item(LANG_KEY).unwrap();
}
