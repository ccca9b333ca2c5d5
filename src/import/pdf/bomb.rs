//! The decompression-bomb guard: every compressed stream is inflated once, counting, before
//! `lopdf` sees the file.

use std::io::Read;

use super::MAX_INFLATED_BYTES;
use crate::import::Problem;
use crate::import::guard::Deadline;

/// Inflates every `FlateDecode`-looking stream once, counting the output, and refuses the file if
/// the total passes [`MAX_INFLATED_BYTES`]. `lopdf` inflates without a limit, so a small file of
/// compressed zeros could otherwise fill memory.
pub(super) fn check_inflated_size(bytes: &[u8], deadline: &Deadline) -> Result<(), Problem> {
    let stream_start = memchr::memmem::Finder::new(b"stream");
    let stream_end = memchr::memmem::Finder::new(b"endstream");
    let mut budget = MAX_INFLATED_BYTES;
    let mut offset = 0;
    while let Some(found) = stream_start.find(&bytes[offset..]) {
        deadline.check()?;
        let keyword_end = offset + found + b"stream".len();
        // "endstream" contains "stream": skip it.
        if found >= 3 && bytes[offset + found - 3..offset + found] == *b"end" {
            offset = keyword_end;
            continue;
        }
        let mut data_start = keyword_end;
        if bytes.get(data_start) == Some(&b'\r') {
            data_start += 1;
        }
        if bytes.get(data_start) == Some(&b'\n') {
            data_start += 1;
        }
        let data_end = stream_end.find(&bytes[data_start..]).map_or(bytes.len(), |end| data_start + end);
        let data = &bytes[data_start..data_end];
        if data.first().is_some_and(|&b| b & 0x0f == 8) {
            let mut decoder = flate2::read::ZlibDecoder::new(data).take(budget + 1);
            let inflated = std::io::copy(&mut decoder, &mut std::io::sink()).unwrap_or(0);
            if inflated > budget {
                return Err(Problem::PdfBomb { limit_bytes: MAX_INFLATED_BYTES });
            }
            budget -= inflated;
        }
        offset = data_end.max(keyword_end);
    }
    Ok(())
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deflate_bomb_is_refused_before_parsing() {
        use std::io::Write;
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        let zeros = vec![0u8; 1024 * 1024];
        for _ in 0..(MAX_INFLATED_BYTES / (1024 * 1024) + 1) {
            encoder.write_all(&zeros).unwrap();
        }
        let compressed = encoder.finish().unwrap();
        let mut pdf = b"%PDF-1.4\n1 0 obj << /Length 1 /Filter /FlateDecode >>\nstream\n".to_vec();
        pdf.extend_from_slice(&compressed);
        pdf.extend_from_slice(b"\nendstream\nendobj\n");
        let deadline = Deadline::after(std::time::Duration::from_secs(60));
        assert_eq!(
            check_inflated_size(&pdf, &deadline),
            Err(Problem::PdfBomb { limit_bytes: MAX_INFLATED_BYTES })
        );
    }
}
