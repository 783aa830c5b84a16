"""Response shapes, in the contract's field names (../shared/API.md). Examples come from the seed article."""

import datetime as dt
from decimal import Decimal
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

SEED_ID = "000_c8ed33b79040cb61"
T = TypeVar("T")


class TopicRef(BaseModel):
    qcode: str = Field(description="IPTC Media Topic qcode.", examples=["medtop:04000000"])
    slug: str = Field(description="URL-friendly name of the topic.", examples=["economy-business-and-finance"])
    label: str = Field(description="English label.", examples=["economy, business and finance"])
    score: float = Field(description="Classifier confidence, 0–1.", examples=[0.82])


class SpeakerRef(BaseModel):
    id: str = Field(description="Speaker id: Latin slug of the normalised name.", examples=["ravshan-nazarov"])
    name: str = Field(description="Name in the nominative, as this article gives it.", examples=["Равшан Назаров"])
    role: str | None = Field(description="Role the article gives the speaker.", examples=["саясаттанушы"])


class Quote(BaseModel):
    id: str = Field(description="Stable quote id.", examples=[f"{SEED_ID}-q3"])
    article_id: str = Field(description="The article the quote is from.", examples=[SEED_ID])
    speaker_id: str | None = Field(description="Id of the speaker, null when unattributed.",
                                   examples=["ravshan-nazarov"])
    speaker: str | None = Field(description="Speaker's name.", examples=["Равшан Назаров"])
    kind: Literal["direct", "indirect"] = Field(description="Own words, or reported speech.", examples=["direct"])
    text: str = Field(description="The quoted words (direct) or the reported content (indirect).",
                      examples=["Мұндай белсенділікке елдердің Орталық Азия аймағының болашағына..."])
    paragraph: int = Field(description="Index into the article's `paragraphs` (0 is the lead).", examples=[3])
    published: dt.date = Field(description="Publication date of the article.", examples=["2025-11-14"])
    language: Literal["kk", "ru", "en"] = Field(description="Language of the article.", examples=["kk"])


class Figure(BaseModel):
    id: str = Field(description="Stable figure id.", examples=[f"{SEED_ID}-f1"])
    article_id: str = Field(description="The article the figure is from.", examples=[SEED_ID])
    kind: Literal["turnover", "export", "import", "investment", "deal", "company_count", "other_money"] = Field(
        description="What the amount measures.", examples=["export"])
    value: Decimal = Field(description="The number fully expanded.", examples=["1000000000"])
    unit: str = Field(description="ISO 4217 currency code, or `count`.", examples=["USD"])
    qualifier: Literal["more_than", "less_than", "about"] | None = Field(
        description="`more_than` (астам, более, over), `less_than`, `about`, or null.", examples=["more_than"])
    reporter: str | None = Field(description="ISO 3166-1 alpha-2 of the reporting/exporting side.", examples=["UZ"])
    partner: str | None = Field(description="ISO 3166-1 alpha-2 of the other side.", examples=["KZ"])
    period_start: str | None = Field(description="First month of the period, YYYY-MM.", examples=["2025-01"])
    period_end: str | None = Field(description="Last month of the period, YYYY-MM.", examples=["2025-09"])
    target: bool = Field(description="A goal or plan rather than a result.", examples=[False])
    text: str = Field(description="The figure as written.", examples=["1 млрд доллардың"])
    paragraph: int = Field(description="Index into the article's `paragraphs`.", examples=[10])
    published: dt.date = Field(description="Publication date of the article.", examples=["2025-11-14"])


