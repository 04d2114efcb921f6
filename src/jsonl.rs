//! `--jsonl`: the JSON Lines documents mode.
//!
//! Each line of the input is a JSON object with the document text in one string field
//! (`text` by default). The same records come out in the same order, byte for byte, except
//! that the text field's value is replaced by the clean text (and, with `--attributes`, a
//! `"chaff": {"removed": [[start, end, "category"], …]}` member is added). The new value is
//! spliced into the raw line, so key order, spacing and number forms never change.
//!
//! Inputs are streamed in chunks of `4 × jobs × 64` lines: a chunk is cleaned in parallel
//! (rayon) and written in order, so memory stays bounded whatever the file size. `.gz`
//! and `.zst` inputs are recognised by their magic bytes; outputs in `--out DIR` keep the
//! input's name and are compressed the same way. Malformed lines (not JSON, not an object,
//! text field missing or not a string) are reported as `chaff: FILE:LINE: reason` and passed
//! through unchanged or dropped (`--on-error drop`).

use crate::batch::{self, Item, LogSink, Summary};
use crate::config::{is_stdin, RunConfig};
use anyhow::Context as _;
use chaff::Cleaner;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::de::{Deserializer as _, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::Path;

/// What to do with a malformed line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OnError {
    /// Write the line unchanged.
    Pass,
    /// Leave the line out of the output.
    Drop,
}

/// Options of the JSONL mode.
#[derive(Debug, Clone)]
pub struct JsonlOpts {
    /// Name of the field holding the text.
    pub text_field: String,
    /// Name of the field holding the record id (the `doc` of log records).
    pub id_field: String,
    /// Add the removed spans to each record as a `chaff` member.
    pub attributes: bool,
    /// What to do with malformed lines.
    pub on_error: OnError,
}

/// True for file names that choose the JSONL mode: `*.jsonl`, `*.jsonl.gz`, `*.jsonl.zst`.
pub fn is_jsonl_name(p: &Path) -> bool {
    let name = p.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    [".jsonl", ".jsonl.gz", ".jsonl.zst"].iter().any(|ext| name.ends_with(ext))
}

/// Compression of a stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    /// From an output file name.
    fn of_name(p: &Path) -> Compression {
        let name = p.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
        if name.ends_with(".gz") {
            Compression::Gzip
        } else if name.ends_with(".zst") || name.ends_with(".zstd") {
            Compression::Zstd
        } else {
            Compression::None
        }
    }

    /// From the first bytes of a stream.
    fn of_magic(head: &[u8]) -> Compression {
        if head.starts_with(&[0x1f, 0x8b]) {
            Compression::Gzip
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Compression::Zstd
        } else {
            Compression::None
        }
    }
}

/// Opens an input (`-` is stdin), decompressing `.gz` / `.zst` content found by magic bytes.
fn open_input(path: &Path) -> io::Result<Box<dyn BufRead + Send>> {
    let mut raw: Box<dyn Read + Send> = if is_stdin(path) { Box::new(io::stdin()) } else { Box::new(fs::File::open(path)?) };
    let mut head = Vec::with_capacity(4);
    (&mut raw).take(4).read_to_end(&mut head)?;
    let kind = Compression::of_magic(&head);
    let whole = io::Cursor::new(head).chain(raw);
    Ok(match kind {
        Compression::None => Box::new(BufReader::with_capacity(1 << 16, whole)),
        Compression::Gzip => Box::new(BufReader::with_capacity(1 << 16, flate2::read::MultiGzDecoder::new(whole))),
        Compression::Zstd => Box::new(BufReader::with_capacity(1 << 16, zstd::stream::read::Decoder::new(whole)?)),
    })
}

/// An output: stdout, or a temporary file (renamed into place when done), maybe compressed.
enum Output<'a> {
    Stdout(BufWriter<io::StdoutLock<'a>>),
    Plain(BufWriter<tempfile::NamedTempFile>),
    Gzip(flate2::write::GzEncoder<BufWriter<tempfile::NamedTempFile>>),
    Zstd(zstd::stream::write::Encoder<'static, BufWriter<tempfile::NamedTempFile>>),
}

impl Output<'_> {
    /// A temporary file next to `path`, compressed as `path`'s name says.
    fn file(path: &Path) -> io::Result<Output<'static>> {
        let w = BufWriter::with_capacity(1 << 16, batch::temp_beside(path)?);
        Ok(match Compression::of_name(path) {
            Compression::None => Output::Plain(w),
            Compression::Gzip => Output::Gzip(flate2::write::GzEncoder::new(w, flate2::Compression::default())),
            Compression::Zstd => Output::Zstd(zstd::stream::write::Encoder::new(w, 3)?),
        })
    }

    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Output::Stdout(w) => w,
            Output::Plain(w) => w,
            Output::Gzip(w) => w,
            Output::Zstd(w) => w,
        }
    }

    /// Flushes; for a file, ends the compression and renames the file to `path`.
    fn finish(self, path: Option<&Path>, overwrite: bool) -> io::Result<()> {
        let tmp = match self {
            Output::Stdout(mut w) => return w.flush(),
            Output::Plain(w) => w,
            Output::Gzip(w) => w.finish()?,
            Output::Zstd(w) => w.finish()?,
        };
        let tmp = tmp.into_inner().map_err(|e| e.into_error())?;
        let Some(path) = path else { return Ok(()) };
        let res = if overwrite { tmp.persist(path) } else { tmp.persist_noclobber(path) };
        res.map(|_| ()).map_err(|e| e.error)
    }
}

