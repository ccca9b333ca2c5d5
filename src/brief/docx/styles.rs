//! The styles and list numbering a Word brief uses: Briefsmith's own definitions, or the reference
//! document's, found by their built-in names (`heading 1`, `Quote`…) so that a template made in a
//! localised Word, whose style ids are translated, still applies. Styles the reference lacks are
//! added from Briefsmith's definitions.

use crate::model::span::{text_after, text_before};

/// One of Briefsmith's style definitions. In `xml`, `{Normal}`, `{TableNormal}` and
/// `{DefaultParagraphFont}` stand for the ids of the styles they are based on.
struct StyleDef {
    id: &'static str,
    /// The built-in name, as Word writes it in `w:name` whatever the interface language.
    name: &'static str,
    xml: &'static str,
}

const STYLES: &[StyleDef] = &[
    StyleDef {
        id: "Normal",
        name: "Normal",
        xml: r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#,
    },
    StyleDef {
        id: "DefaultParagraphFont",
        name: "Default Paragraph Font",
        xml: r#"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#,
    },
    StyleDef {
        id: "TableNormal",
        name: "Normal Table",
        xml: r#"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#,
    },
    StyleDef {
        id: "Heading1",
        name: "heading 1",
        xml: r#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="{Normal}"/><w:next w:val="{Normal}"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="160"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>"#,
    },
    StyleDef {
        id: "Heading2",
        name: "heading 2",
        xml: r#"<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="{Normal}"/><w:next w:val="{Normal}"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="BFBFBF"/></w:pBdr><w:spacing w:before="280" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>"#,
    },
    StyleDef {
        id: "Heading3",
        name: "heading 3",
        xml: r#"<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="{Normal}"/><w:next w:val="{Normal}"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>"#,
    },
    StyleDef {
        id: "Quote",
        name: "Quote",
        xml: r#"<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="{Normal}"/><w:next w:val="{Normal}"/><w:uiPriority w:val="29"/><w:qFormat/><w:pPr><w:keepLines/><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="A6A6A6"/></w:pBdr><w:ind w:left="567" w:right="567"/></w:pPr><w:rPr><w:i/><w:color w:val="404040"/></w:rPr></w:style>"#,
    },
    StyleDef {
        id: "ListParagraph",
        name: "List Paragraph",
        xml: r#"<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="{Normal}"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>"#,
    },
    StyleDef {
        id: "SourceCode",
        name: "Source Code",
        xml: r#"<w:style w:type="paragraph" w:customStyle="1" w:styleId="SourceCode"><w:name w:val="Source Code"/><w:basedOn w:val="{Normal}"/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>"#,
    },
    StyleDef {
        id: "Header",
        name: "header",
        xml: r#"<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="{Normal}"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4706"/><w:tab w:val="right" w:pos="9412"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>"#,
    },
    StyleDef {
        id: "Footer",
        name: "footer",
        xml: r#"<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="{Normal}"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4706"/><w:tab w:val="right" w:pos="9412"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>"#,
    },
    StyleDef {
        id: "HandlingBanner",
        name: "Handling Banner",
        xml: r#"<w:style w:type="paragraph" w:customStyle="1" w:styleId="HandlingBanner"><w:name w:val="Handling Banner"/><w:basedOn w:val="{Normal}"/><w:qFormat/><w:pPr><w:spacing w:before="60" w:after="60" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:spacing w:val="10"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>"#,
    },
    StyleDef {
        id: "Hyperlink",
        name: "Hyperlink",
        xml: r#"<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="{DefaultParagraphFont}"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>"#,
    },
    StyleDef {
        id: "TableGrid",
        name: "Table Grid",
        xml: r#"<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="{TableNormal}"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#,
    },
];

const DOC_DEFAULTS: &str = r#"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#;

pub(super) const W_NAMESPACE: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The style ids the document's paragraphs, runs and tables name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct StyleIds {
    pub normal: String,
    pub headings: [String; 3],
    pub quote: String,
    pub list_paragraph: String,
    pub code: String,
    pub header: String,
    pub footer: String,
    pub banner: String,
    pub hyperlink: String,
    pub table: String,
}

impl Default for StyleIds {
    fn default() -> Self {
        StyleIds {
            normal: "Normal".into(),
            headings: ["Heading1".into(), "Heading2".into(), "Heading3".into()],
            quote: "Quote".into(),
            list_paragraph: "ListParagraph".into(),
            code: "SourceCode".into(),
            header: "Header".into(),
            footer: "Footer".into(),
            banner: "HandlingBanner".into(),
            hyperlink: "Hyperlink".into(),
            table: "TableGrid".into(),
        }
    }
}

