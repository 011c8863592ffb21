//! Runs the engine 20 times at the defaults: a target for profilers
//! (`valgrind --tool=callgrind target/release/examples/profile_engine`).
fn main() {
    let v = hezuo_core::model::Inputs::paper_defaults()
        .check()
        .expect("valid");
    for _ in 0..20 {
        std::hint::black_box(hezuo_core::model::evaluate(
            &v,
            &hezuo_core::model::Settings::default(),
        ));
    }
}