/// Top-level members of a JSON object, in order, with their raw (unparsed) values.
struct Members;

impl<'de> Visitor<'de> for Members {
    type Value = Vec<(String, &'de RawValue)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut v = Vec::new();
        while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
            v.push(entry);
        }
        Ok(v)
    }
}

/// Parses one line into its members, or says why it is not a JSON object.
fn members(line: &str) -> Result<Vec<(String, &RawValue)>, String> {
    let mut de = serde_json::Deserializer::from_str(line);
    let parsed = de.deserialize_map(Members).and_then(|m| de.end().map(|_| m));
    parsed.map_err(|e| match e.classify() {
        serde_json::error::Category::Data => "not a JSON object".to_string(),
        _ => format!("not JSON ({e})"),
    })
}

/// Byte offset of a borrowed raw value inside the line it was parsed from.
fn offset_in(line: &str, raw: &RawValue) -> usize {
    (raw.get().as_ptr() as usize).saturating_sub(line.as_ptr() as usize)
}

/// The result of one input line.
enum LineOut {
    /// A cleaned record (with its line terminator), its log records and counts.
    Clean { line: Vec<u8>, log: String, bytes_in: u64, bytes_out: u64, removed: BTreeMap<&'static str, usize> },
    /// A blank line, passed through.
    Blank(Vec<u8>),
    /// A malformed line: the original bytes and why.
    Malformed(Vec<u8>, String),
}

/// Cleans one raw line (terminator included). `fallback_id` names records without an id.
fn process_line(opts: &JsonlOpts, cleaner: &Cleaner, want_log: bool, raw: Vec<u8>, fallback_id: &str) -> LineOut {
    let body_len = raw.len() - raw.iter().rev().take_while(|b| **b == b'\n' || **b == b'\r').count();
    let Ok(line) = std::str::from_utf8(&raw[..body_len]) else {
        return LineOut::Malformed(raw, "not UTF-8".into());
    };
    if line.trim().is_empty() {
        return LineOut::Blank(raw);
    }
    let members = match members(line) {
        Ok(m) => m,
        Err(reason) => return LineOut::Malformed(raw, reason),
    };
    let Some((_, text_raw)) = members.iter().rev().find(|(k, _)| *k == opts.text_field) else {
        return LineOut::Malformed(raw, format!("no \"{}\" field", opts.text_field));
    };
    let Ok(text) = serde_json::from_str::<String>(text_raw.get()) else {
        return LineOut::Malformed(raw, format!("\"{}\" field is not a string", opts.text_field));
    };
    let id = match members.iter().rev().find(|(k, _)| *k == opts.id_field) {
        Some((_, v)) => serde_json::from_str::<String>(v.get()).unwrap_or_else(|_| v.get().to_string()),
        None => fallback_id.to_string(),
    };
    let cleaned = cleaner.clean_str(&text);
    let new_text = serde_json::Value::String(cleaned.text.clone()).to_string();
    // Edits as (offset, removed length, replacement), applied from the end.
    let mut edits: Vec<(usize, usize, String)> = vec![(offset_in(line, text_raw), text_raw.get().len(), new_text)];
    if opts.attributes {
        let spans: Vec<serde_json::Value> = cleaned
            .removals
            .iter()
            .map(|r| serde_json::json!([r.start_byte, r.end_byte, r.category.name()]))
            .collect();
        let attr = serde_json::json!({ "removed": spans }).to_string();
        match members.iter().rev().find(|(k, _)| k == "chaff") {
            Some((_, v)) => edits.push((offset_in(line, v), v.get().len(), attr)),
            None => {
                let close = line.trim_end().len().saturating_sub(1);
                edits.push((close, 0, format!(",\"chaff\":{attr}")));
            }
        }
    }
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut out = line.to_string();
    for (at, len, with) in edits {
        if out.is_char_boundary(at) && out.is_char_boundary(at + len) && at + len <= out.len() {
            out.replace_range(at..at + len, &with);
        }
    }
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(&raw[body_len..]);
    if body_len == raw.len() {
        bytes.push(b'\n');
    }
    LineOut::Clean {
        line: bytes,
        log: if want_log { cleaned.log_jsonl(&id) } else { String::new() },
        bytes_in: text.len() as u64,
        bytes_out: cleaned.text.len() as u64,
        removed: chaff::output::counts(&cleaned.removals),
    }
}

/// Writes a passed-through line, ending it with `\n` if it was the unterminated last line.
fn write_line(w: &mut dyn Write, line: &[u8]) -> io::Result<()> {
    w.write_all(line)?;
    if line.last() != Some(&b'\n') {
        w.write_all(b"\n")?;
    }
    Ok(())
}

/// Reads up to `n` lines (terminators kept). Returns an empty vector at the end.
fn read_chunk(r: &mut dyn BufRead, n: usize) -> io::Result<Vec<Vec<u8>>> {
    let mut lines = Vec::with_capacity(n);
    while lines.len() < n {
        let mut buf = Vec::new();
        if r.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        lines.push(buf);
    }
    Ok(lines)
}

/// Runs the JSONL mode over all planned items, one file after the other, each streamed
/// in parallel chunks.
pub fn run(cfg: &RunConfig, opts: &JsonlOpts, items: batch::Plan, cleaner: &Cleaner) -> anyhow::Result<Summary> {
    let mut summary = Summary::default();
    if let Some(out) = &cfg.out {
        fs::create_dir_all(out).with_context(|| format!("{}: cannot create the output folder", out.display()))?;
    }
    let Some((mut log, _)) = batch::open_log(cfg, cfg.out.is_some())? else {
        summary.failed += 1;
        return Ok(summary);
    };
    let pool = rayon::ThreadPoolBuilder::new().num_threads(cfg.jobs).build().context("cannot start worker threads")?;
    let pb = (!cfg.quiet && io::stderr().is_terminal()).then(|| {
        let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{spinner} {human_pos} records, {per_sec}, {elapsed} {wide_msg}") {
            pb.set_style(style);
        }
        pb
    });
    let stdout = io::stdout();
    // With --out, SIGINT/SIGTERM stop the run between files: the file in flight is finished.
    let stop = cfg.out.is_some().then(batch::interrupt_flag);
    let total = items.len();
    for (index, item) in items.iter().enumerate() {
        if stop.as_ref().is_some_and(|s| s.load(std::sync::atomic::Ordering::SeqCst)) {
            if let Some(out) = &cfg.out {
                batch::remove_temp_files(out);
            }
            summary.interrupted = Some((index, total));
            break;
        }
        let job = match item {
            Item::Job(j) => j,
            Item::Failed(p, r) => {
                batch::report(pb.as_ref(), &p, &r);
                summary.failed += 1;
                continue;
            }
        };
        if let Some(pb) = &pb {
            pb.set_message(job.doc.clone());
        }
        if let Some(out) = &job.output {
            if out.exists() && !cfg.force {
                batch::report(pb.as_ref(), &out.display().to_string(), batch::EXISTS);
                summary.failed += 1;
                continue;
            }
        }
        let mut output = match &job.output {
            None => Output::Stdout(BufWriter::with_capacity(1 << 16, stdout.lock())),
            Some(p) => match Output::file(p) {
                Ok(o) => o,
                Err(e) => {
                    batch::report(pb.as_ref(), &job.doc, &format!("cannot write {}: {e}", p.display()));
                    summary.failed += 1;
                    continue;
                }
            },
        };
        match run_file(cfg, opts, cleaner, &pool, &job.input, &job.doc, &mut output, &mut log, &mut summary, pb.as_ref()) {
            Ok(()) => {}
            Err(FileError::Write(e)) if job.output.is_none() => return Err(e.into()),
            Err(e) => {
                batch::report(pb.as_ref(), &job.doc, &e.to_string());
                summary.failed += 1;
                continue;
            }
        }
        match output.finish(job.output.as_deref(), cfg.force) {
            Ok(()) => summary.ok += 1,
            Err(e) if job.output.is_none() => return Err(e.into()),
            Err(e) => {
                let path = job.output.as_deref().map(|p| p.display().to_string()).unwrap_or_default();
                batch::report(pb.as_ref(), &job.doc, &format!("cannot write {path}: {e}"));
                summary.failed += 1;
            }
        }
    }
    if let Some(pb) = &pb {
        pb.finish_and_clear();
    }
    Ok(summary)
}

