//! Grid and quadrant answers as GFM tables: one row per stored row, one column per cell id,
//! and for a quadrant a derived "Quadrant" column that reading ignores.
//!
//! Never drops a row or a cell: rows whose list item is gone stay in the table, marked.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::content::{Pack, Prompt, Rows};
use crate::workbook::derive::{self, Orphan};
use crate::workbook::{Row, Workbook};

use super::inline::{display, escape, split_tag, tag, unescape};
use super::values;
use super::write::row_label;
use crate::workbook::derive::field_options;

/// Writes the table (ending with a blank line).
pub fn write(
    out: &mut String,
    (wb, pack, orphans): (&Workbook, &Pack, &[Orphan]),
    id: &str,
    prompt: Option<&Prompt>,
    rows: &[Row],
) {
    // (column id, header label, options for choice cells)
    let mut columns: Vec<(String, String, Vec<crate::content::Opt>)> = Vec::new();
    let mut spec: Option<&Rows> = None;
    if let Some(p) = prompt {
        spec = p.kind.rows();
        for c in p.kind.columns() {
            columns.push((c.id.clone(), display(&c.label), field_options(wb, &c.kind)));
        }
        if let Some((x, y, _)) = p.kind.axes() {
            for axis in [x, y] {
                columns.push((axis.id.clone(), display(&axis.label), Vec::new()));
            }
        }
    }
    let extra: BTreeSet<&String> = rows
        .iter()
        .flat_map(|r| r.cells.keys())
        .filter(|k| !columns.iter().any(|(id, _, _)| id == *k))
        .collect();
    for k in extra {
        columns.push((k.clone(), escape(k), Vec::new()));
    }
    let quadrant = prompt.filter(|p| p.kind.axes().is_some());
    let row_header = match spec {
        Some(Rows::FromList { list, .. }) => pack
            .prompt(list)
            .and_then(|p| p.kind.item_label())
            .map(display)
            .unwrap_or_default(),
        _ => String::new(),
    };
    let row_header = if row_header.is_empty() {
        "Row".to_string()
    } else {
        row_header
    };
    let orphaned: Vec<&str> = orphans
        .iter()
        .filter_map(|o| match o {
            Orphan::Row { prompt, row } if prompt == id => Some(row.as_str()),
            _ => None,
        })
        .collect();

    let mut header = vec![row_header];
    for (cid, label, _) in &columns {
        header.push(join(label.clone(), tag("column", &[("id", cid)])));
    }
    if quadrant.is_some() {
        header.push(join("Quadrant".to_string(), tag("derived", &[])));
    }
    line(out, &header);
    line(out, &vec!["---".to_string(); header.len()]);
    for row in rows {
        let mut visible = row_label(spec, &row.key);
        if orphaned.contains(&row.key.as_str()) {
            visible.push_str(" _(no longer in the list)_");
        }
        // A row marked "not relevant" always carries its tag, with `skip="true"`; files from
        // before the mark simply have no such attribute.
        let first = if row.skipped {
            visible.push_str(" _(not relevant)_");
            join(visible, tag("row", &[("key", &row.key), ("skip", "true")]))
        } else if unescape(&visible) == row.key {
            visible
        } else {
            join(visible, tag("row", &[("key", &row.key)]))
        };
        let mut cells = vec![first];
        for (cid, _, opts) in &columns {
            cells.push(match row.cells.get(cid) {
                None => String::new(),
                Some(value) => {
                    let (visible, attrs) = values::encode(value, opts);
                    if attrs.is_empty() {
                        visible
                    } else {
                        let attrs: Vec<(&str, &str)> =
                            attrs.iter().map(|(k, v)| (*k, v.as_str())).collect();
                        join(visible, tag("cell", &attrs))
                    }
                }
            });
        }
        if let Some(p) = quadrant {
            cells.push(derive::quadrant_of(p, row).map_or_else(String::new, |o| display(&o.label)));
        }
        line(out, &cells);
    }
    out.push('\n');
}

fn join(visible: String, tag: String) -> String {
    if visible.is_empty() {
        tag
    } else {
        format!("{visible} {tag}")
    }
}

/// One table row, each cell one space inside its pipes (`| |` when empty), the compact
/// style Markdown linters expect.
pub(super) fn line<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    out.push('|');
    for c in cells {
        let c = c.as_ref();
        if c.is_empty() {
            out.push_str(" |");
        } else {
            let _ = write!(out, " {c} |");
        }
    }
    out.push('\n');
}

/// Splits a table line into cells at pipes that are not backslash-escaped.
fn cells(line: &str) -> Vec<&str> {
    let line = line.trim_matches([' ', '\t']);
    let line = line.strip_prefix('|').unwrap_or(line);
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while let Some(skip) = bytes.get(i..).and_then(|b| memchr::memchr2(b'\\', b'|', b)) {
        i += skip;
        if bytes[i] == b'\\' {
            i += 2;
            continue;
        }
        out.push(&line[start..i]);
        i += 1;
        start = i;
    }
    let last = &line[start.min(line.len())..];
    if !last.trim_matches([' ', '\t']).is_empty() {
        out.push(last);
    }
    out
}

