"""`/docs` and `/redoc` render in a real headless Chromium that can reach nothing but 127.0.0.1.

The server is the real `corpus serve` in a subprocess. Chromium (the Debian package, not a Playwright
download) runs with two independent network blocks:

* `--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"`: every host name (and IP literal) except
  127.0.0.1 fails to resolve, `localhost` included;
* `--proxy-server=http://127.0.0.1:<closed port>` with `--proxy-bypass-list=127.0.0.1`: whatever would still
  get through is sent to a proxy that refuses connections.

Each run records a Chromium net log; the tests check that the page itself asked only for 127.0.0.1 URLs and
that every non-local request Chromium made (its own update/sign-in pings) failed, and a canary shows that
`http://localhost:<port>/health` - the very same server under another name - is unreachable under these
flags while it loads without them.
"""

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
SERVER_START_TIMEOUT = 20.0
CHROMIUM_TIMEOUT = 60.0
VIRTUAL_TIME_BUDGET_MS = 15000
EXPECTED = [("/v1/articles", "List articles"), ("/v1/articles/{article_id}", "Get one article"),
            ("/health", "Service health")]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        if found := shutil.which(name):
            return found
    message = "Debian's chromium is not installed (apt-get install chromium); the docs-page browser test needs it"
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {message}", pytrace=False)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _corpus_command() -> list[str]:
    script = Path(sys.executable).parent / "corpus"
    if script.exists():
        return [str(script)]
    if found := shutil.which("corpus"):
        return [found]
    return [sys.executable, "-c", "from app.cli import main; main()"]


