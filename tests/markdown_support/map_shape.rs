//! Structural checks of a written workbook's derived map section and its Mermaid blocks,
//! independent of the writer's code: the section's markers, its fences, and per diagram that
//! every node is defined before use, every label is quoted and safe, every point in 0..1.
#![allow(dead_code)]

use convene::map::{Map, PictureBody, ReadBackItem};
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};

pub const OPEN: &str = "<!-- convene:map -->";
pub const CLOSE: &str = "<!-- /convene:map -->";

/// Whether the writer should show the section for this map.
pub fn expects_section(map: &Map) -> bool {
    map.pictures.iter().any(|p| !p.body.is_empty())
        || map.read_back.as_ref().is_some_and(|rb| {
            rb.sections
                .iter()
                .flat_map(|s| &s.items)
                .any(|i| !matches!(i, ReadBackItem::Missing(_)))
        })
}

/// The Mermaid blocks of a Markdown file, as pulldown-cmark sees them.
pub fn mermaid_blocks(md: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) if &*info == "mermaid" => {
                current = Some(String::new());
            }
            Event::Text(t) => {
                if let Some(c) = current.as_mut() {
                    c.push_str(&t);
                }
            }
            Event::End(pulldown_cmark::TagEnd::CodeBlock) => blocks.extend(current.take()),
            _ => {}
        }
    }
    blocks
}

/// Every problem found with the section of `md` written for `map` (empty when all is well).
pub fn problems(md: &str, map: &Map) -> Vec<String> {
    let mut found = Vec::new();
    let lines: Vec<&str> = md.split('\n').collect();
    let opens: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].trim() == OPEN)
        .collect();
    let closes: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].trim() == CLOSE)
        .collect();
    if !expects_section(map) {
        if !opens.is_empty() || !closes.is_empty() {
            found.push("a map section for a map with nothing to show".to_string());
        }
        return found;
    }
    let (&[open], &[close]) = (opens.as_slice(), closes.as_slice()) else {
        found.push(format!(
            "{} opening and {} closing lines",
            opens.len(),
            closes.len()
        ));
        return found;
    };
    if close < open {
        found.push("the section closes before it opens".to_string());
        return found;
    }
    let mut fence = false;
    for line in &lines[open + 1..close] {
        if line.trim_start().starts_with("<!--") {
            found.push(format!("a comment line inside the section: {line:?}"));
        }
        if line.starts_with("```") {
            fence = !fence;
        } else if line.starts_with('`') || line.starts_with('~') {
            found.push(format!("a stray fence-like line: {line:?}"));
        }
    }
    if fence {
        found.push("a fence left open at the end of the section".to_string());
    }
    // The end marker is still a top-level HTML block: nothing in the section swallowed it.
    let close_at: usize = lines[..close].iter().map(|l| l.len() + 1).sum();
    let mut depth = 0usize;
    let mut seen = false;
    for (event, range) in Parser::new_ext(md, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::HtmlBlock) if depth == 0 && range.start == close_at => seen = true,
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if !seen {
        found.push("the closing marker is not a block of its own".to_string());
    }
    let blocks = mermaid_blocks(md);
    let drawn = map.pictures.iter().filter(|p| !p.body.is_empty()).count();
    if blocks.len() != drawn {
        found.push(format!(
            "{} Mermaid blocks for {drawn} pictures",
            blocks.len()
        ));
        return found;
    }
    let bodies = map
        .pictures
        .iter()
        .map(|p| &p.body)
        .filter(|b| !b.is_empty());
    // The blocks appear in read-back order, so match them by kind and size, not position.
    let mut wanted: Vec<(&str, usize)> = bodies.map(shape_of).collect();
    for block in &blocks {
        let block = without_front_matter(block, &mut found);
        let got = match block.lines().next() {
            Some("flowchart LR") => flowchart(block, &mut found),
            Some("quadrantChart") => quadrant(block, &mut found),
            Some("xychart-beta horizontal") => xychart(block, &mut found),
            other => {
                found.push(format!("unknown diagram {other:?}"));
                continue;
            }
        };
        match wanted.iter().position(|w| *w == got) {
            Some(i) => {
                wanted.remove(i);
            }
            None => found.push(format!("a diagram {got:?} that no picture asked for")),
        }
    }
    found
}

