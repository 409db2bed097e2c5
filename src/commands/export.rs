//! `convene export FILE [--html[=OUT]] [--force]`: a workbook as one self-contained HTML page
//! (answers, the coach's notes beside it, the map's pictures) to share and print.
//!
//! Reads the workbook only: never locks, changes or replaces it or its notes. Never writes
//! over an existing file without `--force`; every line it prints is sanitised.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::bail;

use crate::cli::ExportArgs;
use crate::store::notes::load_notes;
use crate::store::{self, Ctx, ExportError, console};
use crate::text::sanitize::visible;
use crate::workbook::notes::{self, sidecar_path};

pub fn run(ctx: &Ctx, args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let shown = |p: &Path| visible(&p.display().to_string()).replace('\n', "␊");
    if let Some(workbook) = notes::workbook_of(&args.file) {
        bail!(
            "{} is a coach's notes file, not a workbook: export {} and its notes are included",
            shown(&args.file),
            shown(&workbook)
        );
    }
    let (workbook, buffer) = store::read_workbook_and_buffer(&args.file)
        .map_err(|reason| anyhow::anyhow!("{}: {}", shown(&args.file), visible(&reason)))?;
    let notes = match load_notes(&args.file) {
        Ok(found) => found,
        Err(err) => {
            console::warn(&format!(
                "convene: the coach's notes are left out: {}",
                err.to_string().replace('\n', "␊")
            ));
            None
        }
    };
    let page =
        crate::format::export::workbook_html_into(&ctx.pack, &workbook, notes.as_ref(), buffer);
    let out: PathBuf = match &args.html {
        Some(Some(path)) => path.clone(),
        _ => store::html_beside(&args.file),
    };
    if out.as_os_str() == "-" {
        console::data(&page)?;
        return Ok(ExitCode::SUCCESS);
    }
    let protected = [args.file.as_path(), &sidecar_path(&args.file)];
    match store::write_export(&out, page.as_bytes(), args.force, &protected) {
        Ok(()) => {}
        Err(ExportError::Exists(_)) => bail!(
            "{} already exists; convene does not replace it unless you add --force (or name \
             another file with --html=OUT)",
            shown(&out)
        ),
        Err(ExportError::Protected(_)) => bail!(
            "{} is the workbook or its coach's notes; name another file with --html=OUT",
            shown(&out)
        ),
        Err(ExportError::Store(err)) => {
            bail!("{}", visible(&crate::commands::one_line(&err.into())))
        }
    }
    console::warn(&format!("Wrote {}", shown(&out)));
    Ok(ExitCode::SUCCESS)
}
