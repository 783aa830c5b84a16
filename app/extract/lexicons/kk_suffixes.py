"""Kazakh suffix tables for the light stemmer in `app.search.kk_stem` (data only, no matching code).

Every allomorph is a tuple `(suffix, harmony, after)`:

* `harmony` — "b" for a back-vowel suffix, "f" for a front-vowel one, "" when the suffix has no
  harmonising vowel (мен/бен/пен, у, п). A suffix only attaches after a stem whose last
  back/front vowel agrees (и and у are ambiguous and skipped when looking for that vowel).
* `after` — the letters the stem may end with for this allomorph to be the right one
  (consonant assimilation: -лар after vowels and р у й, -дар after л м н ң з ж, -тар after
  voiceless consonants). A suffix that follows the wrong letter is not that suffix, which is what
  keeps nominatives such as "доллар" (дол + лар would need -дар) intact.

All text is in normalised form (lowercase, ё written as е).
"""

# --- letter classes -------------------------------------------------------------------------

BACK_VOWELS = frozenset("аоұыяю")
FRONT_VOWELS = frozenset("әөүіеэ")
# и = [ıj]/[ij] and у = [uw]/[üw] carry no harmony of their own and behave like the glide й.
NEUTRAL_VOWELS = frozenset("иу")
VOWELS = BACK_VOWELS | FRONT_VOWELS | NEUTRAL_VOWELS
# Vowels that end a syllable (и, у excluded: suffixes treat them as consonants).
OPEN_VOWELS = frozenset("аәеоөұүыіэюя")
# Vowels after which the 3rd-person possessive is -сы/-сі rather than -ы/-і. Stems ending in
# ы/і are left out on purpose: nouns ending in ы/і are rare, so "жұмысы" must parse as жұмыс + ы.
SY_VOWELS = frozenset("аәеоөұүэюя")
# ...except when the stem left is a protected one (тілші + сі + не, сарапшы + сы): the stemmer
# accepts -сы/-сі (and -сында, -сына… built on it) after ы/і only in that case.
SY_AFTER_PROTECTED = frozenset("ыі")
# р у й и take the same allomorphs as vowels for -лар/-ның-type choices.
SONORANTS = frozenset("руйи")
LATERAL = frozenset("л")
NASALS = frozenset("мнң")
SIBILANTS_VOICED = frozenset("зж")
# Loanwords ending in б в г д are devoiced in Kazakh (Назаровқа, клубтар, диалогты).
VOICELESS = frozenset("кқпстшфхцчщбвгд")
CONSONANTS = frozenset("бвгғджзйкқлмнңпрстфхһцчшщ") | NEUTRAL_VOWELS
# A native stem never ends in д (it is devoiced to т: міндет → міндеті), so -ы/-і after д is the
# past tense or accusative -ды/-ді (деді), never a possessive.
_POSSESSIVE_AFTER = CONSONANTS - {"д"}

# Frequently used combinations of the classes above.
_V_R = OPEN_VOWELS | SONORANTS                      # -лар, -ла
_L_N_Z = LATERAL | NASALS | SIBILANTS_VOICED        # -дар, -да(verbalizer)
_VOICED = OPEN_VOWELS | SONORANTS | LATERAL | NASALS | SIBILANTS_VOICED   # -ға, -да, -ған
_R_L_Z = SONORANTS | LATERAL | SIBILANTS_VOICED     # -дың
_CONS_VOICED = SONORANTS | LATERAL | NASALS | SIBILANTS_VOICED            # -ды (accusative)

# Russian surname suffixes are harmony-free: writers follow either the Kazakh root or the suffix
# (Тоқаевтың, Көшербаевты but Нұрышевтің, Бектеновтің), so after them both variants are accepted.
HARMONY_FREE_ENDINGS: tuple[str, ...] = ("ов", "ев", "ова", "ева")

# The last letter of a stem may be one of б г ғ before a vowel-initial suffix and к қ п at the
# end of the bare word (кітап/кітабы, аумақ/аумағы); the stemmer writes stems with the latter.
DEVOICE = {"б": "п", "г": "к", "ғ": "қ"}

Allomorph = tuple[str, str, frozenset[str]]

# --- nominal suffixes (order: stem + plural + possessive + case) ------------------------------

