//! The side panels: tags (suggestion review, the tag list, and an editor for the selected tag or
//! actor) and the brief (template, details, sources, live preview).

use std::collections::HashSet;

use egui::{RichText, Ui};

use super::dialogs::{optional_vocab_combo, short, vocab_combo};
use super::{BriefsmithApp, Msg, ReviewItem, ReviewStatus, theme};
use crate::brief;
use crate::model::{
    Action, ActorId, Credibility, Handling, Likelihood, NoteType, Reliability, Session, SourceId, Speaker,
    Tag, TagBody, TagId, TagKind, Tlp, Vocabulary,
};

/// Panel state that is not part of the session.
#[derive(Default)]
pub struct PanelState {
    collapsed: HashSet<String>,
    rows: Option<((u64, String, usize), Vec<Row>)>,
    /// A field being edited: whose it is, the session's value when the edit began, and the text.
    /// When the session's value changes under it (undo, redo) the field starts again from it.
    rename: Option<(ActorId, String, String)>,
    new_alias: String,
    /// Choices in the actor editor, for the actor they were made for.
    merge_into: Option<(ActorId, ActorId)>,
    split_alias: Option<(ActorId, String)>,
    speaker_edit: Option<(TagId, String, String)>,
    /// The review item the list last scrolled to.
    review_shown: Option<usize>,
    new_kind: (String, String),
}

#[derive(Clone, Debug, PartialEq)]
enum Row {
    Header { section: String, count: usize },
    Actor(ActorId),
    Tag(TagId),
}

const ACTORS: &str = "Actors";
const THREATS: &str = "Threats";
const QUOTES: &str = "Quotes";
const KEY_POINTS: &str = "Key points";
const ORPHANS: &str = "Not found in the text";

fn matches_filter(session: &Session, tag: &Tag, filter: &str) -> bool {
    if filter.is_empty() {
        return true;
    }
    let hit = |s: &str| s.to_lowercase().contains(filter);
    hit(tag.text())
        || hit(&tag.note)
        || match &tag.body {
            TagBody::Quote { speaker: Some(s) } => hit(&session.speaker_name(s)),
            TagBody::Actor { actor } => session.actor(*actor).is_some_and(|a| a.all_names().any(hit)),
            TagBody::Threat { category, .. } => hit(category.label()),
            _ => false,
        }
}

fn build_rows(session: &Session, filter: &str, collapsed: &HashSet<String>) -> Vec<Row> {
    let filter = filter.trim().to_lowercase();
    let mut tags: Vec<&Tag> = session.tags.iter().filter(|t| matches_filter(session, t, &filter)).collect();
    session.sort_in_reading_order(&mut tags);
    let mut rows = Vec::new();
    let section = |rows: &mut Vec<Row>, name: &str, items: Vec<Row>| {
        if items.is_empty() && !filter.is_empty() {
            return;
        }
        rows.push(Row::Header { section: name.to_owned(), count: items.len() });
        if !collapsed.contains(name) {
            rows.extend(items);
        }
    };
    let actors: Vec<Row> = session
        .actors
        .iter()
        .filter(|a| filter.is_empty() || a.all_names().any(|n| n.to_lowercase().contains(&filter)))
        .map(|a| Row::Actor(a.id))
        .collect();
    section(&mut rows, ACTORS, actors);
    let of = |pred: &dyn Fn(&Tag) -> bool| -> Vec<Row> {
        tags.iter().filter(|t| !t.is_orphan() && pred(t)).map(|t| Row::Tag(t.id)).collect()
    };
    let mut threats: Vec<&Tag> =
        tags.iter().copied().filter(|t| !t.is_orphan() && matches!(t.body, TagBody::Threat { .. })).collect();
    threats.sort_by_key(|t| match t.body {
        TagBody::Threat { severity, .. } => std::cmp::Reverse(severity),
        _ => std::cmp::Reverse(crate::model::Severity::Low),
    });
    section(&mut rows, THREATS, threats.iter().map(|t| Row::Tag(t.id)).collect());
    section(&mut rows, QUOTES, of(&|t| matches!(t.body, TagBody::Quote { .. })));
    section(&mut rows, KEY_POINTS, of(&|t| matches!(t.body, TagBody::KeyPoint)));
    for kind in &session.custom_kinds {
        section(
            &mut rows,
            &kind.name,
            of(&|t| matches!(&t.body, TagBody::Custom { name } if *name == kind.name)),
        );
    }
    let orphans: Vec<Row> = tags.iter().filter(|t| t.is_orphan()).map(|t| Row::Tag(t.id)).collect();
    if !orphans.is_empty() {
        section(&mut rows, ORPHANS, orphans);
    }
    rows
}

