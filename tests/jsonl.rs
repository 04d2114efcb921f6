//! End-to-end tests of the JSON Lines mode, `--stats-json`, `completions`, `man` and
//! `--explain --format html`.

mod common;
use common::*;
use predicates::prelude::*;
use std::fs;
use std::io::{Read, Write};
use tempfile::TempDir;

/// A record line with fields around the text, odd number forms and a nested object.
fn record(id: &str, text: &str) -> String {
    let t = serde_json::to_string(text).unwrap();
    format!("{{\"url\":\"https://example.org/{id}\", \"id\":\"{id}\",\"score\":1.50,\"big\":1e300,\"text\":{t},\"meta\":{{\"z\":1,\"a\":[2.0,3]}}}}\n")
}

/// Three good records and one malformed line in the middle.
fn input() -> String {
    format!("{}{}not json at all\n{}", record("a", &with_boilerplate()), record("b", ARTICLE), record("c", &with_boilerplate()))
}

fn lines(s: &str) -> Vec<&str> {
    s.lines().collect()
}

#[test]
fn cleans_text_and_keeps_everything_else() {
    let out = chaff().arg("--jsonl").write_stdin(input()).assert().code(1).get_output().clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let got = lines(&stdout);
    assert_eq!(got.len(), 4);
    let expected = record("a", ARTICLE);
    assert_eq!(got[0], expected.trim_end(), "only the text value changes, byte for byte");
    assert_eq!(got[1], record("b", ARTICLE).trim_end());
    assert_eq!(got[2], "not json at all", "malformed line passed through");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("chaff: -:3: not JSON"), "{stderr}");
    assert!(stderr.contains("1 malformed lines"), "{stderr}");
}

#[test]
fn malformed_lines_can_be_dropped() {
    let input = format!("{}[1,2]\n{{\"id\":1}}\n{{\"text\":5}}\n{}", record("a", ARTICLE), record("b", ARTICLE));
    let out = chaff().args(["--jsonl", "--on-error", "drop"]).write_stdin(input).assert().code(1).get_output().clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(lines(&stdout).len(), 2);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains(":2: not a JSON object"), "{stderr}");
    assert!(stderr.contains(":3: no \"text\" field"), "{stderr}");
    assert!(stderr.contains(":4: \"text\" field is not a string"), "{stderr}");
}

#[test]
fn good_input_exits_zero_and_keeps_stderr_quiet() {
    let input = format!("{}\n{}", record("a", ARTICLE), record("b", ARTICLE));
    chaff().arg("--jsonl").write_stdin(input.clone()).assert().success().stdout(input).stderr("");
}

#[test]
fn log_uses_record_ids() {
    let t = TempDir::new().unwrap();
    let log = t.path().join("log.jsonl");
    chaff().arg("--jsonl").arg("--log").arg(&log).write_stdin(input()).assert().code(1);
    let log = fs::read_to_string(&log).unwrap();
    let docs: Vec<String> = log
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["event"] == "document")
        .map(|v| v["doc"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(docs, ["a", "b", "c"]);
    assert!(log.contains("\"event\":\"removal\",\"doc\":\"a\""));
}

#[test]
fn attributes_hold_byte_spans_into_the_original_text() {
    let text = with_boilerplate();
    let out = chaff().args(["--jsonl", "--attributes"]).write_stdin(record("a", &text)).assert().success().get_output().stdout.clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let spans = v["chaff"]["removed"].as_array().unwrap();
    assert!(!spans.is_empty());
    for s in spans {
        let (a, b) = (s[0].as_u64().unwrap() as usize, s[1].as_u64().unwrap() as usize);
        assert!(text[a..b].contains("newsletter") || text[a..b].contains("notifications"));
        assert!(s[2].is_string());
    }
    assert_eq!(v["text"], ARTICLE);
    // The member is appended last; the rest keeps its order.
    let s = String::from_utf8(out).unwrap();
    assert!(s.starts_with("{\"url\":\"https://example.org/a\", \"id\":\"a\",\"score\":1.50,\"big\":1e300,"));
}

#[test]
fn other_field_names() {
    let t = serde_json::to_string(&with_boilerplate()).unwrap();
    let input = format!("{{\"body\":{t},\"url\":\"u1\"}}\n");
    let t = TempDir::new().unwrap();
    let log = t.path().join("log.jsonl");
    let out = chaff()
        .args(["--jsonl", "--text-field", "body", "--id-field", "url", "--log"])
        .arg(&log)
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["body"], ARTICLE);
    assert!(fs::read_to_string(&log).unwrap().contains("\"doc\":\"u1\""));
}

