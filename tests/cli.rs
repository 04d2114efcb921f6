//! End-to-end tests of the `chaff` binary: modes, flags, exit codes and errors.

mod common;
use common::*;
use predicates::prelude::*;
use std::fs;
use std::path::PathBuf;
use tempfile::TempDir;

/// A folder tree: in/a.txt, in/sub/b.txt, in/sub/deeper/c.txt, in/.hidden/h.txt, in/z.txt.
fn tree() -> (TempDir, PathBuf) {
    let t = TempDir::new().expect("tempdir");
    let input = t.path().join("in");
    for (p, body) in [
        ("a.txt", ARTICLE.to_string()),
        ("sub/b.txt", format!("Second document.\n{ARTICLE}")),
        ("sub/deeper/c.txt", format!("Third document.\n{ARTICLE}")),
        (".hidden/h.txt", "hidden\n".to_string()),
        ("z.txt", with_boilerplate()),
    ] {
        let path = input.join(p);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, body).expect("write");
    }
    (t, input)
}

#[test]
fn pipe_mode_stdin_to_stdout() {
    chaff().write_stdin(ARTICLE).assert().success().stdout(ARTICLE).stderr("");
}

#[test]
fn dash_reads_stdin() {
    chaff().arg("-").write_stdin(ARTICLE).assert().success().stdout(ARTICLE);
}

#[test]
fn log_to_file() {
    let t = TempDir::new().unwrap();
    let log = t.path().join("log.jsonl");
    chaff().arg("--log").arg(&log).write_stdin(ARTICLE).assert().success().stdout(ARTICLE).stderr("");
    let text = fs::read_to_string(&log).unwrap();
    assert_eq!(documents(&text), vec!["-"]);
}

#[test]
fn log_to_stderr() {
    chaff()
        .args(["--log", "-"])
        .write_stdin(ARTICLE)
        .assert()
        .success()
        .stdout(ARTICLE)
        .stderr(predicate::str::contains(r#""event":"document","doc":"-""#));
}

#[test]
fn files_to_stdout_in_order() {
    let t = TempDir::new().unwrap();
    let (a, b) = (t.path().join("a.txt"), t.path().join("b.txt"));
    fs::write(&a, "First file with a sentence that is long enough.\n").unwrap();
    fs::write(&b, ARTICLE).unwrap();
    chaff().arg(&b).arg(&a).assert().success().stdout(format!("{ARTICLE}First file with a sentence that is long enough.\n"));
}

#[test]
fn batch_mirrors_tree_and_logs_in_sorted_order() {
    let (t, input) = tree();
    let out = t.path().join("out");
    chaff().arg(&input).arg("--out").arg(&out).assert().success().stderr(predicate::str::contains("4 files ok, 0 failed"));
    for p in ["a.txt", "sub/b.txt", "sub/deeper/c.txt", "z.txt"] {
        assert!(out.join(p).is_file(), "{p} missing");
    }
    assert_eq!(fs::read_to_string(out.join("a.txt")).unwrap(), ARTICLE);
    assert!(!out.join(".hidden").exists(), "hidden entries are skipped");
    let log = fs::read_to_string(out.join("removals.jsonl")).unwrap();
    let docs = documents(&log);
    let expected: Vec<String> =
        ["a.txt", "sub/b.txt", "sub/deeper/c.txt", "z.txt"].iter().map(|p| input.join(p).display().to_string()).collect();
    assert_eq!(docs, expected);
    // No temporary files are left behind.
    assert!(snapshot(&out).iter().all(|(p, _)| !p.to_string_lossy().contains(".chaff-")));
}

#[test]
fn file_argument_lands_directly_in_out() {
    let (t, input) = tree();
    let out = t.path().join("out");
    chaff().arg(input.join("sub/b.txt")).arg("--out").arg(&out).assert().success();
    assert!(out.join("b.txt").is_file());
}

#[test]
fn exclude_filters_walked_files() {
    let (t, input) = tree();
    let out = t.path().join("out");
    chaff().arg(&input).args(["--exclude", "b.txt", "--exclude", "z.*", "--out"]).arg(&out).assert().success();
    assert!(out.join("a.txt").is_file());
    assert!(out.join("sub/deeper/c.txt").is_file());
    assert!(!out.join("sub/b.txt").exists());
    assert!(!out.join("z.txt").exists());
}

#[test]
fn jobs_do_not_change_results() {
    let (t, input) = tree();
    for i in 0..30 {
        fs::write(input.join(format!("sub/gen{i:02}.txt")), format!("Generated {i}.\n{ARTICLE}")).unwrap();
    }
    let (o1, o4) = (t.path().join("o1"), t.path().join("o4"));
    chaff().arg(&input).args(["--jobs", "1", "--out"]).arg(&o1).assert().success();
    chaff().arg(&input).args(["--jobs", "4", "--out"]).arg(&o4).assert().success();
    assert_eq!(snapshot(&o1), snapshot(&o4));
}

#[test]
fn inputs_unchanged_after_batch() {
    let (t, input) = tree();
    let before = snapshot(&input);
    chaff().arg(&input).arg("--out").arg(t.path().join("out")).assert().success();
    chaff().arg(&input).arg("--force").arg("--out").arg(t.path().join("out")).assert().success();
    assert_eq!(snapshot(&input), before);
}

#[test]
fn out_inside_input_is_refused() {
    let (_t, input) = tree();
    chaff()
        .arg(&input)
        .arg("--out")
        .arg(input.join("sub/out"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("inside input folder"));
    chaff().arg(&input).arg("--out").arg(&input).assert().code(2);
    assert!(!input.join("sub/out").exists());
}

#[test]
fn out_equal_to_file_folder_is_refused() {
    let (_t, input) = tree();
    chaff().arg(input.join("a.txt")).arg("--out").arg(&input).assert().code(2);
}

#[test]
fn two_inputs_same_output_is_refused() {
    let (t, input) = tree();
    chaff()
        .arg(input.join("a.txt"))
        .arg(input.join("sub/../a.txt"))
        .arg("--out")
        .arg(t.path().join("out"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("would both be written to"));
}

#[test]
fn existing_output_refused_without_force() {
    let (t, input) = tree();
    let out = t.path().join("out");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("a.txt"), "old\n").unwrap();
    chaff()
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("{}: exists; use --force to overwrite", out.join("a.txt").display())));
    assert_eq!(fs::read_to_string(out.join("a.txt")).unwrap(), "old\n");
    assert!(out.join("sub/b.txt").is_file(), "the other files go on");
}

#[test]
fn existing_output_overwritten_with_force() {
    let (t, input) = tree();
    let out = t.path().join("out");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("a.txt"), "old\n").unwrap();
    chaff().arg(&input).arg("--force").arg("--out").arg(&out).assert().success();
    assert_eq!(fs::read_to_string(out.join("a.txt")).unwrap(), ARTICLE);
}

