//! The committed packaging files: the `.desktop` entry, the shared-mime-info type for sessions,
//! the icons and the cargo-packager configuration. Cheap checks of the files themselves;
//! `scripts/check-package` checks a built `.deb`. `desktop-file-validate` runs when installed.

use std::collections::BTreeMap;
use std::fs;

use quick_xml::events::Event;

use crate::support::repo_file;

const SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

/// The `[Desktop Entry]` group's keys; fails on anything that is not a comment, a group header or
/// `Key=value`, and on repeated keys.
fn desktop_entry() -> BTreeMap<String, String> {
    let text = fs::read_to_string(repo_file("packaging/linux/briefsmith.desktop")).unwrap();
    let mut lines = text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
    assert_eq!(lines.next(), Some("[Desktop Entry]"));
    let mut keys = BTreeMap::new();
    for line in lines {
        let (key, value) = line.split_once('=').unwrap_or_else(|| panic!("not Key=value: {line}"));
        assert!(key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'), "bad key {key}");
        assert!(keys.insert(key.to_owned(), value.to_owned()).is_none(), "{key} twice");
    }
    keys
}

/// `(type, globs, parent types)` of the mime XML.
fn mime_type() -> (String, Vec<String>, Vec<String>) {
    let xml = fs::read_to_string(repo_file("packaging/linux/briefsmith.xml")).unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut kind, mut globs, mut parents) = (String::new(), Vec::new(), Vec::new());
    let attr = |e: &quick_xml::events::BytesStart<'_>, name: &str| {
        e.attributes().filter_map(Result::ok).find(|a| a.key.as_ref() == name).map(|a| a.value.to_string())
    };
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "mime-info" => assert_eq!(
                    attr(&e, "xmlns").as_deref(),
                    Some("http://www.freedesktop.org/standards/shared-mime-info")
                ),
                "mime-type" => kind = attr(&e, "type").unwrap(),
                "glob" => globs.push(attr(&e, "pattern").unwrap()),
                "sub-class-of" => parents.push(attr(&e, "type").unwrap()),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    (kind, globs, parents)
}

#[test]
fn the_desktop_entry_opens_sessions_with_the_app() {
    let entry = desktop_entry();
    assert_eq!(entry["Type"], "Application");
    assert_eq!(entry["Name"], "Briefsmith");
    assert_eq!(entry["Exec"], "briefsmith %f", "the app takes one file path");
    assert_eq!(entry["Icon"], "briefsmith");
    assert!(entry["Categories"].ends_with(';') && entry["MimeType"].ends_with(';'));
    let (kind, globs, parents) = mime_type();
    assert_eq!(kind, "application/x-briefsmith-session");
    assert!(entry["MimeType"].split(';').any(|t| t == kind));
    assert_eq!(globs, vec!["*.brief.json".to_owned()]);
    assert_eq!(parents, vec!["application/json".to_owned()]);
}

#[test]
fn the_mime_magic_matches_a_saved_session() {
    let xml = fs::read_to_string(repo_file("packaging/linux/briefsmith.xml")).unwrap();
    assert!(xml.contains(r#"value="&quot;format&quot;: &quot;briefsmith-session&quot;" offset="0:64""#));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.brief.json");
    briefsmith::store::save(&path, &briefsmith::model::Session::new()).unwrap();
    let head: Vec<u8> = fs::read(&path).unwrap().into_iter().take(64 + 32).collect();
    assert!(String::from_utf8_lossy(&head).contains(r#""format": "briefsmith-session""#));
}

#[test]
fn icons_exist_at_every_size() {
    for size in SIZES {
        let png = fs::read(repo_file(&format!("packaging/icons/hicolor/{size}x{size}/apps/briefsmith.png")))
            .unwrap();
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n") && &png[12..16] == b"IHDR", "{size}");
        let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
        let height = u32::from_be_bytes([png[20], png[21], png[22], png[23]]);
        assert_eq!((width, height), (size, size));
    }
}

#[test]
fn desktop_file_validate_accepts_the_entry_when_installed() {
    let path = repo_file("packaging/linux/briefsmith.desktop");
    match std::process::Command::new("desktop-file-validate").arg(&path).output() {
        Ok(out) => assert!(
            out.status.success(),
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(_) => eprintln!("desktop-file-validate is not installed; scripts/check-package runs it"),
    }
}

#[test]
fn the_windows_and_macos_configuration_matches_the_crate() {
    let text = fs::read_to_string(repo_file("packaging/Packager.toml")).unwrap();
    let config: toml::Table = toml::from_str(&text).unwrap();
    assert_eq!(config["version"].as_str(), Some(env!("CARGO_PKG_VERSION")));
    assert_eq!(config["binaries"][0]["path"].as_str(), Some("briefsmith"));
    for icon in config["icons"].as_array().unwrap() {
        assert!(repo_file(icon.as_str().unwrap()).is_file(), "{icon:?}");
    }
    let association = &config["file-associations"][0];
    assert_eq!(association["mime-type"].as_str(), Some(mime_type().0.as_str()));
}