pub fn tags_panel_ui(app: &mut BriefsmithApp, ui: &mut Ui) {
    // Long passages are cut with an ellipsis rather than widening the panel.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let l = ui.label("Filter");
        ui.add(
            egui::TextEdit::singleline(&mut app.tag_filter)
                .hint_text("names, passages, notes")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    });
    if app.review.is_some() {
        review_ui(app, ui);
    }
    if app.selected_tag.is_some() || app.selected_actor.is_some() {
        egui::Panel::bottom("tag_editor").resizable(true).default_size(260.0).min_size(120.0).show(
            ui,
            |ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                egui::ScrollArea::vertical().id_salt("editor_scroll").show(ui, |ui| {
                    if let Some(actor) = app.selected_actor {
                        actor_editor_ui(app, ui, actor);
                        ui.separator();
                    }
                    if let Some(tag) = app.selected_tag {
                        tag_editor_ui(app, ui, tag);
                    }
                });
            },
        );
    }
    let key = (
        app.editor.state(),
        app.tag_filter.clone(),
        app.panels.collapsed.len() * 31 + app.panels.collapsed.iter().map(String::len).sum::<usize>(),
    );
    if app.panels.rows.as_ref().is_none_or(|(k, _)| *k != key) {
        let rows = build_rows(app.editor.session(), &app.tag_filter, &app.panels.collapsed);
        app.panels.rows = Some((key, rows));
    }
    let rows = app.panels.rows.as_ref().map(|(_, r)| r.clone()).unwrap_or_default();
    let row_height = ui.spacing().interact_size.y;
    egui::ScrollArea::vertical().id_salt("tag_list").auto_shrink([false, false]).show_rows(
        ui,
        row_height,
        rows.len(),
        |ui, range| {
            for row in &rows[range] {
                row_ui(app, ui, row);
            }
        },
    );
}

fn row_ui(app: &mut BriefsmithApp, ui: &mut Ui, row: &Row) {
    let session = app.editor.session();
    match row {
        Row::Header { section, count } => {
            let open = !app.panels.collapsed.contains(section);
            let colour = match section.as_str() {
                ACTORS => theme::ACTOR,
                THREATS => theme::THREAT,
                QUOTES => theme::QUOTE,
                KEY_POINTS => theme::KEY_POINT,
                ORPHANS => ui.visuals().warn_fg_color,
                other => theme::kind_colour(&TagKind::Custom(other.to_owned()), &app.custom_colours),
            };
            let text = RichText::new(format!("{section} ({count})")).strong().color(colour);
            let clicked = ui
                .horizontal(|ui| {
                    let (_, icon) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::click());
                    let state = if open { "Hide" } else { "Show" };
                    icon.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{state} {section}"))
                    });
                    egui::collapsing_header::paint_default_icon(ui, if open { 1.0 } else { 0.0 }, &icon);
                    let button = ui
                        .add(egui::Button::new(text).frame(false))
                        .on_hover_text("Show or hide this section");
                    icon.clicked() || button.clicked()
                })
                .inner;
            if clicked {
                if open {
                    app.panels.collapsed.insert(section.clone());
                } else {
                    app.panels.collapsed.remove(section);
                }
            }
        }
        Row::Actor(id) => {
            let Some(actor) = session.actor(*id) else { return };
            let mentions = session.mentions(*id);
            let text = format!("{} · {} · {}", actor.name, actor.kind.label().to_lowercase(), mentions.len());
            let selected = app.selected_actor == Some(*id);
            let response = ui.selectable_label(selected, text);
            let aliases = actor.aliases.join(", ");
            if response
                .on_hover_text(if aliases.is_empty() {
                    "No aliases".to_owned()
                } else {
                    format!("Also: {aliases}")
                })
                .clicked()
            {
                let first = mentions.first().map(|t| t.id);
                app.selected_actor = Some(*id);
                app.selected_tag = None;
                if let Some(t) = first {
                    app.send(Msg::SelectTag(t));
                }
            }
        }
        Row::Tag(id) => {
            let Some(tag) = session.tag(*id) else { return };
            let cite = brief::context::citation(session, tag, session.sources.len() > 1);
            let text = match &tag.body {
                TagBody::Threat { severity, .. } => {
                    format!("[{}] {} {cite}", severity.label(), short(tag.text(), 80))
                }
                TagBody::Quote { speaker } => format!(
                    "“{}” — {} {cite}",
                    short(tag.text(), 60),
                    speaker.as_ref().map_or_else(|| "unattributed".to_owned(), |s| session.speaker_name(s))
                ),
                _ => format!("{} {cite}", short(tag.text(), 80)),
            };
            let text = if tag.is_orphan() { format!("{}: {text}", tag.kind().label()) } else { text };
            if ui.selectable_label(app.selected_tag == Some(*id), text).clicked() {
                app.send(Msg::SelectTag(*id));
            }
        }
    }
}

