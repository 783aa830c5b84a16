"""Kazakh cue lexicons for the :mod:`app.extract.speech` package (data only).

Everything is lower case (ё written as е) and grown as CLASSES of words — every verb of saying,
every role noun, every reported-speech frame we know in Kazinform's house style — never phrases
copied from one article, because the extractor is scored on unseen articles.

Kazakh is SOV and agglutinative, so the tables hold the *forms the matcher meets*:

* after the closing dash of a direct quote the attribution starts with a form of "де-" (деп,
  деді, дейді ...), and "деп" is followed by the verb of saying (``DEP_VERBS``);
* reported speech is marked by a genitive + possessive frame (``X-тың пікірінше``), by a
  participle + -дай frame (``X атап өткендей``), by a clause nominalised in -ғанын/-екенін and
  closed by a verb of saying (``X ... шыққанын атап өтті``), or by a lead formula that points
  back at the preceding sentences (``Мұндай пікірді ... X білдірді``).
"""

from __future__ import annotations

from typing import Final

# --------------------------------------------------------------------------- direct speech

#: Words that open the attribution after a direct quote's closing dash / quote mark: the
#: converb "деп" (followed by a verb of saying) and the finite forms of "де-" (to say).
DIRECT_CUE_WORDS: Final[frozenset[str]] = frozenset({
    "деп", "деді", "дейді", "деген", "депті", "деседі", "десе", "дегенді", "дер", "дейтін",
    "деймін", "дедім", "дейміз", "дедік",
})

#: Verbs of saying, in the forms that follow "деп" (past, present, perfect; simple and light-verb
#: compounds). A quote closed by "деп <one of these>" is speech; "деп аталады" (is called) is not.
DEP_VERBS: Final[tuple[str, ...]] = (
    # say / tell / state
    "айтты", "айтады", "айтқан", "айтып өтті", "айтып берді", "айтып отыр", "айтып жатыр",
    "мәлімдеді", "мәлімдейді", "мәлім етті", "мәлім етеді", "мәлімдеме жасады",
    "хабарлады", "хабарлайды", "хабар берді", "жеткізді", "жеткізеді",
    "атап өтті", "атап өтеді", "атап көрсетті", "атап көрсетеді", "атап айтты",
    "баса айтты", "баса көрсетті", "баса назар аударды", "қадап айтты", "шегелеп айтты",
    "ерекше атап өтті", "тілге тиек етті", "сөз етті",
    # add / continue / conclude
    "қосты", "пікір қосты", "сөзін жалғады", "сөзін жалғастырды", "жалғастырды", "толықтырды",
    "қосымша етті", "түйіндеді", "сөзін түйіндеді", "сөзін қорытындылады", "қорытындылады",
    "сөзін аяқтады", "тұжырымдады", "тұжырым жасады",
    # opinion / belief / confidence
    "пікір білдірді", "пікірін білдірді", "ойын білдірді", "ой бөлісті", "ойымен бөлісті",
    "пікірімен бөлісті", "пікір айтты", "сенім білдірді", "үміт білдірді", "санайды",
    "есептейді", "сенеді", "ойлайды", "пайымдайды", "пайымдады", "болжайды", "болжады",
    "алаңдаушылық білдірді", "қуанышын білдірді", "ризашылығын білдірді",
    # explain / clarify / stress
    "түсіндірді", "түсіндіреді", "түсінік берді", "нақтылады", "нақтылап өтті", "нықтады",
    "тоқталды", "тоқталып өтті", "мән берді", "назар аударды",
    # write / announce
    "жазды", "жазады", "жазған", "жариялады", "мәлімдеме таратты",
    # answer / ask / urge / warn / admit / remind
    "жауап берді", "жауап қатты", "сұрады", "сұрақ қойды", "үндеді", "шақырды", "ескертті",
    "мойындады", "растады", "еске салды", "еске түсірді", "ұсынды", "сендірді", "уәде берді",
    "тапсырды", "қуантты", "бөлісті", "сыр шертті", "әңгімеледі", "баяндады",
    # bare "де-" finite forms (деп + verb is the usual shape, but these stand alone)
    "деді", "дейді",
)

