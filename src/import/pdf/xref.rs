//! Rebuilding a damaged cross-reference table by scanning for object headers, as viewers do.

use crate::import::Problem;
use crate::import::guard::Deadline;

/// A copy of the file with a new cross-reference table, built by scanning for `N G obj` headers
/// (the last definition of a number wins, as with incremental updates), and a trailer pointing at
/// the last object that declares `/Type /Catalog`. `None` if there is no catalog to point at.
pub(super) fn rebuild_cross_references(
    bytes: &[u8],
    deadline: &Deadline,
) -> Result<Option<Vec<u8>>, Problem> {
    const MAX_OBJECT_NUMBER: usize = 8_000_000;
    let mut offsets: std::collections::BTreeMap<usize, (usize, u32)> = std::collections::BTreeMap::new();
    let mut catalog: Option<usize> = None;
    let mut last_object: Option<usize> = None;
    let mut catalog_positions = memchr::memmem::find_iter(bytes, b"/Catalog").peekable();
    for (count, keyword) in memchr::memmem::find_iter(bytes, b" obj").enumerate() {
        if count % 4096 == 0 {
            deadline.check()?;
        }
        // Walk back over "NUM GEN" before " obj".
        let digits_before = |end: usize| {
            let start = bytes[..end].iter().rposition(|b| !b.is_ascii_digit()).map_or(0, |p| p + 1);
            (start < end && end - start <= 10).then_some(start)
        };
        let Some(generation_start) = digits_before(keyword) else { continue };
        if generation_start == 0 || bytes[generation_start - 1] != b' ' {
            continue;
        }
        let Some(number_start) = digits_before(generation_start - 1) else { continue };
        if number_start > 0 && !bytes[number_start - 1].is_ascii_whitespace() {
            continue;
        }
        let parse = |range: &[u8]| std::str::from_utf8(range).ok()?.parse::<usize>().ok();
        let (Some(number), Some(generation)) =
            (parse(&bytes[number_start..generation_start - 1]), parse(&bytes[generation_start..keyword]))
        else {
            continue;
        };
        if number == 0 || number > MAX_OBJECT_NUMBER || generation > 65_535 {
            continue;
        }
        // A /Catalog between the previous object header and this one belongs to the previous object.
        while catalog_positions.next_if(|&position| position < number_start).is_some() {
            catalog = last_object.or(catalog);
        }
        offsets.insert(number, (number_start, generation as u32));
        last_object = Some(number);
    }
    if catalog_positions.next().is_some() {
        catalog = last_object.or(catalog);
    }
    let (Some(root), Some(&max_number)) = (catalog, offsets.keys().next_back()) else { return Ok(None) };
    let mut repaired = bytes.to_vec();
    repaired.extend_from_slice(b"\n");
    let table_offset = repaired.len();
    // One subsection per object keeps the table as small as the number of objects found.
    let mut table = String::from("xref\n0 1\n0000000000 65535 f \n");
    for (number, (offset, generation)) in &offsets {
        use std::fmt::Write;
        let _ = write!(table, "{number} 1\n{offset:010} {generation:05} n \n");
    }
    table.push_str(&format!(
        "trailer\n<< /Size {} /Root {root} 0 R >>\nstartxref\n{table_offset}\n%%EOF\n",
        max_number + 1
    ));
    repaired.extend_from_slice(table.as_bytes());
    Ok(Some(repaired))
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cross_references_are_rebuilt_from_object_headers() {
        let deadline = Deadline::after(std::time::Duration::from_secs(10));
        let pdf: &[u8] =
            b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages >> \
                          endobj\n99999999 0 obj null endobj\nx1 0 obj\nxref garbage";
        let rebuilt = rebuild_cross_references(pdf, &deadline).unwrap().unwrap();
        let table = String::from_utf8_lossy(&rebuilt[pdf.len()..]).into_owned();
        assert!(table.contains("1 1\n0000000009 00000 n \n2 1\n0000000058 00000 n \n"), "{table}");
        assert!(table.contains("/Size 3 /Root 1 0 R"), "{table}");
        assert!(table.ends_with("%%EOF\n"));
        let without_catalog = rebuild_cross_references(b"%PDF-1.4\n1 0 obj << >> endobj", &deadline).unwrap();
        assert_eq!(without_catalog, None);
    }
}
