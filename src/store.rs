//! Session files on disk: loading with full validation, atomic saving with a `.bak` of the
//! previous version, and recovery files for autosave.
//!
//! A session file is pretty-printed JSON (`.brief.json`) with the article texts embedded as arrays
//! of lines, so that it is self-contained and diffs well. Saving writes a temporary file in the
//! same folder, flushes it to disk, keeps the old file as `NAME.bak` and renames the new one over
//! it: at every moment the path holds either the old or the new complete file.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

use crate::import::io_problem;
use crate::model::session::{FORMAT_NAME, FORMAT_VERSION};
use crate::model::{AnchorReport, Session};

/// The extension of session files.
pub const SESSION_EXTENSION: &str = ".brief.json";
/// Session files larger than this are refused (the article limit plus room for tags).
pub const MAX_SESSION_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: {problem}", path.display())]
    Read { path: PathBuf, problem: String },
    #[error("{}: not valid JSON at line {line}, column {column}: {problem}", path.display())]
    Syntax { path: PathBuf, line: usize, column: usize, problem: String },
    #[error("{}: not a valid Briefsmith session (line {line}, column {column}: {problem})", path.display())]
    Shape { path: PathBuf, line: usize, column: usize, problem: String },
    #[error(
        "{}: written by a newer Briefsmith (session format version {found}); this version reads up to {FORMAT_VERSION}. Update Briefsmith to open it",
        path.display()
    )]
    TooNew { path: PathBuf, found: u32 },
    #[error("{}: the session is inconsistent: {}", path.display(), summarise(problems))]
    Invalid { path: PathBuf, problems: Vec<String> },
    #[error("cannot write {}: {problem}", path.display())]
    Write { path: PathBuf, problem: String },
}

fn summarise(problems: &[String]) -> String {
    const SHOWN: usize = 3;
    let mut s = problems.iter().take(SHOWN).cloned().collect::<Vec<_>>().join("; ");
    if problems.len() > SHOWN {
        s.push_str(&format!(" (and {} more)", problems.len() - SHOWN));
    }
    s
}

impl StoreError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            StoreError::Read { path, .. }
            | StoreError::Syntax { path, .. }
            | StoreError::Shape { path, .. }
            | StoreError::TooNew { path, .. }
            | StoreError::Invalid { path, .. }
            | StoreError::Write { path, .. } => path,
        }
    }
}

/// A session read from disk, with what the analyst should know about it.
#[derive(Debug)]
pub struct Loaded {
    pub session: Session,
    /// Anchoring of every tag against the embedded texts.
    pub report: AnchorReport,
    /// Non-fatal findings: texts edited by hand, tags that had to be re-anchored, an older format.
    pub warnings: Vec<String>,
    /// The format version the file was written in, when older than [`FORMAT_VERSION`]: the session
    /// is migrated in memory and written in the current version on the next save.
    pub migrated_from: Option<u32>,
}

/// Just enough of the file to check what it is before reading the rest.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

/// Reads, parses and validates a session file.
pub fn load(path: &Path) -> Result<Loaded, StoreError> {
    let bytes = read_limited(path, MAX_SESSION_BYTES)?;
    load_bytes(&bytes, path)
}

