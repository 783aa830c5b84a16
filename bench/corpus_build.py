"""Generate (or reuse) a synthetic corpus folder and ingest it, measuring time, peak memory and size.

Ingest may fan out to multiprocessing workers, so `getrusage(RUSAGE_CHILDREN)` (the largest single
child) would under-report it. Instead the whole process tree is sampled from /proc every 0.2 s and
the largest *sum* of VmRSS is kept. Pages shared between processes (fork copy-on-write, the same
SQLite file mapped twice) are counted once per process, so this is an upper bound on real use.
"""

import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

VENV_BIN = Path(sys.executable).parent  # bench/run.py runs under the project's venv
CORPUS = str(VENV_BIN / "corpus")
MANIFEST = "manifest.tsv"  # app/generate.py: one "id<TAB>language" line per article, no header
POLL_SECONDS = 0.2


def manifest_lines(folder: Path) -> int | None:
    """Data lines in the folder's manifest, or None when it has none."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return None
    with open(manifest, "rb") as handle:
        return sum(1 for line in handle if line.strip())


def ensure_generated(folder: Path, articles: int, log: Path) -> bool:
    """Make `folder` hold `articles` generated articles (seed 0); True when it had to generate them.
    A folder whose manifest is short (an interrupted run) is generated again from scratch."""
    have = manifest_lines(folder)
    if have == articles:
        return False
    if folder.is_symlink():
        raise RuntimeError(f"{folder} is a symlink to a corpus of {have} articles, not {articles}")
    if folder.exists():
        if have is None and any(folder.iterdir()):
            raise RuntimeError(f"{folder} exists, is not empty and has no {MANIFEST}: not ours to replace")
        shutil.rmtree(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "w") as out:
        subprocess.run([CORPUS, "generate", "--articles", str(articles), "--out", str(folder), "--seed", "0"],
                       stdout=out, stderr=subprocess.STDOUT, check=True)
    if manifest_lines(folder) != articles:
        raise RuntimeError(f"corpus generate wrote {manifest_lines(folder)} manifest lines, expected {articles}")
    return True


def _children() -> dict[int, list[int]]:
    """Parent pid -> child pids, from every /proc/<pid>/stat (the comm field may hold spaces or ')')."""
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # exited meanwhile
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _rss_kib(pid: int) -> int:
    try:
        for line in (Path("/proc") / str(pid) / "status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0  # exited, or a zombie (no VmRSS line)


def tree_rss_kib(root: int) -> int:
    """Summed VmRSS of `root` and all its descendants."""
    tree, total, stack = _children(), 0, [root]
    while stack:
        pid = stack.pop()
        total += _rss_kib(pid)
        stack.extend(tree.get(pid, []))
    return total


@dataclass(frozen=True, slots=True)
class IngestResult:
    articles: int
    seconds: float
    articles_per_s: float
    peak_rss_mib: float
    db_mib: float
    summary: str  # the ingest command's own last line

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def db_mib(db: Path) -> float:
    """Database size, with its -wal file if one was left behind."""
    wal = db.with_name(db.name + "-wal")
    return (db.stat().st_size + (wal.stat().st_size if wal.exists() else 0)) / 2**20


def ingest(folder: Path, db: Path, articles: int, log: Path) -> IngestResult:
    """`corpus ingest folder --db db --rebuild`, timed, with the process tree's peak RSS."""
    db.parent.mkdir(parents=True, exist_ok=True)
    peak = 0
    with open(log, "w") as out:
        started = time.perf_counter()
        proc = subprocess.Popen([CORPUS, "ingest", str(folder), "--db", str(db), "--rebuild"],
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)  # its own group, so an interrupt kills its workers too
        try:
            while proc.poll() is None:
                peak = max(peak, tree_rss_kib(proc.pid))
                time.sleep(POLL_SECONDS)
        except BaseException:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            raise
        seconds = time.perf_counter() - started
    lines = log.read_text(errors="replace").strip().splitlines()
    if proc.returncode != 0:
        raise RuntimeError(f"ingest exited with {proc.returncode}; log {log}:\n" + "\n".join(lines[-20:]))
    return IngestResult(articles=articles, seconds=round(seconds, 2), articles_per_s=round(articles / seconds, 1),
                        peak_rss_mib=round(peak / 1024, 1), db_mib=round(db_mib(db), 1),
                        summary=lines[-1] if lines else "")