PLURAL: tuple[Allomorph, ...] = (
    ("лар", "b", _V_R), ("лер", "f", _V_R),
    ("дар", "b", _L_N_Z), ("дер", "f", _L_N_Z),
    ("тар", "b", VOICELESS), ("тер", "f", VOICELESS),
)

# 3rd person possessive (also 3pl). 1sg (-ым/-ім, -м) and 2sg (-ың/-ің, -ң) are NOT listed: they are
# rare in news prose and collide with very common nominatives (адам, әлем, білім, шешім, мың).
POSSESSIVE_3: tuple[Allomorph, ...] = (
    ("сы", "b", SY_VOWELS), ("сі", "f", SY_VOWELS),
    ("ы", "b", _POSSESSIVE_AFTER), ("і", "f", _POSSESSIVE_AFTER),
)

# 1st person plural possessive: "еліміз" (our country) is everywhere in Kazakh news.
POSSESSIVE_1PL: tuple[Allomorph, ...] = (
    ("мыз", "b", OPEN_VOWELS), ("міз", "f", OPEN_VOWELS),
    ("ымыз", "b", CONSONANTS), ("іміз", "f", CONSONANTS),
)

GENITIVE: tuple[Allomorph, ...] = (
    ("ның", "b", OPEN_VOWELS | NASALS), ("нің", "f", OPEN_VOWELS | NASALS),
    ("дың", "b", _R_L_Z), ("дің", "f", _R_L_Z),
    ("тың", "b", VOICELESS), ("тің", "f", VOICELESS),
)

# The dative after a 1sg/2sg possessive (-а/-е) is left out: a bare vowel suffix would eat the end
# of реформа, схема, форма…
DATIVE: tuple[Allomorph, ...] = (
    ("ға", "b", _VOICED), ("ге", "f", _VOICED),
    ("қа", "b", VOICELESS), ("ке", "f", VOICELESS),
)

# -ны/-ні after ы/і is listed separately (ACCUSATIVE_AFTER_I): after a stem ending in ы/і it is far
# more often -ын + possessive -ы (тұрғыны = тұрғын + ы) than accusative -ны.
ACCUSATIVE: tuple[Allomorph, ...] = (
    ("ны", "b", OPEN_VOWELS - {"ы", "і"}), ("ні", "f", OPEN_VOWELS - {"ы", "і"}),
    ("ды", "b", _CONS_VOICED), ("ді", "f", _CONS_VOICED),
    ("ты", "b", VOICELESS), ("ті", "f", VOICELESS),
)
# Accepted only when the stem it leaves is a protected one (сарапшыны, Алматыны).
ACCUSATIVE_AFTER_I: tuple[Allomorph, ...] = (
    ("ны", "b", frozenset("ы")), ("ні", "f", frozenset("і")),
)

LOCATIVE: tuple[Allomorph, ...] = (
    ("да", "b", _VOICED), ("де", "f", _VOICED),
    ("та", "b", VOICELESS), ("те", "f", VOICELESS),
)

ABLATIVE: tuple[Allomorph, ...] = (
    ("дан", "b", OPEN_VOWELS | _R_L_Z), ("ден", "f", OPEN_VOWELS | _R_L_Z),
    ("тан", "b", VOICELESS), ("тен", "f", VOICELESS),
    ("нан", "b", NASALS), ("нен", "f", NASALS),
)

# мен/бен/пен has no back variant, so it carries no harmony.
INSTRUMENTAL: tuple[Allomorph, ...] = (
    ("мен", "", OPEN_VOWELS | SONORANTS | LATERAL | NASALS),
    ("бен", "", SIBILANTS_VOICED),
    ("пен", "", VOICELESS),
)

# Locative + -ғы "the one in …": Астанадағы, елдердегі.
LOCATIVE_ATTRIBUTIVE: tuple[Allomorph, ...] = (
    ("дағы", "b", _VOICED), ("дегі", "f", _VOICED),
    ("тағы", "b", VOICELESS), ("тегі", "f", VOICELESS),
)

CASES: tuple[Allomorph, ...] = (
    GENITIVE + DATIVE + ACCUSATIVE + LOCATIVE + ABLATIVE + INSTRUMENTAL + LOCATIVE_ATTRIBUTIVE
)

