//! Text utilities shared by the readers and the matcher.

pub mod fold;
