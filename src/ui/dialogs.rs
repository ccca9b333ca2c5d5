//! Modal dialogs: tagging (actor, quote, threat), the unsaved-changes prompt, a path field where
//! no native file dialog exists, pasting an article, restoring unsaved work, a suggestion that
//! duplicates a tag, shortcuts, about. Each draws from a [`FrameCtx`] and sends messages.

use std::path::PathBuf;

use egui::{Context, Id, Key, Modal, Ui};

use super::commands::Command;
use super::context::FrameCtx;
use super::files::Purpose;
use super::msg::{Msg, Pending};
use super::text::text_between;
use crate::model::{
    ActorId, ActorKind, ActorRef, ByteRange, Likelihood, Session, Severity, Speaker, TagBody, TagId,
    ThreatCategory, Vocabulary,
};

pub enum Dialog {
    TagActor {
        name: String,
        kind: ActorKind,
        focus: bool,
    },
    TagQuote {
        speaker: String,
        focus: bool,
    },
    TagThreat {
        category: ThreatCategory,
        severity: Severity,
        likelihood: Option<Likelihood>,
    },
    Unsaved {
        then: Pending,
    },
    PathEntry {
        purpose: Purpose,
        text: String,
        focus: bool,
    },
    Paste {
        text: String,
    },
    Recovery {
        path: PathBuf,
        summary: String,
    },
    /// Accepting suggestion `item` would tag a passage that tag `existing` of its kind overlaps.
    Duplicate {
        item: usize,
        existing: TagId,
        existing_text: String,
        suggested: String,
    },
    Shortcuts,
    About,
}

