//! `--explain`: the input with every removed span marked with its category, rule and reason.
//!
//! Plain form (pipes, `NO_COLOR`): each removed span opens with a header line
//! `-- [category rule: reason]`; removed lines are prefixed `- `, kept lines `  `,
//! and a line that is only partly removed is prefixed `~ ` with the cut text
//! between `[-` and `-]`. Colored form (terminals): kept text as is, removed text
//! dimmed red and struck through, each span opened by a yellow `[category: reason]` tag.
//! Either form starts with one legend line.
//!
//! HTML form (`--format html`): one self-contained page ([`html_head`], a
//! [`render_html`] section per document, [`html_tail`]): kept text plain, removed
//! spans in `<del class="c-CATEGORY" title="category rule: reason">` with a category tag,
//! a legend with the category colors; all text HTML-escaped.

use anstyle::{AnsiColor, Style};
use chaff::{Cleaned, Removal};
use std::fmt::Write as _;

/// Whether to color: stdout is a terminal and `NO_COLOR` is unset or empty.
pub fn use_color() -> bool {
    use std::io::IsTerminal;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    !no_color && std::io::stdout().is_terminal()
}

const REMOVED: Style = Style::new().dimmed().strikethrough().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
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

/// The legend line printed once before the explanations.
pub fn legend(color: bool) -> String {
    if color {
        format!(
            "legend: kept text plain · {}removed text{} · {}[category: reason]{} {}(rule){} opens each removed span\n\n",
            REMOVED.render(),
            REMOVED.render_reset(),
            TAG.render(),
            TAG.render_reset(),
            RULE.render(),
            RULE.render_reset()
        )
    } else {
        "# legend: '  ' kept line · '- ' removed line · '~ ' line with [-removed text-] · '-- [category rule: reason]' opens each removed span\n\n".into()
    }
}

/// Colors of the categories in the HTML page (background of removed spans).
const HTML_COLORS: [(&str, &str); 9] = [
    ("paywall", "#fde2e2"),
    ("comments", "#e2ecfd"),
    ("foreign_promo", "#f3e2fd"),
    ("headline_list", "#fdf1e2"),
    ("caption", "#e2fdf0"),
    ("call_to_action", "#fdfbe2"),
    ("byline", "#e2f9fd"),
    ("navigation", "#ececec"),
    ("other", "#f0e6dc"),
];

/// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The start of the HTML page: head with the style sheet, title and legend.
pub fn html_head() -> String {
    let mut css = String::from(
        "body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}\n\
         pre.doc{white-space:pre-wrap;font:inherit;border-top:1px solid #ccc;padding-top:1em}\n\
         del{text-decoration:line-through;text-decoration-color:#a33;color:#666;border-radius:3px}\n\
         .tag{font:bold 11px monospace;color:#fff;background:#a33;border-radius:3px;padding:0 4px;margin-right:3px;user-select:none}\n\
         .legend span{display:inline-block;margin:0 .5em .3em 0;padding:0 6px;border-radius:3px}\n",
    );
    let mut legend = String::new();
    for (cat, color) in HTML_COLORS {
        let _ = writeln!(css, "del.c-{cat},.legend .c-{cat}{{background:{color}}}");
        let _ = write!(legend, "<span class=\"c-{cat}\">{cat}</span>");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>chaff --explain</title>\n<style>\n{css}</style>\n</head>\n<body>\n\
         <h1>chaff --explain</h1>\n<p class=\"legend\">Kept text is plain; removed text is <del>struck through</del>, \
         tagged with its category and colored by it (hover for rule and reason): {legend}</p>\n"
    )
}

/// The end of the HTML page.
pub fn html_tail() -> &'static str {
    "</body>\n</html>\n"
}

/// One document as an HTML section: its name, then its text with removed spans marked.
pub fn render_html(c: &Cleaned, doc: &str) -> String {
    let input = c.input.as_str();
    let mut removals: Vec<&Removal> = c.removals.iter().filter(|r| r.start_byte < r.end_byte).collect();
    removals.sort_by_key(|r| (r.start_byte, r.end_byte));
    let mut out = String::with_capacity(input.len() * 5 / 4 + 256);
    let _ = write!(out, "<section>\n<h2>{}</h2>\n<pre class=\"doc\">", escape_html(doc));
    let mut at = 0;
    for r in removals {
        if r.start_byte < at {
            continue;
        }
        let (Some(kept), Some(cut)) = (input.get(at..r.start_byte), input.get(r.start_byte..r.end_byte)) else { continue };
        out.push_str(&escape_html(kept));
        let title = format!("{} {}: {}", r.category, r.rule, r.reason);
        let _ = write!(
            out,
            "<del class=\"c-{cat}\" title=\"{title}\"><span class=\"tag\">{cat}</span>{text}</del>",
            cat = r.category,
            title = escape_html(&title),
            text = escape_html(cut)
        );
        at = r.end_byte;
    }
    out.push_str(&escape_html(input.get(at..).unwrap_or("")));
    out.push_str("</pre>\n</section>\n");
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
    fn html_escapes_and_marks() {
        let input = "A <b> & \"q\"\nSign up <now>\n";
        let c = cleaned(input, vec![removal(input, (2, 2), (12, 25))]);
        let h = render_html(&c, "x<y");
        assert!(h.contains("<h2>x&lt;y</h2>"));
        assert!(h.contains("A &lt;b&gt; &amp; &quot;q&quot;"));
        assert!(h.contains("<del class=\"c-call_to_action\" title=\"call_to_action cta/newsletter: newsletter prompt\"><span class=\"tag\">call_to_action</span>Sign up &lt;now&gt;</del>"));
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