#: What "деп" introduces when it is NOT speech: naming and classification ("«X» деп аталады").
#: "атап" is absent on purpose: "деп атап өтті" (noted) is the commonest verb of saying.
NAMING_AFTER_DEP: Final[frozenset[str]] = frozenset({
    "аталады", "аталатын", "аталған", "аталды", "аталып", "атайды", "атады", "атаған",
    "есептеледі", "саналады", "саналатын", "белгіленген", "жазылған", "танылды", "танылған",
    "бағаланды", "жарияланды",
})

# --------------------------------------------------------------------------- reported speech

#: "<Name/role/оның>-GEN <frame>, ..." — the possessed verbal noun or noun that makes the rest of
#: the sentence the speaker's content (Назаровтың пікірінше, Министрдің айтуынша, Оның сөзінше).
GENITIVE_FRAMES: Final[tuple[str, ...]] = (
    "пікірінше", "сөзінше", "айтуынша", "мәлімдеуінше", "пайымдауынша", "ойынша",
    "мәліметінше", "дерегінше", "бағалауынша", "болжауынша", "болжамынша", "түсіндіруінше",
    "хабарлауынша", "атап өтуінше", "түсінігінше", "сенімінше", "көзқарасынша",
    "тұжырымынша", "есебінше", "есептеуінше", "пайымынша", "байқауынша", "мәлімдемесінше",
    "сөзіне қарағанда", "айтуына қарағанда", "айтқанына қарағанда", "пікіріне қарағанда",
    "мәліметіне қарағанда", "сөзіне сүйенсек", "пікіріне сүйенсек", "айтуына сүйенсек",
    "мәліметіне сүйенсек", "сөзіне сәйкес", "мәлімдемесіне сәйкес",
)

#: "<Name/role/ол> <frame>, ..." — the participle + -дай/-дей "as X said" frames. The writer's own
#: "хабарлағанымыздай" (as we reported) and "атап айтқанда" (namely) are deliberately absent.
PARTICIPLE_FRAMES: Final[tuple[str, ...]] = (
    "атап өткендей", "атап өткеніндей", "айтқандай", "айтқанындай", "мәлімдегендей",
    "мәлімдегеніндей", "хабарлағандай", "хабарлағанындай", "атап көрсеткендей", "жеткізгендей",
    "түсіндіргендей", "айтып өткендей", "баса айтқандай", "мәлім еткендей", "жазғандай",
    "жазғанындай", "тоқталғандай", "сөз еткендей", "пікір білдіргендей", "келтіргендей",
    "ескерткендей", "нықтағандай", "баса көрсеткендей", "қадап айтқандай", "тілге тиек еткендей",
    "пайымдағандай", "атап айтқандай", "айтып бергендей", "мойындағандай", "растағандай",
    "түйіндегендей", "атап өтетіндей", "айтатындай", "дегендей", "дегеніндей",
)

#: Finite verbs of saying that close a sentence whose content is a nominalised clause
#: ("X ... шыққанын атап өтті", "X ... деп санайды"): the K3 pattern.
REPORT_VERBS: Final[tuple[str, ...]] = (
    "атап өтті", "атап өтеді", "атап көрсетті", "атап көрсетеді", "атап айтты", "жеткізді",
    "жеткізеді", "айтты", "айтады", "айтып өтті", "айтып берді", "мәлімдеді", "мәлімдейді",
    "мәлім етті", "мәлім етеді", "мәлімдеме жасады", "хабарлады", "хабарлайды", "баса айтты",
    "баса көрсетті", "қадап айтты", "шегелеп айтты", "ерекше атап өтті", "тілге тиек етті",
    "түсіндірді", "түсіндіреді", "нақтылады", "нықтады", "сенім білдірді", "үміт білдірді",
    "пікір білдірді", "алаңдаушылық білдірді", "еске салды", "ескертті", "мойындады",
    "растады", "жариялады", "санайды", "есептейді", "сенеді", "болжайды", "пайымдады",
    "тұжырымдады", "жазды", "жазады", "сендірді", "дейді", "деді",
)