def _stop(process: subprocess.Popen, timeout: float = 10.0) -> None:
    """Stop the process and everything it started (it leads its own session/process group)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=timeout)
            break
        except subprocess.TimeoutExpired:
            continue
    try:  # children that outlived a leader which already exited
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


@dataclass(frozen=True)
class Server:
    port: int
    log: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture(scope="module")
def server(corpus_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    _chromium()  # skip/fail before starting anything
    port = _free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*_corpus_command(), "serve", "--host", "127.0.0.1", "--port", str(port), "--db", str(corpus_db)],
            cwd=REPO, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(f"corpus serve exited with {process.returncode}:\n{log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"/health not ready after {SERVER_START_TIMEOUT:.0f}s:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
        yield Server(port, log)
    finally:
        _stop(process)


@dataclass(frozen=True)
class Request:
    url: str
    initiator: str
    net_error: int | None


@dataclass(frozen=True)
class Render:
    dom: str
    requests: list[Request]
    stderr: str


def _blocking_flags() -> list[str]:
    return ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            f"--proxy-server=http://127.0.0.1:{_free_port()}",  # nothing listens there
            "--proxy-bypass-list=127.0.0.1"]


def _net_log_requests(path: Path) -> list[Request]:
    text = path.read_text(errors="replace") if path.exists() else ""
    try:
        log = json.loads(text)
    except json.JSONDecodeError:  # Chromium was killed before closing the JSON
        try:
            log = json.loads(text.rstrip().rstrip(",") + "]}")
        except json.JSONDecodeError:
            return []
    names = {number: name for name, number in log["constants"]["logEventTypes"].items()}
    by_source: dict[int, dict] = {}
    for event in log.get("events", []):
        params = event.get("params") or {}
        entry = by_source.setdefault(event["source"]["id"], {})
        if names.get(event["type"]) == "URL_REQUEST_START_JOB" and "url" in params and "url" not in entry:
            entry["url"], entry["initiator"] = params["url"], params.get("initiator", "")
        if params.get("net_error"):
            entry["net_error"] = params["net_error"]
    return [Request(e["url"], e["initiator"], e.get("net_error")) for e in by_source.values() if "url" in e]


def _render(url: str, workdir: Path, *, block_network: bool = True, budget_ms: int = VIRTUAL_TIME_BUDGET_MS) -> Render:
    """`chromium --headless --dump-dom`: the DOM after scripts ran (virtual time, so no sleeping)."""
    workdir.mkdir(parents=True, exist_ok=True)
    net_log = workdir / "netlog.json"
    command = [
        _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
        "--mute-audio", f"--user-data-dir={workdir / 'profile'}", f"--log-net-log={net_log}",
        *(_blocking_flags() if block_network else []),
        f"--virtual-time-budget={budget_ms}", "--dump-dom", url,
    ]
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=CHROMIUM_TIMEOUT)
    except subprocess.TimeoutExpired:
        _stop(process)
        stdout, stderr = process.communicate()
        pytest.fail(f"chromium did not finish within {CHROMIUM_TIMEOUT:.0f}s on {url}:\n"
                    f"{stderr.decode(errors='replace')[-3000:]}")
    finally:
        _stop(process)
    return Render(stdout.decode(errors="replace"), _net_log_requests(net_log), stderr.decode(errors="replace"))


def _is_local(url: str, server: Server) -> bool:
    return url.startswith(f"{server.base}/") or url.split(":", 1)[0] in ("data", "blob", "about", "chrome")


def _assert_offline(render: Render, server: Server) -> None:
    assert render.requests, "Chromium's net log recorded no requests"
    page = [r for r in render.requests if r.initiator == server.base or r.url.startswith(server.base)]
    foreign = [r.url for r in page if not _is_local(r.url, server)]
    hint = ("\nReDoc 2 hard-codes its side-menu 'API docs by Redocly' logo to https://cdn.redoc.ly/redoc/logo-mini.svg;"
            " serving /redoc with `Content-Security-Policy: img-src 'self' data: blob:` stops that request"
            " (the image's onError then hides it)" if any("cdn.redoc.ly" in url for url in foreign) else "")
    assert not foreign, f"the page asked for non-local URLs: {foreign}{hint}"
    failed = [f"{r.url} ({r.net_error})" for r in page if r.net_error]
    assert not failed, f"local requests failed: {failed}"
    leaked = [r.url for r in render.requests if not _is_local(r.url, server) and not r.net_error]
    assert not leaked, f"network blocking leaked, these non-local requests did not fail: {leaked}"


def _diagnostics(render: Render, server: Server) -> str:
    return (f"\n--- DOM (first 2000 chars) ---\n{render.dom[:2000]}\n--- chromium stderr (tail) ---\n"
            f"{render.stderr[-2000:]}\n--- server log (tail) ---\n{server.log.read_text()[-2000:]}")


def test_network_blocking_canary(server: Server, tmp_path: Path) -> None:
    """The same server under the name `localhost` loads without the flags and is unreachable with them."""
    url = f"http://localhost:{server.port}/health"
    control = _render(url, tmp_path / "control", block_network=False, budget_ms=3000)
    if '"status"' not in control.dom:
        pytest.skip(f"{url} does not load even without blocking here, so the canary proves nothing")
    blocked = _render(url, tmp_path / "blocked", budget_ms=3000)
    assert '"status"' not in blocked.dom, f"{url} loaded despite the blocking flags: {blocked.dom[:500]}"
    assert any(r.url.startswith(url) and r.net_error for r in blocked.requests), blocked.requests
    assert not any(r.url.startswith("http") and not r.url.startswith(server.base) and not r.net_error
                   for r in blocked.requests)


@pytest.fixture(scope="module")
def rendered(server: Server, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Render]:
    """Each docs page rendered once (with the network blocked) and shared by the checks below."""
    return {page: _render(f"{server.base}{page}", tmp_path_factory.mktemp(page.strip("/")))
            for page in ("/docs", "/redoc")}


def test_swagger_ui_renders_offline(server: Server, rendered: dict[str, Render]) -> None:
    render = rendered["/docs"]
    # <div class="opblock opblock-get" ...> ... <span class="opblock-summary-path" data-path="/health">
    blocks = re.findall(r'class="opblock opblock-(\w+)[^"]*".*?data-path="([^"]*)"', render.dom, re.S)
    found = {(method.upper(), path) for method, path in blocks}
    missing = [f"GET {path}" for path, _summary in EXPECTED if ("GET", path) not in found]
    assert not missing, f"Swagger UI shows no opblock for {missing}; it shows {sorted(found)}" + _diagnostics(
        render, server)
    for _path, summary in EXPECTED:
        assert f'class="opblock-summary-description">{summary}<' in render.dom, summary


def test_redoc_renders_offline(server: Server, rendered: dict[str, Render]) -> None:
    render = rendered["/redoc"]
    # Side menu: <li ... role="menuitem" aria-label="List articles"> with <span class="... operation-type get">
    menu = set(re.findall(r'role="menuitem" aria-label="([^"]*)"', render.dom))
    # Each operation panel: <span class="... http-verb get">get</span><span class="...">/v1/articles</span>
    endpoints = {(verb.upper(), path) for verb, path in re.findall(
        r'http-verb (\w+)">\w+</span><span[^>]*>([^<]*)</span>', render.dom)}
    missing = [f"{summary!r} in the menu" for _path, summary in EXPECTED if summary not in menu]
    missing += [f"GET {path} panel" for path, _summary in EXPECTED if ("GET", path) not in endpoints]
    assert not missing, (f"ReDoc does not show {missing}; menu {sorted(menu)}, endpoints {sorted(endpoints)}"
                         + _diagnostics(render, server))


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_doc_page_requests_nothing_outside(server: Server, rendered: dict[str, Render], page: str) -> None:
    """From the net log: the page asked only for 127.0.0.1 URLs, they all succeeded, and every non-local
    request Chromium made anyway failed (the blocking holds)."""
    _assert_offline(rendered[page], server)
