"""The documents of the real-producer PDF set (scripts/make-pdf-realworld), written for this
project: made-up news reports, a newsletter, a report with tables, a form, footnotes and lists.

Each document is a list of blocks: ("h", text) a heading, ("p", text) a paragraph, ("ul", [items])
a list, ("table", [rows]) a table whose first row is its head, ("fn", text) a footnote. RUNNING
gives the text of running headers and footers, which is not part of the expected text."""

NEWS_EN = [
    ("h", "Harbour authority delays dredging plan after survey finds old munitions"),
    ("p", "The port authority of Kestrel Bay has postponed a dredging project worth 48 million euros "
          "after divers found a field of corroded shells on the seabed near the eastern breakwater. "
          "The survey, carried out in October, mapped more than two hundred objects in an area "
          "the size of four football pitches."),
    ("p", "A spokeswoman for the authority, Marta Ilves, said the work would resume only once navy "
          "specialists had cleared the site. \"We will not put crews at risk to save a few weeks,\" "
          "she told reporters on Tuesday. The navy has not said when its team will arrive."),
    ("p", "Shipping companies that use the port have warned that the delay could force larger "
          "container vessels to wait for high tide before entering the channel. One operator said it "
          "was considering moving two weekly services to a neighbouring harbour until the spring."),
    ("p", "Local fishermen welcomed the decision. They had complained for years that nets came up "
          "with rusted metal fragments, and some had stopped working the eastern grounds altogether. "
          "\"Nobody wanted to believe us,\" said a skipper who has fished the bay for thirty years."),
    ("p", "Historians believe the munitions were dumped after the Second World War, when surplus "
          "stocks were often sunk close to shore to save fuel. Records from the period are "
          "incomplete, and the authority has asked the national archive for help in identifying "
          "the ships that carried them."),
    ("p", "The council's environment committee will discuss the findings at its next meeting. "
          "Several members have asked for water samples to be taken along the beaches north of the "
          "harbour, where families swim in the summer months."),
    ("p", "Engineers estimate that clearing the field could take between six and ten weeks, "
          "depending on the weather and on how many of the objects turn out to be live. The "
          "dredging contract allows for a pause of up to three months without penalties."),
    ("p", "Environmental groups have asked the authority to publish the full survey, including the "
          "positions of every object, so that independent experts can assess the risk to marine "
          "life. The authority said it would release a summary once the navy had reviewed it."),
]

NEWS_LONG_EXTRA = [
    ("h", "Questions over the original contract"),
    ("p", "Opposition members of the council questioned why the seabed had not been surveyed before "
          "the contract was signed last year. The authority replied that an earlier survey from "
          "2011 had shown nothing unusual, but admitted that it had covered only the western half "
          "of the channel."),
    ("p", "The dredging company, which is based in the north of the country, said its equipment "
          "would remain on site during the pause. Its chief executive described the find as "
          "regrettable but not unprecedented, noting that similar discoveries had delayed works "
          "in three other ports over the past decade."),
    ("p", "Residents of the old town, whose houses stand a few hundred metres from the breakwater, "
          "asked whether controlled explosions would be needed. Navy officials said most objects "
          "would probably be lifted and taken out to sea, but that some might have to be destroyed "
          "where they lie."),
    ("p", "A public meeting has been called for the first Thursday of next month in the town hall. "
          "The mayor said residents would be told in advance of any work that could cause noise or "
          "require the beaches to be closed."),
    ("h", "What happens next"),
    ("p", "Once the navy has finished, a second survey will check that nothing was missed. Only then "
          "will the dredgers return. The authority still hopes to complete the project before the "
          "end of next year, although it concedes that the budget may have to grow."),
    ("p", "Insurance brokers said the case would be watched closely by other port operators, many of "
          "whom are planning to deepen their channels to receive the newest generation of ships. "
          "Surveys of old dumping grounds are expensive, and few authorities commission them unless "
          "they are required to do so."),
    ("p", "Meanwhile, the fishermen's cooperative has offered its boats to help mark the area with "
          "buoys. Its chairman said members were relieved that the problem was finally being taken "
          "seriously, and hoped that the eastern grounds could be fished again within two years."),
]

