//! A regex for the detectors' static patterns, built on `regex-automata`
//! directly: a forward lazy DFA and the NFA engines, no reverse automaton.
//!
//! The detectors ask their regexes almost only `is_match`, which the
//! `regex` crate answers with its forward lazy DFA alone; it still compiles
//! a reverse NFA (three to four times the forward one: the bulk of building
//! a regex) and keeps a reverse lazy-DFA cache per thread for it. A
//! [`Matcher`] builds the forward NFA (with only the implicit whole-match
//! group), a forward lazy DFA and the PikeVM and bounded backtracker over the
//! same NFA. `is_match` runs the lazy DFA (earliest match) and falls back to
//! an NFA engine where the DFA gives up (a Unicode word boundary before a
//! non-ASCII byte, a thrashing cache), as `regex::Regex` does. `find` and
//! `replace_all` (asked of a few patterns) build the reverse lazy DFA on
//! first use and search as the `regex` crate does: forward for the end,
//! reverse from there for the start. The answers are the `regex` crate's:
//! the same syntax settings and leftmost-first semantics.

use regex_automata::hybrid;
use regex_automata::nfa::thompson::{self, backtrack, pikevm, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::util::prefilter::Prefilter;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind};
use std::borrow::Cow;
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::{Arc, OnceLock};

/// The `regex` crate's default lazy-DFA cache (`RegexBuilder::dfa_size_limit`).
const DEFAULT_CACHE_BYTES: usize = 2 * (1 << 20);
/// The `regex` crate's default NFA size limit (`RegexBuilder::size_limit`).
const NFA_SIZE_LIMIT: usize = 10 * (1 << 20);

/// A compiled pattern (see the module doc).
pub struct Matcher {
    pattern: Box<str>,
    engines: Arc<Engines>,
    caches: Pool<Caches, CacheFn>,
}

/// The engines, shared with the cache pool's constructor.
struct Engines {
    /// The forward lazy DFA; `None` when its minimum cache exceeds the bound.
    dfa: Option<hybrid::dfa::DFA>,
    /// The reverse lazy DFA, built on the first `find` that matches (most patterns never need it).
    reverse: OnceLock<Option<hybrid::dfa::DFA>>,
    /// The lazy DFAs' cache bound.
    cache_bytes: usize,
    pikevm: pikevm::PikeVM,
    backtrack: backtrack::BoundedBacktracker,
}

/// Per-thread search state.
struct Caches {
    dfa: Option<hybrid::dfa::Cache>,
    /// The reverse DFA's cache, made on this thread's first `find` that matches.
    reverse: Option<hybrid::dfa::Cache>,
    pikevm: pikevm::Cache,
    backtrack: backtrack::Cache,
}

type CacheFn = Box<dyn Fn() -> Caches + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// Why a pattern did not build.
#[derive(Debug)]
pub struct BuildError(String);

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BuildError {}

/// A match: its byte range in the haystack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Found<'h> {
    /// Where the match starts.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Where the match ends.
    pub fn end(&self) -> usize {
        self.end
    }

    /// The matched text.
    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.start..self.end]
    }
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Matcher").field(&self.pattern).finish()
    }
}

impl Matcher {
    /// Compiles `pattern` (the `regex` crate's syntax and defaults) with the default lazy-DFA cache bound.
    pub fn new(pattern: &str) -> Result<Matcher, BuildError> {
        Matcher::with_cache(pattern, DEFAULT_CACHE_BYTES)
    }

