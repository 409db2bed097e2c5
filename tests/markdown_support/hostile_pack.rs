//! The test pack with every title, wording and label replaced by hostile text.

use convene::content::{Field, FieldKind, Opt, Options, Pack, PromptKind, Rows, Scale, Words};

use super::pack::pack;

/// `pack()` with every title, wording and label replaced by `words` in turn: the writer must
/// keep the file readable whatever the pack says.
pub fn hostile_pack(words: &[String]) -> Pack {
    let mut n = 0;
    let mut next = |s: &mut Words| {
        if !words.is_empty() {
            *s = words[n % words.len()].clone().into();
            n += 1;
        }
    };
    let base = pack();
    let mut themes = base.themes.clone();
    let opts = |o: &mut Vec<Opt>, next: &mut dyn FnMut(&mut Words)| {
        o.iter_mut().for_each(|o| next(&mut o.label));
    };
    let options = |o: &mut Options, next: &mut dyn FnMut(&mut Words)| {
        if let Options::Fixed(o) = o {
            opts(o, next);
        }
    };
    let scale = |s: &mut Scale, next: &mut dyn FnMut(&mut Words)| match s {
        Scale::Numeric(n) => {
            next(&mut n.low);
            next(&mut n.high);
        }
        Scale::Levels(l) => opts(l, next),
    };
    let fields = |fs: &mut Vec<Field>, next: &mut dyn FnMut(&mut Words)| {
        for f in fs {
            next(&mut f.label);
            match &mut f.kind {
                FieldKind::Choice(o) | FieldKind::MultiChoice(o) => options(o, next),
                FieldKind::Scale(s) => scale(s, next),
                FieldKind::Line | FieldKind::Text => {}
            }
        }
    };
    for t in &mut themes {
        next(&mut t.title);
        for e in &mut t.exercises {
            next(&mut e.title);
            next(&mut e.purpose);
            for p in &mut e.prompts {
                next(&mut p.text);
                match &mut p.kind {
                    PromptKind::List {
                        item_label,
                        fields: fs,
                        ..
                    } => {
                        let mut label: Words = std::mem::take(item_label).into();
                        next(&mut label);
                        *item_label = label.into_owned();
                        fields(fs, &mut next);
                    }
                    PromptKind::Choice { options: o }
                    | PromptKind::MultiChoice { options: o, .. }
                    | PromptKind::Ranking { options: o } => options(o, &mut next),
                    PromptKind::Scale(s) => scale(s, &mut next),
                    PromptKind::Grid { rows, columns } => {
                        if let Rows::Fixed(o) = rows {
                            opts(o, &mut next);
                        }
                        fields(columns, &mut next);
                    }
                    PromptKind::Quadrant {
                        x, y, quadrants, ..
                    } => {
                        for axis in [&mut x.label, &mut y.label] {
                            let mut label: Words = std::mem::take(axis).into();
                            next(&mut label);
                            *axis = label.into_owned();
                        }
                        next(&mut quadrants.high_x_high_y.label);
                        next(&mut quadrants.low_x_low_y.label);
                    }
                    PromptKind::Line { .. } | PromptKind::Text { .. } => {}
                }
            }
        }
    }
    let mut title = base.title.clone();
    next(&mut title);
    Pack::new(
        base.id,
        base.version,
        title.to_string(),
        base.description.to_string(),
        base.attribution.to_string(),
        themes,
    )
}