fn resolve(xml: &str, ids: &[(&str, String)]) -> String {
    let mut out = xml.to_owned();
    for (placeholder, id) in ids {
        out = out.replace(&format!("{{{placeholder}}}"), &super::escape_attr(id));
    }
    out
}

/// Briefsmith's own `word/styles.xml`.
pub(super) fn default_styles() -> String {
    let ids = [
        ("Normal", "Normal".to_owned()),
        ("TableNormal", "TableNormal".to_owned()),
        ("DefaultParagraphFont", "DefaultParagraphFont".to_owned()),
    ];
    let mut xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NAMESPACE}">{DOC_DEFAULTS}"#
    );
    for def in STYLES {
        xml.push_str(&resolve(def.xml, &ids));
    }
    xml.push_str("</w:styles>");
    xml
}

/// A reference document's styles, completed with the Briefsmith styles it lacks, and the ids to
/// use. Styles are matched by name, case-insensitively.
pub(super) fn merge_styles(reference: &str) -> Result<(String, StyleIds), String> {
    let existing = read_style_names(reference)?;
    let find =
        |name: &str| existing.iter().find(|(_, n)| n.eq_ignore_ascii_case(name)).map(|(id, _)| id.clone());
    let mut added = String::new();
    let mut ids_by_def: Vec<(&str, String)> = Vec::new();
    for def in STYLES {
        ids_by_def.push((def.id, find(def.name).unwrap_or_else(|| def.id.to_owned())));
    }
    let base: Vec<(&str, String)> = ids_by_def
        .iter()
        .filter(|(id, _)| ["Normal", "TableNormal", "DefaultParagraphFont"].contains(id))
        .cloned()
        .collect();
    for def in STYLES {
        if find(def.name).is_none() {
            added.push_str(&resolve(def.xml, &base));
        }
    }
    let close = reference
        .rfind("</w:styles>")
        .ok_or_else(|| "its styles (word/styles.xml) do not end with </w:styles>".to_owned())?;
    let merged = format!("{}{added}{}", text_before(reference, close), text_after(reference, close));
    let id = |wanted: &str| {
        ids_by_def.iter().find(|(def, _)| *def == wanted).map(|(_, id)| id.clone()).unwrap_or_default()
    };
    let ids = StyleIds {
        normal: id("Normal"),
        headings: [id("Heading1"), id("Heading2"), id("Heading3")],
        quote: id("Quote"),
        list_paragraph: id("ListParagraph"),
        code: id("SourceCode"),
        header: id("Header"),
        footer: id("Footer"),
        banner: id("HandlingBanner"),
        hyperlink: id("Hyperlink"),
        table: id("TableGrid"),
    };
    Ok((merged, ids))
}

/// `(style id, name)` of every style in a `styles.xml`.
fn read_style_names(xml: &str) -> Result<Vec<(String, String)>, String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "style" => {
                current = super::attribute(&e, "styleId");
            }
            Ok(Event::Empty(e)) if e.local_name().as_ref() == "name" => {
                if let (Some(id), Some(name)) = (current.take(), super::attribute(&e, "val")) {
                    out.push((id, name));
                }
            }
            Ok(Event::Eof) => return Ok(out),
            Err(e) => return Err(format!("its styles (word/styles.xml) are damaged: {e}")),
            Ok(_) => {}
        }
    }
}

/// List numbering: a bullet list definition and a decimal one, then one `w:num` for bullets and
/// one per ordered list (each restarts at its own first number). Ids start at `base`, so they can
/// be added to a reference document's own numbering without clashing.
pub(super) struct Numbering {
    pub base: u32,
    /// `(level, first number)` of each ordered list, in document order.
    pub ordered: Vec<(u32, u64)>,
}

impl Numbering {
    pub fn bullet_num_id(&self) -> u32 {
        self.base
    }

    pub fn ordered_num_id(&self, index: usize) -> u32 {
        self.base.saturating_add(1).saturating_add(u32::try_from(index).unwrap_or(u32::MAX))
    }

    fn abstract_nums(&self) -> String {
        let mut xml = String::new();
        for (offset, ordered) in [(0, false), (1, true)] {
            xml.push_str(&format!(
                r#"<w:abstractNum w:abstractNumId="{}"><w:multiLevelType w:val="hybridMultilevel"/>"#,
                self.base + offset
            ));
            for level in 0..9u32 {
                let (format, text) = if ordered {
                    let format = ["decimal", "lowerLetter", "lowerRoman"][level as usize % 3];
                    (format, format!("%{}.", level + 1))
                } else {
                    ("bullet", ["•", "◦", "▪"][level as usize % 3].to_owned())
                };
                xml.push_str(&format!(
                    r#"<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{format}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{}" w:hanging="360"/></w:pPr></w:lvl>"#,
                    720 * (level + 1)
                ));
            }
            xml.push_str("</w:abstractNum>");
        }
        xml
    }

