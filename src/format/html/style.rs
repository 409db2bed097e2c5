//! The page's style sheet: readable on screen, and printed on A4 or Letter with the
//! initiative and participant at the top of every page, page numbers at the foot, each theme
//! from a new page, tables that wrap rather than run off the page, and pictures kept whole.
//!
//! Pure text; the only outside words in it are the running head, passed through
//! `css_string`. Never loads anything (no fonts, no images, no imports).

use super::escape::css_string;

/// The style sheet for a document whose pages carry `running_head` at the top.
pub fn css(running_head: &str) -> String {
    let head = css_string(running_head);
    format!(
        "@page {{ margin: 17mm 15mm 16mm 15mm;\n  \
         @top-left {{ content: \"{head}\"; font: 8.5pt {FONT}; color: #444; }}\n  \
         @bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); font: 8.5pt {FONT}; color: #444; }} }}\n\
         @page compact {{ margin: 14mm 13mm 13mm 13mm; }}\n\
         {BODY}{COMPACT}"
    )
}

/// The session pack on paper: 9-point type, tight paragraphs, lists and tables, narrower
/// margins (a third more on a page than the workbook's export; issue 14).
const COMPACT: &str = r#"@media print {
  body.compact { page: compact; }
  html:has(body.compact) { font-size: 9pt; }
  .compact p { margin: 0.15em 0 0.35em; }
  .compact li { margin: 0; }
  .compact ul { margin: 0.1em 0 0.35em; }
  .compact h2 { margin: 0.9em 0 0.3em; }
  .compact h3 { margin: 0.8em 0 0.25em; }
  .compact .table { margin: 0.2em 0 0.4em; }
  .compact th, .compact td { padding: 0.1em 0.35em; }
}
"#;

const FONT: &str = "\"Noto Sans\", \"DejaVu Sans\", \"Segoe UI\", Arial, sans-serif";

const BODY: &str = r#":root { color-scheme: light; }
html { font: 11pt/1.45 "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #161616; background: #fff; }
body { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.75em; line-height: 1.2; margin: 0.2em 0 0.4em; }
h2 { font-size: 1.4em; margin: 1.6em 0 0.5em; padding-bottom: 0.15em; border-bottom: 2px solid #1f4e79; }
h3 { font-size: 1.15em; margin: 1.4em 0 0.4em; }
h4, h5, h6 { font-size: 1em; margin: 1.2em 0 0.3em; }
p { margin: 0.35em 0 0.6em; }
main p, main li, td { white-space: pre-line; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.92em; }
.running { font-size: 0.85em; color: #444; margin: 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1em 1em; margin: 0.5em 0 1.2em; font-size: 0.95em; }
.facts dt { font-weight: bold; color: #333; }
.facts dd { margin: 0; }
.qa { margin: 0.5em 0 1.1em; }
.qa > .q { margin-bottom: 0.25em; }
.qa .a { margin-left: 0.9em; }
.qa .qa { margin: 0.6em 0 0.4em 0.9em; padding-left: 0.6em; border-left: 2px dotted #777; }
.missing { color: #555; font-style: italic; }
.typed { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.2em 0 0.5em; }
ul { margin: 0.2em 0 0.6em; padding-left: 1.3em; }
li { margin: 0.1em 0; overflow-wrap: anywhere; }
.note { margin: 0.5em 0 0.8em 0.9em; padding: 0.35em 0.7em; border: 1.5px solid #7a4b00; border-left-width: 6px; background: #fff6e0; }
.note .note-label { font-weight: bold; margin: 0 0 0.2em; color: #5a3700; }
.note .note-label::before { content: "✎ "; }
.table { max-width: 100%; overflow-x: auto; margin: 0.3em 0 0.8em; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
th, td { border: 1px solid #8a8a8a; padding: 0.2em 0.45em; text-align: left; vertical-align: top; overflow-wrap: break-word; }
td.long, th.long, table.wide td, table.wide th { overflow-wrap: anywhere; }
table.wide { table-layout: fixed; }
th { background: #e8eef5; }
figure { margin: 1em 0 1.4em; }
figure .fig-title { font-weight: bold; margin: 0 0 0.2em; }
figure .caption { font-style: italic; color: #333; margin: 0 0 0.5em; }
svg text { font-family: inherit; }
svg text:not([fill]) { fill: #111; }
svg .label { font-size: 12px; }
svg .qname { font-size: 12.5px; font-weight: bold; fill: #222; }
svg .tick { font-size: 11px; fill: #333; }
svg .axis { font-size: 12px; font-weight: bold; }
.map-quadrant .qname { font-size: 14.5px; }
.map-quadrant .tick { font-size: 13.5px; }
.map-quadrant .axis { font-size: 14px; }
figure svg { display: block; width: 100%; height: auto; max-height: 150mm; }
.fig-body { display: flex; gap: 1em; align-items: flex-start; }
.fig-body > svg { flex: 1 1 60%; min-width: 0; }
.fig-body > .legend { flex: 1 1 40%; }
.fig-body.stacked { display: block; }
.fig-body.stacked > .legend { columns: 2; column-gap: 1.5em; margin-top: 0.5em; }
.fig-body.stacked > .legend ul, .fig-body.stacked > .legend ol { break-inside: avoid-column; }
.legend { font-size: 0.88em; }
.legend ol, .legend ul { list-style: none; padding-left: 0; margin: 0.2em 0 0.5em; }
.legend li { margin: 0.15em 0; }
.legend .num { display: inline-block; min-width: 1.6em; padding: 0 0.2em; margin-right: 0.35em; border: 1.2px solid #1f4e79; border-radius: 0.8em; text-align: center; font-weight: bold; font-size: 0.9em; }
.legend .num.hot { background: #8b1a1a; border-color: #8b1a1a; color: #fff; }
.legend svg { display: inline; width: auto; height: 0.9em; vertical-align: -0.1em; }
.scale { font-size: 0.88em; color: #222; }
footer { margin-top: 2em; font-size: 0.8em; color: #555; }
@media (max-width: 40rem) { .fig-body { display: block; } }
@media print {
  html { font-size: 10pt; }
  body { max-width: none; margin: 0; padding: 0; }
  .running { display: none; }
  .new-page { break-before: page; }
  main > section.new-page:first-of-type { break-before: auto; }
  h2, h3, h4, .q, .fig-title, section > h3 + p { break-after: avoid; }
  .qa, figure, .note, tr, li { break-inside: avoid; }
  .table { overflow: visible; }
  thead { display: table-header-group; }
  .fig-body > svg { flex-basis: 58%; }
  figure svg { max-height: 175mm; }
  th { background: #e8eef5 !important; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .note, .legend .num.hot, svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"#;
