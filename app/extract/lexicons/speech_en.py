"""English cue lexicons for the :mod:`app.extract.speech` package (data only).

Lower case. Grown as classes (every verb of saying, every role noun) so that unseen Kazinform
English copy — "“...,” the minister said", "X said (that) ...", "..., X told a briefing",
"According to X, ..." — is covered, not just the dev articles.
"""

from __future__ import annotations

from typing import Final

#: Verbs of saying (finite forms met in news copy). Used after a closing quote
#: ("“...,” Nurtleu told journalists"), with a that-clause and in the inverted lead.
SAYING_VERBS: Final[tuple[str, ...]] = (
    "said", "says", "told", "tells", "noted", "notes", "stressed", "stresses", "added", "adds",
    "emphasized", "emphasised", "emphasizes", "emphasises", "explained", "explains", "stated",
    "states", "announced", "announces", "pointed out", "points out", "underlined", "underlines",
    "underscored", "underscores", "reported", "reports", "believes", "believed", "confirmed",
    "confirms", "recalled", "recalls", "highlighted", "highlights", "warned", "warns", "argued",
    "argues", "insisted", "insists", "suggested", "suggests", "assured", "assures", "remarked",
    "commented", "observed", "declared", "declares", "affirmed", "acknowledged", "admitted",
    "wrote", "writes", "continued", "concluded", "replied", "answered", "predicted", "estimated",
    "expressed confidence", "expressed hope", "mentioned", "revealed", "clarified", "specified",
    "informed", "briefed", "thinks", "maintained", "asserted", "claimed", "claims", "promised",
    "reiterated", "recounted", "shared", "elaborated",
)

#: Verbs of a lead formula that points back at the preceding sentences: "This was announced
#: by X", "X said this at a briefing".
LEAD_VERBS: Final[tuple[str, ...]] = (
    "said", "announced", "stated", "reported", "noted", "told", "revealed", "disclosed",
    "mentioned", "emphasized", "emphasised", "stressed", "confirmed", "declared", "shared",
)

#: Verbs that do not need "that" before their content ("The minister said the whole world ...").
BARE_CONTENT_VERBS: Final[frozenset[str]] = frozenset({
    "said", "says", "noted", "notes", "stressed", "added", "believes", "thinks", "emphasized",
    "emphasised", "explained", "stated", "announced", "warned", "argued", "insisted", "suggested",
    "estimated", "predicted", "claimed", "claims", "recalled", "confirmed", "wrote", "writes",
})

#: Words after a verb of saying that begin an adjunct, not content ("said at the meeting").
ADJUNCT_STARTERS: Final[frozenset[str]] = frozenset({
    "at", "after", "in", "on", "during", "while", "to", "following", "before", "when", "as",
    "from", "via", "with", "earlier", "later", "today", "yesterday", "on", "last", "this",
    "by", "for", "about", "of", "upon", "journalists", "reporters", "a", "an", "kazinform",
})

#: Source frames: "According to X, ...", "In the words of X, ...".
FRAMES: Final[tuple[str, ...]] = ("according to", "in the words of", "in the opinion of", "as quoted by")

#: Adverbial continuations of the same speaker: '“...,” he said, adding that ...'.
CONTINUATION_PARTICIPLES: Final[tuple[str, ...]] = (
    "adding", "noting", "stressing", "emphasizing", "emphasising", "explaining", "saying",
    "pointing out", "underlining", "recalling", "stating",
)

#: The writer's linking adverbs that may stand between a cue and the reported content
#: ("Ол сондай-ақ ... атап өтті", "Он также отметил, что ..."): not the speaker's words.
NARRATOR_ADVERBS: Final[tuple[str, ...]] = ("also", "further", "furthermore", "moreover", "in turn", "meanwhile", "in addition", "additionally")

ROLE_NOUNS: Final[tuple[str, ...]] = (
    "minister", "prime minister", "deputy prime minister", "foreign minister", "vice minister",
    "deputy minister", "president", "vice president", "ambassador", "expert", "analyst",
    "political scientist", "political analyst", "economist", "spokesperson", "spokesman",
    "spokeswoman", "press secretary", "chairman", "chairwoman", "chair", "head", "director",
    "governor", "mayor", "akim", "deputy", "senator", "lawmaker", "representative",
    "adviser", "advisor", "aide", "assistant", "secretary", "secretary general", "ceo", "rector",
    "professor", "scientist", "researcher", "coach", "athlete", "champion", "diplomat", "envoy",
    "commissioner", "ombudsman", "consul", "chief", "premier", "chancellor", "head of state",
    "leader", "director general", "general director", "founder", "historian", "lawyer",
    "engineer", "manager", "speaker", "chairperson",
)