#: Word endings of a nominalised content clause: participle / verbal noun + possessive +
#: accusative, "екенін" (that it is), abstract -лығын/-тігін ("қажеттігін").
COMPLEMENT_ENDINGS: Final[tuple[str, ...]] = (
    "ғанын", "генін", "қанын", "кенін", "ғандығын", "гендігін", "қандығын", "кендігін",
    "атынын", "етінін", "йтынын", "йтінін", "уын", "уін", "екенін", "лығын", "лігін",
    "тығын", "тігін", "дығын", "дігін", "ғанына", "геніне", "қанына", "кеніне", "екеніне",
)

#: Sentence openers that point back at the preceding sentences as the speaker's content
#: ("Мұндай пікірді ... X білдірді", "Бұл туралы ... X мәлім етті").
LEAD_OPENERS: Final[tuple[str, ...]] = (
    "бұл туралы", "бұл жөнінде", "бұл жайында", "бұл жайлы", "осы туралы", "осы жөнінде",
    "мұндай пікірді", "мұндай пікір", "осындай пікірді", "осындай пікір", "мұндай ойды",
    "осындай ойды", "мұндай деректі", "бұл деректі", "осындай деректі", "мұндай мәліметті",
    "бұл мәліметті", "осындай мәліметті", "мұндай мәлімдемені", "мұндай мәлімдеме",
    "бұл ақпаратты", "мұндай ақпаратты", "осы ақпаратты", "мұндай бағаны", "осындай бағаны",
    "мұндай болжамды", "осындай болжамды", "мұны",
)

#: Verbs that close such a lead sentence.
LEAD_VERBS: Final[tuple[str, ...]] = (
    "білдірді", "мәлім етті", "айтты", "хабарлады", "мәлімдеді", "келтірді", "жеткізді",
    "атап өтті", "жазды", "түсіндірді", "атап көрсетті", "мәлімдеме жасады", "айтып берді",
    "айтып өтті", "хабарлайды", "жариялады", "ой бөлісті", "тоқталды", "дейді", "айтады",
    "мәлімдейді", "баяндады", "әңгімеледі", "бөлісті", "ортаға салды", "сөз етті", "нақтылады",
)

#: The writer's linking adverbs that may stand between a cue and the reported content
#: ("Ол сондай-ақ ... атап өтті", "Он также отметил, что ..."): not the speaker's words.
NARRATOR_ADVERBS: Final[tuple[str, ...]] = ("сондай-ақ", "сонымен қатар", "сонымен бірге", "тағы да", "бұдан бөлек", "бұған қоса", "өз кезегінде", "бұл ретте", "әрине", "сондықтан да")

# --------------------------------------------------------------------------- who

#: Role nouns (lemma, lower case). Forms with possessive and case endings are recognised by the
#: matcher (министрі, министрдің, сарапшысының, елшісі ...).
ROLE_NOUNS: Final[tuple[str, ...]] = (
    "министр", "вице-министр", "премьер-министр", "вице-премьер", "орынбасар", "сарапшы",
    "саясаттанушы", "экономист", "талдаушы", "аналитик", "эксперт", "елші", "консул",
    "дипломат", "депутат", "сенатор", "мәжілісмен", "әкім", "төраға", "басшы", "жетекші",
    "директор", "президент", "вице-президент", "спикер", "хатшы", "өкіл", "уәкіл", "маман",
    "ғалым", "профессор", "доцент", "дәрігер", "бапкер", "тренер", "спортшы", "чемпион",
    "зерттеуші", "кеңесші", "көмекші", "ректор", "прокурор", "судья", "кәсіпкер", "фермер",
    "мұғалім", "ұстаз", "тарихшы", "заңгер", "құқықтанушы", "әлеуметтанушы", "қаржыгер",
    "инженер", "менеджер", "жазушы", "ақын", "әнші", "режиссер", "продюсер", "суретші",
    "омбудсмен", "аудитор", "губернатор", "мэр", "канцлер", "король", "премьер", "генерал",
    "командир", "қолбасшы", "бастық", "меңгеруші", "үйлестіруші", "негізін қалаушы",
    "құрылтайшы", "тұрғын", "ардагер", "волонтер", "студент", "оқушы", "атташе",
)