fn review_ui(app: &mut BriefsmithApp, ui: &mut Ui) {
    let Some(review) = &app.review else { return };
    // Only the pending items are listed, and only the rows in view are built: a megabyte of
    // text can bring thousands of suggestions.
    let rows: Vec<usize> = review
        .items
        .iter()
        .enumerate()
        .filter(|(_, item)| item.status == ReviewStatus::Pending)
        .map(|(n, _)| n)
        .collect();
    let current = review.current;
    let source = review.source;
    let mut per_kind = [0usize; 4];
    for &n in &rows {
        if let Some(k) = REVIEW_KINDS.iter().position(|(kind, _)| *kind == review.items[n].kind) {
            per_kind[k] += 1;
        }
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new(format!("Suggestions: {} to review", rows.len())).strong()).on_hover_text(
                "Click a suggestion (here or its dashed mark in the article), then press Enter to accept \
                 it, Delete to reject it, or Ctrl+Enter to accept all of its kind",
            );
            if ui.button("Done").on_hover_text("Close the review; pending suggestions are dropped").clicked()
            {
                app.send(Msg::CloseReview);
            }
        });
        ui.horizontal_wrapped(|ui| {
            for ((kind, label), n) in REVIEW_KINDS.iter().zip(per_kind) {
                if ui.add_enabled(n > 0, egui::Button::new(format!("{label} ({n})"))).clicked() {
                    app.send(Msg::AcceptAllOf(kind.clone()));
                }
            }
        });
        let row_height = ui.spacing().interact_size.y;
        let mut area = egui::ScrollArea::vertical().id_salt("review_list").max_height(220.0);
        // Keep the current suggestion in view when Enter, Delete or a click in the article moves it.
        if app.panels.review_shown != Some(current) {
            app.panels.review_shown = Some(current);
            if let Some(row) = rows.iter().position(|&n| n == current) {
                let step = row_height + ui.spacing().item_spacing.y;
                area = area.vertical_scroll_offset((row as f32 - 3.0).max(0.0) * step);
            }
        }
        area.show_rows(ui, row_height, rows.len(), |ui, range| {
            for &n in &rows[range] {
                let Some(item) = app.review.as_ref().and_then(|r| r.items.get(n)).cloned() else { continue };
                review_row_ui(app, ui, n, &item, n == current, source);
            }
        });
    });
}

/// The kinds the review offers to accept all at once, with their button labels.
const REVIEW_KINDS: [(TagKind, &str); 4] = [
    (TagKind::Actor, "Accept all actors"),
    (TagKind::Quote, "Accept all quotes"),
    (TagKind::Threat, "Accept all threats"),
    (TagKind::KeyPoint, "Accept all key figures"),
];