ROLE_CLASSES: Final[dict[str, frozenset[str]]] = {
    "minister": frozenset({"minister"}), "foreign minister": frozenset({"minister", "foreign_minister"}),
    "prime minister": frozenset({"prime_minister"}), "premier": frozenset({"prime_minister"}),
    "deputy prime minister": frozenset({"deputy_pm"}), "vice minister": frozenset({"vice_minister"}),
    "deputy minister": frozenset({"vice_minister"}), "president": frozenset({"president"}),
    "head of state": frozenset({"president"}), "vice president": frozenset({"vice_president"}),
    "ambassador": frozenset({"ambassador"}), "envoy": frozenset({"ambassador"}),
    "consul": frozenset({"ambassador"}), "diplomat": frozenset({"ambassador"}),
    "expert": frozenset({"expert"}), "analyst": frozenset({"expert"}),
    "political scientist": frozenset({"expert"}), "political analyst": frozenset({"expert"}),
    "economist": frozenset({"expert"}), "historian": frozenset({"expert"}),
    "scientist": frozenset({"expert", "scientist"}), "researcher": frozenset({"expert", "scientist"}),
    "professor": frozenset({"expert", "scientist"}),
    "spokesperson": frozenset({"press_secretary"}), "spokesman": frozenset({"press_secretary"}),
    "spokeswoman": frozenset({"press_secretary"}), "press secretary": frozenset({"press_secretary"}),
    "chairman": frozenset({"chair", "head"}), "chairwoman": frozenset({"chair", "head"}),
    "chairperson": frozenset({"chair", "head"}), "chair": frozenset({"chair", "head"}),
    "head": frozenset({"head"}), "chief": frozenset({"head"}), "director": frozenset({"director", "head"}),
    "ceo": frozenset({"director", "head"}), "governor": frozenset({"akim"}),
    "mayor": frozenset({"akim"}), "akim": frozenset({"akim"}), "deputy": frozenset({"deputy"}),
    "senator": frozenset({"deputy"}), "lawmaker": frozenset({"deputy"}),
    "adviser": frozenset({"adviser"}), "advisor": frozenset({"adviser"}),
    "coach": frozenset({"coach"}), "athlete": frozenset({"athlete"}), "champion": frozenset({"athlete"}),
    "secretary general": frozenset({"secretary_general"}), "secretary": frozenset({"secretary"}),
    "rector": frozenset({"rector", "head"}), "speaker": frozenset({"speaker", "chair"}),
}

#: (qualifier words around the head, head lemma) → classes replacing the head's own.
ROLE_QUALIFIED: Final[tuple[tuple[str, str, frozenset[str]], ...]] = (
    ("foreign affairs", "minister", frozenset({"minister", "foreign_minister"})),
    ("of state", "head", frozenset({"president"})),
    ("of government", "head", frozenset({"prime_minister"})),
    ("foreign", "minister", frozenset({"minister", "foreign_minister"})),
    ("deputy prime", "minister", frozenset({"deputy_pm"})),
    ("prime", "minister", frozenset({"prime_minister"})),
    ("deputy", "minister", frozenset({"vice_minister"})),
    ("vice", "minister", frozenset({"vice_minister"})),
)

#: Pronouns resolved to the most recent speaker; value is the gender.
PRONOUNS_NOM: Final[dict[str, str]] = {"he": "m", "she": "f"}
PRONOUNS_OBJ: Final[dict[str, str]] = {"him": "m", "her": "f"}

ORG_NOUNS: Final[tuple[str, ...]] = (
    "ministry", "press service", "service", "government", "company", "committee", "agency",
    "department", "office", "organization", "organisation", "bank", "fund", "center", "centre",
    "bureau", "parliament", "court", "university", "institute", "statement", "report", "data",
    "website", "council", "chamber", "association", "union", "federation", "headquarters",
    "consortium", "side", "media", "outlet", "source", "sources", "embassy", "akimat",
    "administration", "corporation", "group", "authorities", "kazinform",
)

NON_SPEAKER_NOUNS: Final[frozenset[str]] = frozenset({"correspondent", "reporter", "editor"})

BYLINE_PREFIXES: Final[tuple[str, ...]] = (
    "photo:", "photo credit", "photo –", "photo -", "video:", "author:", "source:",
    "kazinform correspondent", "read also", "see also",
)

#: Sentence adverbs, articles, prepositions: capitalised only because they open a sentence.
FUNCTION_WORDS: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "his", "her",
    "earlier", "meanwhile", "however", "also", "in", "on", "at", "as", "according", "while",
    "after", "before", "during", "for", "with", "by", "from", "of", "and", "but", "among",
    "besides", "moreover", "furthermore", "today", "yesterday", "then", "when", "since", "mr",
    "mrs", "ms", "dr", "some", "all", "both", "further",
})

#: Nationality adjectives: "Kazakh Foreign Minister" — a demonym is neither name nor role.
DEMONYMS: Final[frozenset[str]] = frozenset({
    "kazakh", "uzbek", "kyrgyz", "tajik", "turkmen", "russian", "chinese", "turkish",
    "azerbaijani", "american", "european", "british", "german", "french", "italian", "japanese",
    "korean", "indian", "iranian", "arab", "emirati", "qatari", "saudi", "georgian", "armenian",
    "belarusian", "ukrainian", "mongolian", "afghan", "pakistani", "kazakhstani",
})