/// The diagram after its front matter (`---` lines around YAML that holds only `config:` and
/// indented lines, as the writer uses to size a chart).
fn without_front_matter<'a>(block: &'a str, found: &mut Vec<String>) -> &'a str {
    let Some(rest) = block.strip_prefix("---\n") else {
        return block;
    };
    match rest.split_once("\n---\n") {
        Some((yaml, diagram)) => {
            let ok = yaml.lines().enumerate().all(|(i, l)| {
                if i == 0 {
                    l == "config:"
                } else {
                    l.starts_with("  ")
                }
            });
            if !ok {
                found.push(format!("unexpected front matter: {yaml:?}"));
            }
            diagram
        }
        None => {
            found.push("unclosed front matter".to_string());
            block
        }
    }
}

/// The diagram type and how many things it shows (nodes + edges, points, bars).
fn shape_of(body: &PictureBody) -> (&'static str, usize) {
    match body {
        PictureBody::Network(n) => {
            let edges = n
                .edges
                .iter()
                .filter(|e| e.from < n.nodes.len() && e.to < n.nodes.len())
                .count();
            ("flowchart LR", n.nodes.len() + edges)
        }
        PictureBody::Quadrant(q) => ("quadrantChart", q.points.len()),
        PictureBody::Bars(b) => (
            "xychart-beta horizontal",
            b.bars.iter().filter(|b| b.value.is_some()).count(),
        ),
    }
}

/// After a point's label: its group's class (`:::g2`), if any; returns the rest.
fn group_class<'a>(rest: &'a str, found: &mut Vec<String>) -> &'a str {
    let Some(class) = rest.strip_prefix(":::g") else {
        return rest;
    };
    let digits = class.len() - class.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        found.push(format!("a malformed point class: {rest:?}"));
    }
    &class[digits..]
}

/// A quoted label with nothing inside that could end it or start syntax; returns the rest.
fn label<'a>(s: &'a str, risky: &[char], found: &mut Vec<String>) -> Option<&'a str> {
    let Some(inner) = s.strip_prefix('"') else {
        found.push(format!("an unquoted label: {s:?}"));
        return None;
    };
    let Some(end) = inner.find('"') else {
        found.push(format!("an unclosed label: {s:?}"));
        return None;
    };
    let text = &inner[..end];
    if text.contains(risky) || text.chars().any(char::is_control) {
        found.push(format!("an unescaped label: {text:?}"));
    }
    Some(&inner[end + 1..])
}

const FLOW_RISKY: &[char] = &['"', '<', '>', '[', ']', '{', '}', '|', '`', '%', '\\', ':'];

fn flowchart(block: &str, found: &mut Vec<String>) -> (&'static str, usize) {
    let mut defined = std::collections::BTreeSet::new();
    let mut count = 0;
    for line in block.lines().skip(1) {
        let t = line.trim_start();
        if t == "end" {
            continue;
        }
        if let Some(rest) = t.strip_prefix("subgraph g") {
            let (id, rest) = rest.split_at(rest.find('[').unwrap_or(0));
            if id.parse::<usize>().is_err() || !rest.starts_with("[\"") || !rest.ends_with("\"]") {
                found.push(format!("a malformed subgraph: {line:?}"));
            } else if label(&rest[1..], FLOW_RISKY, found) != Some("]") {
                found.push(format!("text after a subgraph label: {line:?}"));
            }
            continue;
        }
        let Some((id, rest)) = t.split_once(['[', ' ']) else {
            found.push(format!("an unknown flowchart line: {line:?}"));
            continue;
        };
        if !id.starts_with('n') || id[1..].parse::<usize>().is_err() {
            found.push(format!("a node id that is not nN: {line:?}"));
            continue;
        }
        if t.as_bytes()[id.len()] == b'[' {
            // The one piece of HTML the writer adds: the group in small type.
            let rest = match rest.split_once("<br><small>") {
                Some((name, group)) => format!("{name} {}", group.replacen("</small>", "", 1)),
                None => rest.to_string(),
            };
            if label(&rest, FLOW_RISKY, found) != Some("]") || !defined.insert(id.to_string()) {
                found.push(format!("a malformed or repeated node: {line:?}"));
            }
            count += 1;
            continue;
        }
        let (link, rest) = (rest.get(..3).unwrap_or(""), rest.get(3..).unwrap_or(""));
        if !["---", "-.-", "==="].contains(&link) {
            found.push(format!("an unknown link: {line:?}"));
            continue;
        }
        let to = match rest.strip_prefix('|') {
            Some(l) => label(l, FLOW_RISKY, found).and_then(|r| r.strip_prefix("| ")),
            None => rest.strip_prefix(' '),
        };
        for end in [Some(id), to] {
            if end.is_none_or(|e| !defined.contains(e)) {
                found.push(format!("a link to a node not defined before: {line:?}"));
            }
        }
        count += 1;
    }
    ("flowchart LR", count)
}

