//! Running the cleaner over inputs: planning (walk, output paths, safety checks)
//! and the parallel run (clean + safe writes on worker threads, stdout and logs
//! written in input order by the calling thread; see [`ordered`]).
//!
//! Every mode goes through here: stdin → stdout, files → stdout, files/folders → `--out DIR`.
//!
//! With `--template` on (by default: `--out` and at least [`AUTO_TEMPLATE_DOCS`] documents)
//! a first pass reads and decodes every input file in parallel (one document per worker at
//! a time, only its line hashes kept, counted in input order) and builds the batch's site template
//! ([`chaff::template`]) from all of them, including those `--resume` skips, so a resumed
//! run cleans with the same template as an uninterrupted one. The cleaning pass then runs
//! with it.
//!
//! In `--out` mode SIGINT and SIGTERM stop the run cleanly: no new document starts, the
//! ones in flight finish (output renamed into place, log records written and flushed),
//! leftover temporary files are removed and [`Summary::interrupted`] says how far it got.
//! A second signal ends the process at once (exit 130).

use crate::cli::TemplateMode;
use crate::config::{is_stdin, usage, LogTarget, RunConfig};
use crate::explain;
use anyhow::Context as _;
use chaff::Cleaner;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// `--template auto` turns the site template on from this many documents (with `--out`).
pub const AUTO_TEMPLATE_DOCS: usize = 5;

/// Context of errors writing to stdout.
pub(crate) const STDOUT: &str = "stdout: cannot write";

/// Why an existing output file is refused.
pub(crate) const EXISTS: &str = "exists; use --force to overwrite (or --resume to continue a run)";

/// One document to clean.
#[derive(Debug, Clone)]
pub struct Job {
    /// Path to read (`-` is stdin).
    pub input: PathBuf,
    /// Name in the log and in messages: the input path as given.
    pub doc: String,
    /// Output file (batch mode), or `None` to write to stdout.
    pub output: Option<PathBuf>,
}

/// A planned item: a job, or an input that already failed (missing path, walk error).
#[derive(Debug, Clone)]
pub enum Item {
    /// A document to clean.
    Job(Job),
    /// An input that cannot be read: path and reason.
    Failed(String, String),
}

/// The planned items, in input order. Held for the whole run, so stored
/// compactly: a file found by walking a folder argument is the folder's index
/// and its path inside the folder (its input, name and output paths are built
/// by [`Plan::get`] when needed); other items are kept as they are.
#[derive(Debug, Default)]
pub struct Plan {
    entries: Vec<Entry>,
    /// Folder arguments that walked files refer to.
    roots: Vec<PathBuf>,
    /// The output folder (`--out`).
    out: Option<PathBuf>,
}

/// One planned item as [`Plan`] stores it.
#[derive(Debug)]
enum Entry {
    /// Any item.
    Item(Box<Item>),
    /// A walked file: index in [`Plan::roots`] and the path inside that folder.
    Walked(u32, Box<Path>),
}

impl Plan {
    /// Number of items.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Item `i` (panics when `i >= len()`).
    pub fn get(&self, i: usize) -> Item {
        match &self.entries[i] {
            Entry::Item(item) => (**item).clone(),
            Entry::Walked(root, rel) => {
                let input = self.roots[*root as usize].join(rel);
                let doc = input.display().to_string();
                Item::Job(Job { input, doc, output: self.out.as_ref().map(|o| o.join(rel)) })
            }
        }
    }

    /// The items in order.
    pub fn iter(&self) -> impl Iterator<Item = Item> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    fn push(&mut self, item: Item) {
        self.entries.push(Entry::Item(Box::new(item)));
    }
}

/// Expands the inputs into items, checks the output folder and output paths.
/// Unsafe or ambiguous setups are usage errors.
pub fn plan(cfg: &RunConfig) -> anyhow::Result<Plan> {
    let out_canon = cfg.out.as_deref().map(canonical_lenient);
    let mut items = Plan { out: cfg.out.clone(), ..Plan::default() };
    for arg in &cfg.inputs {
        if is_stdin(arg) {
            items.push(Item::Job(Job { input: arg.clone(), doc: "-".into(), output: None }));
            continue;
        }
        let name = arg.display().to_string();
        let meta = match fs::metadata(arg) {
            Ok(m) => m,
            Err(e) => {
                items.push(Item::Failed(name, e.to_string()));
                continue;
            }
        };
        if !meta.is_dir() {
            if let (Some(out), Some(oc)) = (&cfg.out, &out_canon) {
                let parent = canonical_lenient(&absolute(arg).parent().map(Path::to_path_buf).unwrap_or_default());
                if &parent == oc {
                    return Err(usage(format!(
                        "output folder {} is the folder of input file {name}; outputs would overwrite inputs",
                        out.display()
                    )));
                }
                let file = arg.file_name().map(PathBuf::from).unwrap_or_else(|| PathBuf::from(&name));
                items.push(Item::Job(Job { input: arg.clone(), doc: name, output: Some(out.join(file)) }));
            } else {
                items.push(Item::Job(Job { input: arg.clone(), doc: name, output: None }));
            }
            continue;
        }
        if let (Some(out), Some(oc)) = (&cfg.out, &out_canon) {
            let root = canonical_lenient(arg);
            if oc.starts_with(&root) {
                let how = if *oc == root { "is" } else { "is inside" };
                return Err(usage(format!("output folder {} {how} input folder {name}; choose a folder outside the inputs", out.display())));
            }
        }
        walk(cfg, arg, &mut items);
    }
    check_collisions(cfg, &items)?;
    // The plan lives for the whole run: no spare capacity.
    items.entries.shrink_to_fit();
    Ok(items)
}

