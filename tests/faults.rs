//! Fault tests of the `chaff` binary: odd encodings and line ends, huge lines, unreadable
//! and missing inputs, symlink traps, unsafe or unwritable outputs, write errors, `restore`
//! end to end, and SIGINT during a batch. Each fault must give a clear message naming the
//! file and the reason, the right exit code, and leave every other file done.
//! (Cases already covered in tests/cli.rs are not repeated here.)

mod common;
use common::*;
use predicates::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// A folder `in/` holding `good.txt` (the article) and one more file `name` with `bytes`.
fn folder_with(name: &str, bytes: &[u8]) -> (TempDir, PathBuf) {
    let t = TempDir::new().expect("tempdir");
    let input = t.path().join("in");
    fs::create_dir_all(&input).expect("mkdir");
    fs::write(input.join("good.txt"), ARTICLE).expect("write");
    fs::write(input.join(name), bytes).expect("write");
    (t, input)
}

/// True when this process runs as root (permission tests cannot fail for root).
fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// Cleans `bytes` in batch mode next to a good file: exit 0, both outputs written.
/// Returns the text written for `name`.
fn batch_ok(name: &str, bytes: &[u8]) -> String {
    let (t, input) = folder_with(name, bytes);
    let out = t.path().join("out");
    chaff().arg(&input).arg("--out").arg(&out).arg("-q").assert().code(0);
    assert_eq!(fs::read_to_string(out.join("good.txt")).expect("good output"), ARTICLE);
    let log = fs::read_to_string(out.join("removals.jsonl")).expect("log");
    assert_eq!(documents(&log).len(), 2, "{log}");
    fs::read_to_string(out.join(name)).expect("output is UTF-8")
}