NEWSLETTER_EN = [
    ("h", "Riverside Allotment Society Newsletter"),
    ("h", "Autumn opening hours"),
    ("p", "From the first week of October the main gate will open at eight in the morning and close "
          "at six in the evening. Members who need to collect tools after hours should contact the "
          "site warden, who keeps a spare key in the office by the pond."),
    ("h", "Seed swap a success"),
    ("p", "More than sixty members came to the seed swap in September, bringing over three hundred "
          "packets. The most popular were climbing beans, heritage tomatoes and a purple carrot "
          "that nobody could name. Leftover packets are in the cupboard next to the kettle."),
    ("h", "Water butts"),
    ("p", "The committee has ordered forty new water butts, which will be delivered in November. "
          "Plots on the northern slope will be served first because their standpipes freeze most "
          "often. Please leave a clear space beside your shed so that the butts can be fitted."),
    ("h", "Compost corner"),
    ("p", "The shared compost bays are full again. Please do not add woody stems, diseased leaves or "
          "cooked food. A volunteer rota for turning the heaps is pinned to the noticeboard, and "
          "every pair of hands is welcome on Saturday mornings."),
    ("h", "Annual show results"),
    ("p", "Congratulations to the winners of this year's show. The prize for the heaviest pumpkin "
          "went to plot 27, while the best jar of chutney came from a family who joined only last "
          "spring. The judges praised the quality of the onions and the variety of the dahlias."),
    ("h", "Dates for your diary"),
    ("p", "The annual general meeting will take place on the second Sunday of November in the "
          "community hall. Nominations for the committee must reach the secretary two weeks "
          "before. Mulled apple juice and cake will be served after the meeting."),
]

TABLES_EN = [
    ("h", "Quarterly water quality report for the northern district"),
    ("p", "This report summarises the samples taken at six monitoring stations between July and "
          "September. All values are averages of weekly measurements. Stations marked with an "
          "asterisk were moved during the quarter because of construction work."),
    ("table", [["Station", "Nitrate mg/l", "Phosphate mg/l", "Turbidity NTU", "Samples"],
               ["Millbrook weir", "12.4", "0.31", "4.2", "13"],
               ["Old ferry landing", "9.8", "0.27", "6.9", "13"],
               ["Cotton mill outfall*", "18.1", "0.55", "11.3", "11"],
               ["Heron lake inlet", "7.2", "0.12", "2.8", "13"],
               ["Quarry road bridge", "10.6", "0.29", "5.5", "12"],
               ["Southern pumping station*", "8.9", "0.18", "3.1", "10"]]),
    ("p", "Nitrate levels at the cotton mill outfall remain above the district's target of fifteen "
          "milligrams per litre. The operator has been asked to explain the readings and to submit "
          "a plan for reducing runoff from the neighbouring fields."),
    ("h", "Complaints received"),
    ("table", [["Month", "Odour", "Discoloured water", "Low pressure", "Total"],
               ["July", "14", "6", "22", "42"],
               ["August", "19", "4", "31", "54"],
               ["September", "8", "9", "17", "34"]]),
    ("p", "Complaints about low pressure rose sharply in August, when demand peaked during the heat "
          "wave. Engineers replaced two faulty valves on the ring main, and the number of complaints "
          "fell again in September."),
]

FORM_EN = [
    ("h", "Application for a street party permit"),
    ("p", "Please complete every section in block capitals and return the form to the council at "
          "least eight weeks before the event."),
    ("table", [["Name of organiser", "Eleanor Whitcombe"],
               ["Address", "14 Larkspur Terrace, Fenwick"],
               ["Telephone", "01632 960 418"],
               ["Date of event", "Saturday 14 June"],
               ["Start and finish times", "From 11 in the morning until 7 in the evening"],
               ["Streets to be closed", "Larkspur Terrace between Mill Lane and Orchard Road"],
               ["Expected number of guests", "About 120"]]),
    ("p", "Will there be amplified music? Yes, a small speaker for the afternoon only."),
    ("p", "Declaration: I confirm that the information given on this form is correct and that I "
          "have told every household in the affected streets about the event."),
]

