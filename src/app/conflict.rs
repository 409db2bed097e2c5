//! A copy saved after a conflict, found beside the workbook when it opens: said plainly over
//! the screen with its full path, and offered — Enter opens the copy instead (the workbook
//! saved first if anything changed), Esc stays on the workbook.
//!
//! Pure: the edge finds the copies and carries out `Effect::Open`.

use super::{EditKey, Effect, Msg, Overlay, State};

impl State {
    /// Shows the notice when there are copies (newest first; full paths).
    pub fn show_conflict_copies(&mut self, copies: &[String]) {
        if let Some(copy) = copies.first() {
            self.overlay = Some(Overlay::Conflict {
                copy: copy.clone(),
                others: copies.len() - 1,
            });
        }
    }
}

pub(super) fn update(state: &mut State, msg: &Msg, copy: String) -> Vec<Effect> {
    if !matches!(msg, Msg::Edit(EditKey::Enter)) {
        return Vec::new();
    }
    state.overlay = None;
    let mut effects = if state.dirty {
        vec![Effect::Save]
    } else {
        Vec::new()
    };
    effects.push(Effect::Open(copy));
    effects
}

#[cfg(test)]
mod tests {
    use crate::app::testpack::pack;
    use crate::app::{EditKey, Effect, Msg, Overlay, State, update};

    #[test]
    fn enter_opens_the_copy_and_escape_stays() {
        let mut s = State::new(pack(), Default::default(), "wb.md".into());
        s.show_conflict_copies(&[]);
        assert_eq!(s.overlay, None);
        let copies = [
            "/w/wb (conflict 1).md".to_string(),
            "/w/wb (conflict 0).md".into(),
        ];
        s.show_conflict_copies(&copies);
        assert_eq!(
            s.overlay,
            Some(Overlay::Conflict {
                copy: copies[0].clone(),
                others: 1
            })
        );
        assert_eq!(update(&mut s, Msg::Edit(EditKey::Char('x'))), vec![]);
        assert_eq!(
            update(&mut s, Msg::Edit(EditKey::Enter)),
            vec![Effect::Open(copies[0].clone())]
        );
        s.show_conflict_copies(&copies);
        update(&mut s, Msg::Escape);
        assert_eq!(s.overlay, None);
    }
}
