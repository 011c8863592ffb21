//! The saved scenarios' bundle: a part of the household page, loaded the first time its section
//! is opened (`src/household/part.js`), mounted into `#saved-part`.
#![forbid(unsafe_code)]

fn main() {
    hezuo::saved::start();
}