class ArticleSummary(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": SEED_ID, "title": "Қазақ-өзбек ынтымақтастығы ықтимал қатерлерді бірлесе еңсеруге қауқарлы – сарапшы",
        "published": "2025-11-14", "language": "kk", "dateline": "ТАШКЕНТ",
        "lead": "Ресми Астана мен Ташкент жеке-дара әрекет етуге қарағанда...", "topics": [], "countries": [],
        "speaker_ids": [], "figure_count": 0, "url": f"/v1/articles/{SEED_ID}"}]})

    id: str = Field(description="The source file's stem.", examples=[SEED_ID])
    title: str = Field(description="Headline.", examples=["Қазақ-өзбек ынтымақтастығы ықтимал қатерлерді бірлесе еңсеруге қауқарлы – сарапшы"])
    published: dt.date = Field(description="Publication date.", examples=["2025-11-14"])
    language: Literal["kk", "ru", "en"] = Field(description="Detected from the text.", examples=["kk"])
    dateline: str | None = Field(description="Place the story was filed from.", examples=["ТАШКЕНТ"])
    lead: str = Field(description="The lead paragraph.", examples=["Ресми Астана мен Ташкент жеке-дара әрекет етуге..."])
    topics: list[TopicRef] = Field(description="IPTC Media Topics with their ancestors.", examples=[[{
        "qcode": "medtop:04000000", "slug": "economy-business-and-finance", "label": "economy, business and finance",
        "score": 0.82}]])
    countries: list[str] = Field(description="ISO 3166-1 alpha-2 of every country the article is about.",
                                 examples=[["KZ", "UZ"]])
    speaker_ids: list[str] = Field(description="Ids of the people quoted.", examples=[["ravshan-nazarov"]])
    figure_count: int = Field(description="Number of figures extracted.", examples=[5])
    url: str = Field(description="Path of this article in the API.", examples=[f"/v1/articles/{SEED_ID}"])


class TopicEvidence(BaseModel):
    qcode: str = Field(description="The topic.", examples=["medtop:04000000"])
    label: str = Field(description="Its English label.", examples=["economy, business and finance"])
    score: float = Field(description="Classifier confidence, 0–1.", examples=[0.82])
    evidence: list[str] = Field(description="The words of the article that gave the topic.",
                                examples=[["экспорттап", "импорттаған", "сауда"]])


class Explanation(BaseModel):
    topics: list[TopicEvidence] = Field(description="Why each topic was assigned.", examples=[[
        {"qcode": "medtop:04000000", "label": "economy, business and finance", "score": 0.82,
         "evidence": ["экспорттап"]}]])


class ArticleDetail(ArticleSummary):
    paragraphs: list[str] = Field(description="Every paragraph; the first is the lead.", examples=[[
        "Ресми Астана мен Ташкент жеке-дара әрекет етуге қарағанда, бірлесу - жетістікке жол бастайтынын жақсы түсінеді...",
        "Сөз басында сарапшы атап өткендей, кейінгі жылдары Қазақстан мен Өзбекстан жоғары деңгейдегі диалогты..."]])
    word_count: int = Field(description="Words in the paragraphs.", examples=[424])
    speakers: list[SpeakerRef] = Field(description="The people quoted in this article.", examples=[[
        {"id": "ravshan-nazarov", "name": "Равшан Назаров", "role": "саясаттанушы"}]])
    quotes: list[Quote] = Field(description="Direct and reported speech, in text order.", examples=[[{
        "id": f"{SEED_ID}-q3", "article_id": SEED_ID, "speaker_id": "ravshan-nazarov", "speaker": "Равшан Назаров",
        "kind": "direct", "text": "Мұндай белсенділікке елдердің Орталық Азия аймағының болашағына...", "paragraph": 3,
        "published": "2025-11-14", "language": "kk"}]])
    explain: Explanation | None = Field(default=None, description="Only with `explain=topics`.",
                                        examples=[{"topics": [{"qcode": "medtop:04000000",
                                                               "label": "economy, business and finance",
                                                               "score": 0.82, "evidence": ["экспорттап"]}]}])
    figures: list[Figure] = Field(description="Trade figures reported in this article, in text order.", examples=[[{
        "id": f"{SEED_ID}-f1", "article_id": SEED_ID, "kind": "export", "value": "1000000000", "unit": "USD",
        "qualifier": None, "reporter": "UZ", "partner": "KZ", "period_start": "2025-01", "period_end": "2025-09",
        "target": False, "text": "1 млрд доллардың", "paragraph": 10, "published": "2025-11-14"}]])


