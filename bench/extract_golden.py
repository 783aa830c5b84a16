"""Dump every `prepare` result over a fixed corpus so an optimisation can be checked byte for byte.

Usage: .venv/bin/python bench/extract_golden.py OUT.txt
The corpus is every *.txt under tests/, /work/main/seeds, /work/shared/corpus/dev and 3,000 generated
articles (seed 7, written once to /tmp/golden_gen). Results are written with repr, which spells out every
field of the frozen dataclasses (extraction, FTS params, word count) in a fixed order.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.generate import generate  # noqa: E402
from app.prepare import StoredHashes, prepare  # noqa: E402

GEN = Path("/tmp/golden_gen")
GEN_ARTICLES = 3000


def corpus() -> list[Path]:
    if not (GEN / "manifest.tsv").exists():
        generate(GEN_ARTICLES, GEN, seed=7)
    files = sorted((ROOT / "tests").rglob("*.txt"))
    for folder in (Path("/work/main/seeds"), Path("/work/shared/corpus/dev")):
        if folder.is_dir():
            files += sorted(p for p in folder.iterdir() if p.is_file())
    files += sorted(GEN.rglob("*.txt"))
    return files


def main(out: Path) -> None:
    stored = StoredHashes(None)
    with open(out, "w", encoding="utf-8", newline="\n") as handle:
        for path in corpus():
            handle.write(repr(prepare(path, stored, False)))
            handle.write("\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
