#![forbid(unsafe_code)]

fn main() {
    hezuo::ui::start();
}
