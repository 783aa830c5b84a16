"""Cue words that give a figure its meaning: kind, qualifier, target, direction (data only).

Read by :mod:`app.extract.figures` and :mod:`app.extract.figure_sides`. Regex fragments over
LOWER-CASED text; ``\\w*`` is any ending, so each word is listed once by its stem. Lists are
written as classes (every word for "contract", every verb of funding) rather than phrases of one
article, because the extractor is scored on unseen text.

Kazakh is verb-final, so its kind cue usually FOLLOWS the amount ("1 млрд доллардың тауарын
экспорттап"); Russian and English put it before ("товарооборот составил", "bilateral trade
reached"). The matcher weighs distance accordingly; the lists themselves are position-free.
"""

from __future__ import annotations

from typing import Final

#: Kind → cue stems, per language. "other" cues (budgets, allocations, spending, claims) are not
#: a kind of their own: they mark money that is no trade figure, and win when they are the
#: nearest cue ("инвестпроектов ... из бюджета выделено 100 млрд тенге" is other_money).
#: Words that only say "worth" (құны, стоимостью, на сумму, worth) are deliberately no cue:
#: "goods worth $5 billion were exported" is an export, not a deal.
KIND_CUES: Final[dict[str, dict[str, str]]] = {
    "kk": {
        "export": r"экспорт\w*",
        "import": r"импорт\w*",
        "turnover": r"тауар айналым\w*|сауда айналым\w*|айналым\w*|сауда көлем\w*|өзара сауда\w*"
                    r"|сыртқы сауда\w*|саудасы\w*",
        "investment": r"инвестиц\w*|инвестор\w*|капитал сал\w*",
        "deal": r"келісімшарт\w*|келісім\w*|контракт\w*|мәміле\w*|жоба\w*|меморандум\w*"
                r"|портфел\w*",
        "other": r"бюджет\w*|бөлін\w*|бөлді\w*|бөлу\w*|қаржыланд\w*|қаражат\w*|шығын\w*|талап\w*"
                 r"|айыппұл\w*|жалақы\w*|зиян\w*|несие\w*|салық\w*|өтемақы\w*|грант\w*"
                 r"|қор(?!ыт)\w*",
    },
    "ru": {
        "export": r"экспорт\w*|вывоз\w*",
        "import": r"импорт\w*|ввоз\w*",
        "turnover": r"товарооборот\w*|торговл\w*|торговый оборот\w*|внешнеторгов\w*",
        "investment": r"инвестиц\w*|инвестир\w*|инвестор\w*|капиталовложени\w*|вложени\w*",
        "deal": r"соглашени\w*|контракт\w*|договор\w*|сделк\w*|проект\w*|меморандум\w*"
                r"|портфел\w*",
        "other": r"бюджет\w*|выдел\w*|потрач\w*|финансирова\w*|средств\w*|расход\w*|кредит\w*"
                 r"|займ\w*|заем|налог\w*|зарплат\w*|ущерб\w*|штраф\w*|субсиди\w*|грант\w*|фонд\w*",
    },
    "en": {
        "export": r"exports?|exported|exporting|shipments?",
        "import": r"imports?|imported|importing",
        "turnover": r"trade|turnover|trading",
        "investment": r"invest\w*",
        "deal": r"contracts?|agreements?|deals?|projects?|memorand\w*|portfolio",
        "other": r"budget\w*|allocat\w*|funded|funding|funds?|provided|spent|spending|financ\w*"
                 r"|loans?|tax\w*|salar\w*|grants?|subsid\w*|fines?|damages?",
    },
}

#: Phrases that refer back to the figure of the previous sentence ("бұл көрсеткіш"), so a figure
#: with no cue of its own takes that figure's kind.
KIND_ANAPHORS: Final[dict[str, str]] = {
    "kk": r"бұл көрсеткіш\w*|аталған көрсеткіш\w*|осы көрсеткіш\w*",
    "ru": r"этот показатель|данный показатель|этого показателя|данного показателя",
    "en": r"this figure|this indicator|the figure",
}

