//! Modal dialogs: tagging (actor, quote, threat), the unsaved-changes prompt, a path field where
//! no native file dialog exists, pasting an article, restoring unsaved work, shortcuts, about.

use std::path::PathBuf;

use egui::{Context, Id, Key, Modal, Ui};

use super::commands::Command;
use super::files::Purpose;
use super::text::text_between;
use super::{BriefsmithApp, Msg, Pending};
use crate::model::{
    ActorId, ActorKind, ActorRef, ByteRange, Likelihood, Session, Severity, Speaker, TagBody, ThreatCategory,
    Vocabulary,
};

pub enum Dialog {
    TagActor { name: String, kind: ActorKind, focus: bool },
    TagQuote { speaker: String, focus: bool },
    TagThreat { category: ThreatCategory, severity: Severity, likelihood: Option<Likelihood> },
    Unsaved { then: Pending },
    PathEntry { purpose: Purpose, text: String, focus: bool },
    Paste { text: String },
    Recovery { path: PathBuf, summary: String },
    Shortcuts,
    About,
}

impl Dialog {
    pub fn tag_actor(session: &Session, passage: &str) -> Self {
        // A passage that is already a name or alias proposes that actor's kind.
        let kind = session.find_actor(passage).map_or(ActorKind::default(), |a| a.kind);
        Dialog::TagActor { name: passage.to_owned(), kind, focus: true }
    }

    /// Proposes as speaker the actor named right after or before the quote, if the registry has one.
    pub fn tag_quote(session: &Session, text: &str, range: ByteRange) -> Self {
        // 120 bytes either side, widened to whole characters (Hangul and kanji take 3 bytes each).
        let after = text_between(text, range.end(), range.end().saturating_add(120));
        let before = text_between(text, range.start().saturating_sub(120), range.start());
        let speaker = session
            .actors
            .iter()
            .flat_map(|a| a.all_names().map(move |n| (a, n)))
            .filter(|(_, n)| n.len() > 2)
            .filter_map(|(a, n)| {
                let distance = after
                    .find(n)
                    .map(|i| i as isize)
                    .or_else(|| before.rfind(n).map(|i| (before.len() - i) as isize))?;
                Some((distance, a.name.clone()))
            })
            .min()
            .map(|(_, name)| name)
            .unwrap_or_default();
        Dialog::TagQuote { speaker, focus: true }
    }

    pub fn tag_threat(passage: &str) -> Self {
        let (category, severity) = crate::workflow::guess_threat(passage)
            .unwrap_or((ThreatCategory::default(), Severity::default()));
        Dialog::TagThreat { category, severity, likelihood: None }
    }

    pub fn recovery(path: &std::path::Path) -> Self {
        let summary = match crate::store::read_recovery(path) {
            Ok(r) => {
                let what = r
                    .original
                    .as_ref()
                    .map_or_else(|| "an unsaved session".to_owned(), |p| p.display().to_string());
                format!(
                    "Briefsmith found work that was not saved: {what} ({} tags, autosaved {}).",
                    r.session.tags.len(),
                    r.saved_at
                )
            }
            Err(e) => format!("A recovery file could not be read: {e}"),
        };
        Dialog::Recovery { path: path.to_owned(), summary }
    }
}

/// Shortens text to `max` characters with an ellipsis, on one line.
pub fn short(s: &str, max: usize) -> String {
    let flat = crate::model::text::collapse_whitespace(s);
    if flat.chars().count() <= max {
        return flat;
    }
    let mut out: String = flat.chars().take(max).collect();
    out.push('…');
    out
}

fn labelled_field(ui: &mut Ui, label: &str, value: &mut String, focus: bool) -> egui::Response {
    let l = ui.label(label);
    let response = ui.add(egui::TextEdit::singleline(value).desired_width(320.0)).labelled_by(l.id);
    if focus {
        response.request_focus();
    }
    response
}

/// Combo box over a vocabulary, labelled for accessibility.
pub fn vocab_combo<T: Vocabulary + PartialEq>(
    ui: &mut Ui,
    label: &str,
    id: impl std::hash::Hash + std::fmt::Debug,
    value: &mut T,
) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        let l = ui.label(label);
        let inner = egui::ComboBox::from_id_salt(id).selected_text(value.label()).show_ui(ui, |ui| {
            for v in T::ALL {
                changed |= ui.selectable_value(value, *v, v.label()).changed();
            }
        });
        inner.response.labelled_by(l.id);
    });
    changed
}