#: Role lemma → the classes a role noun can be resolved through ("сарапшы" and "саясаттанушы"
#: both name the article's expert; "Мемлекет басшысы" and "Президент" the head of state).
ROLE_CLASSES: Final[dict[str, frozenset[str]]] = {
    "министр": frozenset({"minister"}),
    "вице-министр": frozenset({"vice_minister"}),
    "премьер-министр": frozenset({"prime_minister"}),
    "премьер": frozenset({"prime_minister"}),
    "вице-премьер": frozenset({"deputy_pm"}),
    "сарапшы": frozenset({"expert"}), "саясаттанушы": frozenset({"expert"}),
    "экономист": frozenset({"expert"}), "талдаушы": frozenset({"expert"}),
    "аналитик": frozenset({"expert"}), "эксперт": frozenset({"expert"}),
    "әлеуметтанушы": frozenset({"expert"}), "құқықтанушы": frozenset({"expert"}),
    "тарихшы": frozenset({"expert"}), "ғалым": frozenset({"expert", "scientist"}),
    "маман": frozenset({"expert"}), "зерттеуші": frozenset({"expert", "scientist"}),
    "елші": frozenset({"ambassador"}), "консул": frozenset({"ambassador"}),
    "дипломат": frozenset({"ambassador"}),
    "президент": frozenset({"president"}), "вице-президент": frozenset({"vice_president"}),
    "әкім": frozenset({"akim"}), "губернатор": frozenset({"akim"}), "мэр": frozenset({"akim"}),
    "төраға": frozenset({"chair", "head"}),
    "басшы": frozenset({"head"}), "жетекші": frozenset({"head"}), "бастық": frozenset({"head"}),
    "директор": frozenset({"director", "head"}), "меңгеруші": frozenset({"head"}),
    "депутат": frozenset({"deputy"}), "сенатор": frozenset({"deputy"}),
    "мәжілісмен": frozenset({"deputy"}), "спикер": frozenset({"speaker", "chair"}),
    "хатшы": frozenset({"secretary"}), "өкіл": frozenset({"representative"}),
    "кеңесші": frozenset({"adviser"}), "көмекші": frozenset({"assistant"}),
    "бапкер": frozenset({"coach"}), "тренер": frozenset({"coach"}),
    "спортшы": frozenset({"athlete"}), "чемпион": frozenset({"athlete"}),
    "ректор": frozenset({"rector", "head"}), "профессор": frozenset({"scientist", "expert"}),
}

#: (qualifier words right before the head, head lemma) → classes that replace the head's own:
#: "Мемлекет басшысы" is the president, "СІМ басшысы" the foreign minister.
ROLE_QUALIFIED: Final[tuple[tuple[str, str, frozenset[str]], ...]] = (
    ("мемлекет", "басшы", frozenset({"president"})),
    ("үкімет", "басшы", frozenset({"prime_minister"})),
    ("сім", "басшы", frozenset({"minister", "foreign_minister"})),
    ("сыртқы істер министрлігінің", "басшы", frozenset({"minister", "foreign_minister"})),
    ("ведомство", "басшы", frozenset({"minister", "head"})),
    ("министрлік", "басшы", frozenset({"minister", "head"})),
    ("сыртқы істер", "министр", frozenset({"minister", "foreign_minister"})),
    ("премьер-министрдің", "орынбасар", frozenset({"deputy_pm"})),
    ("премьер-министр", "орынбасар", frozenset({"deputy_pm"})),
    ("министрдің", "орынбасар", frozenset({"vice_minister"})),
    ("баспасөз", "хатшы", frozenset({"press_secretary", "secretary"})),
    ("бас", "хатшы", frozenset({"secretary_general"})),
    ("ресми", "өкіл", frozenset({"representative", "press_secretary"})),
)

#: Multi-word role expressions whose head is not a role noun by itself.
ROLE_PHRASES: Final[tuple[str, ...]] = (
    "мемлекет басшысы", "үкімет басшысы", "сім басшысы", "ведомство басшысы",
    "министрлік басшысы", "баспасөз хатшысы", "ресми өкілі", "бас хатшысы",
)

