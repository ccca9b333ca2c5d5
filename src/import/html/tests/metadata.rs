//! A page's title, byline and publication day.

use super::*;

#[test]
fn metadata_from_json_ld_graph_and_meta_tags() {
    let html = r##"<html><head>
            <meta property="og:site_name" content="The Baltic Ledger">
            <link rel="canonical" href="https://ledger.example/cable">
            <meta property="article:published_time" content="2026-03-13T08:00:00Z">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"#org","name":"Ledger Media"},
              {"@type":["NewsArticle"],"headline":"Cable  cut","datePublished":"2026-03-14T09:00:00Z",
               "author":[{"@type":"Person","name":"Marta Kowalczyk"},{"name":"Jan Ilves"}],
               "publisher":{"@id":"#org"}}]}</script></head>
            <body><p>Text long enough to count as a paragraph of the article.</p></body></html>"##;
    let got = read(html);
    assert_eq!(got.meta.title, "Cable cut");
    assert_eq!(got.meta.author, "Marta Kowalczyk, Jan Ilves");
    assert_eq!(got.meta.published, "2026-03-14T09:00:00Z");
    assert_eq!(got.meta.url, "https://ledger.example/cable");
    assert_eq!(got.meta.outlet, "The Baltic Ledger");
}

#[test]
fn bylines_and_dates_come_from_the_page_when_metadata_is_missing() {
    let html = format!(
        r#"<body><div class="author-box">{}</div><div class="post"><h2>Walk</h2>
               <p class="entry-author">Posted by Tom Hale on 14 March 2026</p>{}
               <abbr class="published" title="2026-03-14T09:14:00Z">9:14</abbr></div></body>"#,
        "A very long biography, longer than any byline. ".repeat(20),
        paras(0..3)
    );
    let got = read(&html);
    assert_eq!(got.meta.author, "Tom Hale");
    assert_eq!(got.meta.published, "2026-03-14T09:14:00Z");
}

