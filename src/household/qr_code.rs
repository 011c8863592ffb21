use yew::prelude::*;

use qrcodegen::{QrCode, QrCodeEcc};

/// Props of [`QrCodeSvg`].
#[derive(Properties, PartialEq)]
pub struct QrCodeSvgProps {
    /// The text encoded (the scenario's link).
    pub text: AttrValue,
    /// Accessible name of the image.
    pub label: AttrValue,
}

/// The SVG path of a QR code's dark modules, one `h1v1h-1z` square each, offset by the
/// 4-module quiet zone; and the side length including the quiet zone.
pub fn qr_path(text: &str) -> Option<(String, i32)> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = qr.size();
    let mut d = String::with_capacity((n * n) as usize * 5);
    for y in 0..n {
        for x in 0..n {
            if qr.get_module(x, y) {
                d.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some((d, n + 8))
}

/// A QR code drawn as SVG in the page (no image request, no canvas), black on white with
/// its quiet zone, crisp at any size: large enough to scan from a projector.
#[component]
pub fn QrCodeSvg(props: &QrCodeSvgProps) -> Html {
    let Some((d, side)) = qr_path(&props.text) else {
        return html! {};
    };
    html! {
        <svg class="qr" viewBox={format!("0 0 {side} {side}")} role="img" aria-label={props.label.clone()}
            shape-rendering="crispEdges">
            <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
            <path d={d} fill="#000" />
        </svg>
    }
}