# Case after the 3rd person possessive takes a linking н (қаласында, шеңберінде, тілшісіне).
# They are listed as whole possessive+case units so that a lone -н/-на/-нда is never stripped on
# its own (астана ≠ аста + на).
POSSESSIVE_3_CASE: tuple[Allomorph, ...] = (
    ("сында", "b", SY_VOWELS), ("сінде", "f", SY_VOWELS),
    ("ында", "b", CONSONANTS), ("інде", "f", CONSONANTS),
    ("сындағы", "b", SY_VOWELS), ("сіндегі", "f", SY_VOWELS),
    ("ындағы", "b", CONSONANTS), ("індегі", "f", CONSONANTS),
    ("сына", "b", SY_VOWELS), ("сіне", "f", SY_VOWELS),
    ("ына", "b", CONSONANTS), ("іне", "f", CONSONANTS),
    ("сынан", "b", SY_VOWELS), ("сінен", "f", SY_VOWELS),
    ("ынан", "b", CONSONANTS), ("інен", "f", CONSONANTS),
    # Accusative -н: only after a vowel stem. After a consonant "-ын/-ін" is much more often part
    # of the word itself (кәсіпорын, алтын, дайын, ойын, кейін) and is only taken after a plural
    # or a participle, below.
    ("сын", "b", SY_VOWELS), ("сін", "f", SY_VOWELS),
)

# plural + possessive + accusative: мәселелерін, шығындарын.
PLURAL_POSSESSIVE_ACC: tuple[Allomorph, ...] = (
    ("ларын", "b", _V_R), ("лерін", "f", _V_R),
    ("дарын", "b", _L_N_Z), ("дерін", "f", _L_N_Z),
    ("тарын", "b", VOICELESS), ("терін", "f", VOICELESS),
)

# --- verbal suffixes (order: verb stem + aspect/participle/converb + tense/person) ------------

# Participles, verbal noun and converbs: after these the word may still take noun endings
# (дамытуға, бергенін, болғандар).
PAST_PARTICIPLE: tuple[Allomorph, ...] = (
    ("ған", "b", _VOICED), ("ген", "f", _VOICED),
    ("қан", "b", VOICELESS), ("кен", "f", VOICELESS),
)
HABITUAL_PARTICIPLE: tuple[Allomorph, ...] = (
    ("атын", "b", CONSONANTS), ("етін", "f", CONSONANTS),
    ("йтын", "b", OPEN_VOWELS), ("йтін", "f", OPEN_VOWELS),
)
# Verbal noun -у attaches to any verb stem (келу, бастау); it has no harmonising vowel.
VERBAL_NOUN: tuple[Allomorph, ...] = (
    ("у", "", CONSONANTS | OPEN_VOWELS),
)
CONVERB_P: tuple[Allomorph, ...] = (
    ("ып", "b", CONSONANTS), ("іп", "f", CONSONANTS),
    ("п", "", OPEN_VOWELS),
)
# The -а/-е/-й converb and the -ар/-ер future participle are left out: a single vowel or "-ар"
# would eat Астана, доллар, компания-like endings.

# participle/verbal noun + possessive + accusative: түскенін, бастайтынын, дамуын.
PARTICIPLE_POSSESSIVE_ACC: tuple[Allomorph, ...] = (
    ("ғанын", "b", _VOICED), ("генін", "f", _VOICED),
    ("қанын", "b", VOICELESS), ("кенін", "f", VOICELESS),
    ("атынын", "b", CONSONANTS), ("етінін", "f", CONSONANTS),
    ("йтынын", "b", OPEN_VOWELS), ("йтінін", "f", OPEN_VOWELS),
    ("уын", "b", CONSONANTS | OPEN_VOWELS), ("уін", "f", CONSONANTS | OPEN_VOWELS),
)

