//! The `chaff` command: thin glue between the flags ([`cli`], [`config`]), the run
//! ([`batch`] for text, [`jsonl`] for JSON Lines), `restore`, and exit codes (0 ok, 1 some
//! file failed or JSONL line malformed, 2 usage error, 130 interrupted by SIGINT/SIGTERM). Data goes to stdout, messages to stderr.

mod batch;
mod cli;
mod config;
mod explain;
mod jsonl;

use clap::Parser;
use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    fixed_mmap_threshold();
    let cli = cli::Cli::parse();
    let result = match cli.command {
        Some(cli::Command::Eval(args)) => run_eval(args),
        Some(cli::Command::Completions { shell }) => print_completions(shell),
        Some(cli::Command::Man) => print_man(),
        Some(cli::Command::Restore(args)) => run_restore(args),
        None => run_clean(cli.clean),
    };
    match result {
        Ok(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let (code, prefix) = if e.downcast_ref::<config::UsageError>().is_some() { (2, "chaff: error: ") } else { (1, "chaff: ") };
            let _ = writeln!(io::stderr(), "{prefix}{e:#}");
            ExitCode::from(code)
        }
    }
}

/// The default mode: clean stdin, files or folders.
fn run_clean(args: cli::CleanArgs) -> anyhow::Result<i32> {
    let mut cfg = config::RunConfig::try_from(args)?;
    let start = std::time::Instant::now();
    let items = batch::plan(&cfg)?;
    // Folders holding only *.jsonl[.gz|.zst] files choose the JSONL mode too.
    let jobs = || items.iter().filter_map(|i| if let batch::Item::Job(j) = i { Some(j) } else { None });
    if cfg.jsonl.is_none() && !cfg.explain && !cfg.resume && jobs().next().is_some() && jobs().all(|j| jsonl::is_jsonl_name(&j.input)) {
        cfg.jsonl = Some(cfg.jsonl_opts.clone());
    }
    // One text document (a pipe, one file): `--jobs` threads share its
    // windows when it is huge, instead of one worker cleaning them in turn.
    let window_threads = if cfg.jsonl.is_none() && items.len() == 1 { cfg.jobs } else { 1 };
    let cleaner = chaff::Cleaner::new(cfg.cleaner.clone()).with_window_threads(window_threads);
    let summary = match &cfg.jsonl {
        Some(opts) => jsonl::run(&cfg, opts, items, &cleaner)?,
        None => batch::run(&cfg, items, &cleaner)?,
    };
    if (cfg.out.is_some() || summary.malformed > 0) && !cfg.quiet {
        let _ = writeln!(io::stderr(), "{}", summary.line());
    }
    if let Some((done, total)) = summary.interrupted {
        // JSONL mode has no --resume: its unit is the file, and a rerun redoes them all.
        let hint = if cfg.jsonl.is_some() { "rerun with --force to finish" } else { "rerun with --resume to finish" };
        let _ = writeln!(io::stderr(), "chaff: interrupted: {done} of {total} documents done; {hint}");
    }
    if let Some(path) = &cfg.stats_json {
        let stats = summary.to_json(start.elapsed(), cfg.jsonl.is_some());
        let text = serde_json::to_string_pretty(&stats)? + "\n";
        std::fs::write(path, text).map_err(|e| anyhow::anyhow!("{}: cannot write the stats: {e}", path.display()))?;
    }
    Ok(if summary.interrupted.is_some() {
        130
    } else if summary.failed > 0 || summary.malformed > 0 {
        1
    } else {
        0
    })
}

/// `chaff completions SHELL`: the completion script on stdout.
fn print_completions(shell: clap_complete::Shell) -> anyhow::Result<i32> {
    use clap::CommandFactory;
    let mut cmd = cli::Cli::command();
    let mut out = io::stdout().lock();
    clap_complete::generate(shell, &mut cmd, "chaff", &mut out);
    out.flush()?;
    Ok(0)
}

/// `chaff man`: the man page (roff) on stdout.
fn print_man() -> anyhow::Result<i32> {
    use clap::CommandFactory;
    let mut out = io::stdout().lock();
    clap_mangen::Man::new(cli::Cli::command()).render(&mut out)?;
    out.flush()?;
    Ok(0)
}

/// `chaff restore`: the restored non-blank input lines on stdout. Errors name the file.
fn run_restore(args: cli::RestoreArgs) -> anyhow::Result<i32> {
    use anyhow::anyhow;
    let read = |p: &std::path::Path| -> anyhow::Result<String> {
        let bytes = if config::is_stdin(p) {
            let mut b = Vec::new();
            io::Read::read_to_end(&mut io::stdin().lock(), &mut b).map_err(|e| anyhow!("-: cannot read: {e}"))?;
            b
        } else {
            std::fs::read(p).map_err(|e| anyhow!("{}: cannot read: {e}", p.display()))?
        };
        String::from_utf8(bytes).map_err(|e| anyhow!("{}: not UTF-8 (byte {}); chaff writes UTF-8", p.display(), e.utf8_error().valid_up_to()))
    };
    let log = read(&args.log)?;
    let clean = read(&args.clean)?;
    let restored = match &args.doc {
        Some(doc) => chaff::restore::from_jsonl_for(&clean, &log, doc),
        None => chaff::restore::from_jsonl(&clean, &log),
    };
    let restored = restored.map_err(|e| match e {
        chaff::restore::Error::Mismatch(_) => anyhow!("{}: {e} (log {})", args.clean.display(), args.log.display()),
        e => anyhow!("{}: {e}", args.log.display()),
    })?;
    let mut out = io::stdout().lock();
    out.write_all(restored.as_bytes())?;
    out.flush()?;
    Ok(0)
}

/// `chaff eval`: scores chaff on a labelled corpus.
fn run_eval(args: cli::EvalArgs) -> anyhow::Result<i32> {
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(j) = args.jobs {
        pool = pool.num_threads(j.get());
    }
    let pool = pool.build()?;
    let cleaner = chaff::Cleaner::default();
    let report = pool.install(|| chaff::eval::evaluate(&args.corpus, &cleaner))?;
    let per_doc = args.per_doc.unwrap_or(0);
    let mut out = io::stdout().lock();
    if args.json {
        let mut value = serde_json::to_value(&report)?;
        if per_doc > 0 {
            value["worst"] = serde_json::to_value(report.worst(per_doc))?;
        }
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
    } else {
        write!(out, "{}", report.render_text(per_doc))?;
    }
    out.flush()?;
    Ok(0)
}

/// True when the error comes from writing to a closed stdout.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe))
}

/// glibc raises its mmap threshold each time a large block is freed (up to
/// 32 MiB), after which large blocks — regex caches as they grow, document
/// buffers — come from the per-thread heaps and their memory stays with the
/// process once freed. A fixed threshold (glibc's initial 128 KiB) keeps large
/// blocks in their own mappings, returned when freed: about 2 MB less peak
/// memory in a two-worker batch. The outputs do not depend on it.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn fixed_mmap_threshold() {
    extern "C" {
        fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
    }
    /// glibc's `M_MMAP_THRESHOLD`.
    const M_MMAP_THRESHOLD: std::ffi::c_int = -3;
    // SAFETY: mallopt only changes allocator settings; called before any thread starts.
    unsafe {
        mallopt(M_MMAP_THRESHOLD, 128 << 10);
    }
}

/// Elsewhere the allocator's defaults stay.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn fixed_mmap_threshold() {}
