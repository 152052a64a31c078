//! The integration tests, as one binary with a module per subject (so the
//! crate and its dependencies are linked once): most run the built
//! `torlint` as a user would; `bank`, `dev_set` and `seeds` also call the
//! library on the fixtures. Snapshots live in `snapshots/`, named after the
//! module that takes them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    reason = "a test fails by panicking; helpers index what they have just built"
)]
#![allow(
    clippy::cast_possible_truncation,
    reason = "lines, columns and offsets read back from torlint's own JSON are small"
)]

mod authoring;
mod bad_input;
mod bank;
mod catalogue;
mod ci;
mod common;
mod compare;
mod dev_set;
mod output;
mod review;
mod robustness;
mod seeds;
mod spans;
