//! Plain mode without a command (`convene --plain`): the workbooks in the data folder,
//! numbered newest first; the chosen one is opened in plain mode.
//!
//! Reads the folder only; opening goes through the store (with its lock), like
//! `convene open`.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use crate::store;
use crate::store::Ctx;

use super::{read_line, run_session, write_lines};
use crate::words::plain as words;

pub fn run_home(
    ctx: &Ctx,
    mut input: impl BufRead + Send + 'static,
    mut output: impl Write,
) -> anyhow::Result<ExitCode> {
    let dir = store::data_dir_path(ctx.data_dir_override.as_deref())?;
    let listed: Vec<_> = store::list_fronts(&dir, &ctx.pack)
        .into_iter()
        .filter_map(|l| l.front.ok().map(|front| (l.path, front)))
        .collect();
    let start = words::START_NEW.to_string();
    let shown_dir = dir.display().to_string();
    if listed.is_empty() {
        write_lines(&mut output, &[words::no_workbooks(&shown_dir), start])?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut lines = vec![words::your_workbooks(&shown_dir)];
    for (i, (path, front)) in listed.iter().enumerate() {
        let p = front.progress;
        lines.push(words::workbook_row(
            i + 1,
            &front.meta.initiative,
            p.answered,
            p.total,
            &path.display().to_string(),
        ));
    }
    lines.push(start);
    lines.push(words::open_which(listed.len()));
    write_lines(&mut output, &lines)?;
    loop {
        let Some(line) = read_line(&mut input)? else {
            return Ok(ExitCode::SUCCESS);
        };
        let word = line.trim();
        if word.is_empty() || word == ":quit" {
            return Ok(ExitCode::SUCCESS);
        }
        match word
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| listed.get(i))
        {
            // One that cannot be opened (damaged further down than the list reads, open
            // in another convene, gone) is said, and another can be chosen.
            Some((path, _)) => match store::open_workbook_for(path, &ctx.pack) {
                Ok((session, workbook)) => {
                    return run_session(ctx, session, workbook, input, output);
                }
                Err(err) => write_lines(
                    &mut output,
                    &[words::not_opened(&store::reason(&err), listed.len())],
                )?,
            },
            None => write_lines(&mut output, &[words::not_a_workbook(word, listed.len())])?,
        }
    }
}
