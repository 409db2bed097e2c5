//! build.rs's writer of a value as Rust source: a `serde::Serializer` whose output is the
//! expression that builds the same value (struct literals, `vec![…]`, `"…".into()`), so
//! the built-in pack is compiled into the binary ready to use — no parsing at start. The
//! serde derives on the content model drive it, so a new field or kind follows by itself.
//!
//! Type names are the ones serde reports (the Rust names, as the model has no `rename`), so
//! the output is meant for a scope where every model type is in view (`content::*`). A
//! large struct inside a list becomes a function of its own (`fn part_N() -> Type`), which
//! keeps each function small for the compiler and each stack frame small in debug builds.
//! Anything it cannot write as Rust (bytes, a skipped field, a float that is not finite)
//! is an error, never a guess.

use std::fmt::{self, Display, Write as _};

use serde::Serialize;
use serde::ser;

/// A struct inside a list whose expression is longer than this gets a function of its own.
const PART_BYTES: usize = 1500;

/// Field names that must be written `r#name`.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "static", "struct", "super", "trait", "true", "try", "type", "unsafe",
    "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override",
    "priv", "typeof", "unsized", "virtual", "yield",
];

#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

type Result<T = ()> = std::result::Result<T, Error>;

/// Rust source for `value`: the functions it needs, then `pub(crate) fn NAME() -> TYPE`
/// returning it.
pub fn function<T: Serialize>(value: &T, name: &str, ty: &str) -> Result<String> {
    let mut parts = Vec::new();
    let mut w = Writer::new(&mut parts);
    value.serialize(&mut w)?;
    let body = w.out;
    let mut out = String::new();
    for (i, (ty, expr)) in parts.iter().enumerate() {
        let _ = writeln!(out, "fn part_{i}() -> {ty} {{\n    {expr}\n}}");
    }
    let _ = writeln!(out, "pub(crate) fn {name}() -> {ty} {{\n    {body}\n}}");
    Ok(out)
}

/// Writes one expression; `parts` collects the functions split off on the way.
pub struct Writer<'p> {
    out: String,
    parts: &'p mut Vec<(String, String)>,
    /// The type of the value written, when it is a struct or an enum (its first name).
    ty: Option<&'static str>,
}

impl<'p> Writer<'p> {
    fn new(parts: &'p mut Vec<(String, String)>) -> Writer<'p> {
        Writer {
            out: String::new(),
            parts,
            ty: None,
        }
    }

    fn named(&mut self, ty: &'static str) {
        if self.out.is_empty() {
            self.ty = Some(ty);
        }
    }

    /// One element of a list or tuple, a field's value, a key or a value: written on its
    /// own, split off into a function when it is a large struct or enum.
    fn element<T: Serialize + ?Sized>(&mut self, value: &T, split: bool) -> Result {
        let mut sub = Writer::new(&mut *self.parts);
        value.serialize(&mut sub)?;
        let (expr, ty) = (sub.out, sub.ty);
        match ty {
            Some(ty) if split && expr.len() > PART_BYTES => {
                let _ = write!(self.out, "part_{}()", self.parts.len());
                self.parts.push((ty.to_string(), expr));
            }
            _ => self.out.push_str(&expr),
        }
        Ok(())
    }
}

fn plain(out: &mut String, value: impl Display) -> Result {
    let _ = write!(out, "{value}");
    Ok(())
}

/// A list, tuple, struct or map being written: what closes it.
pub struct Compound<'a, 'p> {
    w: &'a mut Writer<'p>,
    close: &'static str,
}

impl<'a, 'p> Compound<'a, 'p> {
    fn open(w: &'a mut Writer<'p>, open: &str, close: &'static str) -> Compound<'a, 'p> {
        w.out.push_str(open);
        Compound { w, close }
    }

    fn end(self) -> Result {
        self.w.out.push_str(self.close);
        Ok(())
    }

    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.w.element(value, true)?;
        self.w.out.push_str(", ");
        Ok(())
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        let raw = if KEYWORDS.contains(&key) { "r#" } else { "" };
        let _ = write!(self.w.out, "{raw}{key}: ");
        self.w.element(value, false)?;
        self.w.out.push_str(", ");
        Ok(())
    }
}

