//! Throughput of each pipeline stage and of the whole `Cleaner::clean_bytes`.
//!
//! Inputs: every `seeds/*.txt` page (not `*.expected.txt`) and a ~1 MB mixed
//! synthetic document built from the seeds plus generated menu, comment,
//! headline-list and caption lines. Throughput is reported in input bytes.
//!
//! Run: `cargo bench --bench pipeline` (add `-- clean_bytes` to filter).

use chaff::detect::{self, Detector, Span};
use chaff::features::Doc;
use chaff::{decide, decode, output, segment, template, Category, Cleaner};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// The seed pages: (name, bytes).
fn seeds() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| {
                    let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                    n.ends_with(".txt") && !n.ends_with(".expected.txt")
                })
                .filter_map(|p| {
                    let name = p.file_stem()?.to_str()?.to_owned();
                    Some((format!("seed-{name}"), std::fs::read(&p).ok()?))
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// A small deterministic generator (xorshift), so the synthetic document is the same every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

/// ~1 MB of page-like text: seed pages interleaved with menus, comment threads,
/// headline lists, captions and prompts in several languages.
fn synthetic(seeds: &[(String, Vec<u8>)], target: usize) -> Vec<u8> {
    const MENU: &[&str] = &["Home", "News", "Sport", "Politik", "Wirtschaft", "Culture", "Économie", "Deportes", "Cronaca", "Opinie", "Wiadomości", "Weather"];
    const NAMES: &[&str] = &["jane_doe", "Max M.", "Pierre", "anon1987", "Giulia R.", "Kasia", "Jan de Vries"];
    const WHEN: &[&str] = &["3 hours ago", "vor 2 Stunden", "il y a 5 minutes", "hace 1 día", "2 godziny temu", "Yesterday 14:02"];
    const HEAD: &[&str] = &[
        "Ten things to do this weekend",
        "Die besten Rezepte für den Herbst",
        "Le gouvernement annonce de nouvelles mesures",
        "Cómo ahorrar en la factura de la luz",
        "Le migliori spiagge d'Italia nel 2026",
        "Zo bespaar je op je energierekening",
        "Nowe przepisy drogowe od stycznia",
    ];
    const PROMPT: &[&str] = &[
        "Sign up to our newsletter",
        "Jetzt abonnieren und weiterlesen",
        "Abonnez-vous pour lire la suite",
        "Suscríbete a nuestro boletín",
        "Iscriviti alla newsletter",
        "Photo: Reuters / John Smith",
        "Foto: dpa",
        "© 2026 All rights reserved",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out: Vec<u8> = Vec::with_capacity(target + 64 * 1024);
    let mut i = 0usize;
    while out.len() < target {
        let mut menu: Vec<&str> = (0..6).map(|_| rng.pick(MENU)).collect();
        menu.dedup();
        out.extend_from_slice(menu.join(" | ").as_bytes());
        out.extend_from_slice(b"\n\n");
        if let Some((_, seed)) = seeds.get(i % seeds.len().max(1)) {
            out.extend_from_slice(seed);
            out.push(b'\n');
        }
        out.extend_from_slice(rng.pick(PROMPT).as_bytes());
        out.extend_from_slice(b"\n\nRead more\n");
        for _ in 0..5 {
            out.extend_from_slice(rng.pick(HEAD).as_bytes());
            out.push(b'\n');
        }
        out.extend_from_slice(b"\nComments (12)\n");
        for _ in 0..4 {
            let line = format!("{}\n{}\nI could not agree more, this is exactly what I have been saying for years.\nReply\n", rng.pick(NAMES), rng.pick(WHEN));
            out.extend_from_slice(line.as_bytes());
        }
        out.push(b'\n');
        i += 1;
    }
    out
}

/// Spans to feed `decide`: the detectors' own, or, while there are none, a
/// synthetic claim on every short line so that `decide` and `render` do work.
fn spans_for(doc: &Doc<'_>) -> Vec<Span> {
    let mut spans = Vec::new();
    for d in detect::all() {
        d.detect(doc, &mut spans);
    }
    if spans.is_empty() {
        for (i, f) in doc.feats.iter().enumerate() {
            if !doc.lines[i].blank && f.words <= 4 {
                spans.push(Span::lines(i..i + 1, Category::Navigation, "bench/short", 0.8, "short line"));
            }
        }
    }
    spans
}

fn inputs() -> Vec<(String, Vec<u8>)> {
    let mut v = seeds();
    let syn = synthetic(&v, 1 << 20);
    v.push(("synthetic-1MB".to_owned(), syn));
    v
}

fn stages(c: &mut Criterion) {
    let inputs = inputs();
    let texts: Vec<(String, String)> = inputs
        .iter()
        .map(|(n, b)| (n.clone(), decode::decode(b).map(|d| d.text).unwrap_or_default()))
        .collect();

    let mut g = c.benchmark_group("decode");
    for (name, bytes) in &inputs {
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), bytes, |b, bytes| b.iter(|| decode::decode(black_box(bytes))));
    }
    g.finish();

    let mut g = c.benchmark_group("segment");
    for (name, text) in &texts {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), text, |b, t| b.iter(|| segment::lines(black_box(t))));
    }
    g.finish();

    let mut g = c.benchmark_group("features");
    for (name, text) in &texts {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), text, |b, t| b.iter(|| Doc::analyse(black_box(t), None, &[])));
    }
    g.finish();

    // The batch's site template: its first pass hashes every line, and the
    // `repetition` detector (only with a template) looks each line up.
    let mut g = c.benchmark_group("template/doc_hashes");
    for (name, text) in &texts {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), text, |b, t| b.iter(|| template::doc_hashes(black_box(t))));
    }
    g.finish();
    let mut counter = template::TemplateCounter::new();
    for (_, text) in &texts {
        counter.add_text(text);
    }
    // The synthetic document's menus, prompts and comment chrome recur across "pages".
    if let Some((_, syn)) = texts.last() {
        counter.add_text(syn);
        counter.add_text(syn);
    }
    let repetition: Box<dyn Detector> = Box::new(detect::repetition::Repetition::new(Arc::new(counter.freeze_with(3))));

    for det in detect::all().into_iter().chain([repetition]) {
        let mut g = c.benchmark_group(format!("detect/{}", det.name()));
        for (name, text) in &texts {
            let mut doc = Doc::analyse(text, None, &[]);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_function(BenchmarkId::from_parameter(name), |b| {
                b.iter(|| {
                    // Per-line results are memoised in the doc: measure a first pass.
                    doc.forget_memo();
                    let mut out = Vec::new();
                    det.detect(black_box(&doc), &mut out);
                    out
                })
            });
        }
        g.finish();
    }

    let mut g = c.benchmark_group("decide");
    for (name, text) in &texts {
        let doc = Doc::analyse(text, None, &[]);
        let spans = spans_for(&doc);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(BenchmarkId::from_parameter(name), |b| b.iter(|| decide::decide(black_box(&doc), spans.clone(), &[])));
    }
    g.finish();

    let mut g = c.benchmark_group("render");
    for (name, text) in &texts {
        let doc = Doc::analyse(text, None, &[]);
        let decision = decide::decide(&doc, spans_for(&doc), &[]);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(BenchmarkId::from_parameter(name), |b| b.iter(|| output::render(black_box(&doc), &decision)));
    }
    g.finish();

    let cleaner = Cleaner::default();
    let mut g = c.benchmark_group("clean_bytes");
    for (name, bytes) in &inputs {
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), bytes, |b, bytes| b.iter(|| cleaner.clean_bytes(black_box(bytes))));
    }
    g.finish();
}

fn config() -> Criterion {
    Criterion::default().sample_size(20).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2))
}

criterion_group! {
    name = benches;
    config = config();
    targets = stages
}
criterion_main!(benches);