const PLAIN_RISKY: &[char] = &[
    '"', '<', '>', '[', ']', '{', '}', '|', '`', '%', '\\', ':', '#',
];

fn quadrant(block: &str, found: &mut Vec<String>) -> (&'static str, usize) {
    let mut points = 0;
    let mut quadrants = 0;
    let mut axes = 0;
    for line in block.lines().skip(1) {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix("x-axis ").or(t.strip_prefix("y-axis ")) {
            axes += 1;
            let rest = label(rest, PLAIN_RISKY, found).and_then(|r| r.strip_prefix(" --> "));
            if rest.and_then(|r| label(r, PLAIN_RISKY, found)) != Some("") {
                found.push(format!("a malformed axis: {line:?}"));
            }
        } else if let Some(rest) = t.strip_prefix("quadrant-") {
            quadrants += 1;
            let rest = rest
                .strip_prefix(['1', '2', '3', '4'])
                .and_then(|r| r.strip_prefix(' '));
            if rest.and_then(|r| label(r, PLAIN_RISKY, found)) != Some("") {
                found.push(format!("a malformed quadrant: {line:?}"));
            }
        } else if let Some(rest) = t.strip_prefix("classDef g") {
            // A group's style: its number, then a fixed colour and radius.
            let (n, style) = rest.split_once(' ').unwrap_or(("", ""));
            let colour = style
                .strip_prefix("color: #")
                .and_then(|r| r.strip_suffix(", radius: 6"));
            if n.parse::<usize>().is_err()
                || colour.is_none_or(|c| c.len() != 6 || !c.chars().all(|c| c.is_ascii_hexdigit()))
            {
                found.push(format!("a malformed group style: {line:?}"));
            }
        } else {
            points += 1;
            let coords = label(t, PLAIN_RISKY, found)
                .map(|r| group_class(r, found))
                .and_then(|r| r.strip_prefix(": ["))
                .and_then(|r| r.strip_suffix(']'))
                .and_then(|r| r.split_once(", "));
            let ok = coords.is_some_and(|(x, y)| {
                [x, y].iter().all(|v| {
                    v.len() == 5
                        && v.starts_with("0.")
                        && v.parse::<f64>().is_ok_and(|f| f > 0.0 && f < 1.0)
                })
            });
            if !ok {
                found.push(format!("a point not within 0..1: {line:?}"));
            }
        }
    }
    if axes != 2 || quadrants != 4 {
        found.push(format!("{axes} axes and {quadrants} quadrants"));
    }
    ("quadrantChart", points)
}

fn xychart(block: &str, found: &mut Vec<String>) -> (&'static str, usize) {
    const KIND: &str = "xychart-beta horizontal";
    let lines: Vec<&str> = block.lines().map(str::trim_start).collect();
    let [_, x, y, bar] = lines.as_slice() else {
        found.push(format!("an xychart of {} lines", lines.len()));
        return (KIND, 0);
    };
    let mut names = 0;
    let mut rest = x
        .strip_prefix("x-axis [")
        .and_then(|r| r.strip_suffix(']'))
        .unwrap_or_default();
    while !rest.is_empty() {
        names += 1;
        match label(rest, PLAIN_RISKY, found) {
            Some(r) => rest = r.strip_prefix(", ").unwrap_or(r),
            None => break,
        }
    }
    let values: Vec<&str> = bar
        .strip_prefix("bar [")
        .and_then(|r| r.strip_suffix(']'))
        .map(|r| r.split(", ").filter(|v| !v.is_empty()).collect())
        .unwrap_or_default();
    if values.len() != names || values.iter().any(|v| v.parse::<i64>().is_err()) {
        found.push(format!("{names} bar names and values {values:?}"));
    }
    let axis_ok = y
        .strip_prefix("y-axis ")
        .and_then(|r| label(r, PLAIN_RISKY, found))
        .and_then(|r| r.strip_prefix(' '))
        .and_then(|r| r.split_once(" --> "))
        .is_some_and(|(lo, hi)| lo.parse::<i64>().is_ok() && hi.parse::<i64>().is_ok());
    if !axis_ok {
        found.push(format!("a malformed y axis: {y:?}"));
    }
    (KIND, names)
}