/// Parses and validates session bytes; `path` is used in messages only.
pub fn load_bytes(bytes: &[u8], path: &Path) -> Result<Loaded, StoreError> {
    let read_err = |problem: &str| StoreError::Read { path: path.to_owned(), problem: problem.to_owned() };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(read_err("is empty"));
    }
    let header: Header = serde_json::from_slice(bytes).map_err(|e| json_error(path, e))?;
    match header.format.as_deref() {
        Some(FORMAT_NAME) => {}
        Some(other) => return Err(read_err(&format!("is a '{other}' file, not a Briefsmith session"))),
        None => return Err(read_err("is JSON but not a Briefsmith session (no \"format\" field)")),
    }
    let version = header.version.ok_or_else(|| read_err("has no format version"))?;
    if version > FORMAT_VERSION {
        return Err(StoreError::TooNew { path: path.to_owned(), found: version });
    }
    if version == 0 {
        return Err(read_err("has format version 0, which no Briefsmith wrote"));
    }
    let mut session: Session = serde_json::from_slice(bytes).map_err(|e| json_error(path, e))?;
    let problems: Vec<String> = session.validate().iter().map(ToString::to_string).collect();
    if !problems.is_empty() {
        return Err(StoreError::Invalid { path: path.to_owned(), problems });
    }
    session.repair_next_id();
    let mut warnings = Vec::new();
    let migrated_from = (version < FORMAT_VERSION).then_some(version);
    if let Some(old) = migrated_from {
        // Every later version only adds fields with defaults, so migrating is raising the number.
        session.version = FORMAT_VERSION;
        warnings.push(format!(
            "written in session format version {old}; saving writes version {FORMAT_VERSION} and keeps the old file as {}",
            versioned_backup_path(path, old).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
        ));
    }
    for source in &session.sources {
        if !source.recorded_hash.is_empty() && source.recorded_hash != source.content_hash() {
            warnings.push(format!(
                "the text of source {} was changed outside Briefsmith; its tags were checked again",
                source.label
            ));
        }
    }
    let report = session.reanchor_all();
    for source in &mut session.sources {
        source.recorded_hash = source.content_hash();
    }
    if !report.reanchored.is_empty() || !report.orphans.is_empty() {
        warnings.push(format!("tags: {}", report.summary()));
    }
    Ok(Loaded { session, report, warnings, migrated_from })
}

fn json_error(path: &Path, e: serde_json::Error) -> StoreError {
    use serde_json::error::Category;
    let (line, column) = (e.line(), e.column());
    let problem = strip_position(&e.to_string());
    match e.classify() {
        Category::Syntax | Category::Eof => {
            StoreError::Syntax { path: path.to_owned(), line, column, problem }
        }
        Category::Data => StoreError::Shape { path: path.to_owned(), line, column, problem },
        Category::Io => StoreError::Read { path: path.to_owned(), problem },
    }
}

/// serde_json appends " at line L column C"; the message gives the position itself.
fn strip_position(message: &str) -> String {
    message.rsplit_once(" at line ").map_or(message, |(problem, _)| problem).to_owned()
}

fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, StoreError> {
    let fail = |problem: String| StoreError::Read { path: path.to_owned(), problem };
    let meta = fs::metadata(path).map_err(|e| fail(io_problem(&e)))?;
    if meta.is_dir() {
        return Err(fail("is a folder, not a session file".into()));
    }
    if meta.len() > limit {
        return Err(fail(format!(
            "is {} bytes, over the {} MiB limit for session files",
            meta.len(),
            limit >> 20
        )));
    }
    fs::read(path).map_err(|e| fail(io_problem(&e)))
}

/// The bytes a session is saved as: pretty JSON with a final newline.
///
/// Serialising the session's plain data cannot fail today; if a future field could, the save
/// fails with that error instead of writing a truncated file.
pub fn to_bytes(session: &Session) -> Result<Vec<u8>, serde_json::Error> {
    let mut out =
        Vec::with_capacity(session.sources.iter().map(|s| s.text().len()).sum::<usize>() * 2 + 4096);
    serde_json::to_writer_pretty(&mut out, session)?;
    out.push(b'\n');
    Ok(out)
}

/// Saves a session atomically, keeping the previous file as `PATH.bak`. When the file on disk is
/// in an older format version, it is also kept as `PATH.vN.bak` (which later saves leave alone),
/// so the analyst can still open it with an older Briefsmith.
pub fn save(path: &Path, session: &Session) -> Result<(), StoreError> {
    if let Some(old) = version_on_disk(path).filter(|v| *v < FORMAT_VERSION) {
        let keep = versioned_backup_path(path, old);
        if !keep.exists() {
            fs::copy(path, &keep)
                .map_err(|e| StoreError::Write { path: keep.clone(), problem: io_problem(&e) })?;
        }
    }
    let bytes = to_bytes(session).map_err(|e| StoreError::Write {
        path: path.to_owned(),
        problem: format!("cannot encode the session: {e}"),
    })?;
    write_atomic(path, &bytes, true)
}

/// `NAME.v1.bak` beside `NAME`: the copy of a file in format version `version` kept on migration.
pub fn versioned_backup_path(path: &Path, version: u32) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(format!(".v{version}.bak"));
    path.with_file_name(name)
}

