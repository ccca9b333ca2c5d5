//! The tags panel: the filter, the suggestion review, the editors of the selected tag or actor,
//! and the list of actors and tags by section (only the rows in view are built). A tag's row shows
//! its event date first and its citation at the right edge; a long passage is cut between them,
//! never a quote's speaker. The filter finds tags by date too (`Feb 2025`, `2025-02-12`).

use std::collections::HashSet;

use egui::{AtomExt as _, RichText, Ui};

use super::PanelState;
use crate::brief;
use crate::model::{ActorId, EventDate, Session, Tag, TagBody, TagId, TagKind};
use crate::ui::context::FrameCtx;
use crate::ui::dialogs::{quoted_short, short};
use crate::ui::msg::Msg;
use crate::ui::theme;

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Row {
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
        || tag.event_date.is_some_and(|d| hit(&d.short_label()) || hit(&d.label()) || hit(&d.to_string()))
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

pub fn tags_panel_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, state: &mut PanelState) {
    // Long passages are cut with an ellipsis rather than widening the panel.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let l = ui.label("Filter");
        ui.add(
            egui::TextEdit::singleline(&mut state.tag_filter)
                .hint_text("names, passages, notes, dates")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    });
    if let Some(review) = frame.review {
        super::review::review_ui(ui, frame, state, review);
    }
    if frame.selected_tag.is_some() || frame.selected_actor.is_some() {
        egui::Panel::bottom("tag_editor").resizable(true).default_size(260.0).min_size(120.0).show(
            ui,
            |ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                egui::ScrollArea::vertical().id_salt("editor_scroll").show(ui, |ui| {
                    if let Some(actor) = frame.selected_actor {
                        super::editors::actor_editor_ui(ui, frame, state, actor);
                        ui.separator();
                    }
                    if let Some(tag) = frame.selected_tag {
                        super::editors::tag_editor_ui(ui, frame, state, tag);
                    }
                });
            },
        );
    }
    let key = (
        frame.editor.state(),
        state.tag_filter.clone(),
        state.collapsed.len() * 31 + state.collapsed.iter().map(String::len).sum::<usize>(),
    );
    if state.rows.as_ref().is_none_or(|(k, _)| *k != key) {
        let rows = build_rows(frame.session, &state.tag_filter, &state.collapsed);
        state.rows = Some((key, rows));
    }
    let rows = state.rows.as_ref().map(|(_, r)| r.clone()).unwrap_or_default();
    let row_height = ui.spacing().interact_size.y;
    egui::ScrollArea::vertical().id_salt("tag_list").auto_shrink([false, false]).show_rows(
        ui,
        row_height,
        rows.len(),
        |ui, range| {
            for row in rows.get(range).unwrap_or_default() {
                row_ui(ui, frame, state, row);
            }
        },
    );
}

fn row_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, state: &mut PanelState, row: &Row) {
    match row {
        Row::Header { section, count } => header_ui(ui, frame, state, section, *count),
        Row::Actor(id) => {
            let session = frame.session;
            let Some(actor) = session.actor(*id) else { return };
            let mentions = session.mentions(*id).len();
            let text = format!("{} · {} · {}", actor.name, actor.kind.label().to_lowercase(), mentions);
            let response = ui.selectable_label(frame.selected_actor == Some(*id), text);
            let aliases = actor.aliases.join(", ");
            let hover = if aliases.is_empty() { "No aliases".to_owned() } else { format!("Also: {aliases}") };
            if response.on_hover_text(hover).clicked() {
                frame.send(Msg::SelectActor(*id));
            }
        }
        Row::Tag(id) => {
            let session = frame.session;
            let Some(tag) = session.tag(*id) else { return };
            let cite = brief::context::citation(session, tag, session.sources.len() > 1);
            let (text, speaker) = match &tag.body {
                TagBody::Threat { severity, .. } => {
                    (format!("[{}] {}", severity.label(), short(tag.text(), 80)), None)
                }
                TagBody::Quote { speaker } => (
                    quoted_short(tag.text(), 60),
                    Some(
                        speaker
                            .as_ref()
                            .map_or_else(|| "unattributed".to_owned(), |s| session.speaker_name(s)),
                    ),
                ),
                _ => (short(tag.text(), 80), None),
            };
            let text = if tag.is_orphan() { format!("{}: {text}", tag.kind().label()) } else { text };
            // The passage is cut to the room left; a quote's speaker and the citation stay whole.
            let mut atoms = egui::Atoms::new(after_event_date(ui, tag.event_date, text).atom_shrink(true));
            if let Some(speaker) = speaker {
                atoms.push_right(format!("— {speaker}"));
            }
            atoms.push_right(egui::Atom::grow());
            atoms.push_right(RichText::new(cite).weak());
            let row = egui::Button::selectable(frame.selected_tag == Some(*id), atoms)
                .min_size(egui::vec2(ui.available_width(), 0.0));
            if ui.add(row).clicked() {
                frame.send(Msg::SelectTag(*id));
            }
        }
    }
}

/// A tag's row, after its event date in a weaker colour when it has one (`12 Feb 2025 · …`): the
/// date comes first so that cutting a long passage never hides it.
fn after_event_date(ui: &Ui, date: Option<EventDate>, text: String) -> egui::WidgetText {
    let Some(date) = date else { return text.into() };
    let font = egui::TextStyle::Button.resolve(ui.style());
    let mut job = egui::text::LayoutJob::default();
    let weak = ui.visuals().weak_text_color();
    job.append(&format!("{} · ", date.short_label()), 0.0, egui::TextFormat::simple(font.clone(), weak));
    // The placeholder colour takes the row's own colour (selected, hovered).
    job.append(&text, 0.0, egui::TextFormat::simple(font, egui::Color32::PLACEHOLDER));
    job.into()
}

/// A section header: click to show or hide its rows (the panel's own state).
fn header_ui(ui: &mut Ui, frame: &FrameCtx<'_>, state: &mut PanelState, section: &str, count: usize) {
    let open = !state.collapsed.contains(section);
    let colour = match section {
        ACTORS => theme::ACTOR,
        THREATS => theme::THREAT,
        QUOTES => theme::QUOTE,
        KEY_POINTS => theme::KEY_POINT,
        ORPHANS => ui.visuals().warn_fg_color,
        other => theme::kind_colour(&TagKind::Custom(other.to_owned()), frame.custom_colours),
    };
    let text = RichText::new(format!("{section} ({count})")).strong().color(colour);
    let clicked = ui
        .horizontal(|ui| {
            let (_, icon) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::click());
            let verb = if open { "Hide" } else { "Show" };
            icon.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{verb} {section}"))
            });
            egui::collapsing_header::paint_default_icon(ui, if open { 1.0 } else { 0.0 }, &icon);
            let button =
                ui.add(egui::Button::new(text).frame(false)).on_hover_text("Show or hide this section");
            icon.clicked() || button.clicked()
        })
        .inner;
    if clicked {
        if open {
            state.collapsed.insert(section.to_owned());
        } else {
            state.collapsed.remove(section);
        }
    }
}