/// Combo box over an optional vocabulary value ("not set" first).
pub fn optional_vocab_combo<T: Vocabulary + PartialEq>(
    ui: &mut Ui,
    label: &str,
    id: impl std::hash::Hash + std::fmt::Debug,
    value: &mut Option<T>,
) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        let l = ui.label(label);
        let text = value.map_or("not set", |v| v.label());
        let inner = egui::ComboBox::from_id_salt(id).selected_text(text).show_ui(ui, |ui| {
            changed |= ui.selectable_value(value, None, "not set").changed();
            for v in T::ALL {
                changed |= ui.selectable_value(value, Some(*v), v.label()).changed();
            }
        });
        inner.response.labelled_by(l.id);
    });
    changed
}

/// Registry actors whose name or alias contains `query` (case-insensitive), best first.
fn matching_actors(session: &Session, query: &str) -> Vec<(ActorId, String, ActorKind, usize)> {
    let q = query.trim().to_lowercase();
    let mut found: Vec<(usize, ActorId, String, ActorKind, usize)> = session
        .actors
        .iter()
        .filter_map(|a| {
            let score = a.all_names().filter_map(|n| n.to_lowercase().find(&q)).min();
            let score = if q.is_empty() { Some(0) } else { score };
            score.map(|s| (s, a.id, a.name.clone(), a.kind, session.mentions(a.id).len()))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.4.cmp(&a.4)).then(a.2.cmp(&b.2)));
    found.into_iter().take(8).map(|(_, id, name, kind, n)| (id, name, kind, n)).collect()
}