/// Why a file stopped.
#[derive(Debug)]
enum FileError {
    Read(io::Error),
    Write(io::Error),
    Log(anyhow::Error),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Read(e) => write!(f, "cannot read: {e}"),
            FileError::Write(e) => write!(f, "cannot write: {e}"),
            FileError::Log(e) => write!(f, "{e:#}"),
        }
    }
}

/// Streams one file through the cleaner.
#[allow(clippy::too_many_arguments)]
fn run_file(
    cfg: &RunConfig,
    opts: &JsonlOpts,
    cleaner: &Cleaner,
    pool: &rayon::ThreadPool,
    input: &Path,
    doc: &str,
    output: &mut Output<'_>,
    log: &mut LogSink,
    summary: &mut Summary,
    pb: Option<&ProgressBar>,
) -> Result<(), FileError> {
    let mut reader = open_input(input).map_err(FileError::Read)?;
    let want_log = !matches!(log, LogSink::None);
    let chunk = cfg.jobs.saturating_mul(4 * 64).max(1);
    let mut line_no = 0usize;
    loop {
        let lines = read_chunk(&mut *reader, chunk).map_err(FileError::Read)?;
        if lines.is_empty() {
            return Ok(());
        }
        let first = line_no + 1;
        line_no += lines.len();
        let results: Vec<LineOut> = pool.install(|| {
            lines
                .into_par_iter()
                .enumerate()
                .map(|(i, raw)| process_line(opts, cleaner, want_log, raw, &format!("{doc}:{}", first + i)))
                .collect()
        });
        let w = output.writer();
        for (i, r) in results.into_iter().enumerate() {
            match r {
                LineOut::Clean { line, log: records, bytes_in, bytes_out, removed } => {
                    w.write_all(&line).map_err(FileError::Write)?;
                    log.write(records.as_bytes()).map_err(FileError::Log)?;
                    summary.records += 1;
                    summary.bytes_in += bytes_in;
                    summary.bytes_out += bytes_out;
                    for (c, n) in removed {
                        *summary.removed.entry(c).or_insert(0) += n;
                    }
                }
                LineOut::Blank(line) => write_line(w, &line).map_err(FileError::Write)?,
                LineOut::Malformed(line, reason) => {
                    batch::report(pb, &format!("{doc}:{}", first + i), &reason);
                    summary.malformed += 1;
                    if opts.on_error == OnError::Pass {
                        write_line(w, &line).map_err(FileError::Write)?;
                    }
                }
            }
        }
        if let Some(pb) = pb {
            pb.set_position(summary.records as u64);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(attributes: bool) -> JsonlOpts {
        JsonlOpts { text_field: "text".into(), id_field: "id".into(), attributes, on_error: OnError::Pass }
    }

    fn run_line(line: &str, attributes: bool) -> LineOut {
        process_line(&opts(attributes), &Cleaner::default(), true, line.as_bytes().to_vec(), "f:1")
    }

    #[test]
    fn splices_text_and_keeps_the_rest() {
        let out = run_line("{\"n\": 1e5, \"text\":\"Hello world.\\n\", \"z\":[1.50]}\r\n", false);
        let LineOut::Clean { line, .. } = out else { panic!("not clean") };
        assert_eq!(String::from_utf8(line).unwrap(), "{\"n\": 1e5, \"text\":\"Hello world.\\n\", \"z\":[1.50]}\r\n");
    }

    #[test]
    fn malformed_lines() {
        for (l, why) in [("nope", "not JSON"), ("[1]", "not a JSON object"), ("{\"a\":1}", "no \"text\""), ("{\"text\":3}", "not a string")] {
            match run_line(l, false) {
                LineOut::Malformed(orig, reason) => {
                    assert_eq!(orig, l.as_bytes());
                    assert!(reason.contains(why), "{reason}");
                }
                _ => panic!("{l} accepted"),
            }
        }
    }

    #[test]
    fn attributes_are_added() {
        let out = run_line("{\"id\":7,\"text\":\"Sign up to our newsletter\\n\"}\n", true);
        let LineOut::Clean { line, log, .. } = out else { panic!("not clean") };
        let v: serde_json::Value = serde_json::from_slice(&line).unwrap();
        assert!(v["chaff"]["removed"].is_array());
        assert!(log.contains("\"doc\":\"7\""));
    }

    #[test]
    fn names_choose_the_mode() {
        assert!(is_jsonl_name(Path::new("a/b.jsonl")));
        assert!(is_jsonl_name(Path::new("b.JSONL.gz")));
        assert!(is_jsonl_name(Path::new("b.jsonl.zst")));
        assert!(!is_jsonl_name(Path::new("b.json")));
    }
}
