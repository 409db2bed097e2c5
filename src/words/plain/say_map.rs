//! The wording of what `:map` says (the read-back and each picture in words): the `Say`
//! values `say.rs` passes on here.
//!
//! Words only: returns one line, not yet sanitised (the loop does that to every line it
//! writes).

use super::Say;

/// The line one of `:map`'s `Say` values prints (empty for any other).
pub(super) fn map_line(s: &Say) -> String {
    match s {
        Say::NoMap => "This content pack draws no map.".to_string(),
        Say::ReadBack(title) => format!("{title}:"),
        Say::Section(title) => format!("  {title}"),
        Say::MapLine(line) => format!("    - {line}"),
        Say::MapQuestion(question) => format!("    {question}"),
        Say::Picture(title) => format!("Picture: {title}"),
        Say::PictureEmpty => "  Nothing to draw yet: answer the exercises it draws on.".to_string(),
        Say::Practices(n) => format!("  {n} practices."),
        Say::Edge {
            kind,
            a,
            b,
            label,
            heat,
        } => {
            let mut line = format!("  {kind}: {a} and {b}");
            if let Some(label) = label {
                line.push_str(&format!(" ({label})"));
            }
            if let Some((value, max, high)) = heat {
                let hot = if *high { ", hot" } else { "" };
                line.push_str(&format!(", {value} of {max}{hot}"));
            }
            line
        }
        Say::QuadrantNames {
            label,
            x,
            y,
            points,
        } => {
            let names: Vec<String> = points
                .iter()
                .map(|p| format!("{} ({x} {}, {y} {})", p.name, p.x, p.y))
                .collect();
            let names = if names.is_empty() {
                "none".to_string()
            } else {
                names.join("; ")
            };
            format!("  {label}: {names}")
        }
        Say::NotPlaced(names) => format!("  Not placed yet: {}", names.join(", ")),
        Say::Bar {
            label,
            measure,
            value,
        } => {
            let value = match value {
                None => "not rated yet".to_string(),
                Some((v, max, Some(level))) => format!("{level} ({v} of {max})"),
                Some((v, max, None)) => format!("{v} of {max}"),
            };
            format!("  {label}: {measure} {value}")
        }
        _ => String::new(),
    }
}
