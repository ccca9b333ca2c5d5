//! Finding templates: the built-in ones embedded from `templates/` at build time, and the
//! analyst's own from the user template folders, which add templates or override built-ins by
//! name.
//!
//! A template file is named `NAME.md.j2` (also `.j2`, `.jinja`, `.md`); its first line may be a
//! comment `{# one-line description #}`.

use std::path::{Path, PathBuf};

use super::BriefError;

/// The built-in templates: (file name, source).
const BUILT_IN: &[(&str, &str)] = &[
    ("briefing-note.md.j2", include_str!("../../templates/briefing-note.md.j2")),
    ("bluf.md.j2", include_str!("../../templates/bluf.md.j2")),
    ("intsum.md.j2", include_str!("../../templates/intsum.md.j2")),
];

/// Extensions recognised as templates, longest first.
const EXTENSIONS: &[&str] = &[".md.j2", ".md.jinja", ".j2", ".jinja", ".md"];

/// User templates larger than this are refused.
pub const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    /// From a user template folder (possibly overriding a built-in of the same name).
    User(PathBuf),
    /// Given directly as a file.
    File(PathBuf),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateInfo {
    pub name: String,
    pub description: String,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pub info: TemplateInfo,
    pub source: String,
}

impl Template {
    fn new(file_name: &str, source: String, origin: Origin) -> Self {
        let name = template_name(file_name);
        let description = description_of(&source);
        Self { info: TemplateInfo { name, description, origin }, source }
    }

    /// Reads a template file given by path.
    pub fn from_file(path: &Path) -> Result<Self, BriefError> {
        let source = read_template(path)?;
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        Ok(Self::new(&file_name, source, Origin::File(path.to_owned())))
    }
}

/// The template name for a file name: `bluf.md.j2` → `bluf`.
pub fn template_name(file_name: &str) -> String {
    EXTENSIONS.iter().find_map(|ext| file_name.strip_suffix(ext)).unwrap_or(file_name).to_owned()
}

fn is_template_file(file_name: &str) -> bool {
    EXTENSIONS.iter().any(|ext| file_name.ends_with(ext))
        && !file_name.starts_with('.')
        && file_name != "README.md"
}

/// The description in a leading `{# … #}` comment, or empty.
pub fn description_of(source: &str) -> String {
    let Some(rest) = source.trim_start().strip_prefix("{#") else { return String::new() };
    let Some((comment, _)) = rest.split_once("#}") else { return String::new() };
    crate::model::text::collapse_whitespace(comment.trim_matches(['-', '+']))
}

fn read_template(path: &Path) -> Result<String, BriefError> {
    let fail = |problem: String| BriefError::Read { path: path.display().to_string(), problem };
    let meta = std::fs::metadata(path).map_err(|e| fail(crate::import::io_problem(&e)))?;
    if meta.is_dir() {
        return Err(fail("is a folder, not a template file".into()));
    }
    if meta.len() > MAX_TEMPLATE_BYTES {
        return Err(fail(format!("is over the {} KiB limit for templates", MAX_TEMPLATE_BYTES / 1024)));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(crate::import::io_problem(&e)))?;
    String::from_utf8(bytes)
        .map_err(|e| fail(format!("is not valid UTF-8 (at byte {})", e.utf8_error().valid_up_to())))
}

/// The folders searched for user templates, in increasing priority: the platform config folder
/// (`~/.config/briefsmith/templates` on Linux), then `extra` (the `--templates DIR` option).
pub fn user_dirs(extra: Option<&Path>) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> =
        dirs::config_dir().map(|d| d.join("briefsmith").join("templates")).into_iter().collect();
    dirs.extend(extra.map(Path::to_owned));
    dirs
}

/// All templates available: built-ins, then user templates that add or override by name.
#[derive(Clone, Debug, Default)]
pub struct Templates {
    list: Vec<Template>,
    /// User template files that could not be read (reported, not fatal).
    pub problems: Vec<BriefError>,
}

impl Templates {
    /// Only the built-in templates.
    pub fn built_in() -> Self {
        let list = BUILT_IN
            .iter()
            .map(|(file, src)| Template::new(file, (*src).to_owned(), Origin::BuiltIn))
            .collect();
        Self { list, problems: Vec::new() }
    }