FOOTNOTES_DE = [
    ("h", "Neue Radwege sollen Innenstadt entlasten"),
    ("p", "Der Stadtrat hat am Mittwoch beschlossen, bis zum Ende des kommenden Jahres vier neue "
          "Radwege durch die Innenstadt zu bauen. Die Kosten von rund neun Millionen Euro sollen "
          "zur Hälfte aus einem Förderprogramm des Landes gedeckt werden."),
    ("fn", "Das Förderprogramm läuft seit drei Jahren und wurde zuletzt im Frühjahr verlängert."),
    ("p", "Die Verwaltung rechnet damit, dass der Autoverkehr auf den betroffenen Straßen um etwa "
          "ein Fünftel zurückgeht. Geschäftsleute äußerten jedoch Bedenken, weil zahlreiche "
          "Parkplätze wegfallen würden."),
    ("fn", "Nach Angaben der Verwaltung entfallen insgesamt 240 Stellplätze."),
    ("p", "Eine Bürgerinitiative begrüßte die Entscheidung und forderte zusätzliche Abstellanlagen "
          "an den Bahnhöfen. Der Bau des ersten Abschnitts soll im März beginnen."),
]

LISTS_EN = [
    ("h", "Winter preparedness checklist for households"),
    ("p", "The regional emergency office recommends that every household keeps the following items "
          "ready before the first frost:"),
    ("ul", ["Drinking water for three days, about nine litres per person",
            "A battery radio with spare batteries",
            "Torches, candles and matches kept in a dry place",
            "Tinned food and a manual tin opener",
            "A list of emergency telephone numbers written on paper"]),
    ("p", "Older neighbours and families with small children should be checked on during long power "
          "cuts. The office also advises residents to:"),
    ("ul", ["Insulate outdoor pipes before temperatures fall below zero",
            "Keep the car's fuel tank at least half full",
            "Know where the main water valve is and how to close it"]),
]