#: Markers of a country's total (not bilateral) trade: no partner is filled in from context.
TOTAL_TRADE: Final[dict[str, str]] = {
    "kk": r"сыртқы сауда\w*|сыртқы тауар\w*",
    "ru": r"внешн\w* торгов\w*|внешнеторгов\w*",
    "en": r"foreign trade|external trade|total trade",
}

#: Markers of a bilateral figure whose other side is left to the context ("екі ел арасындағы",
#: "взаимной торговли", "bilateral trade"): the article's main foreign country fills it in.
BILATERAL: Final[dict[str, str]] = {
    "kk": r"екі ел\w*|қос ел\w*|екі мемлекет\w*|өзара|екіжақты|тараптар\w*",
    "ru": r"двусторонн\w*|взаимн\w*|между странами|двух стран|обеих стран|сторон(?:ы|ами)",
    "en": r"bilateral|mutual|two countries|both countries|the sides|two-way",
}

#: Goal/plan cues. Kazakh "bring to" verbs count only after an amount in the dative
#: ("10 млрд долларға жеткізу"), since "жеткізу" is also plain "delivery"; plan nouns count
#: anywhere in the clause. Past tenses ("жетті", "достигло", "reached") are facts, not targets,
#: and so is "bringing the total to 1,157"; "to bring trade to", "aimed at bringing" are goals.
TARGET_AFTER_DATIVE: Final[dict[str, str]] = {
    "kk": r"жеткізу\w*|жеткізіл\w*|арттыру\w*|ұлғайту\w*|көбейту\w*|жету(?:ге|ді|і|і тиіс)?"
          r"|дейін (?:жеткізу|арттыру|ұлғайту|көбейту)\w*",
}
TARGET_CUES: Final[dict[str, str]] = {
    "kk": r"меже\w*|мақсат (?:ет|қой)\w*|мақсаты|мақсатымыз|жоспар\w*|міндет\w*",
    "ru": r"довести|доведени\w*|увеличить до|нарастить до|выйти на|достичь|достижени\w*"
          r"|планир\w*|цель|целью|целев\w*|задач\w*|намерен\w*",
    "en": r"to bring|aim\w*|target\w*|goal\w*|plan\w*|to reach|to increase|to boost"
          r"|to raise|to double|seek\w*|intend\w*",
}

#: Qualifiers: written right before the amount (part of its span) ...
QUALIFIERS_BEFORE: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "kk": (("шамамен|шамасы|кемінде|жуық шамамен", "about"),),
    "ru": (("более чем|более|свыше|больше|не менее|выше", "more_than"),
           ("около|порядка|почти|примерно|приблизительно|ориентировочно", "about"),
           ("менее|меньше|не более|ниже", "less_than")),
    "en": (("more than|over|above|in excess of|upwards of|at least|exceeding", "more_than"),
           ("about|around|approximately|nearly|almost|some|roughly|close to|an estimated"
            "|estimated", "about"),
           ("less than|under|below|fewer than", "less_than")),
}
#: Words that may stand between a qualifier and the amount ("более чем на 5 млрд").
QUALIFIER_GAPS: Final[dict[str, str]] = {"ru": r"на|до|чем", "en": r"of"}
#: ... or right after it (Kazakh postpositions: "2,4 млрд доллардан астам", also in the span) ...
QUALIFIERS_AFTER: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "kk": (("астам|артық|аса", "more_than"), ("жуық|шамасында|шамалы", "about"),
           ("кем|аз", "less_than")),
    "ru": (("с лишним|с небольшим", "more_than"),),
    "en": (("plus", "more_than"),),
}
#: ... or a verb of exceeding next to it (not part of the span): "превышает 5 млрд долларов",
#: "exceeded $5 billion", "5 млрд доллардан асты".
QUALIFYING_VERBS_BEFORE: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "kk": (),
    "ru": ((r"превыша\w*|превысил\w*|превысит|превысят|превзош\w*", "more_than"),),
    "en": (("exceeded|exceeds|exceed|topped|tops|surpassed", "more_than"),),
}
QUALIFYING_VERBS_AFTER: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "kk": (("асты|асып|асқан|асатын|асады|асуда", "more_than"),),
    "ru": (),
    "en": (),
}
