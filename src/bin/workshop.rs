//! The trainer's page's bundle (`workshop.html`): the household page with the workshop's steps
//! (the paper's two cases in projector type). Built by Trunk beside the household page
//! (`index.html`'s rust links); loaded only by `workshop.html`, so villagers never download it.
#![forbid(unsafe_code)]

fn main() {
    hezuo::household::start_workshop();
}