/// Cleans one file to stdout and returns the text.
fn pipe_ok(bytes: &[u8]) -> String {
    let out = chaff().write_stdin(bytes.to_vec()).output().expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

#[test]
fn empty_file_gives_empty_output() {
    assert_eq!(batch_ok("empty.txt", b""), "");
}

#[test]
fn whitespace_only_file_gives_empty_output() {
    assert_eq!(batch_ok("blank.txt", b"  \n\t\n\r\n   \n"), "");
}

#[test]
fn binary_file_to_stdout_fails_others_done() {
    let (_t, input) = folder_with("blob.bin", b"\x00\x01\x02\x03\xff\xfe\x00\x00\x89PNG\x00\x00\x00\rIHDR");
    chaff()
        .arg(input.join("blob.bin"))
        .arg(input.join("good.txt"))
        .assert()
        .code(1)
        .stdout(ARTICLE)
        .stderr(predicate::str::contains(format!("chaff: {}: binary file", input.join("blob.bin").display())));
}

#[test]
fn invalid_utf8_in_the_middle_is_replaced_not_fatal() {
    let mut bytes = ARTICLE.as_bytes().to_vec();
    bytes.extend_from_slice(b"A line with a broken byte \xff here and more words after it for length.\n");
    bytes.extend_from_slice(ARTICLE.as_bytes());
    let text = batch_ok("broken.txt", &bytes);
    assert!(text.starts_with(ARTICLE) && text.ends_with(ARTICLE), "{text}");
    assert!(text.contains("broken byte \u{FFFD} here"), "{text}");
}

fn utf16le(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

#[test]
fn utf16le_with_bom_is_decoded() {
    let text = format!("Grüße aus Köln.\n{ARTICLE}");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(utf16le(&text));
    assert_eq!(batch_ok("utf16.txt", &bytes), text);
}

#[test]
fn utf16le_without_bom_is_decoded() {
    let text = format!("Grüße aus Köln.\n{ARTICLE}");
    assert_eq!(pipe_ok(&utf16le(&text)), text);
}

/// A text in `enc` round-trips through chaff as the correctly decoded UTF-8 text.
fn legacy_encoding(enc: &'static encoding_rs::Encoding, text: &str) {
    let (bytes, _, unmappable) = enc.encode(text);
    assert!(!unmappable, "test text must fit {}", enc.name());
    assert!(std::str::from_utf8(&bytes).is_err(), "test text must not be valid UTF-8");
    assert_eq!(batch_ok("legacy.txt", &bytes), text);
}

#[test]
fn windows_1252_is_decoded() {
    legacy_encoding(
        encoding_rs::WINDOWS_1252,
        "Le conseil municipal a approuvé le budget mardi soir après un débat de plus de six heures.\n\
         Les élus de la majorité ont déclaré que le plan protégerait les bibliothèques, les parcs et les lignes de bus.\n\
         L'opposition a estimé que la hausse des impôts fonciers pèserait surtout sur les ménages à revenu fixe.\n",
    );
}

#[test]
fn windows_1251_is_decoded() {
    legacy_encoding(
        encoding_rs::WINDOWS_1251,
        "Городской совет во вторник вечером утвердил новый бюджет после дебатов, которые продолжались более шести часов.\n\
         Представители большинства заявили, что план защитит местные библиотеки, парки и автобусные маршруты.\n\
         Оппозиция утверждала, что повышение налога на недвижимость сильнее всего ударит по семьям с фиксированным доходом.\n",
    );
}

#[test]
fn shift_jis_is_decoded() {
    legacy_encoding(
        encoding_rs::SHIFT_JIS,
        "市議会は火曜日の夜、六時間以上に及ぶ議論の末に新しい予算を承認した。\n\
         与党の議員たちは、この計画によって今後少なくとも三年間、図書館や公園、バス路線が守られると述べた。\n\
         野党は、固定資産税の引き上げが固定収入の家庭に最も大きな打撃を与えると主張した。\n",
    );
}

#[test]
fn carriage_return_line_ends_are_lines() {
    let input = ARTICLE.replace('\n', "\r");
    let (t, dir) = folder_with("cr.txt", input.as_bytes());
    let out = t.path().join("out");
    chaff().arg(&dir).arg("--out").arg(&out).arg("-q").assert().code(0);
    let text = fs::read_to_string(out.join("cr.txt")).expect("output");
    // Each `\r` ends a line: kept lines are verbatim, written with `\n` ends.
    assert_eq!(text, ARTICLE);
    let log = fs::read_to_string(out.join("removals.jsonl")).expect("log");
    let restored = chaff()
        .args(["restore", "--log"])
        .arg(out.join("removals.jsonl"))
        .arg("--doc")
        .arg(dir.join("cr.txt").display().to_string())
        .arg(out.join("cr.txt"))
        .output()
        .expect("run");
    assert!(restored.status.success(), "{}\n{log}", String::from_utf8_lossy(&restored.stderr));
    assert_eq!(String::from_utf8_lossy(&restored.stdout), ARTICLE);
}

#[test]
fn ten_megabyte_single_line_finishes() {
    let sentence = "The council met again on Tuesday and agreed the budget after a long debate. ";
    let mut line = sentence.repeat(10_000_000 / sentence.len() + 1);
    line.push('\n');
    let start = Instant::now();
    let out = chaff().write_stdin(line.clone()).timeout(Duration::from_secs(240)).output().expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(start.elapsed() < Duration::from_secs(240));
    // One line: kept whole or removed whole, never cut into pieces.
    assert!(out.stdout.is_empty() || out.stdout == line.as_bytes(), "{} bytes out", out.stdout.len());
}

#[test]
fn unreadable_file_fails_others_done() {
    use std::os::unix::fs::PermissionsExt;
    let (t, input) = folder_with("secret.txt", ARTICLE.as_bytes());
    let secret = input.join("secret.txt");
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).expect("chmod");
    if is_root() || fs::read(&secret).is_ok() {
        eprintln!("skipped: this user can read a mode-000 file");
        return;
    }
    let out = t.path().join("out");
    chaff()
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("chaff: {}: Permission denied", secret.display())));
    assert!(out.join("good.txt").is_file());
    assert!(!out.join("secret.txt").exists());
}

#[test]
fn missing_path_in_batch_is_not_logged() {
    let (t, input) = folder_with("b.txt", ARTICLE.as_bytes());
    let out = t.path().join("out");
    let missing = t.path().join("gone.txt");
    chaff()
        .arg(&missing)
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("chaff: {}: No such file or directory", missing.display())));
    let log = fs::read_to_string(out.join("removals.jsonl")).expect("log");
    assert_eq!(documents(&log).len(), 2);
}

