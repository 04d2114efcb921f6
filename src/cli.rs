//! Command-line definitions (clap derive): flags, help text and the `eval`, `restore`,
//! `completions` and `man` subcommands.
//!
//! Only parsing and validation of single values lives here; `config` turns the
//! parsed flags into the plain [`crate::config::RunConfig`] the rest uses.

use crate::jsonl::OnError;
use chaff::{Category, Lang};
use clap::{Args, Parser, Subcommand};
use std::num::NonZeroUsize;
use std::path::PathBuf;

const EXAMPLES: &str = "\
EXAMPLES:
  Clean one page from a pipe (clean text on stdout, nothing else):
    curl -s https://example.com/page.txt | chaff > article.txt

  Same, and write the removal log (JSON Lines) to a file or to stderr:
    chaff --log removals.jsonl < page.txt > article.txt
    chaff --log - < page.txt

  Clean files to stdout, one after the other (like cat):
    chaff page1.txt page2.txt > articles.txt

  Clean a folder tree into another folder (log in out/removals.jsonl):
    chaff pages/ --out out/
    chaff seeds --exclude '*.expected.txt' --exclude '*.json' --out out --jobs 4

  A batch of 5+ pages also removes their site template (lines recurring in many of
  them); see it with --explain, or turn it off:
    chaff --explain --template on pages/ | less -R
    chaff pages/ --out out/ --template off

  Continue an interrupted batch, or overwrite earlier results:
    chaff pages/ --out out/ --resume
    chaff pages/ --out out/ --force

  See what would be removed and why (colored on a terminal; NO_COLOR=1 for plain):
    chaff --explain page.txt | less -R

  Keep captions and bylines, force German, or restrict language detection:
    chaff --keep caption,byline page.txt
    chaff --lang de page.txt
    chaff --languages en,de,fr pages/ --out out/

  The same as one self-contained HTML page (kept text plain, removed spans struck through):
    chaff --explain --format html page.txt > page.html

  JSON Lines documents (one {\"id\": …, \"text\": …} object per line; .jsonl, .jsonl.gz and
  .jsonl.zst names choose this mode by themselves; other fields are kept as they were):
    chaff --jsonl < docs.jsonl > clean.jsonl
    chaff docs.jsonl.gz --out clean/ --log removals.jsonl   # writes clean/docs.jsonl.gz
    zstdcat docs.jsonl.zst | chaff --jsonl --text-field body --id-field url --attributes
    chaff shards/ --jsonl --out clean/ --on-error drop --stats-json stats.json

  Score against the evaluation corpus:
    chaff eval --corpus eval/corpus --per-doc 5
    chaff eval --corpus eval/corpus --json > scores.json

  Rebuild the input's non-blank lines from the clean text and the log:
    chaff --log page.log page.txt > clean.txt
    chaff restore --log page.log clean.txt
    chaff restore --log out/removals.jsonl --doc pages/a.txt out/a.txt

  Shell completions and the man page:
    chaff completions bash > ~/.local/share/bash-completion/completions/chaff
    chaff man > chaff.1 && man ./chaff.1

CATEGORIES:
  paywall, comments, foreign_promo, headline_list, caption, call_to_action,
  byline, navigation, other

EXIT STATUS:
  0 all good; 1 some file failed (each failure on stderr as `chaff: <path>: <reason>`,
  the others are done) or, in JSONL mode, some line was malformed (each on stderr as
  `chaff: <file>:<line>: <reason>`, the others are done); 2 usage error (bad flags or
  values, unsafe output folder); 130 interrupted (SIGINT/SIGTERM with --out: documents in
  flight are finished and logged, no temporary files are left; rerun with --resume).

Messages (errors, summary, progress) go to stderr; only data goes to stdout.";

/// Strip boilerplate (paywalls, comments, menus, teasers, captions, promos)
/// from scraped plain text, keeping the article body verbatim.
#[derive(Debug, Parser)]
#[command(
    name = "chaff",
    version,
    about,
    long_about = "Strip boilerplate (paywall notices, comment threads, foreign-language promos, \
                  headline lists, captions, newsletter prompts, bylines, menus, cookie and \
                  copyright lines) from plain text scraped from news and web pages. Kept lines \
                  are written byte for byte; every removed span can be logged as JSON Lines \
                  (category, rule, line and byte range, text, reason).\n\n\
                  With no PATH (or `-`) chaff reads stdin and writes the clean text to stdout. \
                  With PATHs and no --out, each file (folders are walked) is cleaned to stdout \
                  in order. With --out DIR, files and folders are cleaned in parallel into DIR, \
                  mirroring each input's tree, with the log in DIR/removals.jsonl.",
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
pub struct Cli {
    /// A subcommand; without one, chaff cleans.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Flags of the default (cleaning) mode.
    #[command(flatten)]
    pub clean: CleanArgs,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score chaff against a labelled corpus: precision, recall and F1 per folder and overall.
    ///
    /// Every `<name>.txt` with a sibling `<name>.gold.txt` (the clean text expected) is scored
    /// on word tokens (bag of words, macro-averaged over documents); every `<name>.txt` with a
    /// sibling `<name>.snippets.json` (`{"with": [...], "without": [...]}`: snippets that must
    /// stay, snippets that must go) is scored on snippets (summed over documents, with
    /// accuracy). Other `.txt` files are skipped. Documents are grouped by their folder.
    /// The numbers are those of the evaluation corpus's `score.py`.
    Eval(EvalArgs),
    /// Print a shell completion script to stdout.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) to stdout.
    Man,
    /// Rebuild the input's non-blank lines from a clean file and its removal log (proves the
    /// log is lossless). Prints them to stdout.
    Restore(RestoreArgs),
}

/// Flags of `chaff restore`.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The removal log (JSON Lines) written when CLEAN was made.
    #[arg(long, value_name = "FILE")]
    pub log: PathBuf,

    /// The document to restore (its `doc` in the log: the input path as given, or `-`).
    /// Needed when the log holds several documents.
    #[arg(long, value_name = "NAME")]
    pub doc: Option<String>,

    /// The clean text chaff wrote (`-` reads stdin).
    #[arg(value_name = "CLEAN")]
    pub clean: PathBuf,
}