#[test]
fn resume_skips_done_documents() {
    let (t, input) = tree();
    let out = t.path().join("out");
    chaff().arg(&input).arg("--out").arg(&out).assert().success();
    // Simulate an interrupted run: drop the last document's record and its output.
    let log_path = out.join("removals.jsonl");
    let log = fs::read_to_string(&log_path).unwrap();
    let z = input.join("z.txt").display().to_string();
    let kept: String = log.lines().filter(|l| !l.contains(&z)).map(|l| format!("{l}\n")).collect();
    fs::write(&log_path, &kept).unwrap();
    fs::remove_file(out.join("z.txt")).unwrap();
    // A done document's output is marked so that reprocessing would show.
    fs::write(out.join("a.txt"), "marker\n").unwrap();
    chaff()
        .arg(&input)
        .args(["--resume", "--out"])
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("1 files ok, 0 failed, 3 skipped"));
    assert_eq!(fs::read_to_string(out.join("a.txt")).unwrap(), "marker\n");
    assert!(out.join("z.txt").is_file());
    let log = fs::read_to_string(&log_path).unwrap();
    assert_eq!(documents(&log).len(), 4);
    assert!(log.starts_with(&kept), "log is appended to");
}

#[test]
fn existing_log_refused_without_force_or_resume() {
    let (t, input) = tree();
    let out = t.path().join("out");
    chaff().arg(&input).arg("--out").arg(&out).assert().success();
    chaff().arg(&input).arg("--out").arg(&out).assert().code(1).stderr(predicate::str::contains("removals.jsonl: exists"));
}

#[test]
fn missing_path_fails_but_others_done() {
    let (t, input) = tree();
    let out = t.path().join("out");
    let missing = t.path().join("no-such-file.txt");
    chaff()
        .arg(&missing)
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("chaff: {}:", missing.display())));
    assert!(out.join("a.txt").is_file());
    assert!(out.join("z.txt").is_file());
}

#[test]
fn missing_path_to_stdout_fails_but_others_done() {
    let (t, input) = tree();
    chaff()
        .arg(t.path().join("nope.txt"))
        .arg(input.join("a.txt"))
        .assert()
        .code(1)
        .stdout(ARTICLE)
        .stderr(predicate::str::contains("nope.txt"));
}

