//! Markdown from a pack (guidance, introductions, sources) as plain words, for plain mode:
//! emphasis and code markers left out, links as their text, list items with `-` or their
//! number, the pack's own line breaks kept.
//!
//! Pure text to text; never prints. The result is not sanitised: whoever prints it does.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// The words of `md` without its markup.
pub fn markdown_as_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    // One entry per open list: the next number, or None for bullets.
    let mut lists: Vec<Option<u64>> = Vec::new();
    for event in Parser::new(md) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => {
                out.push('\n');
                out.push_str(&"  ".repeat(lists.len()));
            }
            Event::Start(Tag::List(first)) => lists.push(first),
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                if lists.is_empty() {
                    out.push('\n');
                }
            }
            Event::Start(Tag::Item) => {
                out.push_str(&"  ".repeat(lists.len().saturating_sub(1)));
                match lists.last_mut() {
                    Some(Some(n)) => {
                        out.push_str(&format!("{n}. "));
                        *n += 1;
                    }
                    _ => out.push_str("- "),
                }
            }
            Event::End(TagEnd::Item) => out.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_)) if lists.is_empty() => {
                out.push_str("\n\n");
            }
            Event::Rule => out.push_str("\n\n"),
            _ => {}
        }
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::markdown_as_text;

    #[test]
    fn markup_is_left_out_and_the_words_and_lines_stay() {
        let md = "**Example.** The physiotherapist writing about *Steady at Home*\ntells a story.\n\nLeave out:\n\n- names, `initials`;\n- [details](https://example.org).\n\n1. First\n2. Second";
        assert_eq!(
            markdown_as_text(md),
            "Example. The physiotherapist writing about Steady at Home\ntells a story.\n\nLeave out:\n\n- names, initials;\n- details.\n\n1. First\n2. Second"
        );
    }
}