#[test]
fn jsonl_name_chooses_the_mode_and_names_the_file_in_errors() {
    let t = TempDir::new().unwrap();
    let p = t.path().join("docs.jsonl");
    fs::write(&p, input()).unwrap();
    chaff()
        .arg(&p)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(record("b", ARTICLE)))
        .stderr(predicate::str::contains(format!("{}:3: not JSON", p.display())));
}

#[test]
fn ids_are_never_paths() {
    let t = TempDir::new().unwrap();
    let input = record("../../escape", &with_boilerplate());
    chaff().current_dir(t.path()).args(["--jsonl", "--out", "o"]).write_stdin(input).assert().code(2);
    let p = t.path().join("in.jsonl");
    fs::write(&p, record("../../escape", &with_boilerplate())).unwrap();
    chaff().current_dir(t.path()).arg(&p).args(["--out", "o"]).assert().success();
    let mut files: Vec<String> = walkdir::WalkDir::new(t.path())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(t.path()).unwrap().display().to_string())
        .collect();
    files.sort();
    assert_eq!(files, ["in.jsonl", "o/in.jsonl", "o/removals.jsonl"]);
}

#[test]
fn compressed_batch_keeps_names_and_compression() {
    let t = TempDir::new().unwrap();
    let dir = t.path().join("in");
    fs::create_dir(&dir).unwrap();
    let data = input();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(data.as_bytes()).unwrap();
    fs::write(dir.join("a.jsonl.gz"), gz.finish().unwrap()).unwrap();
    fs::write(dir.join("b.jsonl.zst"), zstd::encode_all(data.as_bytes(), 3).unwrap()).unwrap();
    fs::write(dir.join("c.jsonl"), &data).unwrap();
    let out = t.path().join("out");
    let stats = t.path().join("stats.json");
    chaff()
        .arg(&dir)
        .arg("--out")
        .arg(&out)
        .arg("--stats-json")
        .arg(&stats)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("3 files ok, 0 failed, 9 records cleaned, 3 malformed lines"));
    let plain = fs::read_to_string(out.join("c.jsonl")).unwrap();
    let mut from_gz = String::new();
    flate2::read::MultiGzDecoder::new(fs::File::open(out.join("a.jsonl.gz")).unwrap()).read_to_string(&mut from_gz).unwrap();
    let from_zst = String::from_utf8(zstd::decode_all(fs::File::open(out.join("b.jsonl.zst")).unwrap()).unwrap()).unwrap();
    assert_eq!(from_gz, plain);
    assert_eq!(from_zst, plain);
    assert_eq!(lines(&plain)[0], record("a", ARTICLE).trim_end());
    let v: serde_json::Value = serde_json::from_str(&fs::read_to_string(&stats).unwrap()).unwrap();
    assert_eq!(v["mode"], "jsonl");
    assert_eq!(v["files_ok"], 3);
    assert_eq!(v["documents_ok"], 9);
    assert_eq!(v["malformed_lines"], 3);
    assert_eq!(v["documents_failed"], 3);
    assert!(v["removed"]["call_to_action"].as_u64().unwrap() > 0);
    assert_eq!(v["removed"].as_object().unwrap().len(), 9, "every category listed");
    assert!(v["elapsed_seconds"].is_number());
    assert!(v["bytes_in"].as_u64().unwrap() > v["bytes_out"].as_u64().unwrap());
    // Existing outputs are refused without --force.
    chaff().arg(&dir).arg("--out").arg(&out).arg("--log").arg(t.path().join("l2.jsonl")).assert().code(1).stderr(predicate::str::contains("exists"));
}