    /// Built-ins plus every template in `dirs` (later folders win). A folder that does not exist
    /// is skipped; an unreadable file is recorded in `problems`.
    pub fn load(dirs: &[PathBuf]) -> Self {
        let mut templates = Self::built_in();
        for dir in dirs {
            let Ok(entries) = std::fs::read_dir(dir) else { continue };
            let mut files: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
            files.sort();
            for path in files {
                let file_name =
                    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                if !is_template_file(&file_name) || path.is_dir() {
                    continue;
                }
                match read_template(&path) {
                    Ok(source) => {
                        templates.insert(Template::new(&file_name, source, Origin::User(path.clone())))
                    }
                    Err(e) => templates.problems.push(e),
                }
            }
        }
        templates
    }

    fn insert(&mut self, template: Template) {
        match self.list.iter_mut().find(|t| t.info.name == template.info.name) {
            Some(existing) => *existing = template,
            None => self.list.push(template),
        }
    }

    pub fn list(&self) -> &[Template] {
        &self.list
    }

    pub fn get(&self, name: &str) -> Option<&Template> {
        self.list.iter().find(|t| t.info.name == name)
    }

    pub fn names(&self) -> String {
        self.list.iter().map(|t| t.info.name.as_str()).collect::<Vec<_>>().join(", ")
    }

    /// A template by name, or a template file by path (anything with a path separator or a
    /// template extension, or an existing file).
    pub fn resolve(&self, name_or_path: &str) -> Result<Template, BriefError> {
        if let Some(t) = self.get(name_or_path) {
            return Ok(t.clone());
        }
        let path = Path::new(name_or_path);
        let looks_like_path = name_or_path.contains(std::path::MAIN_SEPARATOR)
            || name_or_path.contains('/')
            || EXTENSIONS.iter().any(|e| name_or_path.ends_with(e))
            || path.is_file();
        if looks_like_path {
            return Template::from_file(path);
        }
        Err(BriefError::Unknown { name: name_or_path.to_owned(), available: self.names() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_ins_have_names_and_descriptions() {
        let t = Templates::built_in();
        let names: Vec<&str> = t.list().iter().map(|t| t.info.name.as_str()).collect();
        assert_eq!(names, ["briefing-note", "bluf", "intsum"]);
        assert!(t.list().iter().all(|t| !t.info.description.is_empty() && t.info.description.len() < 120));
    }

    #[test]
    fn user_folders_add_and_override_by_name() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("bluf.md.j2"), "{# My BLUF #}\nmine\n").unwrap();
        std::fs::write(dir.path().join("weekly.md.j2"), "{# Weekly roundup #}\nweekly\n").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "not a template").unwrap();
        std::fs::write(dir.path().join("bad.j2"), [0xff, 0xfe, 0x00]).unwrap();
        let t = Templates::load(&[dir.path().to_owned(), dir.path().join("missing")]);
        assert_eq!(t.get("bluf").unwrap().info.description, "My BLUF");
        assert!(matches!(t.get("bluf").unwrap().info.origin, Origin::User(_)));
        assert_eq!(t.get("weekly").unwrap().source, "{# Weekly roundup #}\nweekly\n");
        assert!(t.get("notes").is_none());
        assert_eq!(t.problems.len(), 1);
        assert!(t.problems[0].to_string().contains("not valid UTF-8"));
    }

    #[test]
    fn resolve_takes_names_or_paths_and_names_alternatives() {
        let t = Templates::built_in();
        assert_eq!(t.resolve("intsum").unwrap().info.name, "intsum");
        let err = t.resolve("nonesuch").unwrap_err().to_string();
        assert_eq!(err, "no template called 'nonesuch'; available: briefing-note, bluf, intsum");
        let err = t.resolve("/no/such/file.md.j2").unwrap_err().to_string();
        assert!(err.contains("/no/such/file.md.j2: no such file"), "{err}");
    }

    #[test]
    fn template_names_strip_known_extensions() {
        assert_eq!(template_name("briefing-note.md.j2"), "briefing-note");
        assert_eq!(template_name("x.jinja"), "x");
        assert_eq!(template_name("plain"), "plain");
        assert_eq!(description_of("{#- Short one -#}\nbody"), "Short one");
        assert_eq!(description_of("no comment"), "");
    }
}
