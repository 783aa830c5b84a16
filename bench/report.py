"""RESULTS.md: the machine, the versions, the command, then one set of tables per corpus size.

Rendered from the same dict that goes to results.json, so the Markdown never says anything the raw
numbers do not.
"""

import importlib.metadata
import os
import platform
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

from wrk import WRK

NOTES = """\
How to read this:
* Load: `wrk -t{threads} -c{connections} -d{duration:g}s --latency --timeout {timeout:g}s`, after a 2 s warm-up run of
  the same script, each script cycling through ~{urls} fixed URLs drawn from the database (seed {seed}).
  One server runs at a time on 127.0.0.1, started afresh for each endpoint (so no query left running by one
  endpoint's load eats into the next); wrk shares the machine with it.
* Ours: `corpus serve --workers {workers} --no-access-log` (uvicorn). Datasette: `datasette serve -i` (immutable), one
  process (it has no worker option; its SQL runs on a pool of 3 threads), settings {ds_settings_text}, and its uvicorn
  access log silenced by bench/datasette_plugins/no_access_log.py (it has no option for that).
* Ours answers every list with its `total` (a COUNT over the filter); Datasette canned queries return the page only.
  Datasette's table view (facets) counts too.
* `search_*`: ours `/v1/articles?q=TERM`; Datasette gets the very FTS5 expression our API builds from TERM (stems of
  every language over `{{title_stem body_stem}}`), so both run the same MATCH. Terms are surface words (>= 4 letters,
  no digits) from `fts5vocab`, kept when that expression matches rare 0.01-0.1 %, medium 1-5 %, common >= 20 % of
  all articles (measured shares below).
* `speaker_search`: ours `/v1/speakers?q=SURNAME`; Datasette gets our `name_match(SURNAME)` (folded Latin prefixes).
* `figures`: the partner matches either side of turnover and deals, as in app/queries/figures.py.
* `article`: Datasette's row page `/DB/article/PK.json`; ours `/v1/articles/ID` (which also gathers speakers,
  quotes, figures, topics and countries).
* `facets`: ours `/v1/articles?from&to&facet=topic&facet=month` (two facets plus the page and total); Datasette
  its table view of `article_topic` with `_facet=qcode` (one facet; date filter on article_topic.published). Both
  facet budgets are 1 s.
* `same answers`: of the sampled URLs, how many gave the same ids (facets: the same counts for shared values) on
  both servers, checked before the load.
* 304: the mix (up to {etag_urls} distinct URLs per endpoint) sent to ours, each with the `If-None-Match` of its own
  ETag (each was checked to answer 304 with no body; no query runs); `share of hello` is its req/s over that of a bare Starlette app returning a constant ~2 KB JSON with
  the same uvicorn workers (bench/hello_app.py), measured in the same run.
* During the loads the database file is mapped and locked in memory (bench/resident.py): this VM pages out
  page cache left untouched for 60 s, and lists reading dropped pages back from disk had p99s of 50 ms to 1.7 s.
  Both servers read the same locked pages.
* Peak RSS is the largest sum of VmRSS over the ingest process and all its descendants, sampled every 0.2 s
  (shared pages count once per process: an upper bound).
"""


def machine() -> dict[str, Any]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kib = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal:"))
    return {"nproc": len(os.sched_getaffinity(0)), "cpu": cpu, "ram_gib": round(mem_kib / 2**20, 1),
            "kernel": platform.release()}


def _first_line(cmd: list[str]) -> str:
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    except OSError as exc:
        return f"unavailable ({exc})"
    out = (done.stdout or done.stderr).strip()
    return out.splitlines()[0] if out else "unknown"


