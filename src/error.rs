//! Error type of the library.

use std::fmt;

/// What can go wrong when chaff reads a document.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input looks like a binary file (NUL bytes that are not UTF-16 text).
    #[error("binary file: NUL bytes in the first 8 KiB and no UTF-16 pattern")]
    Binary,
    /// An I/O error, with the path it happened on when known.
    #[error("{context}: {source}")]
    Io {
        /// What was being done (usually the path).
        context: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// Wraps an I/O error with a context (usually a path).
    pub fn io(context: impl fmt::Display, source: std::io::Error) -> Self {
        Error::Io { context: context.to_string(), source }
    }
}

/// Result with chaff's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
