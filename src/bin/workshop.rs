//! The trainer's page's bundle (`workshop.html`): the household page with the workshop's steps
//! (the paper's two cases in projector type). Built by Trunk beside the household page
//! (`index.html`'s rust links); loaded only by `workshop.html` and by `tools.html` (the
//! household page with sharing, saving, printing and break-even), so a first visit to the
//! household page never downloads it.
#![forbid(unsafe_code)]

fn main() {
    hezuo::household::start_bigger_page();
}
