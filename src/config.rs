//! Parsed flags → [`RunConfig`], the plain configuration the rest of the binary uses.
//!
//! Checks that need no file system (flag combinations, glob syntax) happen here and
//! fail with a [`UsageError`] (exit 2).

use crate::cli::{CleanArgs, Format, TemplateMode};
use crate::jsonl::{is_jsonl_name, JsonlOpts};
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::fmt;
use std::path::PathBuf;

/// A usage error: bad flags, values or an unsafe combination. Exits with 2.
#[derive(Debug)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// Builds a [`UsageError`] wrapped in `anyhow::Error`.
pub fn usage(msg: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(UsageError(msg.into()))
}

/// Where the removal log goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogTarget {
    /// No log.
    None,
    /// To stderr (`--log -`).
    Stderr,
    /// To a file.
    File(PathBuf),
}

/// Everything a run needs, derived from the flags.
#[derive(Debug)]
pub struct RunConfig {
    /// Input paths as given; `-` is stdin. Never empty (defaults to `-`).
    pub inputs: Vec<PathBuf>,
    /// Output folder (batch mode), if any.
    pub out: Option<PathBuf>,
    /// Where the log goes.
    pub log: LogTarget,
    /// Worker threads.
    pub jobs: usize,
    /// The library configuration.
    pub cleaner: chaff::Config,
    /// Globs excluding walked files, if any were given.
    pub exclude: Option<GlobSet>,
    /// Overwrite existing outputs and log.
    pub force: bool,
    /// Continue an earlier batch.
    pub resume: bool,
    /// Explain instead of cleaning.
    pub explain: bool,
    /// `--explain --format html`.
    pub html: bool,
    /// JSONL mode options, when in JSONL mode.
    pub jsonl: Option<JsonlOpts>,
    /// The JSONL options given, used when planning finds only JSONL files.
    pub jsonl_opts: JsonlOpts,
    /// Where to write the machine-readable summary.
    pub stats_json: Option<PathBuf>,
    /// No summary or progress.
    pub quiet: bool,
    /// When to detect the batch's site template.
    pub template: TemplateMode,
}

/// True for the `-` path (stdin).
pub fn is_stdin(p: &std::path::Path) -> bool {
    p.as_os_str() == "-"
}

/// The number of worker threads to use by default: all cores.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
}

impl TryFrom<CleanArgs> for RunConfig {
    type Error = anyhow::Error;

    fn try_from(a: CleanArgs) -> anyhow::Result<RunConfig> {
        let inputs = if a.paths.is_empty() { vec![PathBuf::from("-")] } else { a.paths };
        if a.out.is_some() && inputs.iter().any(|p| is_stdin(p)) {
            return Err(usage("stdin (`-`) cannot be cleaned into --out; give file or folder paths"));
        }
        if inputs.iter().filter(|p| is_stdin(p)).count() > 1 {
            return Err(usage("stdin (`-`) can be given only once"));
        }
        let jsonl = a.jsonl || inputs.iter().all(|p| !is_stdin(p) && is_jsonl_name(p));
        if jsonl && a.explain {
            return Err(usage("--explain works on text documents, not with JSON Lines (--jsonl)"));
        }
        if jsonl && a.resume {
            return Err(usage("--resume is not supported in JSON Lines mode; rerun with --force"));
        }
        if a.template == TemplateMode::On && inputs.iter().any(|p| is_stdin(p)) {
            return Err(usage("--template on needs files: stdin cannot be read twice"));
        }
        if a.template == TemplateMode::On && jsonl {
            return Err(usage("--template is not supported in JSON Lines mode"));
        }
        let log = match a.log {
            None if a.out.is_some() && !a.attributes => LogTarget::File(a.out.as_ref().map(|d| d.join("removals.jsonl")).unwrap_or_default()),
            None => LogTarget::None,
            Some(p) if is_stdin(&p) => LogTarget::Stderr,
            Some(p) => LogTarget::File(p),
        };
        if a.resume && !matches!(log, LogTarget::File(_)) {
            return Err(usage("--resume needs a log file (not `--log -`) to know which documents are done"));
        }
        let exclude = if a.exclude.is_empty() {
            None
        } else {
            let mut b = GlobSetBuilder::new();
            for g in &a.exclude {
                b.add(Glob::new(g).map_err(|e| usage(format!("invalid --exclude glob '{g}': {e}")))?);
            }
            Some(b.build().map_err(|e| usage(format!("invalid --exclude globs: {e}")))?)
        };
        let jsonl_opts = JsonlOpts { text_field: a.text_field, id_field: a.id_field, attributes: a.attributes, on_error: a.on_error };
        let mut keep = a.keep;
        keep.sort();
        keep.dedup();
        Ok(RunConfig {
            inputs,
            out: a.out,
            log,
            jobs: a.jobs.map(|n| n.get()).unwrap_or_else(default_jobs),
            cleaner: chaff::Config { keep, lang: a.lang, languages: a.languages, template: None },
            exclude,
            force: a.force,
            resume: a.resume,
            explain: a.explain,
            html: a.explain && a.format == Format::Html,
            jsonl: jsonl.then(|| jsonl_opts.clone()),
            jsonl_opts,
            stats_json: a.stats_json,
            quiet: a.quiet,
            template: a.template,
        })
    }
}