#: Subject pronoun (he/she) and its genitive, resolved to the most recent speaker.
PRONOUNS_NOM: Final[frozenset[str]] = frozenset({"ол"})
PRONOUNS_GEN: Final[frozenset[str]] = frozenset({"оның"})

#: Nouns that make a subject an institution, not a person: a quote or report attributed to one
#: is no speaker's ("министрліктің баспасөз қызметі хабарлады").
ORG_NOUNS: Final[tuple[str, ...]] = (
    "министрлік", "министрлігі", "ведомство", "үкімет", "баспасөз қызметі", "баспасөз орталығы",
    "компания", "комитет", "агенттік", "департамент", "басқарма", "ұйым", "банк", "қор",
    "орталық", "бюро", "кеңсе", "әкімдік", "парламент", "мәжіліс", "сенат", "сот", "прокуратура",
    "университет", "академия", "институт", "мекеме", "кәсіпорын", "холдинг", "тарап", "тарапы",
    "хабарлама", "мәлімдеме", "баяндама", "сайт", "сайты", "ақпарат құралдары", "басылым",
    "телеарна", "ассоциация", "одақ", "федерация", "палата", "кеңес", "штаб", "консорциум",
)

#: Nouns that are people but never the quoted speaker in Kazinform copy (the agency's own staff).
NON_SPEAKER_NOUNS: Final[frozenset[str]] = frozenset({"тілші", "тілшісі", "редакция", "автор"})

#: Paragraph starts that mark a byline or a credit, never speech.
BYLINE_PREFIXES: Final[tuple[str, ...]] = (
    "фото:", "фото –", "фото -", "фотосурет:", "видео:", "автор:", "дереккөз:", "суретте:",
    "kazinform тілшісі", "тілші:",
)

#: Capitalised words that are never a person's name: sentence-initial function words and
#: adverbs, agencies, and words that only look like names.
NON_NAME_WORDS: Final[frozenset[str]] = frozenset({
    "бұл", "мұндай", "осы", "сол", "ол", "оның", "олар", "сондай-ақ", "осылайша", "сонымен",
    "алайда", "дегенмен", "бірақ", "бүгін", "кеше", "биыл", "былтыр", "еске", "айта", "атап",
    "сөз", "өз", "сонымен қатар", "қазір", "кейін", "бұған", "осыған", "сондықтан", "мысалы",
    "тиісінше", "сәйкесінше", "нәтижесінде", "жалпы", "сондай", "соның", "ал", "және", "әрі",
    "тағы", "айтпақшы", "негізі", "шынында", "президент", "министр", "елші", "сарапшы",
    "премьер-министр", "мемлекет", "үкімет", "республика", "ресми", "ұлттық", "орталық",
    "халықаралық", "мемлекеттік", "мәдениет", "денсаулық", "сыртқы", "ішкі", "төтенше",
    "kazinform", "казинформ", "қазинформ", "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр",
    "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан", "дүйсенбі",
    "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі", "олимпиада", "азия",
    "еуропа", "еуразия", "африка", "америка",
})