/// Walks one folder argument: sorted, hidden entries skipped, `--exclude` applied.
fn walk(cfg: &RunConfig, root: &Path, items: &mut Plan) {
    let at = u32::try_from(items.roots.len()).ok();
    items.roots.push(root.to_path_buf());
    let walker = walkdir::WalkDir::new(root).sort_by_file_name().into_iter();
    for entry in walker.filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')) {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(root).display().to_string();
                let reason = e.io_error().map(|io| io.to_string()).unwrap_or_else(|| e.to_string());
                items.push(Item::Failed(path, reason));
                continue;
            }
        };
        let ft = entry.file_type();
        if ft.is_dir() || !(ft.is_file() || entry.path().is_file()) {
            continue;
        }
        let rel = entry.path().strip_prefix(root).unwrap_or(entry.path()).to_path_buf();
        if let Some(ex) = &cfg.exclude {
            if ex.is_match(entry.file_name()) || ex.is_match(&rel) {
                continue;
            }
        }
        // Stored as (folder, relative path) when that gives back the same
        // input path, which is the case for every path the walk yields.
        match at {
            Some(at) if root.join(&rel).as_os_str() == entry.path().as_os_str() => {
                items.entries.push(Entry::Walked(at, rel.into_boxed_path()));
            }
            _ => {
                let output = cfg.out.as_ref().map(|o| o.join(&rel));
                items.push(Item::Job(Job { input: entry.path().to_path_buf(), doc: entry.path().display().to_string(), output }));
            }
        }
    }
}

/// Two inputs writing the same output, an output on the log, or a log on an input: usage errors.
fn check_collisions(cfg: &RunConfig, items: &Plan) -> anyhow::Result<()> {
    let log = match &cfg.log {
        LogTarget::File(p) => Some(p),
        _ => None,
    };
    let log_canon = log.map(|p| canonical_lenient(p));
    // Keyed by a 128-bit hash of the canonical output path, not the path
    // itself: the map lives only while planning, but its memory stays with
    // the process, and a batch of many files would hold every path twice. A
    // hash hit is confirmed on the paths before it is reported.
    let mut seen: HashMap<u128, usize> = HashMap::with_capacity(items.len());
    for (at, item) in items.iter().enumerate() {
        let Item::Job(job) = item else { continue };
        if let Some(lc) = &log_canon {
            if !is_stdin(&job.input) && canonical_lenient(&job.input) == *lc {
                return Err(usage(format!("the log file {} is an input; inputs are never modified", job.doc)));
            }
        }
        let Some(out) = &job.output else { continue };
        let key = canonical_lenient(out);
        if log_canon.as_ref() == Some(&key) {
            return Err(usage(format!("{} would be written to {}, which is the log file; use --log elsewhere", job.doc, out.display())));
        }
        if let Some(prev) = seen.insert(path_hash(&key), at) {
            if let Item::Job(Job { doc: prev, output: Some(prev_out), .. }) = &items.get(prev) {
                if canonical_lenient(prev_out) == key {
                    return Err(usage(format!("{prev} and {} would both be written to {}", job.doc, out.display())));
                }
            }
        }
    }
    Ok(())
}

/// A 128-bit hash of a path (two SipHash passes with different keys).
fn path_hash(p: &Path) -> u128 {
    use std::hash::{Hash, Hasher};
    let half = |k: u8| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        k.hash(&mut h);
        p.hash(&mut h);
        h.finish()
    };
    (u128::from(half(0)) << 64) | u128::from(half(1))
}

/// The path made absolute (against the current folder), without touching the file system.
fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Canonical form of a path that may not exist yet: the longest existing ancestor
/// canonicalized, plus the rest (with `.` and `..` resolved lexically).
fn canonical_lenient(p: &Path) -> PathBuf {
    let abs = absolute(p);
    let mut base = abs.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(c) = fs::canonicalize(base) {
            let mut out = c;
            for comp in rest.iter().rev() {
                match comp {
                    Component::ParentDir => {
                        out.pop();
                    }
                    Component::CurDir => {}
                    c => out.push(c.as_os_str()),
                }
            }
            return out;
        }
        match (base.parent(), base.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                base = parent;
            }
            _ => return abs,
        }
    }
}

/// Totals of a run, for the summary line and the exit code.
#[derive(Debug, Default)]
pub struct Summary {
    /// Documents cleaned.
    pub ok: usize,
    /// Documents that failed.
    pub failed: usize,
    /// Documents skipped by `--resume`.
    pub skipped: usize,
    /// Bytes read.
    pub bytes_in: u64,
    /// Bytes written (clean text).
    pub bytes_out: u64,
    /// Removed spans per category.
    pub removed: BTreeMap<&'static str, usize>,
    /// JSONL records cleaned (JSONL mode).
    pub records: usize,
    /// Malformed JSONL lines (JSONL mode).
    pub malformed: usize,
    /// Set when SIGINT/SIGTERM stopped the run: (documents done, documents planned).
    pub interrupted: Option<(usize, usize)>,
    /// The site template, when one was built: (lines in it, documents a line had to occur in).
    pub template: Option<(usize, u32)>,
}