/// Output form of `--explain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Text: plain on pipes, colored on terminals.
    Text,
    /// One self-contained HTML page.
    Html,
}

/// When to detect the batch's site template (`--template`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TemplateMode {
    /// On with --out when the batch has at least 5 documents.
    Auto,
    /// On whenever files are cleaned (also to stdout and with --explain).
    On,
    /// Off: every document is cleaned on its own.
    Off,
}

/// Flags of `chaff eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Corpus folder, walked recursively: `<name>.txt` pages with `<name>.gold.txt` or
    /// `<name>.snippets.json` beside them.
    #[arg(long, value_name = "DIR")]
    pub corpus: PathBuf,

    /// Show the N worst documents with their differences.
    #[arg(long, value_name = "N")]
    pub per_doc: Option<usize>,

    /// Print the scores as JSON instead of a table.
    #[arg(long)]
    pub json: bool,

    /// Worker threads (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<NonZeroUsize>,
}

/// Flags of the cleaning mode.
#[derive(Debug, Args)]
pub struct CleanArgs {
    /// Input files or folders (folders are walked recursively, sorted, hidden entries skipped).
    /// None, or `-`, reads stdin.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Write clean files into DIR, mirroring each input's tree (a file argument lands directly
    /// in DIR, a folder argument's contents below DIR). DIR may not be or lie inside an input
    /// folder. Existing files are refused unless --force or --resume.
    #[arg(short, long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Write the removal log (JSON Lines) to FILE, or to stderr with `-`. Default with --out:
    /// DIR/removals.jsonl; without --out: no log.
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,

    /// Worker threads (default: all cores): documents side by side; a single input of 48 MiB or
    /// more (a pipe) shares its windows among them. Outputs and log are identical whatever N.
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<NonZeroUsize>,

    /// Categories to keep instead of removing (comma list, repeatable).
    #[arg(short, long, value_name = "CATEGORY,...", value_delimiter = ',', value_parser = parse_category)]
    pub keep: Vec<Category>,