def versions(datasette: str | None) -> dict[str, str]:
    found = {"python": platform.python_version(), "sqlite (ours)": sqlite3.sqlite_version}
    for package in ("fastapi", "starlette", "uvicorn", "pydantic"):
        try:
            found[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            found[package] = "not installed"
    if datasette:  # "datasette, version 0.65.5"
        found["datasette"] = _first_line([datasette, "--version"]).rsplit(" ", 1)[-1]
    # "wrk debian/4.1.0-3+b2 [epoll] Copyright (C) 2012 Will Glozer"
    found["wrk"] = _first_line([WRK, "-v"]).split(" Copyright")[0].removeprefix("wrk ")
    return found


def _num(x: float | None) -> str:
    if x is None:
        return "–"
    if x >= 100:
        return f"{x:,.0f}"
    return f"{x:.2f}" if x < 10 else f"{x:.1f}"


def _cell(run: dict[str, Any] | None, key: str) -> str:
    if not run or (key != "requests_per_s" and not run["requests"]):
        return "–"  # latencies of a run where nothing completed are wrk's zeros, not measurements
    return _num(run[key])


def _flags(rows: list[tuple[str, dict[str, Any] | None]]) -> list[str]:
    """Footnotes for runs that went wrong (nothing completed, worker restarts, timeouts)."""
    return [f"* **{label}**: {flag}" for label, run in rows if run for flag in run.get("flags", [])]


def _size_section(n: int, size: dict[str, Any]) -> list[str]:
    out = [f"## {n:,} articles", ""]
    ing = size.get("ingest")
    if ing:
        earlier = f" (measured by the run of {ing['earlier_run']}, which built this database)" \
            if ing.get("earlier_run") else ""
        out.append(f"Ingest: **{ing['articles_per_s']:,.0f} articles/s** ({ing['seconds']:,.1f} s), peak RSS "
                   f"**{ing['peak_rss_mib']:,.0f} MiB** (process tree), DB **{ing['db_mib']:,.0f} MiB**{earlier}.")
    else:
        out.append(f"Ingest: skipped (--reuse-db); DB {size.get('db_mib', 0):,.0f} MiB.")
    if "load_before_load" in size:
        out += ["", "Load average (1, 5, 15 min) when the load runs began: "
                    + ", ".join(f"{x:.2f}" for x in size["load_before_load"])
                    + " (anything well above 0 means something else was using the CPUs)."]
    settled = size.get("settle")
    if settled:
        out += ["", f"Before the loads the run waited {settled['waited_s']} s in all: for the kernel to write back "
                    f"what ingest wrote ({settled['sync_s']} s), then for the 1-minute load average to fall below "
                    f"{settled['quiet']} (at most {settled['limit_s']:.0f} s)."]
    pinned = size.get("resident")
    if pinned:
        out += ["", f"Database locked in memory for the loads: {pinned['locked_mib']:,} MiB in {pinned['seconds']} s"
                    + (f" (not locked: {pinned['failed']}; read once instead)" if pinned["failed"] else "") + "."]
    ds = size.get("datasette_runtime")
    if ds:
        out += ["", f"Datasette ran with SQLite {ds['sqlite']['version']}, uvicorn {ds.get('uvicorn', '?')}, "
                    f"Python {ds['python']['version']}."]
    out += ["", "| endpoint | ours req/s | ours p50 ms | ours p99 ms | Datasette req/s | p50 | p99 | ratio (ours/DS) "
                "| errors (ours/DS) | same answers | URLs |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, e in size["endpoints"].items():
        ours, ds = e.get("ours"), e.get("datasette")
        ratio = f"{ours['requests_per_s'] / ds['requests_per_s']:.2f}×" if ours and ds and ds["requests_per_s"] else "–"
        errors = f"{ours['errors'] if ours else '–'}/{ds['errors'] if ds else '–'}"
        same = f"{e['same']['same']}/{e['same']['sampled']}" if e.get("same") else "–"
        out.append(f"| {name} | {_cell(ours, 'requests_per_s')} | {_cell(ours, 'p50_ms')} | {_cell(ours, 'p99_ms')} "
                   f"| {_cell(ds, 'requests_per_s')} | {_cell(ds, 'p50_ms')} | {_cell(ds, 'p99_ms')} | {ratio} "
                   f"| {errors} | {same} | {e['distinct']} |")
    flagged = _flags([(f"{name}, {side}", e.get(side)) for name, e in size["endpoints"].items()
                      for side in ("ours", "datasette")])
    if flagged:
        out += ["", "Problems during the load:", "", *flagged]
    if size.get("etag"):
        hello = size.get("hello")
        out += ["", "304 (If-None-Match) against ours:", "",
                "| endpoint | 304 req/s | p99 ms | share of hello | errors |", "|---|---:|---:|---:|---:|"]
        if hello:
            out.append(f"| *hello (bare Starlette, 200)* | {_num(hello['requests_per_s'])} | {_cell(hello, 'p99_ms')} "
                       f"| 100 % | {hello['errors']} |")
        for name, r in size["etag"].items():
            share = f"{100 * r['requests_per_s'] / hello['requests_per_s']:.0f} %" if hello else "–"
            out.append(f"| {name} | {_num(r['requests_per_s'])} | {_cell(r, 'p99_ms')} | {share} | {r['errors']} |")
        flagged = _flags([("hello", hello), *((f"{name}, 304", r) for name, r in size["etag"].items())])
        if flagged:
            out += ["", "Problems during the 304 load:", "", *flagged]
    terms = size.get("terms") or {}
    if terms:
        out += ["", "Search terms (documents matched by our expression, share of all articles):", ""]
        for name, picked in terms.items():
            listed = ", ".join(f"`{t['term']}` {t['docs']:,} ({100 * t['share']:.2g} %)" for t in picked)
            out.append(f"* {name}: {listed or 'none found'}")
    return out + [""]


def render(results: dict[str, Any]) -> str:
    m, opts = results["machine"], results["options"]
    out = ["# API benchmark: ours vs Datasette", "",
           f"Date: {results['date']}  ",
           f"Machine: {m['nproc']} CPUs ({m['cpu']}), {m['ram_gib']} GiB RAM, Linux {m['kernel']}  ",
           "Versions: " + ", ".join(f"{k} {v}" for k, v in results["versions"].items()) + "  ",
           f"Command: `{results['command']}`", ""]
    out += NOTES.format(**opts, ds_settings_text=", ".join(f"`{k}={v}`" for k, v in opts["ds_settings"].items())
                        ).splitlines()
    out.append("")
    for n, size in results["sizes"].items():
        out += _size_section(int(n), size)
    return "\n".join(out).rstrip() + "\n"