impl Summary {
    /// The one-line summary.
    pub fn line(&self) -> String {
        let mb = |b: u64| b as f64 / 1_000_000.0;
        let mut s = format!("chaff: {} files ok, {} failed", self.ok, self.failed);
        if self.records > 0 || self.malformed > 0 {
            s.push_str(&format!(", {} records cleaned, {} malformed lines", self.records, self.malformed));
        }
        if self.skipped > 0 {
            s.push_str(&format!(", {} skipped (done before)", self.skipped));
        }
        s.push_str(&format!("; {:.2} MB in, {:.2} MB out; removed: ", mb(self.bytes_in), mb(self.bytes_out)));
        if self.removed.is_empty() {
            s.push_str("nothing");
        } else {
            let parts: Vec<String> = self.removed.iter().map(|(c, n)| format!("{c} {n}")).collect();
            s.push_str(&parts.join(", "));
        }
        if let Some((lines, min)) = self.template {
            s.push_str(&format!("; site template: {lines} lines (recurring in {min}+ documents)"));
        }
        s
    }

    /// The machine-readable summary (`--stats-json`). In JSONL mode documents are records
    /// and failed documents are malformed lines; otherwise documents are files.
    pub fn to_json(&self, elapsed: Duration, jsonl: bool) -> serde_json::Value {
        let removed: serde_json::Map<String, serde_json::Value> = chaff::Category::ALL
            .iter()
            .map(|c| (c.name().to_string(), self.removed.get(c.name()).copied().unwrap_or(0).into()))
            .collect();
        let (docs_ok, docs_failed) = if jsonl { (self.records, self.malformed) } else { (self.ok, self.failed) };
        serde_json::json!({
            "mode": if jsonl { "jsonl" } else { "text" },
            "files_ok": self.ok,
            "files_failed": self.failed,
            "files_skipped": self.skipped,
            "documents_ok": docs_ok,
            "documents_failed": docs_failed,
            "malformed_lines": self.malformed,
            "bytes_in": self.bytes_in,
            "bytes_out": self.bytes_out,
            "removed": removed,
            "template_lines": self.template.map(|(lines, _)| lines),
            "template_min_docs": self.template.map(|(_, min)| min),
            "elapsed_seconds": elapsed.as_secs_f64(),
        })
    }
}

/// What happened to one job.
enum Outcome {
    Done {
        /// What goes to stdout, when writing to stdout.
        body: Option<Body>,
        /// JSON Lines records of the document.
        log: Log,
        bytes_in: u64,
        bytes_out: u64,
        removed: BTreeMap<&'static str, usize>,
    },
    Skipped,
    /// Not started: the run was interrupted.
    NotStarted,
    /// Path to name and reason.
    Failed(String, String),
}

impl Outcome {
    /// Bytes of memory the outcome holds until it is written (text in temporary files does not count).
    fn held(&self) -> usize {
        match self {
            Outcome::Done { body, log, .. } => {
                let body = match body {
                    Some(Body::Text(t)) => t.len(),
                    _ => 0,
                };
                let log = match log {
                    Log::Text(t) => t.len(),
                    Log::Spooled(..) => 0,
                };
                body + log
            }
            _ => 0,
        }
    }
}

/// What a document writes to stdout.
enum Body {
    /// This text (clean text or explanation).
    Text(String),
    /// A large document's clean text, in a temporary file (rewound).
    Spooled(fs::File),
}

/// The log records of one document, as the worker leaves them.
enum Log {
    /// Serialised (empty without a log).
    Text(Vec<u8>),
    /// A large document's: its removal records in a temporary file (rewound),
    /// then the document record to write after them, and the document's name.
    /// The log of a huge document may be larger than the document: it is
    /// never held in memory.
    Spooled(fs::File, Box<chaff::Streamed>, String),
}

/// Documents from this many input bytes are cleaned with [`chaff::Cleaner::clean_stream`]:
/// clean text straight to the output file, removal records to a temporary file.
const STREAM_BYTES: u64 = 1 << 20;

/// Where log records go.
pub(crate) enum LogSink {
    None,
    Stderr,
    File(BufWriter<fs::File>, PathBuf),
}

impl LogSink {
    /// Writes JSON Lines records (nothing for none).
    pub(crate) fn write(&mut self, records: &[u8]) -> anyhow::Result<()> {
        if records.is_empty() {
            return Ok(());
        }
        match self {
            LogSink::None => Ok(()),
            LogSink::Stderr => {
                let mut e = io::stderr().lock();
                // A closed stderr must not stop the run.
                let _ = e.write_all(records).and_then(|_| e.flush());
                Ok(())
            }
            LogSink::File(w, p) => w
                .write_all(records)
                .and_then(|_| w.flush())
                .with_context(|| format!("{}: cannot write the log", p.display())),
        }
    }

