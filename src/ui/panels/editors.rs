//! Editors for the selected tag (kind, threat attributes, speaker, credibility, note) and the
//! selected actor (name, kind, aliases, merge, split, note). Edits are sent as actions.

use egui::{RichText, Ui};

use super::PanelState;
use crate::brief;
use crate::model::{Action, Actor, ActorId, Credibility, Likelihood, Speaker, Tag, TagBody, TagId, TagKind};
use crate::ui::context::FrameCtx;
use crate::ui::dialogs::{optional_vocab_combo, short, vocab_combo};
use crate::ui::msg::Msg;

pub(super) fn tag_editor_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, state: &mut PanelState, id: TagId) {
    let session = frame.session;
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
            frame.send(Msg::DeselectTag);
        }
    });
    ui.label(RichText::new(short(tag.text(), 400)).italics());
    match tag.status {
        crate::model::AnchorStatus::Reanchored => {
            ui.horizontal(|ui| {
                ui.colored_label(ui.visuals().warn_fg_color, "Found again after the article changed.");
                if ui.button("Accept position").clicked() {
                    frame.send(Msg::Apply(Action::MarkTagReviewed { tag: id }));
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

    tag_kind_ui(ui, frame, &tag, &custom_kinds);
    tag_body_ui(ui, frame, state, &tag, &speaker_name, actor_name.as_deref());
    super::event_date::event_date_ui(ui, frame, &mut state.date, &tag);

    let mut credibility = tag.credibility;
    if optional_vocab_combo::<Credibility>(ui, "Credibility", ("cred", id), &mut credibility) {
        frame.send(Msg::Apply(Action::SetTagCredibility { tag: id, credibility }));
    }
    let mut note = tag.note.clone();
    let l = ui.label("Note");
    if ui
        .add(egui::TextEdit::multiline(&mut note).desired_rows(2).desired_width(f32::INFINITY))
        .labelled_by(l.id)
        .changed()
    {
        frame.send(Msg::Apply(Action::SetTagNote { tag: id, note }));
    }
    super::judgments::evidence_for_tag_ui(ui, frame, state, id);
    if ui.button("Delete tag").on_hover_text("Remove this tag (undo with Ctrl+Z)").clicked() {
        frame.send(Msg::Apply(Action::RemoveTag { tag: id }));
    }
}

pub(super) fn actor_editor_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, state: &mut PanelState, id: ActorId) {
    let session = frame.session;
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
            frame.send(Msg::DeselectActor);
        }
    });
    if state.rename.as_ref().is_none_or(|(a, base, _)| *a != id || *base != actor.name) {
        state.rename = Some((id, actor.name.clone(), actor.name.clone()));
    }
    let mut rename = None;
    if let Some((_, _, text)) = state.rename.as_mut() {
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
        frame.send(Msg::Apply(Action::RenameActor { actor: id, name }));
        state.rename = None;
    }
    let mut kind = actor.kind;
    if vocab_combo(ui, "Kind", ("actor_kind", id), &mut kind) {
        frame.send(Msg::Apply(Action::SetActorKind { actor: id, kind }));
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
                frame.send(Msg::Apply(Action::RemoveAlias { actor: id, alias: alias.clone() }));
            }
        });
    }
    ui.horizontal(|ui| {
        let l = ui.label("New alias");
        let r =
            ui.add(egui::TextEdit::singleline(&mut state.new_alias).desired_width(140.0)).labelled_by(l.id);
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button("Add alias").clicked() || enter) && !state.new_alias.trim().is_empty() {
            let alias = std::mem::take(&mut state.new_alias);
            frame.send(Msg::Apply(Action::AddAlias { actor: id, alias }));
        }
    });
    merge_and_split_ui(ui, frame, state, &actor, &others);
    let mut note = actor.note.clone();
    let l = ui.label("Actor note");
    if ui
        .add(egui::TextEdit::multiline(&mut note).desired_rows(2).desired_width(f32::INFINITY))
        .labelled_by(l.id)
        .changed()
    {
        frame.send(Msg::Apply(Action::SetActorNote { actor: id, note }));
    }
    if ui
        .button("Delete actor")
        .on_hover_text("Remove the actor and its mention tags (undo with Ctrl+Z)")
        .clicked()
    {
        frame.send(Msg::Apply(Action::RemoveActor { actor: id }));
    }
}

// ------------------------------------------------------------------------------------------------
// The brief panel