#: Toponym stems (countries, capitals, regions, cities) in Kazakh spelling; a capitalised word
#: that is one of these plus a case/derivational ending is a place, not a name.
TOPONYMS: Final[tuple[str, ...]] = (
    "қазақстан", "өзбекстан", "қырғызстан", "тәжікстан", "түрікменстан", "ресей", "қытай",
    "қхр", "түркия", "әзербайжан", "грузия", "армения", "беларусь", "украина", "моңғолия",
    "ауғанстан", "пәкістан", "үндістан", "иран", "ирак", "сирия", "израиль", "египет", "сауд",
    "біріккен араб", "бәа", "катар", "кувейт", "жапония", "корея", "оңтүстік корея", "вьетнам",
    "малайзия", "индонезия", "сингапур", "таиланд", "германия", "франция", "италия", "испания",
    "ұлыбритания", "британия", "англия", "польша", "чехия", "венгрия", "австрия", "швейцария",
    "нидерланд", "бельгия", "швеция", "норвегия", "финляндия", "дания", "сербия", "болгария",
    "румыния", "греция", "латвия", "литва", "эстония", "америка", "ақш", "канада", "мексика",
    "бразилия", "аргентина", "австралия", "еуропа", "азия", "орталық азия", "еуразия",
    "астана", "алматы", "шымкент", "ташкент", "бішкек", "душанбе", "ашхабад", "мәскеу", "бейжің",
    "пекин", "анкара", "стамбул", "баку", "тбилиси", "ереван", "минск", "киев", "вашингтон",
    "лондон", "париж", "берлин", "рим", "милан", "токио", "сеул", "дели", "тегеран", "доха",
    "дубай", "абу-даби", "ақтөбе", "атырау", "ақтау", "қарағанды", "павлодар", "семей",
    "өскемен", "петропавл", "қостанай", "көкшетау", "орал", "тараз", "түркістан", "қызылорда",
    "талдықорған", "жезқазған", "конаев", "қонаев", "ұлытау", "жетісу", "маңғыстау",
    "ыстықкөл", "сібір", "каспий", "байқоңыр",
    "қазақ", "өзбек", "қырғыз", "тәжік", "түрікмен", "орыс", "қытайлық", "қазақстандық",
)

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS: Final[frozenset[str]] = frozenset({
    "т.б", "т.с.с", "т.с", "ж", "жж", "млн", "млрд", "трлн", "мың", "ш", "км", "га", "см", "мм",
    "кг", "др", "проф", "акад", "т.ғ.д", "ф.ғ.д", "э.ғ.д", "а", "б", "в", "обл",
})

# --------------------------------------------------------------------------- names and roles

#: Possessive suffixes a role noun takes before its case ending (министр-і, басшы-сы), in the
#: order the role pattern tries them.
POSSESSIVE_SUFFIXES: Final[tuple[str, ...]] = ("сы", "сі", "ы", "і")

#: Case endings a role noun or an institution may carry, in the order the pattern tries them.
CASE_SUFFIXES: Final[tuple[str, ...]] = (
    "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "ны", "ні",
    "ды", "ді", "ты", "ті", "н", "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен",
    "нан", "нен", "мен", "бен", "пен", "менен",
)

#: The genitive ones among them ("министрдің"): such a role noun is a possessor, not a subject.
GENITIVE_SUFFIXES: Final[frozenset[str]] = frozenset({"ның", "нің", "дың", "дің", "тың", "тің"})

#: Capitalised words that may open a ministry-style complement before a role noun
#: ("Сыртқы істер министрі") although they are listed in NON_NAME_WORDS.
CAPITALISED_COMPLEMENTS: Final[frozenset[str]] = frozenset({
    "мемлекет", "үкімет", "мәдениет", "денсаулық", "сыртқы", "ішкі", "төтенше", "ұлттық",
    "орталық", "халықаралық", "мемлекеттік", "ресми",
})

#: Conjunctions that join the complements of a role noun ("Мәдениет және ақпарат министрі").
ROLE_LINKS: Final[frozenset[str]] = frozenset({"және", "мен", "бен", "пен"})

#: What follows a toponym stem when the word is a surname, not a place (Оралов, Қазақбаев).
TOPONYM_SURNAME_TAILS: Final[tuple[str, ...]] = (
    "ов", "ев", "ин", "ова", "ева", "ина", "бек", "бай", "ұлы", "улы", "хан", "жан", "гүл",
)

#: Vowel letters of the Kazakh alphabet (all Russian ones included).
VOWEL_LETTERS: Final[frozenset[str]] = frozenset("аәеоөұүыіэюяиуё")

#: Surname endings of Kazakh origin (the Russian-style -ов/-ева are in speech_ru); every
#: language's endings are checked in every article.
SURNAME_ENDINGS: Final[tuple[str, ...]] = ("ұлы", "улы", "қызы", "кызы", "бек", "бай", "баев")

#: Patronymic words ("Қасымұлы", "Нұрланқызы").
PATRONYMIC_ENDINGS: Final[tuple[str, ...]] = ("ұлы", "улы", "қызы", "кызы")

#: Surname endings that tell a woman's and a man's name apart.
FEMALE_SURNAME_ENDINGS: Final[tuple[str, ...]] = ("қызы", "кызы")
MALE_SURNAME_ENDINGS: Final[tuple[str, ...]] = ("ұлы", "улы")
