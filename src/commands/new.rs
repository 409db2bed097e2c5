//! `convene new [INITIATIVE] [--participant NAME] [--out FILE]`: start a workbook and open it.
//! The participant's name comes from the settings in force when not given (`convene settings`).
//!
//! Never replaces an existing file. Without an initiative it asks for one: the TUI's welcome
//! (initiative, name, before or after a session), or in plain mode (`--plain`, `TERM=dumb`,
//! or off a terminal) one line read from standard input, where the workbook is then filled
//! in as plain lines. An empty answer there is a usage error (exit 2).

use std::process::ExitCode;

use crate::app::home::HomeChoice;
use crate::cli::NewArgs;
use crate::store;
use crate::store::Ctx;

pub fn run(ctx: &Ctx, args: &NewArgs, plain: bool) -> anyhow::Result<ExitCode> {
    let given = args.initiative.as_deref().unwrap_or("").trim();
    let mut moment = None;
    // `--participant`, else CONVENE_PARTICIPANT, else the settings file (see `commands::flags`).
    let mut participant = ctx.settings.participant.value.clone().unwrap_or_default();
    let initiative = if !given.is_empty() {
        given.to_string()
    } else if plain {
        match ask_initiative()? {
            Some(name) => name,
            None => {
                crate::store::console::warn(
                    "convene: `convene new` needs your initiative's name, e.g. \
                     convene new \"Falls prevention partnership\"",
                );
                return Ok(ExitCode::from(2));
            }
        }
    } else {
        // The welcome asks for the initiative, the participant's name and the moment.
        match crate::tui::choose_workbook(ctx, Vec::new())? {
            HomeChoice::Quit => return Ok(ExitCode::SUCCESS),
            HomeChoice::Open(path) => return super::session::open(ctx, &path),
            HomeChoice::New {
                initiative,
                participant: name,
                moment: chosen,
            } => {
                // The welcome offered the name from the settings; what it hands back is final.
                participant = name;
                moment = Some(chosen);
                initiative
            }
        }
    };
    let initiative = initiative.as_str();
    let participant = participant.as_str();
    let path = match &args.out {
        Some(out) if crate::workbook::notes::is_sidecar(out) => anyhow::bail!(
            "{} is the name of a coach's notes file (`NAME.coach.md`), not of a workbook; \
             choose another name",
            crate::text::sanitize::visible(&out.display().to_string())
        ),
        Some(out) => out.clone(),
        None => {
            let dir = store::data_dir(ctx.data_dir_override.as_deref())?;
            store::new_workbook_path(&dir, initiative)
        }
    };
    let mut workbook = store::blank_workbook(&ctx.pack, initiative, participant);
    if let Some(moment) = moment {
        workbook.meta.moment = moment;
    }
    let session = store::create_workbook(&path, &workbook, &ctx.pack)?;
    super::session::run_in(ctx, session, workbook, plain)
}

/// Plain mode: asks for the initiative's name on standard input; `None` when the answer is
/// empty or the input ends.
fn ask_initiative() -> anyhow::Result<Option<String>> {
    let mut out = crate::store::console::stdout();
    crate::plain::write_lines(
        &mut out,
        &["What is your initiative called? (one line; an empty line stops)".to_string()],
    )?;
    drop(out);
    let mut input = std::io::stdin().lock();
    let line = crate::plain::read_line(&mut input)?;
    Ok(line.map(|l| l.trim().to_string()).filter(|l| !l.is_empty()))
}