    /// Writes the records of one document (see [`Log`]).
    fn write_log(&mut self, log: Log) -> anyhow::Result<()> {
        let (mut spool, streamed, doc) = match log {
            Log::Text(records) => return self.write(&records),
            Log::Spooled(spool, streamed, doc) => (spool, streamed, doc),
        };
        let mut copy = |w: &mut dyn Write| -> io::Result<()> {
            io::copy(&mut spool, w)?;
            serde_json::to_writer(&mut *w, &streamed.document_record(&doc))?;
            w.write_all(b"\n")?;
            w.flush()
        };
        match self {
            LogSink::None => Ok(()),
            LogSink::Stderr => {
                // A closed stderr must not stop the run.
                let _ = copy(&mut BufWriter::new(io::stderr().lock()));
                Ok(())
            }
            LogSink::File(w, p) => copy(w).with_context(|| format!("{}: cannot write the log", p.display())),
        }
    }
}

/// Opens the log. In batch mode an existing log is refused without `--force` or `--resume`
/// (returns `Ok(None)` after printing why); with `--resume` it is read (the set of documents
/// done) and appended to.
pub(crate) fn open_log(cfg: &RunConfig, batch: bool) -> anyhow::Result<Option<(LogSink, HashSet<String>)>> {
    let path = match &cfg.log {
        LogTarget::None => return Ok(Some((LogSink::None, HashSet::new()))),
        LogTarget::Stderr => return Ok(Some((LogSink::Stderr, HashSet::new()))),
        LogTarget::File(p) => p,
    };
    let exists = path.exists();
    if batch && exists && !cfg.force && !cfg.resume {
        report(None, &path.display().to_string(), "exists; use --force to overwrite or --resume to continue");
        return Ok(None);
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).with_context(|| format!("{}: cannot create folder", parent.display()))?;
    }
    let mut done = HashSet::new();
    let file = if cfg.resume {
        let mut needs_newline = false;
        if exists {
            let f = fs::File::open(path).with_context(|| format!("{}: cannot read the log", path.display()))?;
            for line in io::BufReader::new(f).split(b'\n') {
                let line = line.with_context(|| format!("{}: cannot read the log", path.display()))?;
                if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&line) {
                    if v.get("event").and_then(|e| e.as_str()) == Some("document") {
                        if let Some(d) = v.get("doc").and_then(|d| d.as_str()) {
                            done.insert(d.to_owned());
                        }
                    }
                }
            }
            // split() cannot tell whether the last line ended; look at the last byte.
            let len = fs::metadata(path).map(|m| m.len()).unwrap_or(0);
            if len > 0 {
                use std::io::Seek;
                let mut f = fs::File::open(path)?;
                f.seek(io::SeekFrom::End(-1))?;
                let mut b = [0u8; 1];
                f.read_exact(&mut b)?;
                needs_newline = b[0] != b'\n';
            }
        }
        let mut f = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .with_context(|| format!("{}: cannot open the log", path.display()))?;
        if needs_newline {
            // An interrupted write left half a record: end it so new records stay parseable.
            f.write_all(b"\n")?;
        }
        f
    } else {
        fs::File::create(path).with_context(|| format!("{}: cannot create the log", path.display()))?
    };
    Ok(Some((LogSink::File(BufWriter::new(file), path.clone()), done)))
}

/// Prints `chaff: <path>: <reason>` on stderr (above the progress bar, if any).
pub(crate) fn report(pb: Option<&ProgressBar>, path: &str, reason: &str) {
    let print = || {
        let _ = writeln!(io::stderr(), "chaff: {path}: {reason}");
    };
    match pb {
        Some(pb) => pb.suspend(print),
        None => print(),
    }
}

/// Runs all items on `--jobs` worker threads ([`ordered`]), results written in input order.
/// A closed stdout ends the run with an `io::ErrorKind::BrokenPipe` error.
pub fn run(cfg: &RunConfig, items: Plan, cleaner: &Cleaner) -> anyhow::Result<Summary> {
    let batch = cfg.out.is_some();
    let mut summary = Summary::default();
    if let Some(out) = &cfg.out {
        fs::create_dir_all(out).with_context(|| format!("{}: cannot create the output folder", out.display()))?;
    }
    let Some((mut log, done)) = open_log(cfg, batch)? else {
        summary.failed += 1;
        return Ok(summary);
    };
    let stop = if batch { interrupt_flag() } else { Arc::new(AtomicBool::new(false)) };
    let color = cfg.explain && explain::use_color();
    let mut stdout = BufWriter::new(io::stdout().lock());
    let total = items.len() as u64;
    let pb = (batch && !cfg.quiet && io::stderr().is_terminal()).then(|| {
        let pb = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files, {elapsed} (eta {eta}) {wide_msg}") {
            pb.set_style(style);
        }
        pb
    });
    let start = Instant::now();
    let templated;
    let cleaner = if wants_template(cfg, &items) {
        let t = build_template(cfg, &items, &stop)?;
        summary.template = Some((t.len(), t.min_docs()));
        templated = Cleaner::new(chaff::Config { template: Some(Arc::new(t)), ..cleaner.config().clone() })
            .with_window(cleaner.window())
            .with_window_threads(cleaner.window_threads());
        &templated
    } else {
        cleaner
    };
    let mut shown = false;
    if cfg.explain {
        let head = if cfg.html { explain::html_head() } else { explain::legend(color) };
        stdout.write_all(head.as_bytes()).context(STDOUT)?;
    }
    let mut handled = 0usize;
    let work = |i: usize| {
        let outcome = process(cfg, cleaner, &done, color, &stop, &items.get(i));
        let held = outcome.held();
        (outcome, held)
    };
    ordered(cfg.jobs, items.len(), &stop, work, |i, outcome| {
        match outcome {
            Outcome::Done { body, log: records, bytes_in, bytes_out, removed } => {
                match body {
                    Some(Body::Text(body)) => stdout.write_all(body.as_bytes()).and_then(|_| stdout.flush()).context(STDOUT)?,
                    Some(Body::Spooled(mut f)) => {
                        // A read error of the temporary file is not stdout's: name it.
                        let mut text = Vec::new();
                        loop {
                            text.clear();
                            let n = (&mut f).take(1 << 20).read_to_end(&mut text).context("cannot read a temporary file")?;
                            if n == 0 {
                                break;
                            }
                            stdout.write_all(&text).context(STDOUT)?;
                        }
                        stdout.flush().context(STDOUT)?;
                    }
                    None => {}
                }
                log.write_log(records)?;
                summary.ok += 1;
                summary.bytes_in += bytes_in;
                summary.bytes_out += bytes_out;
                for (c, n) in removed {
                    *summary.removed.entry(c).or_insert(0) += n;
                }
            }
            Outcome::Skipped => summary.skipped += 1,
            Outcome::NotStarted => return Ok(()),
            Outcome::Failed(path, reason) => {
                report(pb.as_ref(), &path, &reason);
                summary.failed += 1;
            }
        }
        handled += 1;
        if let Some(pb) = &pb {
            if let Item::Job(job) = items.get(i) {
                pb.set_message(job.doc.clone());
            }
            pb.inc(1);
            if !shown && (total > 50 || start.elapsed() > Duration::from_millis(300)) {
                pb.set_draw_target(ProgressDrawTarget::stderr());
                shown = true;
            }
        }
        Ok(())
    })?;
    if let Some(pb) = &pb {
        pb.finish_and_clear();
    }
    if stop.load(Ordering::SeqCst) && handled < items.len() {
        if let Some(out) = &cfg.out {
            remove_temp_files(out);
        }
        summary.interrupted = Some((handled, items.len()));
    }
    if cfg.explain && cfg.html {
        stdout.write_all(explain::html_tail().as_bytes()).context(STDOUT)?;
    }
    stdout.flush().context(STDOUT)?;
    Ok(summary)
}

