//! `--explain`: the input with every removed span marked with its category, rule and reason.
//!
//! Plain form (pipes, `NO_COLOR`): each removed span opens with a header line
//! `-- [category rule: reason]`; removed lines are prefixed `- `, kept lines `  `,
//! and a line that is only partly removed is prefixed `~ ` with the cut text
//! between `[-` and `-]`. Colored form (terminals): kept text as is, removed text
//! dimmed red, each span opened by a yellow `[category: reason]` tag.

use anstyle::{AnsiColor, Style};
use chaff::{Cleaned, Removal};
use std::fmt::Write as _;

/// Whether to color: stdout is a terminal and `NO_COLOR` is unset or empty.
pub fn use_color() -> bool {
    use std::io::IsTerminal;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    !no_color && std::io::stdout().is_terminal()
}

const REMOVED: Style = Style::new().dimmed().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
const TAG: Style = Style::new().bold().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));
const RULE: Style = Style::new().dimmed();

/// Renders the explanation of one cleaned document.
pub fn render(c: &Cleaned, color: bool) -> String {
    let input = c.input.as_str();
    let mut removals: Vec<&Removal> = c.removals.iter().collect();
    removals.sort_by_key(|r| (r.start_byte, r.end_byte));
    let mut out = String::with_capacity(input.len() + input.len() / 4);
    for (i, line) in chaff::segment::lines(input).iter().enumerate() {
        for r in removals.iter().filter(|r| r.start_line == i + 1) {
            header(&mut out, r, color);
        }
        let text = &input[line.range()];
        let covered = removals.iter().any(|r| r.start_byte < r.end_byte && r.start_byte <= line.start && line.end <= r.end_byte);
        if covered {
            if color {
                let _ = writeln!(out, "{}{text}{}", REMOVED.render(), REMOVED.render_reset());
            } else {
                push_prefixed(&mut out, "- ", text);
            }
            continue;
        }
        let cuts: Vec<(usize, usize)> = removals
            .iter()
            .filter(|r| r.start_byte < line.end && r.end_byte > line.start)
            .map(|r| (r.start_byte.max(line.start), r.end_byte.min(line.end)))
            .collect();
        if cuts.is_empty() {
            push_prefixed(&mut out, if color { "" } else { "  " }, text);
            continue;
        }
        if !color {
            out.push_str("~ ");
        }
        let mut at = line.start;
        for (s, e) in cuts {
            if s < at {
                continue;
            }
            out.push_str(input.get(at..s).unwrap_or(""));
            let cut = input.get(s..e).unwrap_or("");
            if color {
                let _ = write!(out, "{}{cut}{}", REMOVED.render(), REMOVED.render_reset());
            } else {
                let _ = write!(out, "[-{cut}-]");
            }
            at = e;
        }
        out.push_str(input.get(at..line.end).unwrap_or(""));
        out.push('\n');
    }
    out
}

fn header(out: &mut String, r: &Removal, color: bool) {
    let reason = r.reason.replace(['\n', '\r'], " ");
    if color {
        let _ = writeln!(
            out,
            "{}[{}: {reason}]{} {}({}){}",
            TAG.render(),
            r.category,
            TAG.render_reset(),
            RULE.render(),
            r.rule,
            RULE.render_reset()
        );
    } else {
        let _ = writeln!(out, "-- [{} {}: {reason}]", r.category, r.rule);
    }
}

/// Pushes `prefix` + `text` + newline, without trailing spaces on blank lines.
fn push_prefixed(out: &mut String, prefix: &str, text: &str) {
    if text.is_empty() {
        out.push_str(prefix.trim_end());
    } else {
        out.push_str(prefix);
        out.push_str(text);
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use chaff::Category;

    fn cleaned(input: &str, removals: Vec<Removal>) -> Cleaned {
        Cleaned { input: input.into(), encoding: "UTF-8", lossy: false, language: None, text: String::new(), removals }
    }

    fn removal(input: &str, lines: (usize, usize), bytes: (usize, usize)) -> Removal {
        Removal {
            category: Category::CallToAction,
            rule: "cta/newsletter".into(),
            start_line: lines.0,
            end_line: lines.1,
            start_byte: bytes.0,
            end_byte: bytes.1,
            text: input[bytes.0..bytes.1].into(),
            reason: "newsletter prompt".into(),
        }
    }

    #[test]
    fn plain_marks_removed_lines() {
        let input = "Body line.\n\nSign up now\nMore\n";
        let c = cleaned(input, vec![removal(input, (3, 3), (12, 23))]);
        assert_eq!(render(&c, false), "  Body line.\n\n-- [call_to_action cta/newsletter: newsletter prompt]\n- Sign up now\n  More\n");
    }

    #[test]
    fn plain_marks_partial_cuts() {
        let input = "Text here. Sign up now\n";
        let c = cleaned(input, vec![removal(input, (1, 1), (11, 22))]);
        assert_eq!(render(&c, false), "-- [call_to_action cta/newsletter: newsletter prompt]\n~ Text here. [-Sign up now-]\n");
    }

    #[test]
    fn color_has_escapes() {
        let input = "Sign up now\n";
        let c = cleaned(input, vec![removal(input, (1, 1), (0, 11))]);
        let s = render(&c, true);
        assert!(s.contains("\u{1b}["));
        assert!(s.contains("[call_to_action: newsletter prompt]"));
    }
}