/// One pending suggestion: Accept, Reject, and its label (click to show it in the article).
fn review_row_ui(
    app: &mut BriefsmithApp,
    ui: &mut Ui,
    n: usize,
    item: &ReviewItem,
    current: bool,
    source: SourceId,
) {
    ui.horizontal(|ui| {
        let colour = theme::kind_colour(&item.kind, &app.custom_colours);
        // Screen readers hear which suggestion each button is for.
        let what = format!("{}: {}", item.kind.label(), item.label);
        let accept = ui.small_button("Accept").on_hover_text("Accept this suggestion as a tag (Enter)");
        accept.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Accept {what}")));
        if accept.clicked() {
            app.send(Msg::AcceptSuggestion(n));
        }
        let reject = ui.small_button("Reject").on_hover_text("Drop this suggestion (Delete)");
        reject.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Reject {what}")));
        if reject.clicked() {
            app.send(Msg::RejectSuggestion(n));
        }
        let response = ui
            .selectable_label(current, RichText::new(what.as_str()).color(colour))
            .on_hover_text(format!("{}\nWhy: {}", item.label, item.why));
        if response.clicked() {
            if let Some(r) = app.review.as_mut() {
                r.current = n;
            }
            app.send(Msg::Reveal(source, item.range));
        }
    });
}

fn tag_editor_ui(app: &mut BriefsmithApp, ui: &mut Ui, id: TagId) {
    let session = app.editor.session();
    let Some(tag) = session.tag(id).cloned() else { return };
    let cite = brief::context::citation(session, &tag, session.sources.len() > 1);
    let custom_kinds: Vec<String> = session.custom_kinds.iter().map(|k| k.name.clone()).collect();
    let speaker_name = match &tag.body {
        TagBody::Quote { speaker: Some(s) } => session.speaker_name(s),
        _ => String::new(),
    };
    let actor_name = match &tag.body {
        TagBody::Actor { actor } => session.actor(*actor).map(|a| a.name.clone()),
        _ => None,
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("{} [{cite}]", tag.kind().label())).strong());
        let close = ui.small_button("Close").on_hover_text("Deselect this tag");
        close.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, "Close the tag editor"));
        if close.clicked() {
            app.selected_tag = None;
        }
    });
    ui.label(RichText::new(short(tag.text(), 400)).italics());
    match tag.status {
        crate::model::AnchorStatus::Reanchored => {
            ui.horizontal(|ui| {
                ui.colored_label(ui.visuals().warn_fg_color, "Found again after the article changed.");
                if ui.button("Accept position").clicked() {
                    app.send(Msg::Apply(Action::MarkTagReviewed { tag: id }));
                }
            });
        }
        crate::model::AnchorStatus::Orphan => {
            ui.colored_label(
                ui.visuals().error_fg_color,
                "Not found in the current article text; kept for your review.",
            );
        }
        crate::model::AnchorStatus::Anchored => {}
    }

    // Kind: a quote, threat or key point can become another of those.
    let mut kind = tag.kind();
    if !matches!(kind, TagKind::Actor) {
        ui.horizontal(|ui| {
            let l = ui.label("Kind");
            let options: Vec<TagKind> = [TagKind::Threat, TagKind::Quote, TagKind::KeyPoint]
                .into_iter()
                .chain(custom_kinds.iter().map(|k| TagKind::Custom(k.clone())))
                .collect();
            egui::ComboBox::from_id_salt(("tag_kind", id))
                .selected_text(kind.label().to_owned())
                .show_ui(ui, |ui| {
                    for option in options {
                        let label = option.label().to_owned();
                        ui.selectable_value(&mut kind, option, label);
                    }
                })
                .response
                .labelled_by(l.id);
        });
        if kind != tag.kind() {
            let body = match kind {
                TagKind::Threat => TagBody::default_threat(),
                TagKind::Quote => TagBody::Quote { speaker: None },
                TagKind::Custom(name) => TagBody::Custom { name },
                _ => TagBody::KeyPoint,
            };
            app.send(Msg::Apply(Action::SetTagBody { tag: id, body }));
        }
    }

    match &tag.body {
        TagBody::Threat { category, severity, likelihood } => {
            let (mut c, mut s, mut l) = (*category, *severity, *likelihood);
            let mut changed = vocab_combo(ui, "Category", ("cat", id), &mut c);
            changed |= vocab_combo(ui, "Severity", ("sev", id), &mut s);
            changed |= optional_vocab_combo::<Likelihood>(ui, "Likelihood", ("lik", id), &mut l);
            if changed {
                app.send(Msg::Apply(Action::SetTagBody {
                    tag: id,
                    body: TagBody::Threat { category: c, severity: s, likelihood: l },
                }));
            }
        }
        TagBody::Quote { speaker } => {
            let current = speaker_name.clone();
            if app.panels.speaker_edit.as_ref().is_none_or(|(t, base, _)| *t != id || *base != current) {
                app.panels.speaker_edit = Some((id, current.clone(), current.clone()));
            }
            let linked = matches!(speaker, Some(Speaker::Actor(_)));
            let mut commit = None;
            if let Some((_, _, text)) = app.panels.speaker_edit.as_mut() {
                ui.horizontal(|ui| {
                    let l = ui.label("Speaker");
                    let r = ui.add(egui::TextEdit::singleline(text).desired_width(140.0)).labelled_by(l.id);
                    if (r.lost_focus() && *text != current) || ui.button("Set").clicked() {
                        commit = Some(text.trim().to_owned());
                    }
                });
            }
            ui.label(
                RichText::new(if linked {
                    "Linked to an actor of the registry"
                } else {
                    "Free text (not in the registry)"
                })
                .weak(),
            );
            if let Some(name) = commit {
                let speaker = (!name.is_empty()).then_some(Speaker::Text(name));
                app.send(Msg::Apply(Action::SetTagBody { tag: id, body: TagBody::Quote { speaker } }));
                app.panels.speaker_edit = None;
            }
        }
        TagBody::Actor { .. } => {
            if let Some(name) = &actor_name {
                ui.label(format!("Mentions {name}"));
            }
        }
        _ => {}
    }

    let mut credibility = tag.credibility;
    if optional_vocab_combo::<Credibility>(ui, "Credibility", ("cred", id), &mut credibility) {
        app.send(Msg::Apply(Action::SetTagCredibility { tag: id, credibility }));
    }
    let mut note = tag.note.clone();
    let l = ui.label("Note");
    if ui
        .add(egui::TextEdit::multiline(&mut note).desired_rows(2).desired_width(f32::INFINITY))
        .labelled_by(l.id)
        .changed()
    {
        app.send(Msg::Apply(Action::SetTagNote { tag: id, note }));
    }
    if ui.button("Delete tag").on_hover_text("Remove this tag (undo with Ctrl+Z)").clicked() {
        app.send(Msg::Apply(Action::RemoveTag { tag: id }));
    }
}