pub fn dialog_ui(app: &mut BriefsmithApp, ctx: &Context) {
    let Some(mut dialog) = app.dialog.take() else { return };
    let mut open = true;
    let modal = Modal::new(Id::unique("briefsmith_dialog")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        let enter = ui.input(|i| i.key_pressed(Key::Enter));
        match &mut dialog {
            Dialog::TagActor { name, kind, focus } => {
                ui.heading("Tag actor");
                let field = labelled_field(ui, "Actor name", name, std::mem::take(focus));
                vocab_combo(ui, "Kind", "actor_kind", kind);
                let matches = matching_actors(app.editor.session(), name);
                if !matches.is_empty() {
                    ui.label("Or add as a mention (and alias) of an existing actor:");
                    for (id, actor, actor_kind, mentions) in matches {
                        let text = format!(
                            "{actor} ({}, {mentions} mention{})",
                            actor_kind.label().to_lowercase(),
                            if mentions == 1 { "" } else { "s" }
                        );
                        if ui.button(text).on_hover_text("Tag the selection as this actor").clicked() {
                            app.send(Msg::TagSelectionActor(ActorRef::Existing(id)));
                            open = false;
                        }
                    }
                }
                ui.horizontal(|ui| {
                    let ok = ui.button("Tag").clicked() || (enter && field.lost_focus());
                    if ok && !name.trim().is_empty() {
                        app.send(Msg::TagSelectionActor(ActorRef::ByName {
                            name: name.trim().to_owned(),
                            kind: *kind,
                        }));
                        open = false;
                    }
                    if ui.button("Cancel").clicked() {
                        open = false;
                    }
                });
            }
            Dialog::TagQuote { speaker, focus } => {
                ui.heading("Tag quote");
                let field =
                    labelled_field(ui, "Speaker (an actor, or any words)", speaker, std::mem::take(focus));
                let matches = matching_actors(app.editor.session(), speaker);
                if !matches.is_empty() && !speaker.trim().is_empty() {
                    ui.horizontal_wrapped(|ui| {
                        for (_, actor, _, _) in matches {
                            if ui
                                .small_button(&actor)
                                .on_hover_text("Use this actor as the speaker")
                                .clicked()
                            {
                                *speaker = actor;
                            }
                        }
                    });
                }
                ui.horizontal(|ui| {
                    if ui.button("Tag").clicked() || (enter && field.lost_focus()) {
                        let speaker = speaker.trim();
                        let speaker = (!speaker.is_empty()).then(|| Speaker::Text(speaker.to_owned()));
                        app.send(Msg::TagSelection(TagBody::Quote { speaker }));
                        open = false;
                    }
                    if ui.button("Cancel").clicked() {
                        open = false;
                    }
                });
            }
            Dialog::TagThreat { category, severity, likelihood } => {
                ui.heading("Tag threat");
                vocab_combo(ui, "Category", "threat_category", category);
                vocab_combo(ui, "Severity", "threat_severity", severity);
                optional_vocab_combo(ui, "Likelihood", "threat_likelihood", likelihood);
                ui.horizontal(|ui| {
                    if ui.button("Tag").clicked() || enter {
                        app.send(Msg::TagSelection(TagBody::Threat {
                            category: *category,
                            severity: *severity,
                            likelihood: *likelihood,
                        }));
                        open = false;
                    }
                    if ui.button("Cancel").clicked() {
                        open = false;
                    }
                });
            }
            Dialog::Unsaved { then } => {
                let name = app
                    .path
                    .as_deref()
                    .and_then(std::path::Path::file_name)
                    .map_or_else(|| "this session".to_owned(), |n| n.to_string_lossy().into_owned());
                ui.heading("Unsaved changes");
                ui.label(format!("Save the changes to {name} first?"));
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        match app.path.clone() {
                            Some(path) => {
                                app.send(Msg::SaveTo(path));
                                app.send(Msg::ContinueIfSaved(then.clone()));
                            }
                            None => {
                                // Ask where, save, then carry on.
                                app.save_then(then.clone());
                            }
                        }
                        open = false;
                    }
                    if ui.button("Don't save").clicked() {
                        app.send(Msg::Continue(then.clone()));
                        open = false;
                    }
                    if ui.button("Cancel").clicked() {
                        open = false;
                    }
                });
            }
            Dialog::PathEntry { purpose, text, focus } => {
                ui.heading(purpose.title());
                ui.label("No file dialog is available here; type the path of the file.");
                let field = labelled_field(ui, "File path", text, std::mem::take(focus));
                ui.horizontal(|ui| {
                    let ok = ui.button(if purpose.saves() { "Save" } else { "Open" }).clicked()
                        || (enter && field.lost_focus());
                    if ok && !text.trim().is_empty() {
                        let path = expand_home(text.trim());
                        app.file_chosen(*purpose, path);
                        open = false;
                    }
                    if ui.button("Cancel").clicked() {
                        app.file_cancelled(*purpose);
                        open = false;
                    }
                });
            }
            Dialog::Paste { text } => {
                ui.heading("Paste an article");
                let l = ui.label("Article text (paste with Ctrl+V)");
                egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
                    ui.add(egui::TextEdit::multiline(text).desired_rows(12).desired_width(480.0))
                        .labelled_by(l.id);
                });
                ui.horizontal(|ui| {
                    if ui.add_enabled(!text.trim().is_empty(), egui::Button::new("Add source")).clicked() {
                        app.send(Msg::AddPasted(std::mem::take(text)));
                        open = false;
                    }
                    if ui.button("Cancel").clicked() {
                        open = false;
                    }
                });
            }
            Dialog::Recovery { path, summary } => {
                ui.heading("Restore unsaved work?");
                ui.label(summary.as_str());
                ui.horizontal(|ui| {
                    if ui.button("Restore").clicked() {
                        app.send(Msg::Restore(path.clone()));
                        open = false;
                    }
                    if ui.button("Discard").on_hover_text("Delete the recovery file").clicked() {
                        app.send(Msg::DiscardRecovery(path.clone()));
                        open = false;
                    }
                });
            }
            Dialog::Shortcuts => {
                ui.heading("Keyboard shortcuts");
                egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                    for c in Command::GLOBAL.iter().chain(Command::TAGGING) {
                        if *c == Command::RedoAlt {
                            continue;
                        }
                        ui.label(c.label());
                        ui.label(c.shortcut_text(ui.ctx()));
                        ui.end_row();
                    }
                    for (what, keys) in [
                        ("Extend the selection", "Shift+click, Shift+Arrow, Ctrl+Shift+Arrow"),
                        ("Select a word / paragraph", "Double-click / triple-click"),
                        ("Accept / reject the current suggestion", "Enter / Delete"),
                        ("Paste an article as a new source", "Ctrl+V (nothing focused)"),
                    ] {
                        ui.label(what);
                        ui.label(keys);
                        ui.end_row();
                    }
                });
                if ui.button("Close").clicked() || enter {
                    open = false;
                }
            }
            Dialog::About => {
                ui.heading("Briefsmith");
                ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
                ui.label("Turn news articles into cited briefing notes. Works offline.");
                if ui.button("Close").clicked() || enter {
                    open = false;
                }
            }
        }
    });
    let dismissable = !matches!(dialog, Dialog::Recovery { .. });
    if modal.should_close() && dismissable {
        open = false;
    }
    if open {
        app.dialog = Some(dialog);
    }
}

fn expand_home(text: &str) -> PathBuf {
    match text.strip_prefix("~/") {
        Some(rest) => dirs::home_dir().map_or_else(|| PathBuf::from(text), |h| h.join(rest)),
        None => PathBuf::from(text),
    }
}