/// The format version a session file on disk declares near its start, if it is one.
fn version_on_disk(path: &Path) -> Option<u32> {
    use std::io::Read;
    let mut head = [0u8; 512];
    let n = File::open(path).and_then(|mut f| f.read(&mut head)).ok()?;
    let head = String::from_utf8_lossy(&head[..n]);
    if !head.contains(FORMAT_NAME) {
        return None;
    }
    let after = head.split("\"version\"").nth(1)?;
    let digits: String =
        after.trim_start_matches([' ', ':', '\n', '\t']).chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The path of the backup kept beside a saved file.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to `path` so that `path` always holds either its old or its new complete
/// content: a temporary file in the same folder, fsync, optional backup of the old file by hard
/// link (or copy), rename, fsync of the folder.
pub fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), StoreError> {
    let fail = |problem: String| StoreError::Write { path: path.to_owned(), problem };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    match fs::metadata(&dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Err(fail(format!("{} is not a folder", dir.display()))),
        Err(_) => return Err(fail(format!("the folder {} does not exist", dir.display()))),
    }
    if fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(fail("it is a folder".into()));
    }
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = dir.join(format!(
        ".{file_name}.{}-{}.tmp",
        std::process::id(),
        TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| -> std::io::Result<()> {
        let mut file = File::options().write(true).create_new(true).open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        if keep_backup && fs::metadata(path).is_ok() {
            let backup = backup_path(path);
            // A hard link needs the name free. When the old backup cannot be removed (or the file
            // system has no hard links), a copy overwrites it, or reports why it cannot.
            let freed = match fs::remove_file(&backup) {
                Ok(()) => true,
                Err(e) => e.kind() == std::io::ErrorKind::NotFound,
            };
            if !freed || fs::hard_link(path, &backup).is_err() {
                fs::copy(path, &backup)?;
            }
        }
        fs::rename(&temp, path)?;
        sync_dir(&dir);
        remove_stale_temps(&dir, &file_name);
        Ok(())
    })();
    result.map_err(|e| {
        // The write error is what the analyst needs to see. A temporary file that cannot be
        // removed now is removed by the next save (`remove_stale_temps`).
        if let Err(cleanup) = fs::remove_file(&temp)
            && cleanup.kind() != std::io::ErrorKind::NotFound
        {
            return fail(format!("{}; the temporary file {} is left behind", io_problem(&e), temp.display()));
        }
        fail(io_problem(&e))
    })
}

/// Removes temporary files that a crashed save left beside `file_name` (older than a minute, so
/// that another process's save in progress is left alone).
fn remove_stale_temps(dir: &Path, file_name: &str) {
    let prefix = format!(".{file_name}.");
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > std::time::Duration::from_secs(60)));
        if name.starts_with(&prefix) && name.ends_with(".tmp") && old {
            // Housekeeping after a save that already succeeded: a file that cannot be removed now
            // is tried again on the next save, and must not fail this one.
            fs::remove_file(entry.path()).ok();
        }
    }
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    // Makes the rename itself durable; failure only weakens durability, not atomicity.
    if let Ok(d) = File::open(dir) {
        d.sync_all().ok();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

/// Whether a path looks like a session file (by name; content decides when opening).
pub fn is_session_path(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n.to_string_lossy().ends_with(SESSION_EXTENSION))
}

// ------------------------------------------------------------------------------------------------
// Recovery files

/// What an autosave writes: the session and where it belongs.
#[derive(Serialize, Deserialize)]
pub struct Recovery {
    /// The session file this work belongs to; `None` for a session never saved.
    pub original: Option<PathBuf>,
    /// RFC 3339 time of the autosave.
    pub saved_at: String,
    pub session: Session,
}

/// The folder where recovery files live: `$XDG_DATA_HOME/briefsmith/recovery` (or the platform's
/// equivalent).
pub fn default_recovery_dir() -> Option<PathBuf> {
    dirs::data_local_dir().map(|d| d.join("briefsmith").join("recovery"))
}