    /// Compiles `pattern` with a lazy-DFA cache of at most `bytes` per thread
    /// (no lazy DFA when its minimum cache is larger, as with `0`).
    pub fn with_cache(pattern: &str, bytes: usize) -> Result<Matcher, BuildError> {
        let err = |e: &dyn std::fmt::Display| BuildError(format!("{pattern}: {e}"));
        let hir = syntax::parse(pattern).map_err(|e| err(&e))?;
        let nfa = thompson::Compiler::new()
            .configure(thompson::Config::new().which_captures(WhichCaptures::Implicit).nfa_size_limit(Some(NFA_SIZE_LIMIT)))
            .build_from_hir(&hir)
            .map_err(|e| err(&e))?;
        // A literal prefix screen, as the `regex` crate sets up (none for a
        // pattern anchored at the start: it is tried at one place only).
        let pre = if nfa.is_always_start_anchored() {
            None
        } else {
            Prefilter::from_hir_prefix(MatchKind::LeftmostFirst, &hir)
        };
        let dfa = hybrid::dfa::Builder::new()
            .configure(dfa_config(bytes).prefilter(pre.clone()).specialize_start_states(pre.is_some()))
            .build_from_nfa(nfa.clone())
            .ok();
        let pikevm = pikevm::PikeVM::builder().configure(pikevm::Config::new().prefilter(pre.clone())).build_from_nfa(nfa.clone()).map_err(|e| err(&e))?;
        let backtrack = backtrack::BoundedBacktracker::builder()
            .configure(backtrack::Config::new().prefilter(pre))
            .build_from_nfa(nfa)
            .map_err(|e| err(&e))?;
        let engines = Arc::new(Engines { dfa, reverse: OnceLock::new(), cache_bytes: bytes, pikevm, backtrack });
        let shared = Arc::clone(&engines);
        let create: CacheFn = Box::new(move || Caches {
            dfa: shared.dfa.as_ref().map(|d| d.create_cache()),
            reverse: None,
            pikevm: shared.pikevm.create_cache(),
            backtrack: shared.backtrack.create_cache(),
        });
        Ok(Matcher { pattern: pattern.into(), engines, caches: Pool::new(create) })
    }

    /// The pattern this was compiled from.
    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    /// Whether the pattern matches anywhere in `haystack`.
    pub fn is_match(&self, haystack: &str) -> bool {
        let mut caches = self.caches.get();
        self.is_match_with(&mut caches, haystack)
    }

    fn is_match_with(&self, caches: &mut Caches, haystack: &str) -> bool {
        let input = Input::new(haystack).earliest(true);
        if let (Some(dfa), Some(cache)) = (&self.engines.dfa, caches.dfa.as_mut()) {
            if let Ok(m) = dfa.try_search_fwd(cache, &input) {
                return m.is_some();
            }
        }
        // The `regex` crate's choice: the backtracker on short haystacks, else the PikeVM.
        let e = &self.engines;
        if haystack.len() <= 128 && haystack.len() <= e.backtrack.max_haystack_len() {
            if let Ok(m) = e.backtrack.try_is_match(&mut caches.backtrack, input.clone()) {
                return m;
            }
        }
        e.pikevm.is_match(&mut caches.pikevm, input)
    }

    /// The leftmost-first match in `haystack`, as `regex::Regex::find` gives it.
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Found<'h>> {
        let mut caches = self.caches.get();
        self.find_at(&mut caches, haystack, 0)
    }

    /// The leftmost-first match in `haystack[at..]` (look-arounds see the whole haystack).
    fn find_at<'h>(&self, caches: &mut Caches, haystack: &'h str, at: usize) -> Option<Found<'h>> {
        if let (Some(dfa), Some(cache)) = (&self.engines.dfa, caches.dfa.as_mut()) {
            // The forward search first: where it finds no match, the reverse
            // automaton is not needed (nor built, on a page where no line matches).
            match dfa.try_search_fwd(cache, &Input::new(haystack).range(at..)) {
                Ok(None) => return None,
                Ok(Some(end)) => {
                    let reverse = self.engines.reverse.get_or_init(|| reverse_dfa(&self.pattern, self.engines.cache_bytes));
                    if let Some(rev) = reverse {
                        let rev_cache = caches.reverse.get_or_insert_with(|| rev.create_cache());
                        if let Ok(found) = dfa_start(rev, rev_cache, haystack, at, end.offset()) {
                            return Some(found);
                        }
                    }
                }
                Err(_) => {}
            }
        }
        let e = &self.engines;
        let input = Input::new(haystack).range(at..);
        let m = if haystack.len() - at <= e.backtrack.max_haystack_len() {
            match e.backtrack.try_find(&mut caches.backtrack, input.clone()) {
                Ok(m) => m,
                Err(_) => e.pikevm.find(&mut caches.pikevm, input),
            }
        } else {
            e.pikevm.find(&mut caches.pikevm, input)
        };
        m.map(|m| Found { haystack, start: m.start(), end: m.end() })
    }

    /// Where the leftmost match in `haystack` starts, as `find` gives it:
    /// the first character boundary where the pattern matches anchored.
    /// For patterns asked few starts, whose reverse automaton (which `find`
    /// builds on its first match) would cost more to build than these
    /// anchored searches (each stops where no match can go on).
    pub fn find_start(&self, haystack: &str) -> Option<usize> {
        let mut caches = self.caches.get();
        if !self.is_match_with(&mut caches, haystack) {
            return None;
        }
        (0..=haystack.len()).filter(|&p| haystack.is_char_boundary(p)).find(|&p| self.matches_at(&mut caches, haystack, p))
    }

    /// Whether the pattern matches starting at `at` (look-arounds see the whole haystack).
    fn matches_at(&self, caches: &mut Caches, haystack: &str, at: usize) -> bool {
        let input = Input::new(haystack).range(at..).anchored(Anchored::Yes).earliest(true);
        if let (Some(dfa), Some(cache)) = (&self.engines.dfa, caches.dfa.as_mut()) {
            if let Ok(m) = dfa.try_search_fwd(cache, &input) {
                return m.is_some();
            }
        }
        let e = &self.engines;
        if haystack.len() - at <= 128 && haystack.len() <= e.backtrack.max_haystack_len() {
            if let Ok(m) = e.backtrack.try_is_match(&mut caches.backtrack, input.clone()) {
                return m;
            }
        }
        e.pikevm.is_match(&mut caches.pikevm, input)
    }

    /// `haystack` with every match replaced by `with` (taken literally),
    /// as `regex::Regex::replace_all` with a `NoExpand` replacement gives it.
    pub fn replace_all<'h>(&self, haystack: &'h str, with: &str) -> Cow<'h, str> {
        let mut caches = self.caches.get();
        if !self.is_match_with(&mut caches, haystack) {
            return Cow::Borrowed(haystack);
        }
        let mut out = String::with_capacity(haystack.len());
        let (mut last, mut at) = (0, 0);
        // Empty matches: as the `regex` crate's iterator, never one right
        // where the previous match ended, and never inside a character.
        let mut last_end: Option<usize> = None;
        while at <= haystack.len() {
            let Some(m) = self.find_at(&mut caches, haystack, at) else { break };
            if m.start == m.end && last_end == Some(m.end) {
                // Step past one character and search again.
                at = m.end + haystack[m.end..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            out.push_str(&haystack[last..m.start]);
            out.push_str(with);
            last = m.end;
            last_end = Some(m.end);
            at = if m.start == m.end { m.end + haystack[m.end..].chars().next().map_or(1, char::len_utf8) } else { m.end };
        }
        out.push_str(&haystack[last..]);
        Cow::Owned(out)
    }
}