#[test]
fn a_publication_line_in_another_language_gives_the_day() {
    for line in
        ["Veröffentlicht am 23.10.2026 um 16:45 Uhr", "Publié le 23.10.2026", "Published 23 October 2026"]
    {
        let html =
            format!(r#"<body><div class="meta">{line}</div><div class="story">{}</div></body>"#, paras(0..3));
        assert_eq!(read(&html).meta.published, "2026-10-23", "{line}");
    }
    // A date in a line that does not say it is the publication's stays out.
    let html = format!(
        r#"<body><div class="meta">Event on 23.10.2026</div><div class="story">{}</div></body>"#,
        paras(0..3)
    );
    assert_eq!(read(&html).meta.published, "");
}

#[test]
fn a_posted_on_or_entry_line_and_a_date_label_give_the_day() {
    for line in ["Posted on Friday 6 November 2026 at 09:10", "Giriş: 06.11.2026 - 09:10"] {
        let html = format!(
            r#"<body><span class="info">{line}</span><div class="story">{}</div>
                <ul><li>Older item <time datetime="2026-10-30">30 Oct</time></li></ul></body>"#,
            paras(0..3)
        );
        assert_eq!(read(&html).meta.published, "2026-11-06", "{line}");
    }
    // A facts list: the value of the "Date" label, day first; another label's date is not it.
    let html = format!(
        r#"<body><dl><dt>Deadline</dt><dd>01/12/2026</dd><dt>Date:</dt><dd>06/11/2026</dd>
            <dt>Pages</dt><dd>12</dd></dl><div class="story">{}</div></body>"#,
        paras(0..3)
    );
    assert_eq!(read(&html).meta.published, "2026-11-06");
}

#[test]
fn a_reporter_class_in_another_language_marks_the_byline() {
    let html = format!(
        r#"<body><h1>Liman yolu yeniden açıldı</h1><span class="muhabir">Deniz Arslan / Mersin</span>
            <div class="story">{}</div></body>"#,
        paras(0..3)
    );
    assert_eq!(read(&html).meta.author, "Deniz Arslan");
}

#[test]
fn a_forums_name_in_its_banner_h1_gives_way_to_the_topic_the_title_names() {
    let html = format!(
        r#"<html><head><title>Lakeside Anglers • View topic - Winter pike on light tackle</title></head><body>
            <div class="headerbar"><h1>Lakeside Anglers</h1><p>Fishing talk since 2004</p></div>
            <h2><a href="./viewtopic.php?t=1">Winter pike on light tackle</a></h2>
            <div class="post"><div class="postbody">{}</div></div></body></html>"#,
        paras(0..3)
    );
    let got = read(&html);
    assert!(got.text.starts_with("Winter pike on light tackle\n\n"), "{}", got.text);
    assert_eq!(got.meta.title, "Winter pike on light tackle");
    // A blog whose <h1> is the post's headline keeps it, though an <h2> is in the title too.
    let html = format!(
        r#"<html><head><title>Winter pike on light tackle - Lakeside Anglers</title></head><body>
            <h1>Winter pike on light tackle</h1><h2>Lakeside Anglers</h2><div class="post">{}</div></body></html>"#,
        paras(0..3)
    );
    assert!(read(&html).text.starts_with("Winter pike on light tackle\n\n"));
}

#[test]
fn scholarly_citation_tags_and_year_first_dates_are_read() {
    let html = format!(
        r#"<html><head><title>Dry years | Institute</title>
               <meta name="citation_author" content="Okafor, Chidi"><meta name="citation_author" content="Lind, Eva">
               <meta name="citation_publication_date" content="2026/06/30"></head>
               <body><article><h1>Dry years</h1>{}</article></body></html>"#,
        paras(0..3)
    );
    let got = read(&html);
    assert_eq!(got.meta.author, "Chidi Okafor, Eva Lind");
    assert_eq!(got.meta.published, "2026-06-30");
}

#[test]
fn an_authors_field_and_a_published_span_give_byline_and_date() {
    let html = format!(
        r#"<body><article><h1>Dry years</h1><div class="field--name-field-authors"><a href="/x">Ruth Mensah</a></div>
               <div class="post-info">Posted on <span class="published" title="2026-02-20">20 February</span></div>
               {}</article></body>"#,
        paras(0..3)
    );
    let got = read(&html);
    assert_eq!(got.meta.author, "Ruth Mensah");
    assert_eq!(got.meta.published, "2026-02-20");
}

#[test]
fn a_day_at_the_end_of_a_byline_line_in_another_language_is_the_date() {
    let html = format!(
        r#"<body><div class="post"><h3>Restoring an old boat</h3>
               <p class="author">Сообщение <strong><a href="/u/9">Anna Petrova</a></strong> &raquo; 3 мар 2026, 21:37</p>
               <div class="content">{}</div></div></body>"#,
        paras(0..3)
    );
    let got = read(&html);
    assert_eq!(got.meta.published, "2026-03-03");
    let html = format!(
        r#"<body><article><h1>Hafen</h1><div class="byline">Von Jan Roth | 14. März 2026, 18:00 Uhr</div>{}</article></body>"#,
        paras(0..3)
    );
    assert_eq!(read(&html).meta.published, "2026-03-14");
}

#[test]
fn a_published_line_outranks_an_update_time_and_other_scripts_dates_are_read() {
    let html = format!(
        r#"<body><main><h1>Grants for wells</h1>{}
               <p>Published 9 February 2026<br>Last updated 11 February 2026</p>
               <ol class="history"><li><time datetime="2026-02-11T10:00:00Z">11 February 2026</time> Fixed a link.</li></ol>
               </main></body>"#,
        paras(0..3)
    );
    assert_eq!(read(&html).meta.published, "2026-02-09");
    let html = format!(
        r#"<body><article><h1>Fähre</h1><p class="meta">Stand: 02.05.2026 07:40 Uhr</p>{}</article></body>"#,
        paras(0..3)
    );
    assert_eq!(read(&html).meta.published, "2026-05-02");
    let html = format!(
        r#"<body><article><h1>مكتبة</h1><span class="date">نُشر في: الأحد ٢٥ يناير ٢٠٢٦ - ١٠:٣٠ ص</span>{}</article></body>"#,
        paras(0..3)
    );
    assert_eq!(read(&html).meta.published, "2026-01-25");
}

#[test]
fn credit_lines_and_a_published_line_beside_the_names_leave_only_the_names() {
    let html = format!(
        r#"<body><article><h1>Cubes in orbit</h1><div class="story-credits">Story: <a href="/s/ana">Ana Ruiz</a> | Photos: Leo Park</div>{}</article></body>"#,
        paras(0..3)
    );
    assert_eq!(read(&html).meta.author, "Ana Ruiz");
    let html = format!(
        r#"<body><article><h1>Le bac</h1><div class="signature"><p class="auteurs">Par <a href="/a/1">Lise Morel</a> et <a href="/a/2">Paul Vidal</a></p>
               <p class="dates">Publié le 3 mars 2026 à 18h05</p></div>{}</article></body>"#,
        paras(0..3)
    );
    let got = read(&html);
    assert_eq!(got.meta.author, "Lise Morel, Paul Vidal");
    assert_eq!(got.meta.published, "2026-03-03");
}

#[test]
fn the_visible_headline_is_the_title_and_a_short_heading_is_not() {
    let h1 = |h: &str| format!("<h1>{h}</h1>");
    let got = read(&titled_page(
        "Levy to fund six railway lines",
        "",
        &h1("Freight levy will pay for six regional lines"),
    ));
    assert_eq!(got.meta.title, "Freight levy will pay for six regional lines");
    // A heading of a word or two is a section's or the site's: the social title stands.
    let got = read(&titled_page("Freight levy will pay for six regional lines", "", &h1("Transport")));
    assert_eq!(got.meta.title, "Freight levy will pay for six regional lines");
}

#[test]
fn a_live_label_leaves_the_title_when_the_pages_own_headline_has_none() {
    // No visible headline: the social title stands, less the label its JSON-LD headline lacks.
    let declared = |h: &str| {
        format!(
            r#"<script type="application/ld+json">{{"@type":"LiveBlogPosting","headline":"{h}"}}</script>"#
        )
    };
    let got = read(&titled_page(
        "Harbour fire live: crews fight the blaze",
        &declared("Harbour fire: crews fight the blaze"),
        "",
    ));
    assert_eq!(got.meta.title, "Harbour fire: crews fight the blaze");
    // The declared headline says it too: the title is the page's own.
    let got = read(&titled_page(
        "Live: crews fight the harbour fire",
        &declared("Live: crews fight the harbour fire"),
        "",
    ));
    assert_eq!(got.meta.title, "Live: crews fight the harbour fire");
}

#[test]
fn a_site_name_before_the_headline_goes_when_the_copyright_line_names_the_site() {
    let html = "<html><head><title>Fernhill Gazette - Ferry timetable cut for the winter</title></head><body>\
        <table><tr><td><font size=4><b>Ferry timetable cut for the winter</b></font><br><br>\
        The island ferry will sail twice a day from November, the operator said on Monday, after a \
        season of falling passenger numbers and rising fuel costs.<br><br>\
        Residents said the change would make hospital visits on the mainland harder, and the council \
        asked the operator to keep an early sailing on weekdays.</td></tr></table>\
        <p>Copyright &copy; 2031 Fernhill Gazette, Inc. All rights reserved.</p></body></html>";
    assert_eq!(read(html).meta.title, "Ferry timetable cut for the winter");
    // Without the copyright line nothing says which part is the site's.
    let bare = html.replace("Copyright &copy; 2031 Fernhill Gazette, Inc. All rights reserved.", "");
    assert_eq!(read(&bare).meta.title, "Fernhill Gazette - Ferry timetable cut for the winter");
}

#[test]
fn a_wire_signoff_leaves_the_text_and_names_the_reporter_when_an_agency_is_the_author() {
    let html = format!(
        r#"<body><article itemscope itemtype="https://schema.org/NewsArticle"><h1>Harbour tender opens</h1>
               <div class="info"><span itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">NPA</span></span></div>
               <div itemprop="articleBody">{}<p>(Reporting by Tomas Ekwueme in Dorrel; Additional reporting by Ivy Sandoval; Editing by Rhea Mott)</p></div></article></body>"#,
        paras(0..3)
    );
    let got = read(&html);
    assert_eq!(got.meta.author, "Tomas Ekwueme");
    assert!(!got.text.contains("Reporting by"), "{}", got.text);
    assert!(!got.text.contains("NPA"), "{}", got.text);
}

#[test]
fn a_sentence_with_a_semicolon_after_by_is_no_signoff() {
    let html = format!(
        r#"<body><article><h1>Harbour tender opens</h1><p class="byline">By Lena Ortiz</p>{}
               <p>By Friday the port had reopened; by Monday the ferries ran again.</p></article></body>"#,
        paras(0..3)
    );
    let got = read(&html);
    assert_eq!(got.meta.author, "Lena Ortiz");
    assert!(got.text.contains("By Friday the port had reopened"), "{}", got.text);
}

#[test]
fn a_labelled_day_in_a_long_line_of_parts_is_the_date() {
    // Over 80 characters in all, each part short; the label is Polish for "publication date".
    let html = format!(
        r#"<body><div class="artykul"><h1>Nowa kładka nad rzeką</h1>
               <div class="info">Autor: <b>Jan Kowalczyk</b> | Data publikacji: 03.02.2026, godz. 07:45 | Odsłony: 1234 | Komentarze: 12</div>
               {}</div></body>"#,
        paras(0..3)
    );
    let got = read(&html);
    assert_eq!(got.meta.published, "2026-02-03");
    assert_eq!(got.meta.author, "Jan Kowalczyk");
}

#[test]
fn a_forum_poster_named_by_user_name_in_the_metadata_gets_the_full_name_the_page_shows() {
    let jsonld = r#"<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Mending a drystone wall","author":{"@type":"Person","name":"wallbuilder_7"}}</script>"#;
    let classed = format!(
        r#"<html><head>{jsonld}</head><body><div class="topic"><h1>Mending a drystone wall</h1>
               <div class="names"><span class="first full-name"><a href="/u/wallbuilder_7">Petra Holm</a></span> <span class="username">wallbuilder_7</span></div>
               <div class="post">{}</div></div></body></html>"#,
        paras(0..3)
    );
    assert_eq!(read(&classed).meta.author, "Petra Holm");
    let bracketed = format!(
        r#"<html><head>{jsonld}</head><body><div class="topic"><h1>Mending a drystone wall</h1>
               <span class="creator"><a href="/u/wallbuilder_7"><span>wallbuilder_7</span></a> (Petra Holm)</span>
               <div class="post">{}</div></div></body></html>"#,
        paras(0..3)
    );
    assert_eq!(read(&bracketed).meta.author, "Petra Holm");
    // No full name on the page: the user name stays.
    let bare = format!(
        r#"<html><head>{jsonld}</head><body><div class="topic"><h1>Mending a drystone wall</h1><div class="post">{}</div></div></body></html>"#,
        paras(0..3)
    );
    assert_eq!(read(&bare).meta.author, "wallbuilder_7");
}

#[test]
fn a_photographer_the_metadata_lists_as_an_author_is_left_out_when_the_byline_marks_them() {
    let html = format!(
        r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"El molino","author":[{{"@type":"Person","name":"Ana Ruiz"}},{{"@type":"Person","name":"Luis Vidal"}}]}}</script></head>
               <body><article><h1>El molino vuelve a moler</h1><div class="firma">Por <a>Ana Ruiz</a> y <a>Luis Vidal</a> (fotos)</div>{}</article></body></html>"#,
        paras(0..3)
    );
    assert_eq!(read(&html).meta.author, "Ana Ruiz");
}

