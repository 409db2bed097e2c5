//! `convene review PATH...`: the coach's view of a cohort. `--summary` and `--csv` export it;
//! without them, the review screens on a terminal (with the coach's notes found beside each
//! workbook), or a short overview in plain mode (`--plain`, `TERM=dumb`, off a terminal).
//!
//! Reads participants' files only: never writes, locks or changes one. Never overwrites an
//! existing output file, and never prints a control character from a file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::bail;

use crate::cli::ReviewArgs;
use crate::format::answer::participant_name;
use crate::format::{csv, pieces, session, summary};
use crate::review;
use crate::store;
use crate::store::{Ctx, console};
use crate::text::sanitize::visible;
use crate::workbook::cohort::{Cohort, workbook_progress};

pub fn run(ctx: &Ctx, args: &ReviewArgs, plain: bool) -> anyhow::Result<ExitCode> {
    let to_stdout = |p: &Option<PathBuf>| p.as_deref().is_some_and(is_stdout);
    if to_stdout(&args.summary) && to_stdout(&args.csv) {
        bail!(
            "--summary and --csv cannot both go to standard output; give one of them a file: --csv=FILE"
        );
    }
    for out in [&args.summary, &args.csv].into_iter().flatten() {
        if !is_stdout(out) && store::export::exists(out) {
            bail!(
                "{} already exists; convene never overwrites it: choose another name or remove it first",
                visible(&out.display().to_string())
            );
        }
    }
    let mut cohort = store::cohort::load_cohort(&args.paths);
    // Read as the participant would see them under this pack: moved answers follow their
    // prompt (in memory only: a review never writes a workbook).
    for loaded in &mut cohort.workbooks {
        crate::workbook::moves::follow_moves(&mut loaded.workbook, &ctx.pack);
    }
    if cohort.workbooks.is_empty() {
        for line in problem_lines(&cohort) {
            console::warn(&line);
        }
        bail!("no workbook could be read from the path(s) given");
    }
    if args.summary.is_none() && args.csv.is_none() && args.feedback.is_none() {
        if !plain {
            // `--coach`, else CONVENE_COACH, else the settings file (see `commands::flags`).
            return review_screens(ctx, cohort, ctx.settings.coach.value.clone());
        }
        emit(Path::new("-"), &overview(&cohort, ctx))?;
        return Ok(ExitCode::SUCCESS);
    }
    let notes = store::cohort::load_cohort_notes(&cohort);
    if let Some(out) = &args.summary {
        summary_file(ctx, &cohort, &notes, out, args.full)?;
    }
    if let Some(out) = &args.csv {
        stream(out, |push| {
            csv::write_csv(&cohort, &ctx.pack, &notes, !args.csv_plain, push)
        })?;
    }
    if let Some(dir) = &args.feedback {
        feedback(ctx, &cohort, &notes, dir)?;
    }
    let (read, unread) = (cohort.workbooks.len(), cohort.problems.len());
    // The process ends next: freeing a thousand workbooks one allocation at a time would
    // only delay the exit (issue 17), so the memory goes back with the process instead.
    std::mem::forget(cohort);
    std::mem::forget(notes);
    console::warn(&format!(
        "Reviewed {read} workbook(s){}.",
        if unread == 0 {
            String::new()
        } else {
            format!("; {unread} file(s) could not be read (listed in the summary)")
        }
    ));
    Ok(ExitCode::SUCCESS)
}

/// `--summary=FILE`: the session pack (`full`: the whole archive) as an HTML page for a
/// file named `….html`, else as Markdown written to the file as it is made.
fn summary_file(
    ctx: &Ctx,
    cohort: &Cohort,
    notes: &crate::workbook::cohort::CohortNotes,
    out: &Path,
    full: bool,
) -> anyhow::Result<()> {
    let pack = &ctx.pack;
    if is_html(out) {
        let doc = if full {
            summary::summary_doc(cohort, pack, notes)
        } else {
            session::session_doc(cohort, pack, notes)
        };
        return emit(out, &crate::format::html::page(&doc));
    }
    stream(out, |push| {
        pieces::markdown_pieces(cohort, pack, notes, full, push)
    })
}

