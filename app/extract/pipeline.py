"""The extraction hook ingest calls for every article.

Topics and countries arrive in their own issue; until then their lists are empty and ingest
stores nothing for them. Bump EXTRACTOR_VERSION whenever an extractor changes: the corpus
version (and every ETag) changes with it, and the next ingest re-derives every article it reads.
"""

from dataclasses import dataclass

from app.extract.figures import ExtractedFigure, extract_figures
from app.extract.parse import ParsedArticle
from app.extract.quotes import SpeechExtraction, extract_speech

EXTRACTOR_VERSION = "2"


@dataclass(frozen=True, slots=True)
class Extraction:
    speech: SpeechExtraction
    figures: tuple[ExtractedFigure, ...] = ()
    topics: tuple[object, ...] = ()
    countries: tuple[str, ...] = ()


def extract(article: ParsedArticle) -> Extraction:
    return Extraction(speech=extract_speech(article), figures=extract_figures(article))