/// The leftmost-first match in `haystack[at..]` that the forward lazy DFA
/// found ending at `end`, as the `regex` crate finds it: an anchored
/// reverse search from there (all matches, longest) gives where it starts.
/// `Err` when the DFA gives up, or for an empty match (whose UTF-8 rules
/// the NFA engines apply).
fn dfa_start<'h>(rev: &hybrid::dfa::DFA, rev_cache: &mut hybrid::dfa::Cache, haystack: &'h str, at: usize, end: usize) -> Result<Found<'h>, regex_automata::MatchError> {
    let input = Input::new(haystack).range(at..end).anchored(Anchored::Yes);
    match rev.try_search_rev(rev_cache, &input)? {
        Some(start) if start.offset() < end => Ok(Found { haystack, start: start.offset(), end }),
        _ => Err(regex_automata::MatchError::gave_up(end)),
    }
}

/// The reverse lazy DFA of `pattern` for [`dfa_start`], with the forward one's cache bound.
fn reverse_dfa(pattern: &str, bytes: usize) -> Option<hybrid::dfa::DFA> {
    let hir = syntax::parse(pattern).ok()?;
    let nfa = thompson::Compiler::new()
        .configure(thompson::Config::new().which_captures(WhichCaptures::None).reverse(true).nfa_size_limit(Some(NFA_SIZE_LIMIT)))
        .build_from_hir(&hir)
        .ok()?;
    hybrid::dfa::Builder::new().configure(dfa_config(bytes).match_kind(MatchKind::All)).build_from_nfa(nfa).ok()
}

