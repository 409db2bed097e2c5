//! The mark of an answer a note records (`answer_mark`), so a changed answer can be told,
//! and the small stable hash behind it and behind older workbooks' ids. Pure; never
//! depends on the machine or the process (the same answer gives the same mark anywhere).

use crate::workbook::{Answer, Fields, Value};

/// A short, stable mark of an answer (16 hex digits; `none` for no answer): a note records
/// it, so the answer having changed since can be told. The same answer gives the same mark
/// on every machine and in every version that keeps this model.
pub fn answer_mark(answer: Option<&Answer>) -> String {
    let Some(answer) = answer.filter(|a| !a.is_empty()) else {
        return "none".to_string();
    };
    let mut h = Fnv::default();
    match answer {
        Answer::Text(t) => h.tagged(b't', t),
        Answer::Choice(c) => h.tagged(b'c', c),
        Answer::Choices(cs) => h.all(b'C', cs),
        Answer::Number(n) => h.tagged(b'n', &n.to_string()),
        Answer::List(items) => {
            h.byte(b'L');
            for item in items {
                h.entry(b'i', &item.text, &item.fields);
            }
        }
        Answer::Grid(rows) => {
            h.byte(b'G');
            for row in rows {
                h.entry(b'r', &row.key, &row.cells);
            }
        }
    }
    format!("{:016x}", h.0)
}

/// FNV-1a, 64 bits: small, stable, and enough to tell one answer (or workbook) from another.
pub(crate) struct Fnv(pub(crate) u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub(crate) fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
    }

    /// A tag, the text's length and the text: no two different sequences feed the same bytes.
    fn tagged(&mut self, tag: u8, text: &str) {
        self.byte(tag);
        for b in (text.len() as u64).to_le_bytes() {
            self.byte(b);
        }
        for b in text.bytes() {
            self.byte(b);
        }
    }

    /// A list item or grid row: its text or key, then each field or cell.
    fn entry(&mut self, tag: u8, key: &str, values: &Fields) {
        self.tagged(tag, key);
        for (k, v) in values {
            self.tagged(b'k', k);
            self.value(v);
        }
    }

    /// A tag, then each text.
    fn all(&mut self, tag: u8, texts: &[String]) {
        self.byte(tag);
        for t in texts {
            self.tagged(b'.', t);
        }
    }

    fn value(&mut self, v: &Value) {
        match v {
            Value::Text(t) => self.tagged(b'T', t),
            Value::Choice(c) => self.tagged(b'H', c),
            Value::Choices(cs) => {
                self.all(b'S', cs);
                self.byte(b'/');
            }
            Value::Number(n) => self.tagged(b'N', &n.to_string()),
        }
    }
}
