//! The household page's bundle (`index.html`): mounts [`hezuo::household::App`].
#![forbid(unsafe_code)]

fn main() {
    hezuo::household::start();
}