/// The lazy-DFA settings of the `regex` crate, with a cache of at most `bytes`.
fn dfa_config(bytes: usize) -> hybrid::dfa::Config {
    hybrid::dfa::Config::new()
        .unicode_word_boundary(true)
        .cache_capacity(bytes)
        .skip_cache_capacity_check(false)
        .minimum_cache_clear_count(Some(3))
        .minimum_bytes_per_state(Some(10))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PATTERNS: [&str; 12] = [
        r"b+|abc",
        r"(?-u:\b)\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?-u:\b)|(?i)(?-u:\b)(march|märz)\s+\d{4}",
        r"(?i)^\W*(copyright|©|\(c\))|©\s*\d{4}",
        r"(?i)(?-u:\b)\d{1,2}[:.]\d{2}(\s?(uhr|h|am|pm|a\.m\.|p\.m\.))?",
        r"\bfoo\b",
        r"\p{Lu}[\p{Lu}'-]+(?:\s+\p{Lu}[\p{Lu}'-]+){1,2}\s*$",
        r"^.{3,10}?[\p{Ll}0-9]\s+\p{Lu}{2,}\s*:",
        r"x*",
        r"(?i)\bstraße\b|ß",
        r"\d+\s*(秒|分钟|小时)\s*前",
        r"(a|ab)(c|bcd)",
        r"\w+\s(wrote|schrieb)\b",
    ];

    const TEXTS: [&str; 15] = [
        "xabc abbb",
        "am 12. 3. 2024 und 1.2.99, März 2020",
        "éé12.3.2024é MARCH 1999",
        "",
        "Copyright 2024 Foo Inc.",
        "© 2019 All rights",
        "At 10:30 am, the foo met. 9.45h",
        "Zürich foo-bar FOO foo",
        "caption text. JOHN SMITH",
        "said it ÉTAT: Yes",
        "xxyxx",
        "Die STRASSE und die straße",
        "3 分钟 前 posted",
        "abcd abc",
        "Ünïcödé wrote: hi",
    ];

    #[test]
    fn answers_as_the_regex_crate() {
        for p in PATTERNS {
            let (ours, theirs) = (Matcher::new(p).unwrap(), regex::Regex::new(p).unwrap());
            let nfa_only = Matcher::with_cache(p, 0).unwrap();
            for t in TEXTS {
                for m in [&ours, &nfa_only] {
                    assert_eq!(m.is_match(t), theirs.is_match(t), "{p:?} {t:?}");
                    assert_eq!(m.find(t).map(|f| (f.start(), f.end())), theirs.find(t).map(|f| (f.start(), f.end())), "{p:?} {t:?}");
                    assert_eq!(m.find_start(t), theirs.find(t).map(|f| f.start()), "{p:?} {t:?}");
                    assert_eq!(m.replace_all(t, "_"), theirs.replace_all(t, regex::NoExpand("_")), "{p:?} {t:?}");
                }
            }
        }
    }

    #[test]
    fn answers_as_the_regex_crate_on_fixture_lines() {
        // Shapes of the detectors' patterns: Unicode classes, `(?i)`, anchors
        // at either end, ASCII and Unicode word boundaries, lazy repetitions.
        let patterns = [
            r"(?i)(?-u:\b)\d{1,2}\.?\s+(de\s+)?(jan|feb|march|märz|mai|juni|oct)\w*\.?\s+(de\s+)?\d{4}(?-u:\b)",
            r"(?i)\b(\d+|a|an|one)\s+(mins?|minutes?|hours?|days?)\s+ago\b",
            r"^.{15,200}?[\p{Ll}0-9’'”)]\s+(\p{Lu}[\p{Lu}.]{3,}|\p{Lu}[\p{Lu}.]+(\s+\p{Lu}[\p{Lu}.]+){1,2})\s*:\s+\p{Lu}",
            r"\.\s+\p{Lu}[\p{Lu}'-]+(?:\s+\p{Lu}[\p{Lu}'-]+){1,2}\s*$",
            r"(?i)^\W{0,3}(photo|foto|bild|credit)s?\s*[:©|]\s*\S",
            r"(?i)(\d+([.,]\d+)?\s?(€|\$|£|eur\b|euro))|((€|\$|£)\s?\d)|\d+\s?%\s",
            r"\w+",
        ];
        let lines = crate::testdata::lines();
        for p in patterns {
            let theirs = regex::Regex::new(p).unwrap();
            for m in [Matcher::new(p).unwrap(), Matcher::with_cache(p, 0).unwrap()] {
                for l in &lines {
                    assert_eq!(m.is_match(l), theirs.is_match(l), "{p:?} {l:?}");
                    assert_eq!(m.find(l).map(|f| (f.start(), f.end())), theirs.find(l).map(|f| (f.start(), f.end())), "{p:?} {l:?}");
                    assert_eq!(m.find_start(l), theirs.find(l).map(|f| f.start()), "{p:?} {l:?}");
                    assert_eq!(m.replace_all(l, " "), theirs.replace_all(l, regex::NoExpand(" ")), "{p:?} {l:?}");
                }
            }
        }
    }

    #[test]
    fn reports_bad_patterns() {
        assert!(Matcher::new("(").is_err());
    }
}