/// Items started but not yet handed to the sink, per worker thread (see [`ordered`]).
const WINDOW_PER_JOB: usize = 16;

/// Bytes that finished results waiting for their turn may hold before workers pause
/// (see [`ordered`]). One result may take it over; then no new item starts until it is written.
const HELD_BYTES: usize = 8 << 20;

/// Runs `work` on the items `0..n` on `jobs` worker threads and hands each result
/// to `sink`, on the calling thread, in index order.
///
/// Workers take the next item as soon as they are free, so a long document holds up
/// nobody (no chunks, no barrier); only the order of the sink waits for it. `work`
/// returns the result and the bytes it holds until the sink has it. A worker starts
/// no item more than [`WINDOW_PER_JOB`]` × jobs` ahead of the sink, nor while the
/// results waiting hold more than [`HELD_BYTES`], so memory stays bounded whatever
/// the order in which documents finish.
///
/// Workers stop taking items when `stop` is set; the items already started are
/// finished and handed over. An error of `sink` stops the run: it is returned once
/// the items in flight are done (their results are dropped).
pub(crate) fn ordered<T: Send>(
    jobs: usize,
    n: usize,
    stop: &AtomicBool,
    work: impl Fn(usize) -> (T, usize) + Sync,
    mut sink: impl FnMut(usize, T) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    /// What the workers and the sink share.
    struct Gate {
        /// The next item to start.
        next: usize,
        /// Items handed to the sink (all of `0..sunk`).
        sunk: usize,
        /// Bytes held by results not yet handed to the sink.
        held: usize,
        /// The sink failed: start nothing more.
        failed: bool,
    }
    let jobs = jobs.max(1);
    let window = jobs.saturating_mul(WINDOW_PER_JOB);
    let gate = Mutex::new(Gate { next: 0, sunk: 0, held: 0, failed: false });
    let wake = Condvar::new();
    let lock = || gate.lock().unwrap_or_else(PoisonError::into_inner);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.min(n).max(1))
        .thread_name(|k| format!("chaff-worker-{k}"))
        .build()
        .context("cannot start worker threads")?;
    // The workers run on the pool; the sink runs here, on the calling thread.
    pool.in_place_scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, T, usize)>();
        for _ in 0..jobs.min(n) {
            let tx = tx.clone();
            let (work, gate, wake) = (&work, &gate, &wake);
            scope.spawn(move |_| loop {
                let i = {
                    let mut g = gate.lock().unwrap_or_else(PoisonError::into_inner);
                    loop {
                        if g.failed || g.next >= n || stop.load(Ordering::SeqCst) {
                            return;
                        }
                        if g.next < g.sunk.saturating_add(window) && (g.held <= HELD_BYTES || g.next == g.sunk) {
                            break;
                        }
                        g = wake.wait(g).unwrap_or_else(PoisonError::into_inner);
                    }
                    g.next += 1;
                    g.next - 1
                };
                let (result, held) = work(i);
                gate.lock().unwrap_or_else(PoisonError::into_inner).held += held;
                if tx.send((i, result, held)).is_err() {
                    return;
                }
            });
        }
        drop(tx);
        // Results that came in ahead of their turn.
        let mut waiting: BTreeMap<usize, (T, usize)> = BTreeMap::new();
        let mut next_out = 0;
        let mut drain = || -> anyhow::Result<()> {
            for (i, result, held) in rx.iter() {
                waiting.insert(i, (result, held));
                while let Some((result, held)) = waiting.remove(&next_out) {
                    next_out += 1;
                    {
                        let mut g = lock();
                        g.sunk = next_out;
                        g.held = g.held.saturating_sub(held);
                    }
                    wake.notify_all();
                    sink(next_out - 1, result)?;
                }
            }
            Ok(())
        };
        let res = drain();
        if res.is_err() {
            lock().failed = true;
            wake.notify_all();
        }
        res
    })
}