class FacetValue(BaseModel):
    value: str = Field(description="The value to filter by (qcode, ISO code, language, YYYY-MM, id, kind).",
                       examples=["medtop:04000000"])
    label: str = Field(description="How to show the value.", examples=["economy, business and finance"])
    count: int = Field(description="Items of the whole filtered set with this value.", examples=[1])


class Page(BaseModel, Generic[T]):
    items: list[T] = Field(description="This page of results, at most `limit` long.", examples=[[]])
    total: int = Field(description="Items matching the filters, over all pages; a lower bound when `total_exact` "
                                   "is false.", examples=[1])
    total_exact: bool = Field(default=True, description=(
        "False when counting stopped at a cap (100,000 rows, or 2,000 for a search): `total` then means "
        "\"at least this many\". Counting every match of a very common word in a million articles would "
        "cost more than the page itself."), examples=[True])
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.",
                                    examples=[None])
    facets: dict[str, list[FacetValue]] | None = Field(
        default=None, description="Only with `facet=`: counts over the whole filtered set, most frequent first "
                                  "(at most 100 values per facet).",
        examples=[{"lang": [{"value": "kk", "label": "kk", "count": 1}]}])
    facets_truncated: list[str] | None = Field(
        default=None, description="Only with `facet=`: facets that ran out of their time budget and are empty.",
        examples=[[]])


class Health(BaseModel):
    status: Literal["ok"] = Field(description="Always `ok` when the service answers.", examples=["ok"])
    articles: int = Field(description="Articles in the corpus.", examples=[1])
    corpus_version: str = Field(description="Changes whenever the corpus changes (and with it every ETag).",
                                examples=["3f9a1c0d5e7b2a4c6e8f"])


class ParameterError(BaseModel):
    parameter: str = Field(description="The parameter at fault.", examples=["limit"])
    location: str = Field(description="Where it was sent: query, path or header.", examples=["query"])
    reason: str = Field(description="Why it was refused.", examples=["Input should be greater than or equal to 1"])


class Problem(BaseModel):
    """RFC 9457 problem details: the body of every error."""

    type: str = Field(default="about:blank", description="Problem type URI; `about:blank` means see `title`.",
                      examples=["about:blank"])
    title: str = Field(description="The HTTP status phrase.", examples=["Unprocessable Content"])
    status: int = Field(description="The HTTP status code.", examples=[422])
    detail: str = Field(description="What was wrong with this request.",
                        examples=["limit: Input should be greater than or equal to 1"])
    errors: list[ParameterError] | None = Field(default=None, description="Each bad parameter (422 only).",
                                                examples=[[{"parameter": "limit", "location": "query",
                                                            "reason": "Input should be greater than or equal to 1"}]])


class Speaker(BaseModel):
    id: str = Field(description="Latin slug of the normalised name; one id per person in every language.",
                    examples=["ravshan-nazarov"])
    name: str = Field(description="Nominative name at its fullest, as articles give it.", examples=["Равшан Назаров"])
    names: list[str] = Field(description="Every form and script of the name seen in articles.",
                             examples=[["Равшан Назаров", "Назаровтың"]])
    roles: list[str] = Field(description="Roles articles give the person, most frequent first.",
                             examples=[["саясаттанушы"]])
    quote_count: int = Field(description="Quotes attributed to the person.", examples=[9])
    article_count: int = Field(description="Articles quoting the person.", examples=[1])
    first_seen: dt.date | None = Field(description="Earliest article quoting the person.", examples=["2025-11-14"])
    last_seen: dt.date | None = Field(description="Latest article quoting the person.", examples=["2025-11-14"])