fn actor_editor_ui(app: &mut BriefsmithApp, ui: &mut Ui, id: ActorId) {
    let session = app.editor.session();
    let Some(actor) = session.actor(id).cloned() else { return };
    let mentions = session.mentions(id).len();
    let others: Vec<(ActorId, String)> =
        session.actors.iter().filter(|a| a.id != id).map(|a| (a.id, a.name.clone())).collect();
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!(
                "Actor: {} ({mentions} mention{})",
                actor.name,
                if mentions == 1 { "" } else { "s" }
            ))
            .strong(),
        );
        let close = ui.small_button("Close").on_hover_text("Deselect this actor");
        close.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, "Close the actor editor"));
        if close.clicked() {
            app.selected_actor = None;
        }
    });
    if app.panels.rename.as_ref().is_none_or(|(a, base, _)| *a != id || *base != actor.name) {
        app.panels.rename = Some((id, actor.name.clone(), actor.name.clone()));
    }
    let mut rename = None;
    if let Some((_, _, text)) = app.panels.rename.as_mut() {
        ui.horizontal(|ui| {
            let l = ui.label("Name");
            let r = ui.add(egui::TextEdit::singleline(text).desired_width(140.0)).labelled_by(l.id);
            let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (enter || ui.button("Rename").clicked()) && text.trim() != actor.name {
                rename = Some(text.trim().to_owned());
            }
        });
    }
    if let Some(name) = rename {
        app.send(Msg::Apply(Action::RenameActor { actor: id, name }));
        app.panels.rename = None;
    }
    let mut kind = actor.kind;
    if vocab_combo(ui, "Kind", ("actor_kind", id), &mut kind) {
        app.send(Msg::Apply(Action::SetActorKind { actor: id, kind }));
    }
    ui.label("Aliases");
    for alias in &actor.aliases {
        ui.horizontal(|ui| {
            ui.label(alias);
            let remove = ui.small_button("Remove").on_hover_text(format!("Remove the alias {alias}"));
            remove.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Remove the alias {alias}"))
            });
            if remove.clicked() {
                app.send(Msg::Apply(Action::RemoveAlias { actor: id, alias: alias.clone() }));
            }
        });
    }
    ui.horizontal(|ui| {
        let l = ui.label("New alias");
        let r = ui
            .add(egui::TextEdit::singleline(&mut app.panels.new_alias).desired_width(140.0))
            .labelled_by(l.id);
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button("Add alias").clicked() || enter) && !app.panels.new_alias.trim().is_empty() {
            let alias = std::mem::take(&mut app.panels.new_alias);
            app.send(Msg::Apply(Action::AddAlias { actor: id, alias }));
        }
    });
    // A choice made in another actor's editor does not carry over.
    if app.panels.merge_into.is_some_and(|(from, into)| from != id || !others.iter().any(|(o, _)| *o == into))
    {
        app.panels.merge_into = None;
    }
    if app.panels.split_alias.as_ref().is_some_and(|(of, alias)| *of != id || !actor.aliases.contains(alias))
    {
        app.panels.split_alias = None;
    }
    if !others.is_empty() {
        ui.horizontal(|ui| {
            let l = ui.label("Merge into");
            let mut into = app.panels.merge_into.map(|(_, into)| into);
            let chosen = into
                .and_then(|m| others.iter().find(|(o, _)| *o == m))
                .map_or("choose…".to_owned(), |(_, n)| n.clone());
            egui::ComboBox::from_id_salt(("merge", id))
                .selected_text(chosen)
                .show_ui(ui, |ui| {
                    for (other, name) in &others {
                        ui.selectable_value(&mut into, Some(*other), name);
                    }
                })
                .response
                .labelled_by(l.id);
            app.panels.merge_into = into.map(|into| (id, into));
            if ui
                .add_enabled(into.is_some(), egui::Button::new("Merge"))
                .on_hover_text("Move this actor's aliases and mentions into the chosen actor")
                .clicked()
                && let Some((_, into)) = app.panels.merge_into.take()
            {
                app.send(Msg::Apply(Action::MergeActors { into, from: id }));
                app.selected_actor = Some(into);
            }
        });
    }
    if !actor.aliases.is_empty() {
        ui.horizontal(|ui| {
            let l = ui.label("Split off");
            let mut alias = app.panels.split_alias.as_ref().map(|(_, a)| a.clone());
            let chosen = alias.clone().unwrap_or_else(|| "an alias…".to_owned());
            egui::ComboBox::from_id_salt(("split", id))
                .selected_text(chosen)
                .show_ui(ui, |ui| {
                    for a in &actor.aliases {
                        ui.selectable_value(&mut alias, Some(a.clone()), a);
                    }
                })
                .response
                .labelled_by(l.id);
            let enabled = alias.is_some();
            app.panels.split_alias = alias.map(|a| (id, a));
            if ui
                .add_enabled(enabled, egui::Button::new("Split"))
                .on_hover_text("Make this alias (and its mentions) a separate actor")
                .clicked()
                && let Some((_, alias)) = app.panels.split_alias.take()
            {
                app.send(Msg::Apply(Action::SplitActor {
                    actor: id,
                    aliases: vec![alias.clone()],
                    name: alias,
                }));
            }
        });
    }
    let mut note = actor.note.clone();
    let l = ui.label("Actor note");
    if ui
        .add(egui::TextEdit::multiline(&mut note).desired_rows(2).desired_width(f32::INFINITY))
        .labelled_by(l.id)
        .changed()
    {
        app.send(Msg::Apply(Action::SetActorNote { actor: id, note }));
    }
    if ui
        .button("Delete actor")
        .on_hover_text("Remove the actor and its mention tags (undo with Ctrl+Z)")
        .clicked()
    {
        app.send(Msg::Apply(Action::RemoveActor { actor: id }));
    }
}