/// The recovery file for a session at `original` (or for an unsaved session).
pub fn recovery_path(dir: &Path, original: Option<&Path>) -> PathBuf {
    let key = match original {
        Some(p) => {
            let absolute = std::path::absolute(p).unwrap_or_else(|_| p.to_owned());
            crate::model::text::content_hash(&absolute.to_string_lossy()).chars().take(16).collect()
        }
        None => "untitled".to_owned(),
    };
    dir.join(format!("{key}.recovery.json"))
}

/// Writes a recovery file atomically (no backup).
pub fn write_recovery(dir: &Path, original: Option<&Path>, session: &Session) -> Result<PathBuf, StoreError> {
    fs::create_dir_all(dir)
        .map_err(|e| StoreError::Write { path: dir.to_owned(), problem: io_problem(&e) })?;
    let path = recovery_path(dir, original);
    let recovery = Recovery {
        original: original.map(Path::to_owned),
        saved_at: humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string(),
        session: session.clone(),
    };
    let bytes = serde_json::to_vec(&recovery).map_err(|e| StoreError::Write {
        path: path.clone(),
        problem: format!("cannot encode the session: {e}"),
    })?;
    write_atomic(&path, &bytes, false)?;
    Ok(path)
}

/// Reads a recovery file, validating its session like a session file.
pub fn read_recovery(path: &Path) -> Result<Recovery, StoreError> {
    let bytes = read_limited(path, MAX_SESSION_BYTES)?;
    let mut recovery: Recovery = serde_json::from_slice(&bytes).map_err(|e| json_error(path, e))?;
    let problems: Vec<String> = recovery.session.validate().iter().map(ToString::to_string).collect();
    if !problems.is_empty() {
        return Err(StoreError::Invalid { path: path.to_owned(), problems });
    }
    recovery.session.repair_next_id();
    Ok(recovery)
}

/// Every recovery file in `dir`, newest first.
pub fn list_recoveries(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".recovery.json"))
        .map(|p| (fs::metadata(&p).and_then(|m| m.modified()).unwrap_or(std::time::UNIX_EPOCH), p))
        .collect();
    files.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    files.into_iter().map(|(_, p)| p).collect()
}