#[test]
fn dangling_symlink_in_folder_fails_others_done() {
    let (t, input) = folder_with("b.txt", ARTICLE.as_bytes());
    std::os::unix::fs::symlink(t.path().join("nowhere.txt"), input.join("dangling.txt")).expect("symlink");
    let out = t.path().join("out");
    let res = chaff().arg(&input).arg("--out").arg(&out).timeout(Duration::from_secs(60)).output().expect("run");
    let stderr = String::from_utf8_lossy(&res.stderr);
    // A dangling link is no file: skipped like any other non-file entry, or reported by name.
    assert!(res.status.code() == Some(0) || stderr.contains("dangling.txt"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.join("good.txt").is_file() && out.join("b.txt").is_file());
    assert!(!out.join("dangling.txt").exists());
}

#[test]
fn symlink_loop_in_folder_fails_others_done() {
    let (t, input) = folder_with("b.txt", ARTICLE.as_bytes());
    std::os::unix::fs::symlink("loop-b", input.join("loop-a")).expect("symlink");
    std::os::unix::fs::symlink("loop-a", input.join("loop-b")).expect("symlink");
    std::os::unix::fs::symlink(".", input.join("self")).expect("symlink");
    let out = t.path().join("out");
    let res = chaff().arg(&input).arg("--out").arg(&out).timeout(Duration::from_secs(60)).output().expect("run");
    let stderr = String::from_utf8_lossy(&res.stderr);
    assert!(matches!(res.status.code(), Some(0 | 1)), "{:?} {stderr}", res.status);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.join("good.txt").is_file() && out.join("b.txt").is_file());
    let log = fs::read_to_string(out.join("removals.jsonl")).expect("log");
    assert_eq!(documents(&log).len(), 2, "{log}");
    // Given directly, a looping link is a clear failure.
    chaff()
        .arg(input.join("loop-a"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("chaff: {}: ", input.join("loop-a").display())).and(predicate::str::contains("symbolic links")));
}

#[test]
fn existing_output_file_refused_without_force() {
    let (t, input) = folder_with("b.txt", ARTICLE.as_bytes());
    let out = t.path().join("out");
    fs::create_dir_all(&out).expect("mkdir");
    fs::write(out.join("b.txt"), "old\n").expect("write");
    chaff()
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .arg("--log")
        .arg(t.path().join("log.jsonl"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("chaff: {}: exists; use --force", out.join("b.txt").display())));
    assert_eq!(fs::read_to_string(out.join("b.txt")).expect("old"), "old\n");
    assert!(out.join("good.txt").is_file());
    let log = fs::read_to_string(t.path().join("log.jsonl")).expect("log");
    assert_eq!(documents(&log), vec![input.join("good.txt").display().to_string()]);
}

#[test]
fn read_only_output_folder_fails_naming_files() {
    use std::os::unix::fs::PermissionsExt;
    let (t, input) = folder_with("b.txt", ARTICLE.as_bytes());
    let out = t.path().join("out");
    fs::create_dir_all(&out).expect("mkdir");
    fs::set_permissions(&out, fs::Permissions::from_mode(0o555)).expect("chmod");
    let writable = fs::write(out.join("probe"), "x").is_ok();
    if writable {
        let _ = fs::remove_file(out.join("probe"));
        let _ = fs::set_permissions(&out, fs::Permissions::from_mode(0o755));
        eprintln!("skipped: this user can write into a mode-555 folder");
        return;
    }
    // Log elsewhere: the outputs themselves must fail, each by name.
    let res = chaff().arg(&input).arg("--out").arg(&out).arg("--log").arg(t.path().join("log.jsonl")).output().expect("run");
    let _ = fs::set_permissions(&out, fs::Permissions::from_mode(0o755));
    let stderr = String::from_utf8_lossy(&res.stderr);
    assert_eq!(res.status.code(), Some(1), "{stderr}");
    for name in ["b.txt", "good.txt"] {
        assert!(stderr.contains(&format!("cannot write {}: Permission denied", out.join(name).display())), "{stderr}");
    }
    assert_eq!(fs::read_dir(&out).expect("out").count(), 0);
}

#[test]
fn output_parent_is_a_file_fails_others_done() {
    let t = TempDir::new().expect("tempdir");
    let input = t.path().join("in");
    fs::create_dir_all(input.join("sub")).expect("mkdir");
    fs::write(input.join("sub/a.txt"), ARTICLE).expect("write");
    fs::write(input.join("z.txt"), ARTICLE).expect("write");
    let out = t.path().join("out");
    fs::create_dir_all(&out).expect("mkdir");
    // out/sub is a file, so out/sub/a.txt cannot be written.
    fs::write(out.join("sub"), "not a folder\n").expect("write");
    chaff()
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("chaff: {}: cannot write {}", input.join("sub/a.txt").display(), out.join("sub/a.txt").display())));
    assert_eq!(fs::read_to_string(out.join("z.txt")).expect("z"), ARTICLE);
    let log = fs::read_to_string(out.join("removals.jsonl")).expect("log");
    assert_eq!(documents(&log), vec![input.join("z.txt").display().to_string()]);
}