#[test]
fn binary_file_fails_naming_it() {
    let (t, input) = tree();
    let bin = input.join("image.bin");
    fs::write(&bin, b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x3e\x00").unwrap();
    chaff()
        .arg(&input)
        .arg("--out")
        .arg(t.path().join("out"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("chaff: {}: binary file", bin.display())));
    assert!(t.path().join("out/a.txt").is_file());
}

#[test]
fn binary_stdin_fails() {
    chaff().write_stdin(&b"\x00\x01\x02\x03binary\x00\x00\xff"[..]).assert().code(1).stderr(predicate::str::contains("chaff: -: binary"));
}

#[test]
fn bad_keep_is_usage_error() {
    chaff()
        .args(["--keep", "caption,bogus"])
        .write_stdin(ARTICLE)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bogus").and(predicate::str::contains("call_to_action")));
}

#[test]
fn good_keep_and_lang_accepted() {
    chaff().args(["--keep", "caption,byline", "--lang", "en", "--languages", "en,de"]).write_stdin(ARTICLE).assert().success().stdout(ARTICLE);
}

#[test]
fn bad_lang_is_usage_error() {
    chaff().args(["--lang", "klingon"]).write_stdin(ARTICLE).assert().code(2).stderr(predicate::str::contains("klingon"));
    chaff().args(["--languages", "en,zz"]).write_stdin(ARTICLE).assert().code(2);
}

#[test]
fn bad_exclude_glob_is_usage_error() {
    let (t, input) = tree();
    chaff().arg(&input).args(["--exclude", "a[", "--out"]).arg(t.path().join("out")).assert().code(2);
}

#[test]
fn stdin_with_out_is_usage_error() {
    let t = TempDir::new().unwrap();
    chaff().arg("-").arg("--out").arg(t.path().join("out")).write_stdin(ARTICLE).assert().code(2);
}

#[test]
fn explain_with_out_is_usage_error() {
    let (t, input) = tree();
    chaff().arg(&input).arg("--explain").arg("--out").arg(t.path().join("out")).assert().code(2);
}

#[test]
fn explain_plain_with_no_color() {
    chaff()
        .arg("--explain")
        .write_stdin(ARTICLE)
        .assert()
        .success()
        .stdout(
            predicate::str::starts_with("# legend: ")
                .and(predicate::str::contains("\n\n  The city council"))
                .and(predicate::str::contains("\u{1b}[").not()),
        );
}

#[test]

fn explain_marks_removed_spans() {
    chaff()
        .arg("--explain")
        .write_stdin(with_boilerplate())
        .assert()
        .success()
        .stdout(predicate::str::contains("-- [call_to_action").and(predicate::str::contains("- Sign up to our newsletter")));
}

#[test]

fn boilerplate_is_removed_and_logged() {
    let t = TempDir::new().unwrap();
    let log = t.path().join("log.jsonl");
    chaff().arg("--log").arg(&log).write_stdin(with_boilerplate()).assert().success().stdout(ARTICLE);
    let text = fs::read_to_string(&log).unwrap();
    assert!(text.contains(r#""event":"removal""#) && text.contains("call_to_action"));
}

#[test]

fn keep_category_keeps_it() {
    chaff()
        .args(["--keep", "call_to_action"])
        .write_stdin(with_boilerplate())
        .assert()
        .success()
        .stdout(predicate::str::contains("Sign up to our newsletter"));
}

#[test]
fn closed_stdout_exits_quietly() {
    let big = ARTICLE.repeat(20_000);
    let bin = assert_cmd::cargo::cargo_bin("chaff");
    let mut child = std::process::Command::new(bin)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Close stdout before chaff writes anything.
    drop(child.stdout.take());
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        let _ = stdin.write_all(big.as_bytes());
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "status {:?}, stderr {stderr}", out.status);
    assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{stderr}");
}

#[test]
fn closed_stdout_in_shell_pipe() {
    let bin = assert_cmd::cargo::cargo_bin("chaff");
    // POSIX sh has no PIPESTATUS: run chaff's part in a subshell and report its status.
    let script = format!(
        "yes 'A line of text that repeats.' | head -n 200000 | ('{}'; echo \"rc=$?\" >&2) | head -c1 >/dev/null",
        bin.display()
    );
    let out = std::process::Command::new("sh").arg("-c").arg(script).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("rc=0"), "{stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{stderr}");
}

#[test]
fn help_has_examples_and_flags() {
    chaff().arg("--help").assert().success().stdout(
        predicate::str::contains("EXAMPLES")
            .and(predicate::str::contains("--out"))
            .and(predicate::str::contains("--explain"))
            .and(predicate::str::contains("--keep"))
            .and(predicate::str::contains("--resume")),
    );
}

#[test]
fn version_is_printed() {
    chaff().arg("--version").assert().success().stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn eval_scores_a_corpus() {
    chaff().args(["eval", "--corpus", "fixtures/eval-corpus"]).assert().success().stdout(predicate::str::contains("OVERALL"));
    let out = chaff().args(["eval", "--corpus", "fixtures/eval-corpus", "--json", "--per-doc", "2"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["overall"]["gold"]["f1"].is_number() && v["worst"].is_object(), "{v}");
}

#[test]
fn eval_missing_corpus_fails_naming_it() {
    chaff().args(["eval", "--corpus", "no/such/dir"]).assert().code(1).stderr(predicate::str::contains("no/such/dir"));
}

#[test]
fn eval_bad_label_file_names_it_and_the_reason_once() {
    let t = TempDir::new().expect("tempdir");
    fs::write(t.path().join("a.txt"), "Some text.\n").expect("write");
    fs::write(t.path().join("a.snippets.json"), "{").expect("write");
    let out = chaff().args(["eval", "--corpus"]).arg(t.path()).output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("a.snippets.json: EOF while parsing"), "{err}");
    assert_eq!(err.matches("EOF while parsing").count(), 1, "reason repeated: {err}");
}

#[test]
fn unknown_flag_is_usage_error() {
    chaff().arg("--no-such-flag").assert().code(2);
}

#[test]
fn quiet_suppresses_summary() {
    let (t, input) = tree();
    chaff().arg(&input).arg("--quiet").arg("--out").arg(t.path().join("out")).assert().success().stderr("");
}

/// Six pages of one site: the same header, menu and footer around an article of their own.
fn site_batch(n: usize) -> (TempDir, PathBuf, Vec<String>) {
    const WHO: [&str; 8] = ["Anna", "Boris", "Chiara", "Dmitri", "Elena", "Farid", "Greta", "Hugo"];
    let t = TempDir::new().expect("tempdir");
    let input = t.path().join("in");
    fs::create_dir_all(&input).expect("mkdir");
    let mut bodies = Vec::new();
    for (i, who) in WHO.iter().enumerate().take(n) {
        let body = [
            format!("{who} has run the small bakery on the corner of the market square for more than twenty years, and says business has never been this hard."),
            format!("Flour and energy prices have doubled since last winter, so {who} now opens two hours later and closes the shop on Mondays."),
            format!("Regular customers of {who} have started a collection to help, and the town council has promised to look at the rent of the building."),
            format!("\"We will get through this,\" {who} said on Friday, while the first loaves of the day were coming out of the old stone oven."),
            format!("A spokesperson for the council said that a decision about the rent of the bakery run by {who} would be taken before the summer."),
        ]
        .join("\n\n");
        let page = format!(
            "The Valley Courier, news from the valley every morning\nHome\nLocal\nSport\n\n{body}\n\n\
             Our newsroom is funded by its readers, and we would like to thank all of them for their support this year.\n\
             About us\nContact the newsroom\n"
        );
        fs::write(input.join(format!("page{i}.txt")), page).expect("write");
        bodies.push(body);
    }
    (t, input, bodies)
}

#[test]
fn template_removes_lines_recurring_across_the_batch() {
    let (t, input, bodies) = site_batch(6);
    let out = t.path().join("out");
    let stats = t.path().join("stats.json");
    chaff()
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .arg("--stats-json")
        .arg(&stats)
        .assert()
        .success()
        .stderr(predicate::str::contains("6 files ok").and(predicate::str::contains("; site template: ")));
    let log = fs::read_to_string(out.join("removals.jsonl")).unwrap();
    let by_template: Vec<serde_json::Value> = log
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["rule"] == "repetition/template")
        .collect();
    assert!(by_template.iter().any(|v| v["text"].as_str().unwrap().starts_with("Our newsroom is funded")), "{log}");
    assert!(by_template.iter().all(|v| v["category"] == "navigation" && v["reason"].as_str().unwrap().contains("of 6 documents")));
    for (i, body) in bodies.iter().enumerate() {
        let text = fs::read_to_string(out.join(format!("page{i}.txt"))).unwrap();
        assert_eq!(text, format!("{body}\n"), "page{i}");
    }
    let v: serde_json::Value = serde_json::from_str(&fs::read_to_string(&stats).unwrap()).unwrap();
    assert!(v["template_lines"].as_u64().unwrap() >= 5, "{v}");
    assert_eq!(v["template_min_docs"], 3);
}

#[test]
fn template_off_cleans_each_document_on_its_own() {
    let (t, input, _) = site_batch(6);
    let out = t.path().join("out");
    let stats = t.path().join("stats.json");
    chaff()
        .arg(&input)
        .args(["--template", "off", "--out"])
        .arg(&out)
        .arg("--stats-json")
        .arg(&stats)
        .assert()
        .success()
        .stderr(predicate::str::contains("site template").not());
    for i in 0..6 {
        let single = chaff().arg(input.join(format!("page{i}.txt"))).output().unwrap().stdout;
        assert_eq!(fs::read(out.join(format!("page{i}.txt"))).unwrap(), single, "page{i}");
    }
    assert!(!fs::read_to_string(out.join("removals.jsonl")).unwrap().contains("repetition/"));
    let v: serde_json::Value = serde_json::from_str(&fs::read_to_string(&stats).unwrap()).unwrap();
    assert!(v["template_lines"].is_null());
}

#[test]
fn template_auto_needs_five_documents_and_out() {
    // Four documents: off.
    let (t, input, _) = site_batch(4);
    let out = t.path().join("out");
    chaff().arg(&input).arg("--out").arg(&out).assert().success().stderr(predicate::str::contains("site template").not());
    assert!(!fs::read_to_string(out.join("removals.jsonl")).unwrap().contains("repetition/"));
    // To stdout: off unless asked for; `on` applies it there too (and to --explain).
    let (_t, input, bodies) = site_batch(6);
    let plain = chaff().arg(&input).output().unwrap().stdout;
    assert!(String::from_utf8_lossy(&plain).contains("Our newsroom"));
    chaff().arg(&input).args(["--template", "on"]).assert().success().stdout(bodies.iter().map(|b| format!("{b}\n")).collect::<String>());
    chaff()
        .arg(&input)
        .args(["--template", "on", "--explain"])
        .assert()
        .success()
        .stdout(predicate::str::contains("repetition/template: line recurs in 6 of 6 documents"));
}

#[test]
fn template_on_with_stdin_or_jsonl_is_usage_error() {
    chaff().args(["--template", "on"]).write_stdin(ARTICLE).assert().code(2).stderr(predicate::str::contains("stdin"));
    let t = TempDir::new().unwrap();
    let docs = t.path().join("docs.jsonl");
    fs::write(&docs, "{\"text\": \"Hello world\"}\n").unwrap();
    chaff().args(["--template", "on"]).arg(&docs).assert().code(2).stderr(predicate::str::contains("JSON Lines"));
}

/// A document over the window bound (`chaff::Window::DEFAULT`) through the
/// binary: pipe and batch mode agree, the log (written record by record for a
/// large document) equals the library's, and `chaff restore` gives back the input.
#[test]
fn a_huge_document_is_cleaned_in_windows_and_restores() {
    let t = TempDir::new().unwrap();
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut page = String::new();
    for name in ["000_9c86a18ad0a9c490.txt", "001_38b647d896ad4efc.txt", "003_4aa33a4f2ebde8b3.txt"] {
        page.push_str(&fs::read_to_string(seeds.join(name)).unwrap());
        page.push_str("\n\n");
    }
    let input = page.repeat(chaff::Window::DEFAULT.bytes / page.len() + 2);
    assert!(chaff::Window::DEFAULT.starts(&input).len() > 1);
    let doc = t.path().join("in").join("huge.txt");
    fs::create_dir_all(doc.parent().unwrap()).unwrap();
    fs::write(&doc, &input).unwrap();
    let expected = chaff::Cleaner::default().clean_str(&input);

    let log = t.path().join("pipe.jsonl");
    let out = chaff().arg("--log").arg(&log).write_stdin(input.clone()).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected.text);
    assert_eq!(fs::read_to_string(&log).unwrap(), expected.log_jsonl("-"));
    let clean = t.path().join("pipe.txt");
    fs::write(&clean, &expected.text).unwrap();
    let back = chaff().arg("restore").arg("--log").arg(&log).arg(&clean).output().unwrap();
    assert!(back.status.success());
    assert_eq!(String::from_utf8(back.stdout).unwrap(), chaff::restore::nonblank_lines(&input));

    let blog = t.path().join("batch.jsonl");
    chaff().arg(t.path().join("in")).arg("--out").arg(t.path().join("out")).arg("--log").arg(&blog).arg("--quiet").assert().success();
    assert_eq!(fs::read_to_string(t.path().join("out").join("huge.txt")).unwrap(), expected.text);
    assert_eq!(fs::read_to_string(&blog).unwrap(), expected.log_jsonl(&doc.display().to_string()));
}