    fn nums(&self) -> String {
        let mut xml = format!(
            r#"<w:num w:numId="{}"><w:abstractNumId w:val="{}"/></w:num>"#,
            self.bullet_num_id(),
            self.base
        );
        for (index, (level, start)) in self.ordered.iter().enumerate() {
            xml.push_str(&format!(
                r#"<w:num w:numId="{}"><w:abstractNumId w:val="{}"/><w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>"#,
                self.ordered_num_id(index),
                self.base + 1
            ));
        }
        xml
    }

    /// Briefsmith's own `word/numbering.xml`.
    pub fn standalone(&self) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NAMESPACE}">{}{}</w:numbering>"#,
            self.abstract_nums(),
            self.nums()
        )
    }

    /// A reference document's numbering with these lists added: the schema wants every
    /// `w:abstractNum` before the first `w:num`, and `w:numIdMacAtCleanup` last.
    pub fn merged_into(&self, reference: &str) -> Result<String, String> {
        let close = reference.rfind("</w:numbering>").ok_or_else(|| {
            "its list numbering (word/numbering.xml) does not end with </w:numbering>".to_owned()
        })?;
        let nums_at = reference.find("<w:numIdMacAtCleanup").unwrap_or(close);
        let first_num = [reference.find("<w:num "), reference.find("<w:num>")].into_iter().flatten().min();
        let abstracts_at = first_num.unwrap_or(nums_at).min(nums_at);
        Ok(format!(
            "{}{}{}{}{}",
            text_before(reference, abstracts_at),
            self.abstract_nums(),
            reference.get(abstracts_at..nums_at).unwrap_or_default(),
            self.nums(),
            text_after(reference, nums_at)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_styles_define_every_id_once() {
        let xml = default_styles();
        let names = read_style_names(&xml).unwrap();
        assert_eq!(names.len(), STYLES.len());
        let ids = StyleIds::default();
        for id in [&ids.headings[0], &ids.quote, &ids.table, &ids.hyperlink, &ids.banner] {
            assert_eq!(names.iter().filter(|(i, _)| i == id).count(), 1, "{id}");
        }
        assert!(!xml.contains('{'), "unresolved placeholder");
    }

    #[test]
    fn reference_styles_are_found_by_name_and_missing_ones_added() {
        // A German Word names its style ids in German; the names stay the built-in ones.
        let reference = format!(
            r#"<w:styles xmlns:w="{W_NAMESPACE}"><w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="Heading 1"/></w:style></w:styles>"#
        );
        let (merged, ids) = merge_styles(&reference).unwrap();
        assert_eq!(ids.headings[0], "berschrift1");
        assert_eq!(ids.normal, "Standard");
        assert_eq!(ids.quote, "Quote");
        assert!(merged.contains(r#"w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Standard"/>"#));
        assert_eq!(merged.matches(r#"<w:name w:val="heading 1"/>"#).count(), 0, "not added twice");
        assert!(merged.ends_with("</w:styles>"));
    }

    #[test]
    fn numbering_merges_in_schema_order() {
        let numbering = Numbering { base: 9000, ordered: vec![(0, 3)] };
        let reference = r#"<w:numbering xmlns:w="x"><w:abstractNum w:abstractNumId="0"/><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:numIdMacAtCleanup w:val="1"/></w:numbering>"#;
        let merged = numbering.merged_into(reference).unwrap();
        let pos = |s: &str| merged.find(s).unwrap();
        assert!(pos(r#"w:abstractNumId="0"/>"#) < pos(r#"w:abstractNumId="9000""#));
        assert!(pos(r#"w:abstractNumId="9001""#) < pos(r#"<w:num w:numId="1">"#));
        assert!(pos(r#"<w:num w:numId="1">"#) < pos(r#"<w:num w:numId="9000">"#));
        assert!(pos(r#"<w:num w:numId="9001">"#) < pos("<w:numIdMacAtCleanup"));
        assert!(merged.contains(r#"<w:startOverride w:val="3"/>"#));
        let plain = Numbering { base: 1, ordered: vec![] }.standalone();
        assert!(plain.contains(r#"<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>"#));
    }
}