/// True when `--template` asks for a site template for these items: `on` with any
/// file to clean, `auto` with `--out` and at least [`AUTO_TEMPLATE_DOCS`] documents.
fn wants_template(cfg: &RunConfig, items: &Plan) -> bool {
    let docs = items.iter().filter(|i| matches!(i, Item::Job(j) if !is_stdin(&j.input))).count();
    match cfg.template {
        TemplateMode::Off => false,
        TemplateMode::On => docs > 0,
        TemplateMode::Auto => cfg.out.is_some() && docs >= AUTO_TEMPLATE_DOCS,
    }
}

/// The first pass: reads and decodes every input file (on `--jobs` threads, counted in
/// input order so the result does not depend on `--jobs`) and returns the batch's site
/// template. Files that cannot be read or decoded are left out here; the cleaning pass
/// reports them. Stops early (with what it has) when the run is interrupted.
fn build_template(cfg: &RunConfig, items: &Plan, stop: &AtomicBool) -> anyhow::Result<chaff::template::Template> {
    let jobs: Vec<usize> = (0..items.len()).filter(|&i| matches!(items.get(i), Item::Job(j) if !is_stdin(&j.input))).collect();
    let mut counter = chaff::template::TemplateCounter::new();
    let hashes = |i: usize| {
        let read = || {
            let Item::Job(job) = items.get(jobs[i]) else { return None };
            let bytes = fs::read(&job.input).ok()?;
            let text = chaff::decode::decode(&bytes).ok()?.text;
            drop(bytes);
            Some(chaff::template::doc_hashes(&text))
        };
        let h = read();
        let held = h.as_ref().map_or(0, |h| h.len() * std::mem::size_of::<u64>());
        (h, held)
    };
    ordered(cfg.jobs, jobs.len(), stop, hashes, |_, h| {
        if let Some(h) = h {
            counter.add_document(h);
        }
        Ok(())
    })?;
    Ok(counter.freeze())
}

/// Cleans one item (in a worker thread): read, clean, write the output safely.
fn process(cfg: &RunConfig, cleaner: &Cleaner, done: &HashSet<String>, color: bool, stop: &AtomicBool, item: &Item) -> Outcome {
    if stop.load(Ordering::SeqCst) {
        return Outcome::NotStarted;
    }
    let job = match item {
        Item::Job(j) => j,
        Item::Failed(p, r) => return Outcome::Failed(p.clone(), r.clone()),
    };
    let fail = |reason: String| Outcome::Failed(job.doc.clone(), reason);
    if let Some(out) = &job.output {
        let exists = out.exists();
        if cfg.resume && exists && done.contains(&job.doc) {
            return Outcome::Skipped;
        }
        // Under --resume an output without its log record is a leftover of the interrupted run.
        if exists && !cfg.force && !cfg.resume {
            return Outcome::Failed(out.display().to_string(), EXISTS.into());
        }
    }
    let bytes = if is_stdin(&job.input) {
        let mut b = Vec::new();
        if let Err(e) = io::stdin().lock().read_to_end(&mut b) {
            return fail(e.to_string());
        }
        b
    } else {
        match fs::read(&job.input) {
            Ok(b) => b,
            Err(e) => return fail(e.to_string()),
        }
    };
    let bytes_in = bytes.len() as u64;
    if bytes_in >= STREAM_BYTES && !cfg.explain {
        // Temporary files for the records and, on stdout, for the clean text.
        let body = if job.output.is_none() { tempfile::tempfile().ok() } else { None };
        if let Some(spool) = spool(cfg).filter(|_| job.output.is_some() || body.is_some()) {
            return process_streaming(cfg, cleaner, job, bytes, spool, body);
        }
    }
    let mut cleaned = match cleaner.clean_owned(bytes) {
        Ok(c) => c,
        Err(e) => return fail(e.to_string()),
    };
    // The log first: the body below takes the clean text itself, not a copy (it may be most of a huge document).
    let mut log = Vec::new();
    if cfg.log != LogTarget::None {
        cleaned.log_jsonl_into(&job.doc, &mut log);
    }
    let bytes_out = cleaned.text.len() as u64;
    let body = match &job.output {
        Some(out) => {
            if let Err(e) = write_atomic(out, cleaned.text.as_bytes(), cfg.force || cfg.resume) {
                if e.kind() == io::ErrorKind::AlreadyExists {
                    return Outcome::Failed(out.display().to_string(), EXISTS.into());
                }
                return fail(format!("cannot write {}: {e}", out.display()));
            }
            None
        }
        None if cfg.explain && cfg.html => Some(Body::Text(explain::render_html(&cleaned, &job.doc))),
        None if cfg.explain => Some(Body::Text(explain::render(&cleaned, color))),
        None => Some(Body::Text(std::mem::take(&mut cleaned.text))),
    };
    Outcome::Done {
        body,
        log: Log::Text(log),
        bytes_in,
        bytes_out,
        removed: chaff::output::counts(&cleaned.removals),
    }
}

