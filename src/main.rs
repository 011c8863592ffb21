#![forbid(unsafe_code)]

fn main() {
    hezuo::household::start();
}
