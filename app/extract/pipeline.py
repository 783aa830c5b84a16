"""The extraction hook ingest calls for every article.

Figures, topics and countries arrive in their own issues; until then their lists are empty and
ingest stores nothing for them. Bump EXTRACTOR_VERSION whenever an extractor changes: the corpus
version (and every ETag) changes with it, and the next ingest re-derives every article it reads.
"""

from dataclasses import dataclass

from app.extract.parse import ParsedArticle
from app.extract.quotes import SpeechExtraction, extract_speech

EXTRACTOR_VERSION = "1"


@dataclass(frozen=True, slots=True)
class Extraction:
    speech: SpeechExtraction
    figures: tuple[object, ...] = ()
    topics: tuple[object, ...] = ()
    countries: tuple[str, ...] = ()


def extract(article: ParsedArticle) -> Extraction:
    return Extraction(speech=extract_speech(article))
