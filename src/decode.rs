//! Stage 1, `decode`: bytes in any common encoding → UTF-8 text.
//!
//! Order of decisions: a BOM (UTF-8, UTF-16LE/BE) wins; then valid UTF-8; then
//! UTF-16 without BOM (the every-other-byte NUL pattern); then binary detection
//! (other NUL bytes in the first 8 KiB); then "mostly UTF-8" with a few bad bytes
//! (decoded lossily, reported); then a chardetng guess decoded with encoding_rs.

use crate::error::{Error, Result};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// How far into the input binary and UTF-16 sniffing looks.
const SNIFF: usize = 8 * 1024;

/// Decoded text and how it was decoded.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text, always UTF-8.
    pub text: String,
    /// Name of the encoding used (WHATWG label, e.g. `UTF-8`, `windows-1252`).
    pub encoding: &'static str,
    /// True when invalid bytes were replaced with U+FFFD.
    pub lossy: bool,
}

/// Decodes `bytes` to UTF-8, detecting the encoding. Fails only on binary input.
pub fn decode(bytes: &[u8]) -> Result<Decoded> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(with(enc, &bytes[bom_len..]));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        if !s.as_bytes()[..s.len().min(SNIFF)].contains(&0) {
            return Ok(Decoded { text: s.to_owned(), encoding: UTF_8.name(), lossy: false });
        }
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        return Ok(with(enc, bytes));
    }
    if bytes[..bytes.len().min(SNIFF)].contains(&0) {
        return Err(Error::Binary);
    }
    if mostly_utf8(bytes) {
        let text = String::from_utf8_lossy(bytes).into_owned();
        return Ok(Decoded { text, encoding: UTF_8.name(), lossy: true });
    }
    let mut det = chardetng::EncodingDetector::new();
    det.feed(bytes, true);
    let enc = det.guess(None, true);
    Ok(with(enc, bytes))
}

/// [`decode`] taking ownership: valid UTF-8 (the common case) becomes the
/// text without a copy; anything else is decoded as by [`decode`].
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<Decoded> {
    if Encoding::for_bom(&bytes).is_none() && !bytes[..bytes.len().min(SNIFF)].contains(&0) {
        match String::from_utf8(bytes) {
            Ok(mut text) => {
                text.shrink_to_fit();
                return Ok(Decoded { text, encoding: UTF_8.name(), lossy: false });
            }
            Err(e) => bytes = e.into_bytes(),
        }
    }
    decode(&bytes)
}

fn with(enc: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, lossy) = enc.decode_without_bom_handling(bytes);
    Decoded { text: text.into_owned(), encoding: enc.name(), lossy }
}

/// UTF-16 text without BOM: most code units of ASCII text have one zero byte,
/// always on the same side.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF) & !1];
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let (mut even, mut odd) = (0usize, 0usize);
    for p in head.chunks_exact(2) {
        even += (p[0] == 0) as usize;
        odd += (p[1] == 0) as usize;
    }
    // Text in UTF-16: at least 40 % of units have a zero high byte, almost none a zero low byte.
    if odd * 10 >= pairs * 4 && even * 20 <= pairs {
        Some(UTF_16LE)
    } else if even * 10 >= pairs * 4 && odd * 20 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// True when invalid sequences are rare: at most 1 bad byte per 200 and at
/// least some valid multi-byte sequences or mostly ASCII.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut bad = 0usize;
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => break,
            Err(e) => {
                bad += e.error_len().unwrap_or(1);
                let skip = e.valid_up_to() + e.error_len().unwrap_or(rest.len() - e.valid_up_to());
                rest = &rest[skip..];
            }
        }
        if bad * 200 > bytes.len() {
            return false;
        }
    }
    bad * 200 <= bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_plain() {
        let d = decode("héllo\n".as_bytes()).unwrap();
        assert_eq!(d.text, "héllo\n");
        assert_eq!(d.encoding, "UTF-8");
        assert!(!d.lossy);
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let d = decode(b"\xEF\xBB\xBFabc").unwrap();
        assert_eq!(d.text, "abc");
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let s = "Grüße aus Köln, a longer line of text.\n";
        let le: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(decode(&le).unwrap().text, s);
        assert_eq!(decode(&be).unwrap().text, s);
        let mut bom = vec![0xFF, 0xFE];
        bom.extend(&le);
        assert_eq!(decode(&bom).unwrap().text, s);
    }

    #[test]
    fn binary_is_refused() {
        let bytes = [0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0, 0x10, 0x20, 0x40, 0];
        assert!(matches!(decode(&bytes), Err(Error::Binary)));
    }

    #[test]
    fn latin1_is_guessed() {
        let bytes = b"Le caf\xe9 est tr\xe8s bon, et la cr\xe8me br\xfbl\xe9e aussi. \xc0 bient\xf4t!";
        let d = decode(bytes).unwrap();
        assert!(d.text.contains("café"), "{}", d.text);
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn a_few_bad_bytes_decode_lossily() {
        let mut bytes = "A long enough line of perfectly ordinary UTF-8 text, with ümlauts. ".repeat(10).into_bytes();
        bytes.insert(300, 0xFF);
        let d = decode(&bytes).unwrap();
        assert!(d.lossy);
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains('\u{FFFD}'));
    }
}
