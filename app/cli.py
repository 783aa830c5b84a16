"""`corpus` command line: ingest files, apply migrations, serve the API."""

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from app.config import get_settings

cli = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Kazinform corpus: ingest article files into SQLite and serve them over HTTP.")
# soft_wrap: `file:line: reason` lines must stay whole for editors and grep, however narrow the terminal.
stderr = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[Path | None, typer.Option("--db", help="Database file (default: $CORPUS_DB or corpus.db).")]
PROGRESS_MIN_FILES = 200


@cli.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Article files and folders of *.txt files.")],
    db: DbOption = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Start from an empty database.")] = False,
) -> None:
    """Load article files; a broken file is reported as file:line: reason and the rest still load."""
    from app.ingest import count_files, ingest as run_ingest
    from app.ingest_pool import WorkerFailed

    db_path = db or get_settings().corpus_db
    total = count_files(paths)
    large = total >= PROGRESS_MIN_FILES
    show_bar = large and sys.stderr.isatty()
    done = 0

    def advance() -> None:
        """A bar on a terminal; in a log, one plain line per tenth of the folder."""
        nonlocal done
        done += 1
        progress.advance(task)
        if large and not show_bar and done % max(total // 10, 1) == 0:
            stderr.print(f"ingest: {done}/{total} files", markup=False)

    with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=stderr, disable=not show_bar, transient=True) as progress:
        task = progress.add_task("ingest", total=total)
        try:
            report = run_ingest(
                paths, db_path, rebuild=rebuild, batch=get_settings().ingest_batch,
                workers=get_settings().ingest_workers,
                on_error=lambda message: progress.console.print(message, markup=False), on_file=advance)
        except WorkerFailed as exc:  # a bug, not a bad file: batches already committed stay, a rebuild swaps nothing
            stderr.print(f"ingest stopped, a worker process failed: {exc}", markup=False)
            raise typer.Exit(2) from exc
    stderr.print(report.summary(), markup=False)
    raise typer.Exit(1 if report.rejected else 0)


@cli.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="Folder of NAME.txt + NAME.json.")],
    misses: Annotated[bool, typer.Option(help="List every miss after the table.")] = True,
) -> None:
    """Score extraction against gold annotations: per-language P/R/F1 and the list of misses."""
    from app.evaluate import evaluate as run_evaluate, render

    try:
        tallies, report = run_evaluate(gold_dir)
    except ValueError as exc:
        stderr.print(str(exc), markup=False)
        raise typer.Exit(2) from exc
    for line in render(tallies, show_misses=misses):
        typer.echo(line)
    if report.rejected:
        stderr.print(report.summary(), markup=False)


@cli.command()
def migrate(db: DbOption = None) -> None:
    """Apply every pending schema migration (ingest does this by itself)."""
    from app import migrate as migrations
    from app.db import writer_engine

    engine = writer_engine(db or get_settings().corpus_db)
    migrations.upgrade(engine)
    stderr.print(f"database at revision {migrations.current_revision(engine)}", markup=False)


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, envvar="WEB_CONCURRENCY",
                                         help="Worker processes: one per core serves the most.")] = 1,
    access_log: Annotated[bool, typer.Option(help="Log every request (costs about a tenth of the throughput).")
                          ] = True,
    db: DbOption = None,
) -> None:
    """Serve the API read-only over HTTP with uvicorn (uvloop and httptools)."""
    import os

    import uvicorn

    if db is not None:
        os.environ["CORPUS_DB"] = str(db)  # the workers are new processes: pass the choice on
    uvicorn.run("app.main:app", host=host, port=port, workers=workers, server_header=False,
                proxy_headers=True, log_level="info", access_log=access_log)


@cli.command()
def generate(
    articles: Annotated[int, typer.Option("--articles", min=1, help="Number of articles to write.")],
    out: Annotated[Path, typer.Option("--out", help="Folder to write them to (subfolders of 1,000 files).")],
    seed: Annotated[int, typer.Option("--seed", help="Random seed: the same seed gives the same files.")] = 0,
) -> None:
    """Write N synthetic articles in the real file format (deterministic for a seed) for benchmarks."""
    import time

    from app.generate import generate as run_generate

    started = time.perf_counter()
    written = run_generate(articles, out, seed=seed)
    stderr.print(f"wrote {written} articles to {out} in {time.perf_counter() - started:.1f} s", markup=False)


def main() -> None:
    cli()


if __name__ == "__main__":  # `python -m app.cli`, as the tests run it from a checkout
    main()