/// The tag's kind: a quote, threat or key point can become another of those.
fn tag_kind_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, tag: &Tag, custom_kinds: &[String]) {
    let id = tag.id;
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
            frame.send(Msg::Apply(Action::SetTagBody { tag: id, body }));
        }
    }
}

/// What the tag's kind carries: a threat's category, severity and likelihood; a quote's speaker.
fn tag_body_ui(
    ui: &mut Ui,
    frame: &mut FrameCtx<'_>,
    state: &mut PanelState,
    tag: &Tag,
    speaker_name: &str,
    actor_name: Option<&str>,
) {
    let id = tag.id;
    match &tag.body {
        TagBody::Threat { category, severity, likelihood } => {
            let (mut c, mut s, mut l) = (*category, *severity, *likelihood);
            let mut changed = vocab_combo(ui, "Category", ("cat", id), &mut c);
            changed |= vocab_combo(ui, "Severity", ("sev", id), &mut s);
            changed |= optional_vocab_combo::<Likelihood>(ui, "Likelihood", ("lik", id), &mut l);
            if changed {
                frame.send(Msg::Apply(Action::SetTagBody {
                    tag: id,
                    body: TagBody::Threat { category: c, severity: s, likelihood: l },
                }));
            }
        }
        TagBody::Quote { speaker } => {
            let current = speaker_name.to_owned();
            if state.speaker_edit.as_ref().is_none_or(|(t, base, _)| *t != id || *base != current) {
                state.speaker_edit = Some((id, current.clone(), current.clone()));
            }
            let linked = matches!(speaker, Some(Speaker::Actor(_)));
            let mut commit = None;
            if let Some((_, _, text)) = state.speaker_edit.as_mut() {
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
                frame.send(Msg::Apply(Action::SetTagBody { tag: id, body: TagBody::Quote { speaker } }));
                state.speaker_edit = None;
            }
        }
        TagBody::Actor { .. } => {
            if let Some(name) = actor_name {
                ui.label(format!("Mentions {name}"));
            }
        }
        _ => {}
    }
}

/// Merging the actor into another, and splitting an alias off as an actor of its own.
fn merge_and_split_ui(
    ui: &mut Ui,
    frame: &mut FrameCtx<'_>,
    state: &mut PanelState,
    actor: &Actor,
    others: &[(ActorId, String)],
) {
    let id = actor.id;
    // A choice made in another actor's editor does not carry over.
    if state.merge_into.is_some_and(|(from, into)| from != id || !others.iter().any(|(o, _)| *o == into)) {
        state.merge_into = None;
    }
    if state.split_alias.as_ref().is_some_and(|(of, alias)| *of != id || !actor.aliases.contains(alias)) {
        state.split_alias = None;
    }
    if !others.is_empty() {
        ui.horizontal(|ui| {
            let l = ui.label("Merge into");
            let mut into = state.merge_into.map(|(_, into)| into);
            let chosen = into
                .and_then(|m| others.iter().find(|(o, _)| *o == m))
                .map_or("choose…".to_owned(), |(_, n)| n.clone());
            egui::ComboBox::from_id_salt(("merge", id))
                .selected_text(chosen)
                .show_ui(ui, |ui| {
                    for (other, name) in others {
                        ui.selectable_value(&mut into, Some(*other), name);
                    }
                })
                .response
                .labelled_by(l.id);
            state.merge_into = into.map(|into| (id, into));
            if ui
                .add_enabled(into.is_some(), egui::Button::new("Merge"))
                .on_hover_text("Move this actor's aliases and mentions into the chosen actor")
                .clicked()
                && let Some((_, into)) = state.merge_into.take()
            {
                frame.send(Msg::MergeActors { from: id, into });
            }
        });
    }
    if !actor.aliases.is_empty() {
        ui.horizontal(|ui| {
            let l = ui.label("Split off");
            let mut alias = state.split_alias.as_ref().map(|(_, a)| a.clone());
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
            state.split_alias = alias.map(|a| (id, a));
            if ui
                .add_enabled(enabled, egui::Button::new("Split"))
                .on_hover_text("Make this alias (and its mentions) a separate actor")
                .clicked()
                && let Some((_, alias)) = state.split_alias.take()
            {
                frame.send(Msg::Apply(Action::SplitActor {
                    actor: id,
                    aliases: vec![alias.clone()],
                    name: alias,
                }));
            }
        });
    }
}