fn is_delimiter(line: &str) -> bool {
    let cs = cells(line);
    !cs.is_empty()
        && cs.iter().all(|c| {
            let c = c.trim().trim_start_matches(':').trim_end_matches(':');
            !c.is_empty() && c.bytes().all(|b| b == b'-')
        })
}

/// Reads a table from the non-blank lines between an answer's markers, each with its line
/// number. Errors carry the line number.
pub fn read(lines: &[(usize, &str)]) -> Result<Vec<Row>, (usize, String)> {
    let Some(&(head_no, head)) = lines.first() else {
        return Ok(Vec::new());
    };
    // Column ids by position; `None` for the row label and derived columns.
    let mut ids: Vec<Option<String>> = vec![None];
    for cell in cells(head).into_iter().skip(1) {
        let (visible, t) = split_tag(cell).map_err(|m| (head_no, m))?;
        match t {
            Some(t) if t.name == "column" => {
                let id = t
                    .get("id")
                    .ok_or((head_no, "a column tag has no `id`".to_string()))?;
                if ids.iter().flatten().any(|i| i == id) {
                    return Err((head_no, format!("the column `{id}` appears twice")));
                }
                ids.push(Some(id.to_string()));
            }
            Some(t) if t.name == "derived" => ids.push(None),
            _ => {
                return Err((
                    head_no,
                    format!(
                        "the table column “{}” has no `<!-- convene:column id=\"…\" -->` tag, so \
                         its answers cannot be kept",
                        visible.trim()
                    ),
                ));
            }
        }
    }
    match lines.get(1) {
        Some(&(_, l)) if is_delimiter(l) => {}
        Some(&(no, _)) => return Err((no, "expected the table's `| --- |` line".to_string())),
        None => return Err((head_no, "the table has no `| --- |` line".to_string())),
    }
    let mut rows = Vec::new();
    for &(no, l) in &lines[2..] {
        if !l.trim_start().starts_with('|') {
            return Err((no, "expected a table row starting with `|`".to_string()));
        }
        let cs = cells(l);
        if cs.len() > ids.len() {
            return Err((
                no,
                "this table row has more cells than the table has columns".to_string(),
            ));
        }
        let mut row = Row::default();
        for (i, cell) in cs.into_iter().enumerate() {
            let (visible, t) = split_tag(cell).map_err(|m| (no, m))?;
            if i == 0 {
                row.key = match &t {
                    Some(t) if t.name == "row" => {
                        row.skipped = t.get("skip") == Some("true");
                        t.get("key")
                            .ok_or((no, "a row tag has no `key`".to_string()))?
                            .to_string()
                    }
                    _ => unescape(visible.trim_matches([' ', '\t'])),
                };
                continue;
            }
            let Some(Some(id)) = ids.get(i) else {
                continue;
            };
            if let Some(value) = values::decode(visible, t.as_ref(), false).map_err(|m| (no, m))? {
                row.cells.insert(id.clone(), value);
            }
        }
        row.cells.shrink_to_fit();
        rows.push(row);
    }
    rows.shrink_to_fit();
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_respect_escaped_pipes() {
        assert_eq!(
            cells("| a \\| b | c\\\\\\| |  |"),
            vec![" a \\| b ", " c\\\\\\| ", "  "]
        );
        assert!(is_delimiter("| --- | :---: |"));
    }

    #[test]
    fn a_row_marked_not_relevant_is_tagged_and_read_back_and_older_rows_stay_unmarked() {
        let table = [
            "| Row | Sway <!-- convene:column id=\"sway\" --> |",
            "| --- | --- |",
            "| A _(not relevant)_ <!-- convene:row key=\"A\" skip=\"true\" --> | 2 |",
            "| B | 1 |",
            "| C <!-- convene:row key=\"C\" --> | |",
        ];
        let lines: Vec<(usize, &str)> = table.iter().copied().enumerate().collect();
        let rows = read(&lines).unwrap_or_default();
        let marks: Vec<(&str, bool, usize)> = rows
            .iter()
            .map(|r| (r.key.as_str(), r.skipped, r.cells.len()))
            .collect();
        assert_eq!(marks, [("A", true, 1), ("B", false, 1), ("C", false, 0)]);
        // Written again: the mark's tag, and the same rows read back.
        let wb = Workbook::default();
        let pack =
            match crate::store::pack::load_dir(std::path::Path::new("tests/packs/valid/edit")) {
                Ok(pack) => pack,
                Err(problems) => panic!("{problems:?}"),
            };
        let mut out = String::new();
        write(&mut out, (&wb, &pack, &[]), "x", None, &rows);
        assert!(
            out.contains("| A _(not relevant)_ <!-- convene:row key=\"A\" skip=\"true\" --> |"),
            "{out}"
        );
        let lines: Vec<(usize, &str)> = out.lines().filter(|l| !l.is_empty()).enumerate().collect();
        assert_eq!(read(&lines), Ok(rows));
    }
}
