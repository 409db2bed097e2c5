//! `convene new [INITIATIVE] [--participant NAME] [--out FILE] [--path NAME]`: start a
//! workbook and open it. The participant's name comes from the settings in force when not
//! given (`convene settings`).
//!
//! Never replaces an existing file. Without an initiative it asks for one: the TUI's welcome
//! (initiative, name, the path or before or after a session), or in plain mode (`--plain`,
//! `TERM=dumb`, or off a terminal) one line read from standard input, then the path by
//! number when the pack has several, and the workbook is then filled in as plain lines. An
//! empty name there is a usage error (exit 2). A path the pack does not have is an error
//! naming the paths it has; without one the workbook follows the whole pack.

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
    let mut chosen_path = match args.path.as_deref().map(str::trim) {
        Some(id) if ctx.pack.path(id).is_some() => Some(id.to_string()),
        Some(id) => anyhow::bail!(
            "{}",
            crate::text::sanitize::visible(&crate::words::paths::no_such_path(
                id,
                &crate::words::paths::ids(&ctx.pack)
            ))
        ),
        None => None,
    };
    let initiative = if !given.is_empty() {
        given.to_string()
    } else if plain {
        match ask_initiative()? {
            Some(name) => {
                if chosen_path.is_none() {
                    chosen_path = Some(ask_path(&ctx.pack)?);
                }
                name
            }
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
        match crate::tui::choose_workbook(ctx, Vec::new(), None)? {
            HomeChoice::Quit => return Ok(ExitCode::SUCCESS),
            HomeChoice::Open(path) => return super::session::open(ctx, &path),
            HomeChoice::New {
                initiative,
                participant: name,
                moment: chosen,
                path: picked,
            } => {
                // The welcome offered the name from the settings; what it hands back is final.
                participant = name;
                moment = Some(chosen);
                chosen_path = chosen_path.or(picked);
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
    start_on(&ctx.pack, &mut workbook, chosen_path, moment);
    let session = store::create_workbook(&path, &workbook, &ctx.pack)?;
    super::session::run_in(ctx, session, workbook, None, plain)
}

/// A new workbook follows `path` (when chosen), filled in at `moment`: the one chosen in
/// the welcome, or else the one the path is for.
pub(super) fn start_on(
    pack: &crate::content::Pack,
    workbook: &mut crate::workbook::Workbook,
    path: Option<String>,
    moment: Option<crate::content::Moment>,
) {
    use crate::content::Moment;
    match path {
        Some(path) => {
            workbook.meta.moment = match moment {
                Some(m) if m != Moment::Any => m,
                _ => pack.path_moment(&path),
            };
            workbook.meta.path = path;
        }
        None => {
            if let Some(m) = moment {
                workbook.meta.moment = m;
            }
        }
    }
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

/// Plain mode: asks which path to follow, by number, when the pack has more than one; an
/// empty line (or the end of input) takes the whole workbook. A number that names no path
/// is said and asked again.
fn ask_path(pack: &crate::content::Pack) -> anyhow::Result<String> {
    use crate::words::paths;
    let full = crate::content::FULL_PATH.to_string();
    if pack.paths.len() < 2 {
        return Ok(full);
    }
    let mut lines = vec![paths::ASK_PATH.to_string()];
    lines.extend(
        pack.paths
            .iter()
            .enumerate()
            .map(|(i, p)| paths::numbered(i + 1, &paths::PathFacts::of(pack, p, None), false)),
    );
    let mut input = std::io::stdin().lock();
    loop {
        crate::plain::write_lines(&mut crate::store::console::stdout(), &lines)?;
        let Some(line) = crate::plain::read_line(&mut input)? else {
            return Ok(full);
        };
        let word = line.trim();
        if word.is_empty() {
            return Ok(full);
        }
        match crate::plain::parse::path(word, pack) {
            Ok(p) => return Ok(p.id.clone()),
            Err(why) => lines = crate::words::plain::say(&why),
        }
    }
}
