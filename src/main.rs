use std::io::{Read, Write};

fn main() {
    let mut buf = Vec::new();
    std::io::stdin().read_to_end(&mut buf).expect("read stdin");
    let out = chaff::Cleaner::default().clean_bytes(&buf).expect("clean");
    let _ = std::io::stdout().write_all(out.text.as_bytes());
}
