//! Read-only markup written as HTML text: plain string building is several kilobytes smaller
//! in the WebAssembly than the same elements through `html!`. Every text and attribute value
//! is escaped, so file contents (a roster's ids) cannot inject markup; Yew inserts the result
//! with `Html::from_html_unchecked`.

use yew::{AttrValue, Html};

/// An HTML text being written.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// `<tag attr="value" …>`; values are escaped.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (k, v) in attrs {
            self.0.push(' ');
            self.0.push_str(k);
            self.0.push_str("=\"");
            self.text(v);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Escaped text.
    pub fn text(&mut self, s: &str) -> &mut Self {
        for c in s.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                _ => self.0.push(c),
            }
        }
        self
    }

    /// `<tag attrs>text</tag>`.
    pub fn el(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// Markup written by hand, not escaped: only for constant strings of this crate.
    pub fn raw(&mut self, s: &'static str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// The markup as text.
    pub fn into_string(self) -> String {
        self.0
    }

    /// The markup as Yew nodes.
    pub fn html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut m = Markup::default();
        m.el("td", &[("data-id", "a\"b<c")], "<script>&");
        assert_eq!(
            m.0,
            "<td data-id=\"a&quot;b&lt;c\">&lt;script&gt;&amp;</td>"
        );
    }
}
