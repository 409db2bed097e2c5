//! How one question's answers moved from before the session to after it, across the cohort:
//! how many of those who answered before changed their answer, a scale's mean before →
//! after, and for choices each option whose count moved (`A coach 3 → 5`).
//!
//! Pure. Holds raw words: the renderers sanitise and escape them.

use crate::content::Prompt;
use crate::workbook::Answer;
use crate::workbook::cohort::CohortAnswer;

use super::super::answer::answer_parts;
use super::super::doc::{Span, em, plain};

/// Above the shifts across the cohort.
pub const SHIFT_LABEL: &str = "Before → after:";

/// The shifts as a sentence (`2 of 6 changed`: of those who answered before the session);
/// nothing when no one kept an answer from before the session.
pub(super) fn shifts(prompt: &Prompt, answers: &[CohortAnswer<'_>]) -> Option<Vec<Span>> {
    let id = &prompt.qualified_id;
    let pairs: Vec<(&CohortAnswer<'_>, &Answer)> = answers
        .iter()
        .filter_map(|a| a.loaded.workbook.earlier_answer(id).map(|b| (a, b)))
        .collect();
    if pairs.is_empty() {
        return None;
    }
    let changed = pairs.iter().filter(|(a, b)| a.answer != Some(*b)).count();
    let mut text = format!(" {changed} of {} changed", pairs.len());
    let number = |a: Option<&Answer>| match a {
        Some(Answer::Number(n)) => Some(*n),
        _ => None,
    };
    let before: Vec<i64> = pairs.iter().filter_map(|(_, b)| number(Some(b))).collect();
    let after: Vec<i64> = pairs.iter().filter_map(|(a, _)| number(a.answer)).collect();
    if let (Some(b), Some(a)) = (mean(&before), mean(&after)) {
        text.push_str(&format!("; mean {b:.1} → {a:.1}"));
    } else if changed > 0 && matches!(pairs[0].1, Answer::Choice(_) | Answer::Choices(_)) {
        let moved = option_moves(prompt, &pairs);
        if !moved.is_empty() {
            text.push_str(&format!("; {}", moved.join(", ")));
        }
    }
    text.push('.');
    Some(vec![em(SHIFT_LABEL), plain(text)])
}

fn mean(v: &[i64]) -> Option<f64> {
    (!v.is_empty()).then(|| v.iter().sum::<i64>() as f64 / v.len() as f64)
}

/// Each option chosen a different number of times before and after, among those who
/// answered before: `A coach 3 → 5`.
fn option_moves(prompt: &Prompt, pairs: &[(&CohortAnswer<'_>, &Answer)]) -> Vec<String> {
    let mut order: Vec<String> = Vec::new();
    let mut counts: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let mut add = |label: String, after: bool| {
        if !counts.contains_key(&label) {
            order.push(label.clone());
        }
        let c = counts.entry(label).or_default();
        if after {
            c.1 += 1;
        } else {
            c.0 += 1;
        }
    };
    for (a, before) in pairs {
        let wb = &a.loaded.workbook;
        for label in answer_parts(wb, Some(prompt), before) {
            add(label, false);
        }
        for label in a
            .answer
            .map(|now| answer_parts(wb, Some(prompt), now))
            .unwrap_or_default()
        {
            add(label, true);
        }
    }
    order
        .into_iter()
        .filter_map(|l| {
            let (b, a) = counts.get(&l).copied().unwrap_or_default();
            (b != a).then(|| format!("{l} {b} → {a}"))
        })
        .collect()
}
