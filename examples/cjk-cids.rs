//! Prints the CID of each character of a text in one of Adobe's predefined Unicode CMaps, for
//! scripts/make-pdf-eval (CJK text set in CIDs, as in a PDF with `Identity-H` and no ToUnicode).
//!
//! Usage: `cargo run -q --example cjk-cids -- UniJIS-UTF16-H 日本語` prints `3618 2877 …` (one
//! CID per character, 0 where the CMap has none).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [cmap_name, text] = args.as_slice() else {
        eprintln!(
            "usage: cjk-cids CMAP-NAME TEXT (CMAP-NAME a predefined UTF-16 CMap such as UniGB-UTF16-H)"
        );
        std::process::exit(2);
    };
    let name = hayro_cmap::CMapName::from_bytes(cmap_name.as_bytes());
    let Some(cmap) = hayro_cmap::load_embedded(name)
        .and_then(|data| hayro_cmap::CMap::parse(data, hayro_cmap::load_embedded))
    else {
        eprintln!("cjk-cids: no predefined CMap named {cmap_name}");
        std::process::exit(2);
    };
    let cids: Vec<String> = text
        .chars()
        .map(|c| {
            let mut units = [0u16; 2];
            let units = c.encode_utf16(&mut units);
            let (code, length) = match units {
                [unit] => (u32::from(*unit), 2),
                [high, low] => ((u32::from(*high) << 16) | u32::from(*low), 4),
                _ => (0, 2),
            };
            cmap.lookup_cid_code(code, length).unwrap_or(0).to_string()
        })
        .collect();
    println!("{}", cids.join(" "));
}