/// Removes a recovery file once its work is safely saved or discarded. A file that is already
/// gone is fine; one that cannot be removed is an error to show, since the app would otherwise
/// offer to restore it at every start.
pub fn remove_recovery(dir: &Path, original: Option<&Path>) -> Result<(), StoreError> {
    let path = recovery_path(dir, original);
    match fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::Write {
            problem: format!("cannot remove this recovery file ({}); delete it by hand", io_problem(&e)),
            path,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, ByteRange, SourceMeta, TagBody, apply};

    fn sample() -> Session {
        let mut s = Session::new();
        let src = apply(
            &mut s,
            Action::AddSource { meta: SourceMeta::default(), text: "Hello 世界.\nSecond line.".into() },
        )
        .unwrap()
        .sources[0];
        apply(
            &mut s,
            Action::AddTag {
                source: src,
                range: ByteRange::new(6, 12).unwrap(),
                body: TagBody::KeyPoint,
                note: "n".into(),
            },
        )
        .unwrap();
        s
    }

    #[test]
    fn save_then_load_round_trips_and_keeps_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.brief.json");
        let mut s = sample();
        save(&path, &s).unwrap();
        assert!(!backup_path(&path).exists());
        let loaded = load(&path).unwrap();
        assert_eq!(loaded.session, s);
        assert!(loaded.warnings.is_empty());
        assert_eq!(loaded.report.anchored.len(), 1);

        let first = fs::read(&path).unwrap();
        s.brief.title = "Changed".into();
        save(&path, &s).unwrap();
        assert_eq!(fs::read(backup_path(&path)).unwrap(), first);
        assert_eq!(load(&path).unwrap().session.brief.title, "Changed");
        // No temporary files are left behind.
        let names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    /// A session as Briefsmith wrote it in format version 1 (a made-up article).
    const VERSION_1: &str = r#"{
  "format": "briefsmith-session",
  "version": 1,
  "brief": { "title": "Old", "summary": "Cables were cut." },
  "template": "briefing-note",
  "sources": [ { "id": 1, "label": "S1", "meta": { "title": "Cables" },
                 "content_hash": "", "text_lines": ["Ships cut a cable near Öland."] } ],
  "actors": [],
  "tags": [ { "id": 2, "source": 1, "kind": "key-point",
              "span": { "range": { "start": 0, "end": 17 },
                        "quote": { "exact": "Ships cut a cable", "prefix": "", "suffix": " near Öland." } } } ],
  "next_id": 3
}
"#;

    #[test]
    fn version_1_files_open_and_are_migrated_on_save_keeping_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.brief.json");
        fs::write(&path, VERSION_1).unwrap();
        let loaded = load(&path).unwrap();
        assert_eq!(loaded.migrated_from, Some(1));
        assert!(loaded.warnings.iter().any(|w| w.contains("old.brief.json.v1.bak")), "{:?}", loaded.warnings);
        assert_eq!(loaded.session.version, FORMAT_VERSION);
        assert_eq!(loaded.session.tags.len(), 1);
        assert!(loaded.session.judgments.is_empty());
        save(&path, &loaded.session).unwrap();
        let saved = fs::read_to_string(&path).unwrap();
        assert!(saved.contains(&format!("\"version\": {FORMAT_VERSION}")), "{saved}");
        assert_eq!(fs::read_to_string(backup_path(&path)).unwrap(), VERSION_1);
        assert_eq!(fs::read_to_string(versioned_backup_path(&path, 1)).unwrap(), VERSION_1);
        // A later save replaces NAME.bak but leaves the version 1 copy alone.
        save(&path, &loaded.session).unwrap();
        assert_ne!(fs::read_to_string(backup_path(&path)).unwrap(), VERSION_1);
        assert_eq!(fs::read_to_string(versioned_backup_path(&path, 1)).unwrap(), VERSION_1);
        let again = load(&path).unwrap();
        assert_eq!(again.migrated_from, None);
        assert_eq!(again.session, loaded.session);
    }

    #[test]
    fn saved_files_are_stable_and_readable() {
        let s = sample();
        let a = to_bytes(&s).unwrap();
        assert_eq!(a, to_bytes(&s).unwrap());
        let text = String::from_utf8(a).unwrap();
        assert!(text.contains("\"text_lines\": [\n"), "{text}");
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn malformed_json_reports_line_and_column() {
        let err = load_bytes(
            b"{\n  \"format\": \"briefsmith-session\",\n  \"version\": 1,\n  \"tags\": [\n",
            Path::new("x.brief.json"),
        )
        .unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, StoreError::Syntax { line: 5, .. }), "{msg}");
        assert!(msg.starts_with("x.brief.json: not valid JSON at line 5"), "{msg}");
    }

    #[test]
    fn newer_versions_and_foreign_json_are_refused() {
        let err = load_bytes(br#"{"format":"briefsmith-session","version":99}"#, Path::new("new.brief.json"))
            .unwrap_err();
        assert!(err.to_string().contains("newer Briefsmith (session format version 99)"), "{err}");
        let err = load_bytes(br#"{"name":"package"}"#, Path::new("p.json")).unwrap_err();
        assert!(err.to_string().contains("not a Briefsmith session"), "{err}");
        let err = load_bytes(b"   ", Path::new("e.brief.json")).unwrap_err();
        assert!(err.to_string().contains("is empty"), "{err}");
    }

    #[test]
    fn inconsistent_sessions_are_refused_with_the_problem() {
        let mut value = serde_json::to_value(sample()).unwrap();
        value["tags"][0]["span"]["range"]["end"] = serde_json::json!(10_000);
        let bytes = serde_json::to_vec(&value).unwrap();
        let err = load_bytes(&bytes, Path::new("bad.brief.json")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("bad.brief.json") && msg.contains("runs past the end"), "{msg}");
    }

    #[test]
    fn a_reversed_range_is_a_load_error_naming_the_file() {
        let mut value = serde_json::to_value(sample()).unwrap();
        value["tags"][0]["span"]["range"] = serde_json::json!({"start": 12, "end": 6});
        let bytes = serde_json::to_vec_pretty(&value).unwrap();
        let err = load_bytes(&bytes, Path::new("reversed.brief.json")).unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, StoreError::Shape { .. }), "{msg}");
        assert!(msg.starts_with("reversed.brief.json: ") && msg.contains("range 12..6 is reversed"), "{msg}");
    }

    #[test]
    fn a_session_with_no_sources_loads_like_the_app_leaves_it() {
        // The app lets the analyst remove the last article and save; such a file must open again.
        let mut s = sample();
        let src = s.sources[0].id;
        apply(&mut s, Action::RemoveSource { source: src }).unwrap();
        let loaded = load_bytes(&to_bytes(&s).unwrap(), Path::new("empty.brief.json")).unwrap();
        assert!(loaded.session.sources.is_empty() && loaded.session.tags.is_empty());
        assert!(loaded.warnings.is_empty());
        // A tag that points at no source is still refused.
        let mut value = serde_json::to_value(sample()).unwrap();
        value["sources"] = serde_json::json!([]);
        let err =
            load_bytes(&serde_json::to_vec(&value).unwrap(), Path::new("dangling.brief.json")).unwrap_err();
        assert!(err.to_string().contains("which does not exist"), "{err}");
    }

    #[test]
    fn hand_edited_text_is_reanchored_with_a_warning() {
        let mut value = serde_json::to_value(sample()).unwrap();
        value["sources"][0]["text_lines"][0] = serde_json::json!("Well, hello 世界.");
        let bytes = serde_json::to_vec(&value).unwrap();
        let loaded = load_bytes(&bytes, Path::new("edited.brief.json")).unwrap();
        assert_eq!(loaded.report.reanchored.len(), 1);
        assert!(
            loaded.warnings.iter().any(|w| w.contains("changed outside Briefsmith")),
            "{:?}",
            loaded.warnings
        );
        let tag = &loaded.session.tags[0];
        assert_eq!(tag.span.range.slice(loaded.session.sources[0].text()), Some("世界"));
    }

    #[test]
    fn stale_temporary_files_of_crashed_saves_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.brief.json");
        let stale = dir.path().join(".a.brief.json.999-0.tmp");
        let fresh = dir.path().join(".a.brief.json.998-0.tmp");
        let other = dir.path().join(".b.brief.json.999-0.tmp");
        for f in [&stale, &fresh, &other] {
            fs::write(f, b"partial").unwrap();
        }
        let two_minutes_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(120);
        for f in [&stale, &other] {
            File::options().write(true).open(f).unwrap().set_modified(two_minutes_ago).unwrap();
        }
        save(&path, &sample()).unwrap();
        assert!(!stale.exists(), "an old temporary file of this session is removed");
        assert!(fresh.exists(), "a recent one may belong to a save in progress");
        assert!(other.exists(), "another file's temporaries are not ours");
    }

    #[test]
    fn write_errors_name_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no-such-folder").join("out.brief.json");
        let err = save(&missing, &sample()).unwrap_err();
        assert!(err.to_string().contains("does not exist"), "{err}");
        let err = save(dir.path(), &sample()).unwrap_err();
        assert!(err.to_string().contains("is a folder"), "{err}");
    }

    #[test]
    fn a_recovery_file_that_cannot_be_removed_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        // A folder where the recovery file should be: removing it as a file fails.
        fs::create_dir(recovery_path(dir.path(), None)).unwrap();
        let err = remove_recovery(dir.path(), None).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("untitled.recovery.json") && msg.contains("cannot remove"), "{msg}");
    }

    #[test]
    fn recovery_files_round_trip_and_list_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let s = sample();
        let original = dir.path().join("work.brief.json");
        let p1 = write_recovery(dir.path(), Some(&original), &s).unwrap();
        let p2 = write_recovery(dir.path(), None, &s).unwrap();
        assert_ne!(p1, p2);
        let back = read_recovery(&p1).unwrap();
        assert_eq!(back.session, s);
        assert_eq!(back.original.as_deref(), Some(original.as_path()));
        assert_eq!(list_recoveries(dir.path()).len(), 2);
        remove_recovery(dir.path(), None).unwrap();
        assert_eq!(list_recoveries(dir.path()), [p1]);
        // Already gone is not an error.
        remove_recovery(dir.path(), None).unwrap();
    }
}
