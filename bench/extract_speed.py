"""Median CPU time per article of each extraction step, over the fixture articles.

Usage: python bench/extract_speed.py [--rounds N]
Each article is run N times per step and the per-article median of the CPU times is reported, with
the median and the slowest article across the set. Caches (stemmers) are warmed first, as in a long ingest.
"""

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from app.extract.article_countries import article_countries
from app.extract.figures import extract_figures
from app.extract.parse import ParsedArticle, parse_file
from app.extract.quotes import extract_speech
from app.extract.topics import classify

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "data" / "articles"


def cpu_ms(step: Callable[[ParsedArticle], object], article: ParsedArticle, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        t0 = time.process_time_ns()
        step(article)
        samples.append((time.process_time_ns() - t0) / 1e6)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    articles = [parse_file(p) for p in sorted(FIXTURES.glob("*.txt"))]
    steps: dict[str, Callable[[ParsedArticle], object]] = {"speakers+quotes": extract_speech,
                                                           "figures": extract_figures,
                                                           "topics+countries": lambda a: (classify(a),
                                                                                          article_countries(a))}
    for name, step in steps.items():
        for a in articles:  # warm caches
            step(a)
        per_article = {a.id: cpu_ms(step, a, args.rounds) for a in articles}
        slowest = max(per_article, key=per_article.__getitem__)
        print(f"{name}: median {statistics.median(per_article.values()):.3f} ms CPU per article over "
              f"{len(articles)} articles; slowest {per_article[slowest]:.3f} ms ({slowest})")


if __name__ == "__main__":
    main()