/// An export made in pieces (`make` hands each to `push`), written to `out` as they come: a
/// new file (synced before it is reported written), or standard output for `-`.
fn stream(
    out: &Path,
    make: impl FnOnce(&mut dyn FnMut(String) -> anyhow::Result<()>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let shown = visible(&out.display().to_string());
    let mut sink = store::sink::Sink::create(out, &shown)?;
    make(&mut |piece| sink.push(piece))?;
    sink.finish()?;
    if !is_stdout(out) {
        console::warn(&format!("Wrote {shown}"));
    }
    Ok(())
}

/// `--feedback=DIR`: a feedback file per workbook with notes, never over a file.
fn feedback(
    ctx: &Ctx,
    cohort: &Cohort,
    notes: &crate::workbook::cohort::CohortNotes,
    dir: &Path,
) -> anyhow::Result<()> {
    let shown = visible(&dir.display().to_string());
    let mut written = 0;
    for loaded in &cohort.workbooks {
        let Some(n) = notes.on(&loaded.path).filter(|n| n.count() > 0) else {
            continue;
        };
        store::feedback::write_feedback(dir, &loaded.path, &loaded.workbook, n, &ctx.pack)
            .map_err(|e| anyhow::anyhow!("{}", store::reason(&e)))?;
        written += 1;
    }
    console::warn(&crate::words::review::feedback_written(written, &shown));
    Ok(())
}

/// The review screens over the cohort, with the notes found beside each workbook. A notes
/// file that cannot be read is listed with the files that could not be read, and is never
/// written over.
fn review_screens(
    ctx: &Ctx,
    mut cohort: Cohort,
    coach: Option<String>,
) -> anyhow::Result<ExitCode> {
    let notes = store::cohort::load_notes_for_review(&mut cohort);
    let mut state = review::app::State::new(crate::content::Pack::clone(&ctx.pack), cohort, notes);
    state.coach = coach;
    crate::tui::review::run(state, ctx.settings.mouse.value)
}

/// A summary file named `….html` or `….htm` (any case) is written as an HTML page.
fn is_html(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Writes `text` to the file (created new, private to its owner) or to standard output.
fn emit(path: &Path, text: &str) -> anyhow::Result<()> {
    match path {
        path if is_stdout(path) => Ok(console::data(text)?),
        path => {
            let shown = visible(&path.display().to_string());
            store::export::write_new(path, &shown, text)?;
            console::warn(&format!("Wrote {shown}"));
            Ok(())
        }
    }
}

/// One line per workbook (participant, initiative, progress, path), then the problems.
fn overview(cohort: &Cohort, ctx: &Ctx) -> String {
    let mut out = format!("{} workbook(s):\n", cohort.workbooks.len());
    for loaded in &cohort.workbooks {
        let wb = &loaded.workbook;
        let p = workbook_progress(wb, &ctx.pack).overall;
        let note = crate::words::review::pack_note(wb, &ctx.pack)
            .map(|n| format!("  ({})", visible(&n)))
            .unwrap_or_default();
        out.push_str(&format!(
            "  {}  {}  {}/{}  {}{note}\n",
            visible(&participant_name(wb, &loaded.path)).replace('\n', "␊"),
            visible(&wb.meta.initiative).replace('\n', "␊"),
            p.answered,
            p.total,
            visible(&loaded.path.display().to_string()).replace('\n', "␊"),
        ));
    }
    let problems = problem_lines(cohort);
    if !problems.is_empty() {
        out.push_str(&format!("{} file(s) could not be read:\n", problems.len()));
        for line in problems {
            out.push_str(&format!("  {line}\n"));
        }
    }
    out.push_str(
        "For every answer, use --summary (Markdown) or --csv (a spreadsheet); on a terminal \
         (without --plain), convene review opens the review screens.\n",
    );
    out
}

fn problem_lines(cohort: &Cohort) -> Vec<String> {
    cohort
        .problems
        .iter()
        .map(|(path, reason)| visible(&format!("{}: {reason}", path.display())).replace('\n', "␊"))
        .collect()
}
