"""Reporter and partner of a figure: which country exports, imports, invests, or trades with whom.

WHY roles and not word order: direction is grammatical. In Kazakh the exporter is the
nominative subject or the ablative source and the destination the dative ("ресми Ташкент
Астанаға ... экспорттап" is UZ → KZ); Russian uses prepositions with case ("из Казахстана в
Узбекистан"), English prepositions ("from China to Kazakhstan"). Each mention is given a role
(subject, owner, source, destination, location, with), and each kind says which roles name its
reporter and which its partner.

Where the text leaves a side open, the gold conventions apply (shared/corpus/dev): Kazinform
writes from Kazakhstan, so a bilateral figure (turnover, deal, company count) whose own sentence
names only the other country has reporter KZ; a bilateral figure with no country at all takes the
sides of the paragraph, then of the article ("Bilateral trade reached $4.1 billion" in an article
about Kazakhstan and Uzbekistan); money that is no trade figure belongs to the country of its
currency or of its subject, by default Kazakhstan, with no partner.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from app.extract.countries import CountryMention

__all__ = ["CURRENCY_COUNTRY", "HOME", "Tier", "mention_role", "sides"]

HOME: Final[str] = "KZ"

#: The country whose money a national currency is: "99,6 млрд теңге" is Kazakhstan's.
CURRENCY_COUNTRY: Final[dict[str, str]] = {
    "KZT": "KZ", "RUB": "RU", "UZS": "UZ", "KGS": "KG", "TJS": "TJ", "CNY": "CN", "TRY": "TR",
    "AED": "AE", "INR": "IN", "GEL": "GE", "BYN": "BY", "AZN": "AZ", "TMT": "TM", "KRW": "KR",
    "JPY": "JP", "GBP": "GB",
}

# Kazakh izafet: "Қазақстан экономикасына" — the name is nominative but the phrase is dative.
_KK_IZAFET: Final[re.Pattern[str]] = re.compile(
    r"\s(?:\w+?)(?:сы|сі|ы|і)(?P<case>на|не|нда|нде|нан|нен|ның|нің|н)(?!\w)"
)
_KK_IZAFET_ROLE: Final[dict[str, str]] = {
    "на": "dst", "не": "dst", "нда": "loc", "нде": "loc", "нан": "src", "нен": "src",
    "ның": "owner", "нің": "owner", "н": "obj",
}
_KK_CASE_ROLE: Final[dict[str, str]] = {
    "nom": "subj", "gen": "owner", "dat": "dst", "abl": "src", "loc": "loc", "ins": "with",
    "acc": "obj",
}
_RU_PREP_ROLE: Final[dict[str, str]] = {
    "из": "src", "от": "src", "с": "with", "со": "with", "между": "with", "к": "dst",
    "ко": "dst", "для": "dst", "до": "dst", "у": "owner",
}
_EN_PREP_ROLE: Final[dict[str, str]] = {
    "to": "dst", "into": "dst", "from": "src", "in": "loc", "at": "loc", "with": "with",
    "between": "with", "of": "owner", "by": "subj", "for": "dst",
}

#: kind → (roles naming the reporter, roles naming the partner), by priority. The subject comes
#: first: in "ресми Бішкек Астанадан ... импорттап, ... өнім экспорттаған" the ablative belongs to
#: the import, and the exporter is still the subject.
_ROLE_PLAN: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "export": (("subj", "src", "owner"), ("dst", "loc", "with", "obj", "subj", "owner", "src")),
    "import": (("subj", "owner", "dst"), ("src", "with", "loc", "obj", "dst", "subj", "owner")),
    "investment": (("src", "subj", "owner"), ("dst", "loc", "obj", "with", "subj", "owner", "src")),
    "company_count": (("owner", "subj", "src"),
                      ("loc", "dst", "with", "obj", "subj", "owner", "src")),
}


def mention_role(mention: CountryMention, text: str, lang: str) -> str:
    """The part a country plays in its sentence: subj, owner, src, dst, loc, with or obj."""
    if mention.how in ("adjective",):
        return "owner"
    if lang == "kk":
        if mention.case == "nom" and mention.how != "home":
            izafet = _KK_IZAFET.match(text, mention.end)
            if izafet is not None:
                return _KK_IZAFET_ROLE[izafet.group("case")]
        return _KK_CASE_ROLE.get(mention.case or "nom", "subj")
    if lang == "en":
        if mention.case == "gen":
            return "owner"
        return _EN_PREP_ROLE.get(mention.prep or "", "subj")
    if mention.prep in ("в", "во", "на"):
        return "loc" if mention.case == "loc" else "dst"
    if mention.prep in _RU_PREP_ROLE:
        return _RU_PREP_ROLE[mention.prep]
    return {"nom": "subj", "gen": "owner", "dat": "dst", "ins": "with", "loc": "loc"}.get(
        mention.case or "nom", "subj")


Tier = Sequence[tuple[str, str]]


def _pick(tiers: Sequence[Tier], roles: tuple[str, ...], exclude: str | None) -> str | None:
    """The country with the best role in the nearest tier that has one.

    Tiers are the figure's clause, the rest of its sentence, then earlier sentences: in
    "Қазақстанның Қытайға экспорты ..., ал Қытайдан импорт ..." the export's own clause decides
    its exporter, even though the next clause has a stronger-looking source ("Қытайдан").
    """
    for tier in tiers:
        for role in roles:
            for code, candidate_role in tier:
                if candidate_role == role and code != exclude:
                    return code
    return None


def _directional(kind: str, tiers: Sequence[Tier]) -> tuple[str | None, str | None]:
    reporter_roles, partner_roles = _ROLE_PLAN[kind]
    reporter = _pick(tiers, reporter_roles, None)
    partner = _pick(tiers, partner_roles, reporter)
    if reporter is None and partner is not None:
        # Only the other side is named ("Өзбекстанға 1 млрд ... экспорттады"): Kazinform's
        # own country is the reporter, unless the named side is Kazakhstan itself.
        reporter, partner = (HOME, partner) if partner != HOME else (HOME, None)
    return reporter, partner


def _two_sides(tiers: Sequence[Tier]) -> tuple[str | None, str | None]:
    """Both sides of a bilateral figure; Kazakhstan first when it is one of them.

    The sentence's countries are used when it names two; otherwise earlier sentences of the
    paragraph fill in the missing side.
    """
    codes: list[str] = []
    for tier in tiers:
        if len(codes) >= 2:
            break
        codes.extend(code for code, _ in tier if code not in codes)
    if not codes:
        return None, None
    if HOME in codes:
        others = [c for c in codes if c != HOME]
        return HOME, (others[0] if others else None)
    if len(codes) == 1:
        return HOME, codes[0]
    return codes[0], codes[1]


def sides(kind: str, unit: str, tiers: Sequence[Tier], total_trade: bool, bilateral: bool,
          article_partner: Callable[[], str | None]) -> tuple[str | None, str | None]:
    """(reporter, partner) of one figure.

    ``tiers`` are lists of (code, role): the figure's clause, the rest of its sentence (nearest
    first), then each previous sentence of its paragraph (nearest first). ``total_trade`` and
    ``bilateral`` say whether the sentence marks a country's total trade ("сыртқы сауда") or a
    two-sided one ("өзара сауда", "bilateral trade"). ``article_partner`` lazily gives the
    article's main foreign country, used for a missing partner only when the sentence says the
    figure is bilateral or names no country at all: "Қазақстан экспортының көлемі" alone is
    Kazakhstan's total export, with no partner.
    """
    if kind == "other_money":
        owner = CURRENCY_COUNTRY.get(unit)
        if owner is None:
            owner = _pick(tiers[:2], ("subj", "owner", "src"), None) or HOME
        return owner, None
    if kind in _ROLE_PLAN:
        # Direction is read from the figure's own sentence when it names any country; only a
        # sentence with none borrows the nearest earlier sentence that has one.
        own = [tier for tier in tiers[:2] if tier]
        if not own:
            own = next(([tier] for tier in tiers[2:] if tier), [])
        reporter, partner = _directional(kind, own)
    else:
        reporter, partner = _two_sides(tiers)
    if reporter is None:
        reporter = HOME
    unnamed = not any(tiers)
    if partner is None and not total_trade and kind != "investment" and (bilateral or unnamed):
        foreign = article_partner()
        if foreign is not None and foreign != reporter:
            partner = foreign
    return reporter, partner