LANG = {
    "en": NEWS_EN[:5],
    "fr": [
        ("h", "La mairie ferme la piscine municipale pour travaux"),
        ("p", "La piscine municipale de Saint-Aubin restera fermée jusqu'au printemps prochain, a "
              "annoncé lundi la mairie. Des fissures ont été découvertes dans le grand bassin lors "
              "d'une inspection de routine."),
        ("p", "« Nous ne pouvions pas prendre le moindre risque », a déclaré l'adjointe chargée des "
              "sports. Les travaux, estimés à 1,2 million d'euros, devraient durer cinq mois."),
        ("p", "Les clubs de natation seront accueillis dans une commune voisine. Les élèves des écoles "
              "primaires continueront leurs cours grâce à un service de bus financé par la ville."),
        ("p", "Certains habitants regrettent que la décision ait été prise sans concertation. Une "
              "réunion publique est prévue le mois prochain à la salle des fêtes."),
    ],
    "de": FOOTNOTES_DE[:2] + FOOTNOTES_DE[3:4] + FOOTNOTES_DE[5:],
    "ru": [
        ("h", "В городе откроют новый пешеходный мост"),
        ("p", "Строительство пешеходного моста через реку завершится к концу лета, сообщили в "
              "администрации города во вторник. Мост длиной сто двадцать метров соединит жилой "
              "район с городским парком."),
        ("p", "По словам главного инженера проекта, работы идут по графику, несмотря на дождливую "
              "весну. Стоимость строительства составила около трёхсот миллионов рублей."),
        ("p", "Жители района давно просили построить переход, так как до ближайшего моста "
              "приходилось идти почти два километра. Вечером мост будет освещаться."),
    ],
    "el": [
        ("h", "Νέο πρόγραμμα για τη στήριξη των μικρών νησιών"),
        ("p", "Το υπουργείο ανακοίνωσε την Πέμπτη ένα νέο πρόγραμμα για τη βελτίωση των "
              "θαλάσσιων συγκοινωνιών προς τα μικρά νησιά του Αιγαίου. Το πρόγραμμα προβλέπει "
              "περισσότερα δρομολόγια κατά τους χειμερινούς μήνες."),
        ("p", "Οι κάτοικοι ζητούν εδώ και χρόνια καλύτερη σύνδεση με την ηπειρωτική χώρα. Σύμφωνα "
              "με τον δήμαρχο, πολλές οικογένειες αναγκάζονται να μετακομίσουν λόγω της απομόνωσης."),
        ("p", "Η πρώτη φάση θα ξεκινήσει τον Νοέμβριο και θα αξιολογηθεί μετά από έναν χρόνο."),
    ],
    "ar": [
        ("h", "افتتاح مكتبة عامة جديدة في وسط المدينة"),
        ("p", "افتتحت البلدية يوم الأحد مكتبة عامة جديدة في وسط المدينة تضم أكثر من عشرين ألف كتاب. "
              "وقال رئيس البلدية إن المكتبة ستكون مفتوحة لجميع السكان مجانا."),
        ("p", "وتحتوي المكتبة على قاعة للأطفال ومساحة للدراسة وعدد من الحواسيب. "
              "وأعرب عدد من الطلاب عن سعادتهم بالمشروع الذي انتظروه طويلا."),
    ],
    "he": [
        ("h", "העירייה תרחיב את שירות האוטובוסים בלילה"),
        ("p", "העירייה הודיעה ביום שני כי קווי האוטובוס הליליים יפעלו מעתה בכל ימות השבוע. "
              "ההחלטה התקבלה לאחר פניות רבות של סטודנטים ועובדי משמרות."),
        ("p", "לדברי ראש העירייה, העלות השנתית של השירות מוערכת בשמונה מיליון שקלים. "
              "הקווים החדשים יתחילו לפעול בחודש הבא."),
    ],
    "zh": [
        ("h", "市政府宣布扩建城市公园"),
        ("p", "市政府周三宣布，将在明年春季开始扩建城东的公园，新增面积约二十公顷。"
              "扩建后的公园将设有儿童游乐区、自行车道和一个小型湖泊。"),
        ("p", "负责该项目的官员表示，工程预计耗时两年，总投资约三亿元。"
              "部分居民担心施工期间的噪音问题，市政府承诺将限制夜间作业。"),
    ],
    "ja": [
        ("h", "市立図書館が開館時間を延長"),
        ("p", "市立図書館は来月から、平日の開館時間を午後九時まで延長すると発表しました。"
              "仕事帰りの利用者からの要望が多かったということです。"),
        ("p", "図書館によりますと、夜間の利用者数を半年間調査したうえで、"
              "週末の時間についても見直しを検討するということです。"),
    ],
    "ko": [
        ("h", "시청, 주말 무료 셔틀버스 운행 시작"),
        ("p", "시청은 이번 주말부터 시내 주요 관광지를 잇는 무료 셔틀버스를 운행한다고 밝혔다. "
              "버스는 오전 열 시부터 오후 여섯 시까지 삼십 분 간격으로 운행된다."),
        ("p", "시 관계자는 관광객과 시민들의 교통 편의를 높이기 위한 조치라고 설명했다. "
              "이용객 반응을 살핀 뒤 운행 노선을 늘릴 계획이다."),
    ],
    "hi": [
        ("h", "शहर में नया सामुदायिक अस्पताल खुला"),
        ("p", "नगर निगम ने सोमवार को शहर के पूर्वी हिस्से में एक नया सामुदायिक अस्पताल खोला। "
              "अस्पताल में पचास बिस्तर और एक आपातकालीन विभाग है।"),
        ("p", "स्वास्थ्य अधिकारी ने कहा कि इससे आसपास के गांवों के लोगों को इलाज के लिए दूर नहीं जाना पड़ेगा। "
              "अगले साल यहां एक प्रसूति वार्ड भी शुरू किया जाएगा।"),
    ],
}

RUNNING = {"header": "Kestrel Bay Gazette", "footer": "Regional edition"}


def expected_text(blocks):
    """The text a reader should get: blocks in order, a table row by row, footnotes last."""
    out, notes = [], []
    for kind, value in blocks:
        if kind in ("h", "p"):
            out.append(value)
        elif kind == "ul":
            out.append("\n".join(value))
        elif kind == "table":
            out.append("\n".join(" ".join(row) for row in value))
        elif kind == "fn":
            notes.append(value)
    return "\n\n".join(out + notes) + "\n"