#[test]
fn full_stdout_fails_with_message() {
    let Ok(full) = fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("skipped: no /dev/full");
        return;
    };
    let (_t, input) = folder_with("b.txt", ARTICLE.as_bytes());
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("chaff"))
        .arg(input.join("good.txt"))
        .stdout(full)
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("chaff: stdout: cannot write: No space left on device"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// Non-blank lines of a text, each ended by `\n` (what restore returns).
fn nonblank(s: &str) -> String {
    s.lines().filter(|l| !l.trim().is_empty()).map(|l| format!("{l}\n")).collect()
}

#[test]
fn restore_rebuilds_seed_inputs() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let t = TempDir::new().expect("tempdir");
    let mut n = 0;
    for entry in fs::read_dir(&seeds).expect("seeds") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if !name.ends_with(".txt") || name.ends_with(".expected.txt") {
            continue;
        }
        let log = t.path().join(format!("{name}.log"));
        let clean = t.path().join(&name);
        let out = chaff().arg("--log").arg(&log).arg(&path).output().expect("run");
        assert!(out.status.success());
        fs::write(&clean, &out.stdout).expect("write");
        let back = chaff().arg("restore").arg("--log").arg(&log).arg(&clean).output().expect("run");
        assert!(back.status.success(), "{}", String::from_utf8_lossy(&back.stderr));
        let input = fs::read_to_string(&path).expect("seed is UTF-8");
        assert_eq!(String::from_utf8(back.stdout).expect("utf-8"), nonblank(&input), "{name}");
        n += 1;
    }
    assert!(n >= 3);
}

#[test]
fn restore_from_a_batch_log_needs_the_doc() {
    let (t, input) = folder_with("b.txt", format!("Sign up to our newsletter\n\n{ARTICLE}").as_bytes());
    let out = t.path().join("out");
    chaff().arg(&input).arg("--out").arg(&out).arg("-q").assert().code(0);
    let log = out.join("removals.jsonl");
    chaff()
        .arg("restore")
        .arg("--log")
        .arg(&log)
        .arg(out.join("b.txt"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("chaff: {}: the log holds 2 documents", log.display())));
    chaff()
        .arg("restore")
        .arg("--log")
        .arg(&log)
        .arg("--doc")
        .arg(input.join("b.txt").display().to_string())
        .arg(out.join("b.txt"))
        .assert()
        .code(0)
        .stdout(format!("Sign up to our newsletter\n{ARTICLE}"));
}

#[test]
fn restore_errors_name_the_file() {
    let t = TempDir::new().expect("tempdir");
    let clean = t.path().join("clean.txt");
    fs::write(&clean, ARTICLE).expect("write");
    let missing = t.path().join("missing.jsonl");
    chaff()
        .arg("restore")
        .arg("--log")
        .arg(&missing)
        .arg(&clean)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("chaff: {}: cannot read: No such file", missing.display())));
    let bad = t.path().join("bad.jsonl");
    fs::write(&bad, "not json\n").expect("write");
    chaff()
        .arg("restore")
        .arg("--log")
        .arg(&bad)
        .arg(&clean)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("chaff: {}: log line 1", bad.display())));
    // A log that belongs to another text.
    let log = t.path().join("other.jsonl");
    let out = chaff().arg("--log").arg(&log).write_stdin("Something else entirely, a different text.\n").output().expect("run");
    assert!(out.status.success());
    chaff()
        .arg("restore")
        .arg("--log")
        .arg(&log)
        .arg(&clean)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("chaff: {}: clean text and log do not match", clean.display())));
}