# Finite verb endings: tense + person, nothing nominal can follow them.
PRESENT_3: tuple[Allomorph, ...] = (
    ("ады", "b", CONSONANTS), ("еді", "f", CONSONANTS),
    ("йды", "b", OPEN_VOWELS), ("йді", "f", OPEN_VOWELS),
)
PRESENT_1SG: tuple[Allomorph, ...] = (
    ("амын", "b", CONSONANTS), ("емін", "f", CONSONANTS),
    ("ймын", "b", OPEN_VOWELS), ("ймін", "f", OPEN_VOWELS),
)
PRESENT_1PL: tuple[Allomorph, ...] = (
    ("амыз", "b", CONSONANTS), ("еміз", "f", CONSONANTS),
    ("ймыз", "b", OPEN_VOWELS), ("йміз", "f", OPEN_VOWELS),
)
PAST_3: tuple[Allomorph, ...] = (
    ("ды", "b", _VOICED), ("ді", "f", _VOICED),
    ("ты", "b", VOICELESS), ("ті", "f", VOICELESS),
)
PAST_1SG: tuple[Allomorph, ...] = (
    ("дым", "b", _VOICED), ("дім", "f", _VOICED),
    ("тым", "b", VOICELESS), ("тім", "f", VOICELESS),
)
# Past 1pl -дық/-дік/-тық/-тік is left out: it is identical to the derivational -лық family
# (ынтымақтастық), which must not be stripped.
FINITE: tuple[Allomorph, ...] = PRESENT_3 + PRESENT_1SG + PRESENT_1PL + PAST_3 + PAST_1SG

# Noun → verb derivation -ла (жоспарла-, экспортта-, дайында-): stripped only under a verbal
# suffix, so that экспорттау / экспорттап / экспорттаған meet экспорт. Same assimilation as -лар.
VERBALIZER: tuple[Allomorph, ...] = (
    ("ла", "b", _V_R), ("ле", "f", _V_R),
    ("да", "b", _L_N_Z), ("де", "f", _L_N_Z),
    ("та", "b", VOICELESS), ("те", "f", VOICELESS),
)

# Deliberately absent (derivational, they change meaning): -лық/-лік (серіктес ≠ серіктестік),
# -шы/-ші (сарапшы), -сыз/-сіз, -лы/-лі, -ғы/-гі, -ша/-ше, -дай/-дей; negation -ма/-ме
# (бағдарлама); voice (-ыл, -ын, -ыс, -дыр, -т).

# --- protection ------------------------------------------------------------------------------

# A word ending like this is a whole word, never "stem + suffix": -стан place names
# (Қазақстан ≠ қазақс + тан), agent nouns in -шы/-ші (сарапшы, тілші, саясаттанушы).
PROTECTED_ENDINGS: tuple[str, ...] = ("стан", "стен", "шы", "ші")
# The adjectival -ғы/-гі/-қы/-кі after a consonant (соңғы, кейінгі, сыртқы, ішкі) is a whole word
# too; after a vowel the same letters are a possessive on a devoiced stem (аумағы = аумақ + ы).
ADJECTIVAL_ENDINGS: tuple[str, ...] = ("ғы", "гі", "қы", "кі")

# Frequent words whose end looks like a suffix, or whose stem is ambiguous without a dictionary.
# The stemmer stops at these, and prefers a reading of a word that arrives at one of them.
KNOWN_STEMS: frozenset[str] = frozenset({
    # place names with a case-, possessive- or verb-like tail
    "алматы", "ақорда", "қызылорда", "қарағанды", "талдықорған", "жезқазған", "өскемен",
    "атырау", "ақтау", "теміртау", "ұлытау", "көкшетау", "қаратау", "алатау", "ерейментау",
    "мәскеу", "жетісу", "канада", "уганда", "орда",
    # common nouns with a suffix-like tail
    "сауда", "шілде", "қорған", "мекен", "тағы", "теңге", "кесте", "мақта", "көрермен",
    "пайда", "жүлде",
    # loanwords ending in a case-like -да/-та (командасы would otherwise not meet команда)
    "команда", "олимпиада", "универсиада", "спартакиада", "пропаганда", "легенда", "бригада",
    "почта",
    # loanwords in -с (процесі is процес + і, not проце + сі)
    "процес", "бизнес",
    # nouns in -ын/-ін (would otherwise lose it before -да: кәсіпорында)
    "кәсіпорын", "алтын", "тұрғын", "жақын", "кейін", "дейін", "бүгін", "бұрын", "толқын",
    "ақын", "жиын", "шағын", "қиын", "ұзын", "келін", "орын", "ағын", "ойын", "дайын", "бейін",
    # nouns in -ас/-ес (кеңесі is кеңес + і, not кеңе + сі)
    "кеңес", "серіктес", "күрес", "қатынас", "таныс", "тартыс", "бәсекелес",
    # numerals that end like a possessive
    "екі", "алты", "жеті",
})