// ------------------------------------------------------------------------------------------------
// The brief panel

pub fn brief_panel_ui(app: &mut BriefsmithApp, ui: &mut Ui) {
    ui.add_space(4.0);
    template_picker_ui(app, ui);
    egui::CollapsingHeader::new("Brief details").id_salt("brief_details").default_open(false).show(
        ui,
        |ui| {
            brief_form_ui(app, ui);
        },
    );
    egui::CollapsingHeader::new("Sources").id_salt("sources").default_open(false).show(ui, |ui| {
        sources_form_ui(app, ui);
    });
    egui::CollapsingHeader::new("Custom tag kinds").id_salt("custom_kinds").default_open(false).show(
        ui,
        |ui| {
            custom_kinds_ui(app, ui);
        },
    );
    ui.horizontal(|ui| {
        let mut raw = app.prefs.raw_markdown;
        ui.selectable_value(&mut raw, false, "Preview").on_hover_text("Show the rendered brief");
        ui.selectable_value(&mut raw, true, "Markdown").on_hover_text("Show the brief's Markdown");
        app.prefs.raw_markdown = raw;
        ui.separator();
        if ui.button("Copy").on_hover_text(super::commands::Command::CopyBrief.tooltip()).clicked() {
            app.send(Msg::Command(super::commands::Command::CopyBrief));
        }
        if ui.button("Export…").on_hover_text(super::commands::Command::ExportBrief.tooltip()).clicked() {
            app.send(Msg::Command(super::commands::Command::ExportBrief));
        }
    });
    ui.separator();
    let raw = app.prefs.raw_markdown;
    app.brief_markdown();
    match &app.brief.markdown {
        Err(e) => {
            ui.colored_label(ui.visuals().error_fg_color, e.to_string());
        }
        Ok(markdown) => {
            let key = app.brief.version;
            app.preview.ui(ui, key, markdown, raw);
        }
    }
}