class SpeakerArticle(BaseModel):
    id: str = Field(description="Article id.", examples=[SEED_ID])
    title: str = Field(description="Headline.", examples=["Қазақ-өзбек ынтымақтастығы ықтимал қатерлерді бірлесе "
                                                          "еңсеруге қауқарлы – сарапшы"])
    published: dt.date = Field(description="Publication date.", examples=["2025-11-14"])
    language: Literal["kk", "ru", "en"] = Field(description="Article language.", examples=["kk"])
    role: str | None = Field(description="The role this article gives the speaker.", examples=["саясаттанушы"])
    url: str = Field(description="Path of the article in the API.", examples=[f"/v1/articles/{SEED_ID}"])


class SpeakerDetail(Speaker):
    articles: list[SpeakerArticle] = Field(
        description="Articles quoting the person, newest first; at most 100 (page through all their quotes "
                    "with `/v1/quotes?speaker=ID`).",
        examples=[[{"id": SEED_ID, "title": "Қазақ-өзбек ынтымақтастығы ықтимал қатерлерді бірлесе еңсеруге "
                    "қауқарлы – сарапшы", "published": "2025-11-14", "language": "kk", "role": "саясаттанушы",
                    "url": f"/v1/articles/{SEED_ID}"}]])


class SeriesSource(BaseModel):
    figure_id: str = Field(description="The figure as one article reported it.", examples=[f"{SEED_ID}-f1"])
    article_id: str = Field(description="The reporting article.", examples=[SEED_ID])
    published: dt.date = Field(description="When that article was published.", examples=["2025-11-14"])
    value: Decimal = Field(description="The value that article reported.", examples=["1000000000"])
    text: str = Field(description="The figure as written there.", examples=["1 млрд доллардың"])


class SeriesObservation(BaseModel):
    period_start: str = Field(description="First month of the period, YYYY-MM.", examples=["2025-01"])
    period_end: str = Field(description="Last month of the period, YYYY-MM.", examples=["2025-09"])
    value: Decimal = Field(description="The latest reported value for this period.", examples=["1000000000"])
    qualifier: Literal["more_than", "less_than", "about"] | None = Field(
        description="Qualifier of the latest report.", examples=[None])
    reported: dt.date = Field(description="Publication date of the latest report.", examples=["2025-11-14"])
    figure_id: str = Field(description="The figure the value comes from.", examples=[f"{SEED_ID}-f1"])
    sources: list[SeriesSource] = Field(description="Every article that reported a figure for this period, "
                                                    "newest first; the same figure counts once.",
                                        examples=[[{"figure_id": f"{SEED_ID}-f1", "article_id": SEED_ID,
                                                    "published": "2025-11-14", "value": "1000000000",
                                                    "text": "1 млрд доллардың"}]])


class Series(BaseModel):
    kind: str = Field(description="What the values measure.", examples=["export"])
    unit: str = Field(description="ISO 4217 code, or `count`.", examples=["USD"])
    reporter: str | None = Field(description="Reporting side, as asked.", examples=["UZ"])
    partner: str | None = Field(description="Other side, as asked.", examples=["KZ"])
    observations: list[SeriesObservation] = Field(description="One per period, in period order.",
                                                  examples=[[{"period_start": "2025-01", "period_end": "2025-09",
                                                              "value": "1000000000", "qualifier": None,
                                                              "reported": "2025-11-14",
                                                              "figure_id": f"{SEED_ID}-f1", "sources": []}]])


class TopicCount(BaseModel):
    qcode: str = Field(description="IPTC Media Topic qcode, or `kazinform:` for our finer subtopics.",
                       examples=["medtop:04000000"])
    slug: str = Field(description="URL-friendly name; accepted wherever a qcode is.",
                      examples=["economy-business-and-finance"])
    label: str = Field(description="English label.", examples=["economy, business and finance"])
    label_kk: str = Field(description="Kazakh label.", examples=["экономика, бизнес және қаржы"])
    label_ru: str = Field(description="Russian label.", examples=["экономика, бизнес и финансы"])
    parent: str | None = Field(description="Qcode of the broader topic; null at the top level.", examples=[None])
    level: int = Field(description="1 for the 17 IPTC top topics, deeper below.", examples=[1])
    article_count: int = Field(description="Articles with this topic (or a narrower one) under the filters.",
                               examples=[1])