    /// Force the document language (ISO 639-1 like `de`, ISO 639-3 like `deu`, or English name).
    #[arg(short, long, value_name = "CODE", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    /// Restrict language detection to these languages (comma list, repeatable).
    #[arg(long, value_name = "CODE,...", value_delimiter = ',', value_parser = parse_lang)]
    pub languages: Vec<Lang>,

    /// Skip walked files whose name (or path below the input folder) matches GLOB (repeatable).
    /// File arguments given explicitly are never excluded.
    #[arg(short = 'x', long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// Overwrite existing output files and log.
    #[arg(short, long)]
    pub force: bool,

    /// Continue an earlier --out run: skip documents that have a `document` record in the log
    /// and an output file; append to the log.
    #[arg(long, requires = "out")]
    pub resume: bool,

    /// Site-template detection across the batch. A first pass reads every input file and
    /// collects the lines that recur in many of its documents (at least 3, and 0.2% of the
    /// batch; compared trimmed, lowercased, digits ignored): the menus, footers and share
    /// bars of the sites in it. The cleaning pass then removes them (category navigation,
    /// rule repetition/template), except a lone recurring line between kept body lines
    /// (a subheading). auto: on with --out when the batch has 5 or more documents; on:
    /// whenever files are cleaned, also to stdout and with --explain; off: each document on
    /// its own. Never for stdin or JSON Lines.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = TemplateMode::Auto)]
    pub template: TemplateMode,

    /// Show the input with every removed span marked with its category, rule and reason
    /// instead of the clean text (colored on a terminal unless NO_COLOR is set). Prints to
    /// stdout, so it cannot be combined with --out.
    #[arg(short, long, conflicts_with = "out")]
    pub explain: bool,

    /// Output form of --explain.
    #[arg(long, value_enum, default_value_t = Format::Text, requires = "explain")]
    pub format: Format,

    /// Inputs are JSON Lines documents: clean the text field of every record and write the
    /// records back in order with every other field unchanged. Chosen automatically when
    /// every input file (given, or found in a folder) is named *.jsonl, *.jsonl.gz or
    /// *.jsonl.zst. gzip and zstd inputs are
    /// decompressed; outputs in --out keep the input's name and compression. The log's `doc`
    /// is the record's id.
    #[arg(long, help_heading = "JSON Lines")]
    pub jsonl: bool,

    /// Field holding the text of a record.
    #[arg(long, value_name = "NAME", default_value = "text", help_heading = "JSON Lines")]
    pub text_field: String,

    /// Field holding the id of a record (the log's `doc`; `FILE:LINE` when missing).
    #[arg(long, value_name = "NAME", default_value = "id", help_heading = "JSON Lines")]
    pub id_field: String,

    /// Add the removed spans to each record as `"chaff": {"removed": [[start, end, "category"], …]}`
    /// (byte offsets into the original text). No default log is written then (--log still works).
    #[arg(long, help_heading = "JSON Lines")]
    pub attributes: bool,

    /// What to do with a malformed line (not JSON, not an object, text field missing or not a
    /// string): pass it through unchanged or drop it. Either way it is reported on stderr,
    /// counted in the summary, and the exit status is 1.
    #[arg(long, value_enum, value_name = "ACTION", default_value_t = OnError::Pass, help_heading = "JSON Lines")]
    pub on_error: OnError,

    /// Write the run's summary as JSON to FILE: removals per category, bytes in/out,
    /// documents ok/failed, malformed JSONL lines, elapsed seconds.
    #[arg(long, value_name = "FILE")]
    pub stats_json: Option<PathBuf>,

    /// No summary line and no progress bar.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Parses a category name for `--keep`.
fn parse_category(s: &str) -> Result<Category, String> {
    s.parse()
}

/// Parses a language for `--lang` / `--languages`.
fn parse_lang(s: &str) -> Result<Lang, String> {
    chaff::lang::parse(s).ok_or_else(|| {
        let codes: Vec<&str> = chaff::lang::SUPPORTED.iter().map(|(_, c)| *c).collect();
        format!("unknown language '{s}' (expected an ISO 639-1/639-3 code or English name, e.g. {})", codes.join(", "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }
}
