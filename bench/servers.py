"""Start one server at a time in its own process group, wait until it answers, and always kill it.

Each server is started with `start_new_session=True` so uvicorn's worker processes share its
process group; stopping kills the whole group (SIGTERM, then SIGKILL), so no worker survives a
failed or interrupted run to hold the port for the next server.
"""

import http.client
import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"


def http_get(port: int, path: str, headers: dict[str, str] | None = None,
             timeout: float = 60.0) -> tuple[int, dict[str, str], bytes]:
    """One GET on a fresh connection: (status, lower-cased headers, body). A 304 is not an error here.
    http.client sends `Host: 127.0.0.1:PORT`, the same Host wrk sends, which our ETags depend on."""
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def get_json(port: int, path: str) -> Any:
    status, _, body = http_get(port, path)
    if status != 200:
        raise RuntimeError(f"GET {path} answered {status}: {body[:300]!r}")
    return json.loads(body)


def port_in_use(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex((HOST, port)) == 0


def _stop(proc: subprocess.Popen[bytes], grace: float = 15.0) -> None:
    """SIGTERM the process group, then SIGKILL whatever is left after `grace` seconds."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # workers that outlived their parent, or a stuck parent
    except ProcessLookupError:
        pass
    proc.wait()


def _tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


@contextmanager
def serving(name: str, cmd: list[str], port: int, ready_path: str, log: Path, cwd: Path | None = None,
            env: dict[str, str] | None = None, startup_timeout: float = 180.0) -> Iterator[int]:
    """Run `cmd` until the block ends; yields once `ready_path` answers 200 on `port`."""
    if port_in_use(port):
        raise RuntimeError(f"port {port} is already in use; pick another with --port")
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=cwd, env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{name} exited with {proc.returncode} before answering; log {log}:\n"
                                   + _tail(log))
            try:
                if http_get(port, ready_path, timeout=5)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not answer {ready_path} within {startup_timeout:.0f} s; log {log}:\n"
                                   + _tail(log))
            time.sleep(0.25)
        yield proc.pid
    finally:
        _stop(proc)
        deadline = time.monotonic() + 10
        while port_in_use(port) and time.monotonic() < deadline:
            time.sleep(0.1)