/// Numbers and booleans: written as they print (the field's type types the literal).
macro_rules! plain_values {
    ($($method:ident: $t:ty),*) => {$(
        fn $method(self, v: $t) -> Result {
            plain(&mut self.out, v)
        }
    )*};
}

impl<'a, 'p> ser::Serializer for &'a mut Writer<'p> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 'p>;
    type SerializeTuple = Compound<'a, 'p>;
    type SerializeTupleStruct = Compound<'a, 'p>;
    type SerializeTupleVariant = Compound<'a, 'p>;
    type SerializeMap = Compound<'a, 'p>;
    type SerializeStruct = Compound<'a, 'p>;
    type SerializeStructVariant = Compound<'a, 'p>;

    plain_values!(
        serialize_bool: bool,
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64
    );

    fn serialize_f32(self, v: f32) -> Result {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result {
        if !v.is_finite() {
            return Err(Error(format!("{v} cannot be written as Rust")));
        }
        plain(&mut self.out, format_args!("{v:?}"))
    }
    fn serialize_char(self, v: char) -> Result {
        plain(&mut self.out, format_args!("{v:?}"))
    }
    fn serialize_str(self, v: &str) -> Result {
        // A string's Debug form is a Rust string literal (quotes, backslashes and control
        // characters escaped).
        plain(&mut self.out, format_args!("{v:?}.into()"))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result {
        Err(Error("bytes are not written as Rust".into()))
    }
    fn serialize_none(self) -> Result {
        plain(&mut self.out, "None")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        self.out.push_str("Some(");
        self.element(value, false)?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_unit(self) -> Result {
        plain(&mut self.out, "()")
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result {
        self.named(name);
        plain(&mut self.out, name)
    }
    fn serialize_unit_variant(self, name: &'static str, _: u32, variant: &'static str) -> Result {
        self.named(name);
        plain(&mut self.out, format_args!("{name}::{variant}"))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result {
        self.named(name);
        let _ = write!(self.out, "{name}(");
        self.element(value, false)?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        self.named(name);
        let _ = write!(self.out, "{name}::{variant}(");
        self.element(value, false)?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a, 'p>> {
        Ok(Compound::open(self, "vec![", "]"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a, 'p>> {
        Ok(Compound::open(self, "(", ")"))
    }
    fn serialize_tuple_struct(self, name: &'static str, _: usize) -> Result<Compound<'a, 'p>> {
        self.named(name);
        Ok(Compound::open(self, &format!("{name}("), ")"))
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a, 'p>> {
        self.named(name);
        Ok(Compound::open(self, &format!("{name}::{variant}("), ")"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a, 'p>> {
        // A map of either kind (HashMap, BTreeMap): the field's type decides.
        Ok(Compound::open(
            self,
            "::core::iter::FromIterator::from_iter([",
            "])",
        ))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Compound<'a, 'p>> {
        self.named(name);
        Ok(Compound::open(self, &format!("{name} {{ "), "}"))
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a, 'p>> {
        self.named(name);
        Ok(Compound::open(self, &format!("{name}::{variant} {{ "), "}"))
    }
}

/// The list-like compounds: each element in turn.
macro_rules! elements {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
                self.item(value)
            }
            fn end(self) -> Result {
                Compound::end(self)
            }
        }
    )*};
}

elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.w.out.push('(');
        self.w.element(key, false)?;
        self.w.out.push_str(", ");
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.w.element(value, true)?;
        self.w.out.push_str("), ");
        Ok(())
    }
    fn end(self) -> Result {
        Compound::end(self)
    }
}

/// The struct-like compounds: each field by name.
macro_rules! fields {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result {
                self.field(key, value)
            }
            fn skip_field(&mut self, key: &'static str) -> Result {
                Err(Error(format!("field {key} is skipped: it cannot be written as Rust")))
            }
            fn end(self) -> Result {
                Compound::end(self)
            }
        }
    )*};
}

fields!(SerializeStruct, SerializeStructVariant);