#[test]
fn compressed_stdin_is_decompressed() {
    let data = record("a", &with_boilerplate());
    chaff().arg("--jsonl").write_stdin(zstd::encode_all(data.as_bytes(), 3).unwrap()).assert().success().stdout(record("a", ARTICLE));
}

#[test]
fn many_records_same_output_whatever_jobs() {
    let mut input = String::new();
    for i in 0..1500 {
        input.push_str(&record(&i.to_string(), if i % 3 == 0 { ARTICLE } else { "Sign up to our newsletter\nShort.\n" }));
    }
    let run = |jobs: &str| chaff().args(["--jsonl", "--jobs", jobs]).write_stdin(input.clone()).assert().success().get_output().stdout.clone();
    let one = run("1");
    assert_eq!(one, run("3"));
    assert_eq!(String::from_utf8(one).unwrap().lines().count(), 1500);
}

#[test]
fn stats_json_in_text_mode() {
    let t = TempDir::new().unwrap();
    let stats = t.path().join("s.json");
    chaff().arg("--stats-json").arg(&stats).write_stdin(with_boilerplate()).assert().success().stdout(ARTICLE);
    let v: serde_json::Value = serde_json::from_str(&fs::read_to_string(&stats).unwrap()).unwrap();
    assert_eq!(v["mode"], "text");
    assert_eq!(v["documents_ok"], 1);
    assert_eq!(v["malformed_lines"], 0);
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        chaff().args(["completions", shell]).assert().success().stdout(predicate::str::contains("chaff")).stderr("");
    }
    chaff().arg("man").assert().success().stdout(predicate::str::contains(".TH chaff").and(predicate::str::contains("jsonl"))).stderr("");
    chaff().args(["completions", "nosuchshell"]).assert().code(2);
}

#[test]
fn explain_with_jsonl_is_usage_error() {
    chaff().args(["--jsonl", "--explain"]).write_stdin("").assert().code(2);
}

#[test]
fn format_needs_explain() {
    chaff().args(["--format", "html"]).write_stdin("").assert().code(2);
}

#[test]
fn explain_html_is_well_formed_and_escaped() {
    let page = format!("Tom & Jerry <script>alert(1)</script> met the council.\n{}", with_boilerplate());
    let out = chaff().args(["--explain", "--format", "html"]).write_stdin(page).assert().success().get_output().stdout.clone();
    let html = String::from_utf8(out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script>"));
    // Well-formed: parse the whole page as XML (after the doctype) and collect the removed spans.
    let body = html.trim_start_matches("<!DOCTYPE html>\n");
    let mut reader = quick_xml::Reader::from_str(body);
    let mut stack: Vec<String> = Vec::new();
    let mut dels = Vec::new();
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(e)) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                if name == "del" {
                    let attr = |k: &[u8]| {
                        e.try_get_attribute(k).unwrap().map(|a| String::from_utf8(a.value.to_vec()).unwrap()).unwrap_or_default()
                    };
                    dels.push((attr(b"class"), attr(b"title")));
                }
                stack.push(name);
            }
            Ok(quick_xml::events::Event::End(e)) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                assert_eq!(stack.pop().as_deref(), Some(name.as_str()), "mismatched tag");
            }
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("not well-formed at {}: {e}", reader.buffer_position()),
        }
    }
    assert!(stack.is_empty());
    assert!(dels.iter().any(|(class, title)| class == "c-call_to_action" && title.starts_with("call_to_action ")), "{dels:?}");
    assert!(html.contains("class=\"legend\""));
}