impl Dialog {
    /// `passage` is the selection `range` of the article `text`, its whitespace collapsed.
    pub fn tag_actor(session: &Session, passage: &str, text: &str, range: ByteRange) -> Self {
        // A passage that is already a name or alias proposes that actor's kind; otherwise the kind
        // is proposed from the text (a title before it: a person; a country: a state).
        let kind = session
            .find_actor(passage)
            .map_or_else(|| crate::extract::propose_actor_kind(text, range), |a| a.kind);
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

/// Shortens a passage as [`short`] and sets it in quotation marks, its own double marks made
/// single (`“‘We will respond,’ he said.”`). Shortened first: panels call it every frame, and a
/// tag's passage may be long.
pub fn quoted_short(s: &str, max: usize) -> String {
    format!("\u{201c}{}\u{201d}", crate::model::text::nest_quotation_marks(&short(s, max)))
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

/// Draws the open dialog, if any; closes it when it is done.
pub fn dialog_ui(ctx: &Context, frame: &mut FrameCtx<'_>, slot: &mut Option<Dialog>) {
    let Some(dialog) = slot.as_mut() else { return };
    let mut open = true;
    let modal = Modal::new(Id::unique("briefsmith_dialog")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        let enter = ui.input(|i| i.key_pressed(Key::Enter));
        open = match dialog {
            Dialog::TagActor { name, kind, focus } => tag_actor_ui(ui, frame, name, kind, focus, enter),
            Dialog::TagQuote { speaker, focus } => tag_quote_ui(ui, frame, speaker, focus, enter),
            Dialog::TagThreat { category, severity, likelihood } => {
                tag_threat_ui(ui, frame, category, severity, likelihood, enter)
            }
            Dialog::Unsaved { then } => unsaved_ui(ui, frame, then),
            Dialog::PathEntry { purpose, text, focus } => {
                path_entry_ui(ui, frame, *purpose, text, focus, enter)
            }
            Dialog::Paste { text } => paste_ui(ui, frame, text),
            Dialog::Recovery { path, summary } => recovery_ui(ui, frame, path, summary),
            Dialog::Duplicate { item, existing, existing_text, suggested } => {
                duplicate_ui(ui, frame, *item, *existing, existing_text, suggested)
            }
            Dialog::Shortcuts => shortcuts_ui(ui, enter),
            Dialog::About => about_ui(ui, enter),
        };
    });
    let dismissable = !matches!(dialog, Dialog::Recovery { .. });
    if modal.should_close() && dismissable {
        open = false;
    }
    if !open {
        *slot = None;
    }
}

/// A row of buttons; returns the label of the one clicked.
fn buttons_ui(ui: &mut Ui, labels: &[&'static str]) -> Option<&'static str> {
    ui.horizontal(|ui| labels.iter().copied().find(|label| ui.button(*label).clicked())).inner
}

fn tag_actor_ui(
    ui: &mut Ui,
    frame: &mut FrameCtx<'_>,
    name: &mut String,
    kind: &mut ActorKind,
    focus: &mut bool,
    enter: bool,
) -> bool {
    ui.heading("Tag actor");
    let field = labelled_field(ui, "Actor name", name, std::mem::take(focus));
    vocab_combo(ui, "Kind", "actor_kind", kind);
    let matches = matching_actors(frame.session, name);
    let mut open = true;
    if !matches.is_empty() {
        ui.label("Or add as a mention (and alias) of an existing actor:");
        for (id, actor, actor_kind, mentions) in matches {
            let text = format!(
                "{actor} ({}, {mentions} mention{})",
                actor_kind.label().to_lowercase(),
                if mentions == 1 { "" } else { "s" }
            );
            if ui.button(text).on_hover_text("Tag the selection as this actor").clicked() {
                frame.send(Msg::TagSelectionActor(ActorRef::Existing(id)));
                open = false;
            }
        }
    }
    let clicked = buttons_ui(ui, &["Tag", "Cancel"]);
    let ok = clicked == Some("Tag") || (enter && field.lost_focus());
    if ok && !name.trim().is_empty() {
        frame.send(Msg::TagSelectionActor(ActorRef::ByName { name: name.trim().to_owned(), kind: *kind }));
        open = false;
    }
    open && clicked != Some("Cancel")
}

fn tag_quote_ui(
    ui: &mut Ui,
    frame: &mut FrameCtx<'_>,
    speaker: &mut String,
    focus: &mut bool,
    enter: bool,
) -> bool {
    ui.heading("Tag quote");
    let field = labelled_field(ui, "Speaker (an actor, or any words)", speaker, std::mem::take(focus));
    let matches = matching_actors(frame.session, speaker);
    if !matches.is_empty() && !speaker.trim().is_empty() {
        ui.horizontal_wrapped(|ui| {
            for (_, actor, _, _) in matches {
                if ui.small_button(&actor).on_hover_text("Use this actor as the speaker").clicked() {
                    *speaker = actor;
                }
            }
        });
    }
    let clicked = buttons_ui(ui, &["Tag", "Cancel"]);
    if clicked == Some("Tag") || (enter && field.lost_focus()) {
        let speaker = speaker.trim();
        let speaker = (!speaker.is_empty()).then(|| Speaker::Text(speaker.to_owned()));
        frame.send(Msg::TagSelection(TagBody::Quote { speaker }));
        return false;
    }
    clicked != Some("Cancel")
}

fn tag_threat_ui(
    ui: &mut Ui,
    frame: &mut FrameCtx<'_>,
    category: &mut ThreatCategory,
    severity: &mut Severity,
    likelihood: &mut Option<Likelihood>,
    enter: bool,
) -> bool {
    ui.heading("Tag threat");
    vocab_combo(ui, "Category", "threat_category", category);
    vocab_combo(ui, "Severity", "threat_severity", severity);
    optional_vocab_combo(ui, "Likelihood", "threat_likelihood", likelihood);
    let clicked = buttons_ui(ui, &["Tag", "Cancel"]);
    if clicked == Some("Tag") || enter {
        frame.send(Msg::TagSelection(TagBody::Threat {
            category: *category,
            severity: *severity,
            likelihood: *likelihood,
        }));
        return false;
    }
    clicked != Some("Cancel")
}

fn unsaved_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, then: &Pending) -> bool {
    let name = frame
        .path
        .and_then(std::path::Path::file_name)
        .map_or_else(|| "this session".to_owned(), |n| n.to_string_lossy().into_owned());
    ui.heading("Unsaved changes");
    ui.label(format!("Save the changes to {name} first?"));
    match buttons_ui(ui, &["Save", "Don't save", "Cancel"]) {
        Some("Save") => {
            match frame.path {
                Some(path) => {
                    frame.send(Msg::SaveTo(path.to_owned()));
                    frame.send(Msg::ContinueIfSaved(then.clone()));
                }
                // Ask where, save, then carry on.
                None => frame.send(Msg::SaveThen(then.clone())),
            }
            false
        }
        Some("Don't save") => {
            frame.send(Msg::Continue(then.clone()));
            false
        }
        Some(_) => false,
        None => true,
    }
}

fn path_entry_ui(
    ui: &mut Ui,
    frame: &mut FrameCtx<'_>,
    purpose: Purpose,
    text: &mut String,
    focus: &mut bool,
    enter: bool,
) -> bool {
    ui.heading(purpose.title());
    ui.label("No file dialog is available here; type the path of the file.");
    let field = labelled_field(ui, "File path", text, std::mem::take(focus));
    let ok_label = if purpose.saves() { "Save" } else { "Open" };
    let clicked = ui
        .horizontal(|ui| {
            if ui.button(ok_label).clicked() {
                Some(true)
            } else if ui.button("Cancel").clicked() {
                Some(false)
            } else {
                None
            }
        })
        .inner;
    if (clicked == Some(true) || (enter && field.lost_focus())) && !text.trim().is_empty() {
        // The file is opened or written after the frame, not inside the dialog.
        frame.send(Msg::FileChosen(purpose, expand_home(text.trim())));
        return false;
    }
    if clicked == Some(false) {
        frame.send(Msg::FileCancelled(purpose));
        return false;
    }
    true
}

fn paste_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, text: &mut String) -> bool {
    ui.heading("Paste an article");
    let l = ui.label("Article text (paste with Ctrl+V)");
    egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
        ui.add(egui::TextEdit::multiline(text).desired_rows(12).desired_width(480.0)).labelled_by(l.id);
    });
    let mut open = true;
    ui.horizontal(|ui| {
        if ui.add_enabled(!text.trim().is_empty(), egui::Button::new("Add source")).clicked() {
            frame.send(Msg::AddPasted(std::mem::take(text)));
            open = false;
        }
        if ui.button("Cancel").clicked() {
            open = false;
        }
    });
    open
}