/// SIGINT in the middle of a batch: exit 130, whole outputs only, the log lists exactly the
/// outputs, no temporary files, and `--resume` completes it to what an uninterrupted run makes.
#[test]
fn sigint_mid_batch_stops_cleanly_and_resume_finishes() {
    let t = TempDir::new().expect("tempdir");
    let input = t.path().join("in");
    fs::create_dir_all(&input).expect("mkdir");
    let n = 2000;
    for i in 0..n {
        let body = format!(
            "Document {i} reports on the meeting of the council.\n{ARTICLE}\nSign up to our newsletter\n\nPhoto: Agency {i}\n"
        );
        fs::write(input.join(format!("{:02}/{i:05}.txt", i % 16).replace('/', "-")), body).expect("write");
    }
    let out = t.path().join("out");
    let (status, stderr) = interrupt_batch(&input, &out, libc::SIGINT);
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("chaff: interrupted: ") && stderr.contains(&format!(" of {n} documents done; rerun with --resume to finish")), "{stderr}");

    // No temporary files, and the log lists exactly the outputs that exist.
    let files = snapshot(&out);
    assert!(files.iter().all(|(p, _)| !p.to_string_lossy().contains(".chaff-")), "temporary files left");
    let log = fs::read_to_string(out.join("removals.jsonl")).expect("log");
    let mut logged: Vec<String> = documents(&log);
    let mut written: Vec<String> = files
        .iter()
        .filter(|(p, _)| p != Path::new("removals.jsonl"))
        .map(|(p, _)| input.join(p).display().to_string())
        .collect();
    logged.sort();
    written.sort();
    assert!(!written.is_empty() && written.len() < n, "{} of {n} written", written.len());
    assert_eq!(logged, written);
    assert!(log.ends_with('\n'));

    // Every output is whole: equal to an uninterrupted run's (first, middle, last). (Not to
    // a single-file run: a batch this size is cleaned with its site template.)
    let full = t.path().join("full");
    chaff().arg(&input).arg("--out").arg(&full).args(["--jobs", "1", "-q"]).assert().code(0);
    for idx in [0, written.len() / 2, written.len() - 1] {
        let src = PathBuf::from(&written[idx]);
        let name = src.file_name().expect("name");
        assert_eq!(fs::read(out.join(name)).expect("output"), fs::read(full.join(name)).expect("full output"), "{}", src.display());
    }

    // --resume finishes: the tree equals an uninterrupted run's.
    chaff().arg(&input).arg("--out").arg(&out).args(["--jobs", "1", "--resume", "-q"]).assert().code(0);
    let (a, b) = (snapshot(&out), snapshot(&full));
    assert_eq!(a.len(), b.len());
    for ((pa, da), (pb, db)) in a.iter().zip(&b) {
        assert_eq!(pa, pb);
        if pa == Path::new("removals.jsonl") {
            let (la, lb) = (String::from_utf8_lossy(da), String::from_utf8_lossy(db));
            let mut ra: Vec<&str> = la.lines().collect();
            let mut rb: Vec<&str> = lb.lines().collect();
            ra.sort_unstable();
            rb.sort_unstable();
            assert_eq!(ra, rb, "log records differ");
        } else {
            assert_eq!(da, db, "{}", pa.display());
        }
    }
}

/// SIGTERM during a JSON Lines batch: the file in flight is finished, no new file starts,
/// no temporary files remain, every output file is whole, exit 130.
#[test]
fn sigterm_mid_jsonl_batch_stops_between_files() {
    let t = TempDir::new().expect("tempdir");
    let input = t.path().join("in");
    fs::create_dir_all(&input).expect("mkdir");
    let files = 60;
    let records = 200;
    for f in 0..files {
        let mut body = String::new();
        for i in 0..records {
            let rec = serde_json::json!({"id": format!("{f}-{i}"), "text": format!("{ARTICLE}\nSign up to our newsletter\n")});
            body.push_str(&format!("{rec}\n"));
        }
        fs::write(input.join(format!("{f:03}.jsonl")), body).expect("write");
    }
    let out = t.path().join("out");
    let (status, stderr) = interrupt_batch(&input, &out, libc::SIGTERM);
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(stderr.contains(&format!(" of {files} documents done; rerun with --force to finish")), "{stderr}");
    let written: Vec<_> = snapshot(&out).into_iter().filter(|(p, _)| p != Path::new("removals.jsonl")).collect();
    assert!(written.iter().all(|(p, _)| !p.to_string_lossy().contains(".chaff-")), "temporary files left");
    assert!(!written.is_empty() && written.len() < files, "{} of {files} written", written.len());
    for (p, data) in &written {
        assert_eq!(data.iter().filter(|&&b| b == b'\n').count(), records, "{} is not whole", p.display());
    }
}

/// Starts `chaff INPUT --out OUT --jobs 1`, waits until it has begun writing its
/// log (startup may be slow on a busy machine) and ~300 ms more, then sends
/// `signal` and waits for it to end: its exit status and stderr.
fn interrupt_batch(input: &Path, out: &Path, signal: libc::c_int) -> (std::process::ExitStatus, String) {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("chaff"))
        .arg(input)
        .arg("--out")
        .arg(out)
        .args(["--jobs", "1"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let log_path = out.join("removals.jsonl");
    let start = Instant::now();
    while fs::metadata(&log_path).map(|m| m.len()).unwrap_or(0) == 0 && start.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(10));
    }
    // Signal as soon as the first results are logged: the rest of the batch takes far longer
    // than the signal's delivery, however fast the build.
    // SAFETY: kill with a valid pid of our own child and a valid signal.
    assert_eq!(unsafe { libc::kill(child.id() as libc::pid_t, signal) }, 0);
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        use std::io::Read;
        let _ = e.read_to_string(&mut stderr);
    }
    (child.wait().expect("wait"), stderr)
}