fn template_picker_ui(app: &mut BriefsmithApp, ui: &mut Ui) {
    let current = app.editor.session().template.clone();
    let description = app
        .templates
        .get(&current)
        .map(|t| t.info.description.clone())
        .unwrap_or_else(|| "(template not found)".into());
    let mut chosen = current.clone();
    ui.horizontal(|ui| {
        let l = ui.label("Template");
        egui::ComboBox::from_id_salt("template")
            .selected_text(chosen.clone())
            .show_ui(ui, |ui| {
                for t in app.templates.list() {
                    let origin = match t.info.origin {
                        brief::Origin::BuiltIn => "",
                        _ => " (yours)",
                    };
                    ui.selectable_value(&mut chosen, t.info.name.clone(), format!("{}{origin}", t.info.name))
                        .on_hover_text(&t.info.description);
                }
            })
            .response
            .labelled_by(l.id);
        if ui.small_button("Reload").on_hover_text("Read your template folder again").clicked() {
            let dirs = brief::templates::user_dirs(app.config.templates_dir.as_deref());
            app.templates = brief::Templates::load(&dirs);
            app.templates_revision += 1;
            for p in app.templates.problems.clone() {
                app.notify_error(p.to_string());
            }
        }
    });
    ui.label(RichText::new(description).weak());
    if chosen != current {
        app.send(Msg::Apply(Action::SetTemplate(chosen)));
    }
}

fn text_row(ui: &mut Ui, label: &str, value: &mut String, multiline: bool) -> bool {
    let l = ui.label(label);
    let edit = if multiline {
        egui::TextEdit::multiline(value).desired_rows(3).desired_width(f32::INFINITY)
    } else {
        egui::TextEdit::singleline(value).desired_width(f32::INFINITY)
    };
    let changed = ui.add(edit).labelled_by(l.id).changed();
    ui.end_row();
    changed
}