fn recovery_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, path: &std::path::Path, summary: &str) -> bool {
    ui.heading("Restore unsaved work?");
    ui.label(summary);
    let mut open = true;
    ui.horizontal(|ui| {
        if ui.button("Restore").clicked() {
            frame.send(Msg::Restore(path.to_owned()));
            open = false;
        }
        if ui.button("Discard").on_hover_text("Delete the recovery file").clicked() {
            frame.send(Msg::DiscardRecovery(path.to_owned()));
            open = false;
        }
    });
    open
}

fn duplicate_ui(
    ui: &mut Ui,
    frame: &mut FrameCtx<'_>,
    item: usize,
    existing: TagId,
    existing_text: &str,
    suggested: &str,
) -> bool {
    ui.heading("Already tagged");
    ui.label("A tag of the same kind already covers this passage:");
    ui.label(egui::RichText::new(quoted_short(existing_text, 200)).italics());
    ui.label(format!("The suggestion: {suggested}"));
    ui.label("Keep one of the two:");
    match buttons_ui(ui, &["Keep the existing tag", "Use the suggestion", "Cancel"]) {
        Some("Keep the existing tag") => {
            frame.send(Msg::KeepExistingTag { item, existing });
            false
        }
        Some("Use the suggestion") => {
            frame.send(Msg::ReplaceWithSuggestion { item, existing });
            false
        }
        Some(_) => false,
        None => true,
    }
}

fn shortcuts_ui(ui: &mut Ui, enter: bool) -> bool {
    ui.heading("Keyboard shortcuts");
    egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
        for c in Command::ALL.iter().filter(|c| !c.shortcuts().is_empty()) {
            ui.label(c.label()).on_hover_text(c.tooltip());
            ui.label(c.shortcut_text(ui.ctx()));
            ui.end_row();
        }
        for (what, keys) in [
            ("Extend the selection", "Shift+click, Shift+Arrow, Ctrl+Shift+Arrow"),
            ("Select a word / paragraph", "Double-click / triple-click"),
            ("Paste an article as a new source", "Ctrl+V (nothing focused)"),
        ] {
            ui.label(what);
            ui.label(keys);
            ui.end_row();
        }
    });
    !(ui.button("Close").clicked() || enter)
}

fn about_ui(ui: &mut Ui, enter: bool) -> bool {
    ui.heading("Briefsmith");
    ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
    ui.label("Turn news articles into cited briefing notes. Works offline.");
    !(ui.button("Close").clicked() || enter)
}

fn expand_home(text: &str) -> PathBuf {
    match text.strip_prefix("~/") {
        Some(rest) => dirs::home_dir().map_or_else(|| PathBuf::from(text), |h| h.join(rest)),
        None => PathBuf::from(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_label_is_short_and_nests_the_passage_s_own_marks() {
        assert_eq!(quoted_short("\"We will respond,\"\n he said.", 60), "“‘We will respond,’ he said.”");
        assert_eq!(quoted_short("\"Not now,\" he said.", 6), "“‘Not n…”");
    }
}