#[test]
fn the_inner_author_element_of_a_byline_block_names_the_person_and_several_stay_together() {
    let one = format!(
        r#"<body><article><h1>Cottage becomes a museum</h1><div class="byline-block"><span class="author">By Iona Marsh</span><span class="role">NBC Local, Dunmore</span></div>{}</article></body>"#,
        paras(0..3)
    );
    assert_eq!(read(&one).meta.author, "Iona Marsh");
    let two = format!(
        r#"<body><article><h1>Cottage becomes a museum</h1><div class="byline">By <a rel="author">Iona Marsh</a> and <a rel="author">Tam Reid</a></div>{}</article></body>"#,
        paras(0..3)
    );
    assert_eq!(read(&two).meta.author, "Iona Marsh, Tam Reid");
}

#[test]
fn a_reporter_named_only_in_the_leads_bracket_is_the_byline() {
    let html = "<body><article><h1>水庫清淤完成</h1><p>【本報記者陳怡君／花蓮報導】經過兩年工程，水庫清淤作業日前完成，共清出大量淤泥，有效蓄水量回升。</p>\
                <p>縣府表示，清淤後的水庫可以供應更多農業用水，並減少颱風季節的淹水風險，居民普遍表示歡迎。</p>\
                <p>專家指出，未來仍需定期清淤，才能維持水庫的蓄水功能，避免淤積再次影響供水。</p></article></body>";
    assert_eq!(read(html).meta.author, "陳怡君");
}