/// The temporary file a large document's removal records go to: `Some(None)`
/// without a log, `None` when it cannot be created (the document is then
/// cleaned in memory). Anonymous: nothing is left behind, whatever happens.
fn spool(cfg: &RunConfig) -> Option<Option<fs::File>> {
    match &cfg.log {
        LogTarget::None => Some(None),
        LogTarget::Stderr => tempfile::tempfile().ok().map(Some),
        LogTarget::File(p) => {
            let dir = p.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
            tempfile::tempfile_in(dir).or_else(|_| tempfile::tempfile()).ok().map(Some)
        }
    }
}

/// [`process`] for a large document: the clean text goes straight to the
/// output file (or to `body`, a temporary file for stdout) and the removal
/// records to `spool`, as [`chaff::Cleaner::clean_stream`] makes them, so
/// neither the clean text, nor the removals, nor the log are held in memory.
fn process_streaming(cfg: &RunConfig, cleaner: &Cleaner, job: &Job, bytes: Vec<u8>, spool: Option<fs::File>, body: Option<fs::File>) -> Outcome {
    let bytes_in = bytes.len() as u64;
    let fail = |reason: String| Outcome::Failed(job.doc.clone(), reason);
    let mut file = match &job.output {
        Some(out) => match temp_beside(out) {
            Ok(t) => Some(t),
            Err(e) => return fail(format!("cannot write {}: {e}", out.display())),
        },
        None => None,
    };
    let mut out_writer = file.as_mut().map(|t| BufWriter::new(t.as_file_mut()));
    let mut body = body.map(BufWriter::new);
    let mut spool = spool.map(BufWriter::new);
    // Why the sink stopped.
    let mut failed: Option<String> = None;
    // One removal record at a time, as a JSON line.
    let mut record = Vec::new();
    let streamed = cleaner.clean_stream(bytes, |piece| {
        let res = match piece {
            chaff::Piece::Text(t) => match (&mut out_writer, &mut body) {
                (Some(w), _) => w.write_all(t.as_bytes()),
                (None, Some(b)) => b.write_all(t.as_bytes()).inspect_err(|e| failed = Some(format!("cannot write a temporary file: {e}"))),
                (None, None) => Ok(()),
            },
            chaff::Piece::Removal(removal) => match &mut spool {
                Some(s) => {
                    record.clear();
                    removal.push_log_line(&job.doc, &mut record);
                    s.write_all(&record).inspect_err(|e| failed = Some(format!("cannot write the log's temporary file: {e}")))
                }
                None => Ok(()),
            },
        };
        if let (Err(e), None, Some(out)) = (&res, &failed, &job.output) {
            failed = Some(format!("cannot write {}: {e}", out.display()));
        }
        res
    });
    let out_flushed = out_writer.map_or(Ok(()), |mut w| w.flush());
    let streamed = match streamed {
        Ok(s) => s,
        Err(e) => return fail(failed.unwrap_or_else(|| e.to_string())),
    };
    if let (Some(out), Some(tmp)) = (&job.output, file) {
        let res = out_flushed.and_then(|_| {
            let res = if cfg.force || cfg.resume { tmp.persist(out) } else { tmp.persist_noclobber(out) };
            res.map(|_| ()).map_err(|e| e.error)
        });
        if let Err(e) = res {
            if e.kind() == io::ErrorKind::AlreadyExists {
                return Outcome::Failed(out.display().to_string(), EXISTS.into());
            }
            return fail(format!("cannot write {}: {e}", out.display()));
        }
    }
    let (bytes_out, removed) = (streamed.bytes_out as u64, streamed.removed.clone());
    let rewound = |w: BufWriter<fs::File>| {
        w.into_inner().map_err(|e| e.into_error()).and_then(|mut f| {
            use std::io::Seek;
            f.rewind().map(|_| f)
        })
    };
    let body = match body.map(rewound) {
        None => None,
        Some(Ok(f)) => Some(Body::Spooled(f)),
        Some(Err(e)) => return fail(format!("cannot write a temporary file: {e}")),
    };
    let log = match spool.map(rewound) {
        None => Log::Text(Vec::new()),
        Some(Ok(f)) => Log::Spooled(f, Box::new(streamed), job.doc.clone()),
        Some(Err(e)) => return fail(format!("cannot write the log's temporary file: {e}")),
    };
    Outcome::Done {
        body,
        log,
        bytes_in,
        bytes_out,
        removed,
    }
}

/// Catches SIGINT and SIGTERM: the returned flag is set by the first one; a second one
/// ends the process at once with exit status 130. (Registration failures leave the
/// default behaviour: the signal ends the process.)
pub(crate) fn interrupt_flag() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        // Order matters: the shutdown check runs before the flag is set, so it fires only
        // when the flag was already set by an earlier signal.
        let _ = signal_hook::flag::register_conditional_shutdown(sig, 130, Arc::clone(&flag));
        let _ = signal_hook::flag::register(sig, Arc::clone(&flag));
    }
    flag
}

/// Prefix of the temporary files outputs are written to before the rename.
pub(crate) const TMP_PREFIX: &str = ".chaff-";
/// Suffix of the temporary files outputs are written to before the rename.
pub(crate) const TMP_SUFFIX: &str = ".tmp";

