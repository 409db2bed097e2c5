//! One of the map's pictures as a `<figure>`: its title and caption, the SVG drawn from the
//! map model, and beside it a legend in HTML (names, numbers, values), or a sentence saying
//! which answers would fill an empty picture.
//!
//! Pure; every word escaped.

use std::fmt::Write as _;

use crate::map::{Picture, PictureBody};

use super::escape::esc_line;

/// Writes the figure; `n` (from 1) makes the ids inside it unique in the page.
pub fn figure(out: &mut String, p: &Picture, n: usize) {
    let kind = match &p.body {
        PictureBody::Network(_) => "network",
        PictureBody::Quadrant(_) => "quadrant",
        PictureBody::Bars(_) => "bars",
    };
    let _ = writeln!(
        out,
        "<figure class=\"picture {kind}\" id=\"picture-{n}\" data-picture=\"{}\">",
        esc_line(&p.id)
    );
    if !p.title.trim().is_empty() {
        let _ = writeln!(out, "<p class=\"fig-title\">{}</p>", esc_line(&p.title));
    }
    if !p.caption.trim().is_empty() {
        let _ = writeln!(
            out,
            "<figcaption class=\"caption\">{}</figcaption>",
            esc_line(&p.caption)
        );
    }
    match &p.body {
        PictureBody::Network(net) if net.nodes.is_empty() => {
            empty(
                out,
                "No practices are named yet, so there is no landscape to draw.",
            );
        }
        PictureBody::Network(net) => super::network::draw(out, net, &p.title),
        PictureBody::Quadrant(q) => super::quadrant::draw(out, q, &p.title),
        PictureBody::Bars(b) if p.body.is_empty() => {
            let measure = if b.measure.trim().is_empty() {
                "this scale".to_string()
            } else {
                b.measure.trim().to_string()
            };
            empty(
                out,
                &format!("Nothing is rated on {measure} yet, so there are no bars to draw."),
            );
        }
        PictureBody::Bars(b) => super::bars::draw(out, b, &p.title, n),
    }
    out.push_str("</figure>\n");
}

fn empty(out: &mut String, sentence: &str) {
    let _ = writeln!(out, "<p class=\"missing\">{}</p>", esc_line(sentence));
}
