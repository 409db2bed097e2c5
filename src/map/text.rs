//! Every user-facing word of the map that does not come from the pack or the answers: the
//! read-back's summary lines and notes. Kept in one place so they read alike and can be
//! changed together.
//!
//! Pure string building; never reads answers itself.

/// Separates names in a summary line.
pub const NAME_SEP: &str = ", ";

/// Separates the counts in a network's first summary line.
pub const COUNT_SEP: &str = " · ";

/// The label of nodes whose group is not given, after the group field's label ("Type").
pub fn no_group(field: &str) -> String {
    format!("{field} not given")
}

/// The label of all nodes when the network has no groups.
pub const ALL_NAMED: &str = "Named";

/// Shown for a quadrant with no one in it.
pub const NONE_YET: &str = "none yet";

/// How many of the hottest rows a read-back lists before "and N more".
pub const HOTTEST_MAX: usize = 5;

/// "Practice: 10", "Boundary: 6".
pub fn count(label: &str, n: usize) -> String {
    format!("{label}: {n}")
}

/// "An organisation (6): Falls clinic, A&E, …".
pub fn group_line(group: &str, names: &[&str]) -> String {
    format!("{group} ({}): {}", names.len(), names.join(NAME_SEP))
}

/// "Co-convene: GP practices, Adult social care".
pub fn labelled(label: &str, names: &[&str]) -> String {
    if names.is_empty() {
        format!("{label}: {NONE_YET}")
    } else {
        format!("{label}: {}", names.join(NAME_SEP))
    }
}

/// Rows not rated (or not placed) yet.
pub fn not_rated(names: &[&str]) -> String {
    format!("Not rated yet: {}", names.join(NAME_SEP))
}

/// A prompt (or the list a picture is drawn from) with no answer yet.
pub fn not_answered(question: &str) -> String {
    format!("Not answered yet: {question}")
}

/// A rating: "Friction 4 of 5".
pub fn rating(measure: &str, value: i64, max: i64) -> String {
    format!("{measure} {value} of {max}")
}

/// A rating without its measure: "3 of 5".
pub fn out_of(value: i64, max: i64) -> String {
    format!("{value} of {max}")
}

/// One of the hottest rows: "NHS ↔ council budgets: Friction 4 of 5, Learning 3 of 5 (Hot
/// but fertile)".
pub fn hot_line(label: &str, x: &str, y: &str, quadrant: &str) -> String {
    format!("{label}: {x}, {y} ({quadrant})")
}

/// After the hottest rows when some were left out.
pub fn and_more(n: usize) -> String {
    format!("… and {n} more")
}

/// No row rated high on the heat axis.
pub fn none_high(measure: &str) -> String {
    format!("Nothing is rated high on {measure} yet.")
}

/// No row rated in the lower half of a scale.
pub fn none_low(measure: &str) -> String {
    format!("Nothing is rated low on {measure}.")
}

/// One detail of a list item: `Owner: me`.
pub fn detail(label: &str, value: &str) -> String {
    format!("{label}: {value}")
}

/// A list item quoted with its details: `- Name (Owner: me; Done by: 31 January)`.
pub fn item_with_details(name: &str, details: &[String]) -> String {
    if details.is_empty() {
        format!("- {name}")
    } else {
        format!("- {name} ({})", details.join("; "))
    }
}