fn brief_form_ui(app: &mut BriefsmithApp, ui: &mut Ui) {
    let mut meta = app.editor.session().brief.clone();
    let mut changed = false;
    egui::Grid::new("brief_form").num_columns(2).striped(false).show(ui, |ui| {
        changed |= text_row(ui, "Title", &mut meta.title, false);
        changed |= text_row(ui, "Analyst", &mut meta.analyst, false);
        changed |= text_row(ui, "For", &mut meta.addressee, false);
        changed |= text_row(ui, "Date", &mut meta.date, false);
        changed |= text_row(ui, "Reference", &mut meta.reference, false);
        let l = ui.label("Handling");
        ui.horizontal(|ui| {
            let mut is_tlp = matches!(meta.handling, Handling::Tlp { .. });
            let before = is_tlp;
            ui.selectable_value(&mut is_tlp, true, "TLP");
            ui.selectable_value(&mut is_tlp, false, "Classification");
            if is_tlp != before {
                meta.handling = if is_tlp {
                    Handling::Tlp { level: Tlp::Amber }
                } else {
                    Handling::Classification { text: "UNCLASSIFIED".into() }
                };
                changed = true;
            }
            match &mut meta.handling {
                Handling::Tlp { level } => {
                    egui::ComboBox::from_id_salt("tlp")
                        .selected_text(level.name())
                        .show_ui(ui, |ui| {
                            for v in Tlp::ALL {
                                changed |= ui.selectable_value(level, *v, v.label()).changed();
                            }
                        })
                        .response
                        .labelled_by(l.id);
                }
                Handling::Classification { text } => {
                    changed |= ui
                        .add(egui::TextEdit::singleline(text).desired_width(140.0))
                        .labelled_by(l.id)
                        .changed();
                }
            }
        });
        ui.end_row();
        let l = ui.label("Note type");
        ui.horizontal(|ui| {
            for v in NoteType::ALL {
                changed |= ui.selectable_value(&mut meta.note_type, *v, v.label()).changed();
            }
        })
        .response
        .labelled_by(l.id);
        ui.end_row();
        changed |= text_row(ui, "Summary / BLUF", &mut meta.summary, true);
        changed |= text_row(ui, "Background", &mut meta.background, true);
        changed |= text_row(ui, "Assessment", &mut meta.assessment, true);
        changed |= text_row(ui, "Recommendation", &mut meta.recommendation, true);
        changed |= text_row(ui, "Period (INTSUM)", &mut meta.period, false);
        changed |= text_row(ui, "Cut-off (INTSUM)", &mut meta.cutoff, false);
    });
    if changed {
        app.send(Msg::Apply(Action::SetBrief(Box::new(meta))));
    }
}

fn sources_form_ui(app: &mut BriefsmithApp, ui: &mut Ui) {
    let sources = app.editor.session().sources.clone();
    for source in sources {
        ui.push_id(source.id.0, |ui| {
            ui.label(RichText::new(format!("{} · {} words", source.label, source.word_count())).strong());
            let mut meta = source.meta.clone();
            let mut changed = false;
            egui::Grid::new("source_form").num_columns(2).show(ui, |ui| {
                changed |= text_row(ui, "Title", &mut meta.title, false);
                changed |= text_row(ui, "Outlet", &mut meta.outlet, false);
                changed |= text_row(ui, "Author", &mut meta.author, false);
                changed |= text_row(ui, "Published", &mut meta.published, false);
                changed |= text_row(ui, "URL", &mut meta.url, false);
            });
            changed |= optional_vocab_combo::<Reliability>(
                ui,
                "Reliability",
                ("rel", source.id.0),
                &mut meta.reliability,
            );
            if !meta.file_name.is_empty() {
                ui.label(
                    RichText::new(format!("File: {} · retrieved {}", meta.file_name, meta.retrieved)).weak(),
                );
            }
            if changed {
                app.send(Msg::Apply(Action::SetSourceMeta { source: source.id, meta }));
            }
            if ui
                .button("Remove source")
                .on_hover_text("Remove this article and its tags (undo with Ctrl+Z)")
                .clicked()
            {
                app.send(Msg::Apply(Action::RemoveSource { source: source.id }));
            }
            ui.separator();
        });
    }
    if ui.button("Add source…").clicked() {
        app.send(Msg::Command(super::commands::Command::AddSource));
    }
}

fn custom_kinds_ui(app: &mut BriefsmithApp, ui: &mut Ui) {
    for kind in &app.editor.session().custom_kinds {
        ui.horizontal(|ui| {
            let colour = app.custom_colours.get(&kind.name).copied().unwrap_or(theme::OTHER);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, colour);
            ui.label(&kind.name);
        });
    }
    ui.horizontal(|ui| {
        let l = ui.label("Name");
        ui.add(egui::TextEdit::singleline(&mut app.panels.new_kind.0).desired_width(100.0)).labelled_by(l.id);
        let l = ui.label("Colour");
        ui.add(
            egui::TextEdit::singleline(&mut app.panels.new_kind.1).desired_width(70.0).hint_text("#aa5500"),
        )
        .labelled_by(l.id);
        if ui.button("Add kind").clicked() {
            let (name, colour) = std::mem::take(&mut app.panels.new_kind);
            let colour =
                if colour.trim().is_empty() { "#8c6ec8".to_owned() } else { colour.trim().to_owned() };
            app.send(Msg::Apply(Action::AddCustomKind { name, colour }));
        }
    });
}