#: Capitalised words of titles and institutions: they belong to a role or an organisation
#: ("Minister of Trade and Integration"), never to a person's name.
TITLE_WORDS: Final[frozenset[str]] = frozenset({
    "minister", "ministers", "president", "prime", "deputy", "foreign", "vice", "head",
    "chairman", "ambassador", "secretary", "general", "director", "senator", "governor", "mayor",
    "akim", "spokesperson", "spokesman", "press", "state", "republic", "national",
    "international", "central", "olympic", "olympics", "games", "winter", "summer", "union",
    "ministry", "government", "university", "committee", "council", "forum", "center", "centre",
    "fund", "bank", "company", "science", "higher", "education", "trade", "integration",
    "investment", "industry", "tourism", "sports", "sport", "affairs", "economy", "finance",
    "health", "energy", "agriculture", "culture", "information", "justice", "defense", "defence",
    "interior", "labor", "labour", "transport", "digital", "development", "special", "kazinform",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
})

#: Capitalised words that are never a person's name.
NON_NAME_WORDS: Final[frozenset[str]] = FUNCTION_WORDS | DEMONYMS | TITLE_WORDS

TOPONYMS: Final[frozenset[str]] = frozenset({
    "kazakhstan", "uzbekistan", "kyrgyzstan", "kyrgyz republic", "tajikistan", "turkmenistan",
    "russia", "china", "prc", "turkey", "türkiye", "azerbaijan", "georgia", "armenia", "belarus",
    "ukraine", "mongolia", "afghanistan", "pakistan", "india", "iran", "iraq", "syria", "israel",
    "egypt", "uae", "emirates", "qatar", "kuwait", "saudi arabia", "japan", "korea", "vietnam",
    "malaysia", "indonesia", "singapore", "thailand", "germany", "france", "italy", "spain",
    "britain", "uk", "england", "poland", "czechia", "hungary", "austria", "switzerland",
    "netherlands", "belgium", "sweden", "norway", "finland", "denmark", "serbia", "bulgaria",
    "romania", "greece", "latvia", "lithuania", "estonia", "america", "us", "usa", "canada",
    "mexico", "brazil", "argentina", "australia", "europe", "asia", "eurasia", "africa",
    "astana", "almaty", "shymkent", "tashkent", "bishkek", "dushanbe", "ashgabat", "moscow",
    "beijing", "ankara", "istanbul", "baku", "tbilisi", "yerevan", "minsk", "kyiv", "kiev",
    "washington", "london", "paris", "berlin", "rome", "milan", "milano", "cortina", "tokyo",
    "seoul", "delhi", "tehran", "doha", "dubai", "abu", "dhabi", "aktobe", "atyrau", "aktau",
    "karaganda", "pavlodar", "semey", "oskemen", "petropavl", "kostanay", "kokshetau", "oral",
    "uralsk", "taraz", "turkistan", "turkestan", "kyzylorda", "taldykorgan", "zhezkazgan",
    "konayev", "ulytau", "zhetysu", "mangystau", "siberia", "caspian", "baikonur", "kazakhstan's",
})

ABBREVIATIONS: Final[frozenset[str]] = frozenset({
    "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "no", "u.s", "u.k", "vs", "etc", "approx", "gen", "col", "prof", "inc",
    "ltd", "co", "corp", "jr", "sr", "mln", "bln", "bn", "mn", "e.g", "i.e",
})

# --------------------------------------------------------------------------- names and roles

#: Lower-case words that may stand inside a title before a name ("Minister of Trade and
#: Integration"): they do not end the walk back over the role phrase.
ROLE_CONNECTORS: Final[frozenset[str]] = frozenset({"of", "and", "the", "for", "to", ","})

#: Title words that may be written in lower case inside a role phrase ("the foreign minister").
LOWER_CASE_ROLE_WORDS: Final[frozenset[str]] = frozenset({
    "minister", "foreign", "prime", "deputy", "vice", "first", "acting", "general", "press",
    "chief", "executive", "secretary", "president", "ambassador", "head", "chairman", "director",
    "spokesperson", "spokesman", "spokeswoman", "expert", "analyst", "political", "scientist",
    "economist", "governor", "mayor", "senator", "adviser", "advisor", "former",
})

#: Latin vowel letters.
VOWEL_LETTERS: Final[frozenset[str]] = frozenset("aeiouy")

#: Surname endings in Latin transliteration.
SURNAME_ENDINGS: Final[tuple[str, ...]] = (
    "uly", "kyzy", "ov", "ev", "yev", "ova", "eva", "yeva", "ina", "sky", "skiy", "enko", "yan",
    "bek", "bay", "bai", "ko", "uk", "yuk",
)

#: Patronymic endings ("Tokayevich", "Kassymuly").
PATRONYMIC_ENDINGS: Final[tuple[str, ...]] = ("uly", "kyzy", "ovich", "evich", "ovna", "evna")

#: Surname endings that tell a woman's and a man's name apart.
FEMALE_SURNAME_ENDINGS: Final[tuple[str, ...]] = ("ova", "eva", "ina", "qyzy", "kyzy")
MALE_SURNAME_ENDINGS: Final[tuple[str, ...]] = ("ov", "ev", "in", "uly")
