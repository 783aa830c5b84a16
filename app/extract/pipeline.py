"""The extraction hook ingest calls for every article: speech, figures, topics and countries.

Bump EXTRACTOR_VERSION whenever an extractor changes: the corpus
version (and every ETag) changes with it, and the next ingest re-derives every article it reads.
"""

from dataclasses import dataclass

from app.extract.article_countries import article_countries
from app.extract.figures import ExtractedFigure, extract_figures
from app.extract.parse import ParsedArticle
from app.extract.quotes import SpeechExtraction, extract_speech
from app.extract.topics import TopicScore, classify

EXTRACTOR_VERSION = "5"


@dataclass(frozen=True, slots=True)
class Extraction:
    speech: SpeechExtraction
    figures: tuple[ExtractedFigure, ...] = ()
    topics: tuple[TopicScore, ...] = ()
    countries: tuple[str, ...] = ()


def extract(article: ParsedArticle) -> Extraction:
    return Extraction(speech=extract_speech(article), figures=extract_figures(article), topics=classify(article),
                      countries=article_countries(article))