/// Removes temporary files left in the output tree (by this run or by one killed outright).
pub(crate) fn remove_temp_files(out: &Path) {
    for entry in walkdir::WalkDir::new(out).into_iter().filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_file() && name.starts_with(TMP_PREFIX) && name.ends_with(TMP_SUFFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// A hidden temporary file in `path`'s folder (created if needed), to be
/// renamed onto `path` once complete. Permissions as for a normal file
/// (0666 less the umask; tempfile's default would be 0600).
pub(crate) fn temp_beside(path: &Path) -> io::Result<tempfile::NamedTempFile> {
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if let Err(e) = fs::create_dir_all(parent) {
        // mkdir on an existing file fails with "exists": say what is really wrong.
        if parent.exists() && !parent.is_dir() {
            return Err(io::Error::other(format!("{} is not a folder", parent.display())));
        }
        return Err(e);
    }
    let mut b = tempfile::Builder::new();
    b.prefix(TMP_PREFIX).suffix(TMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(fs::Permissions::from_mode(0o666));
    }
    b.tempfile_in(parent)
}

/// Writes `data` to a hidden temporary file next to `path` and renames it into place,
/// so `path` is either absent, the old file, or the whole new file.
fn write_atomic(path: &Path, data: &[u8], overwrite: bool) -> io::Result<()> {
    let mut tmp = temp_beside(path)?;
    tmp.write_all(data)?;
    tmp.flush()?;
    let res = if overwrite { tmp.persist(path) } else { tmp.persist_noclobber(path) };
    res.map(|_| ()).map_err(|e| e.error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    /// Uneven work: item `i` takes a few microseconds to about a millisecond.
    fn busy(i: usize) {
        std::thread::sleep(Duration::from_micros(((i * 7919) % 13) as u64 * 80));
    }

    #[test]
    fn results_reach_the_sink_in_order_and_the_window_holds() {
        for jobs in [1, 2, 3, 8] {
            let n = 300;
            let in_flight = AtomicUsize::new(0);
            let most = AtomicUsize::new(0);
            let sunk = AtomicUsize::new(0);
            let mut seen = Vec::new();
            let work = |i: usize| {
                // Started and not yet sunk: never more than the window.
                let ahead = i + 1 - sunk.load(Ordering::SeqCst);
                most.fetch_max(ahead, Ordering::SeqCst);
                in_flight.fetch_add(1, Ordering::SeqCst);
                busy(i);
                in_flight.fetch_sub(1, Ordering::SeqCst);
                (i * 2, 0)
            };
            ordered(jobs, n, &AtomicBool::new(false), work, |i, r| {
                assert_eq!(r, i * 2);
                seen.push(i);
                sunk.store(i + 1, Ordering::SeqCst);
                Ok(())
            })
            .expect("no error");
            assert_eq!(seen, (0..n).collect::<Vec<_>>(), "jobs {jobs}");
            assert!(most.load(Ordering::SeqCst) <= jobs * WINDOW_PER_JOB, "jobs {jobs}");
        }
    }

    #[test]
    fn held_bytes_pause_the_workers() {
        // Every result holds the whole budget: no item starts before the one
        // ahead of it is written, whatever the number of workers.
        let sunk = AtomicUsize::new(0);
        let work = |i: usize| {
            assert!(i <= sunk.load(Ordering::SeqCst) + 4, "item {i} started with {} written", sunk.load(Ordering::SeqCst));
            busy(i);
            ((), HELD_BYTES + 1)
        };
        ordered(4, 100, &AtomicBool::new(false), work, |i, ()| {
            sunk.store(i + 1, Ordering::SeqCst);
            Ok(())
        })
        .expect("no error");
        assert_eq!(sunk.load(Ordering::SeqCst), 100);
    }

    #[test]
    fn a_sink_error_stops_the_run() {
        let started = AtomicUsize::new(0);
        let work = |i: usize| {
            started.fetch_add(1, Ordering::SeqCst);
            busy(i);
            (i, 0)
        };
        let err = ordered(2, 10_000, &AtomicBool::new(false), work, |i, _| if i == 5 { Err(anyhow::anyhow!("full")) } else { Ok(()) });
        assert_eq!(err.expect_err("the sink's error").to_string(), "full");
        assert!(started.load(Ordering::SeqCst) <= 6 + 2 * WINDOW_PER_JOB);
    }

    #[test]
    fn a_stop_hands_over_a_prefix() {
        let stop = AtomicBool::new(false);
        let mut seen = Vec::new();
        let work = |i: usize| {
            if i == 40 {
                stop.store(true, Ordering::SeqCst);
            }
            busy(i);
            (i, 0)
        };
        ordered(3, 1000, &stop, work, |i, r| {
            assert_eq!(i, r);
            seen.push(i);
            Ok(())
        })
        .expect("no error");
        assert!(seen.len() > 40 && seen.len() < 1000);
        assert_eq!(seen, (0..seen.len()).collect::<Vec<_>>());
    }

    #[test]
    fn nothing_to_do() {
        let mut calls = 0;
        ordered(4, 0, &AtomicBool::new(false), |i| (i, 0), |_, _| {
            calls += 1;
            Ok(())
        })
        .expect("no error");
        assert_eq!(calls, 0);
    }
}
