"""Run `prepare` over a stream of files in worker processes, handing results back in input order.

Order matters: keys are assigned in file order, so a rebuild from the same folder gives the same
database. At most a few chunks per worker are in flight, so memory stays flat when the writer is the
slower side. Small inputs are prepared in-process: starting workers costs more than it saves.

Each worker has a pipe in (chunks of paths) and a pipe out (its results, pickled once); chunks go
to the workers in turn, so the writer reads results in order straight off the pipes. That replaced
`multiprocessing.Pool`, whose task queue and result thread cost the writer's process 0.107 ms per
article against 0.030 here (`python bench/prepare_speed.py --pool`). The pipe out is widened so that
a worker can finish its chunks in flight while the writer commits, instead of waiting to be read.
"""

import gc
import multiprocessing
import pickle
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, islice
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from app.prepare import Prepared, Rejected, StoredHashes, prepare

CHUNK_FILES = 32
CHUNKS_IN_FLIGHT_PER_WORKER = 4
MIN_FILES_FOR_WORKERS = 256
PIPE_BYTES = 1 << 20  # Linux's default limit for an unprivileged process: about 5 chunks of results

_worker_state: tuple[StoredHashes, bool] | None = None


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep what is alive now (modules, lexicons, tries) out of the cyclic collector's way while the
    run allocates: each full collection walked it all again. Freezing saves about 5 % of an ingest's
    CPU (`bench/ingest_rate.py 20000 --rebuild`: 1.73-1.76 ms per article before, 1.61-1.67 after)."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _start_worker(db: Path | None, reextract: bool) -> None:
    global _worker_state
    _worker_state = (StoredHashes(db), reextract)
    gc.freeze()  # a worker lives for one run: the heap it was forked with stays frozen (see frozen_heap)


def _prepare_chunk(paths: list[Path]) -> list[Prepared | Rejected]:
    assert _worker_state is not None, "worker not initialised"
    stored, reextract = _worker_state
    return [prepare(path, stored, reextract) for path in paths]


def _chunks(paths: Iterator[Path]) -> Iterator[list[Path]]:
    while chunk := list(islice(paths, CHUNK_FILES)):
        yield chunk


class WorkerFailed(RuntimeError):
    """A worker process died or raised outside `prepare`'s own error handling (a bug, not a bad file)."""


def _widen(pipe: Connection) -> None:
    try:
        import fcntl
        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):  # not Linux, or over the limit: the default pipe works
        pass


def _serve(db: Path | None, reextract: bool, inbox: Connection, outbox: Connection,
           inherited: tuple[Connection, ...]) -> None:
    """A worker's life: prepare each chunk that comes in and send the results back, until None.

    `inherited` are the writer's ends of the pipes, copied in by fork: closed here, so that when the
    writer dies (even by SIGKILL) every worker's pipes reach end-of-file and it exits."""
    for pipe in inherited:
        pipe.close()
    _start_worker(db, reextract)
    try:
        while (paths := inbox.recv()) is not None:
            outbox.send_bytes(pickle.dumps(_prepare_chunk(paths), protocol=pickle.HIGHEST_PROTOCOL))
    except (EOFError, BrokenPipeError):  # the writer is gone: nobody to report to
        return
    except BaseException:
        outbox.send_bytes(pickle.dumps(WorkerFailed(traceback.format_exc())))
        raise


def _died(process: BaseProcess) -> WorkerFailed:
    process.join(timeout=5)  # its pipe closed as it exited: reap it for the exit code
    return WorkerFailed(f"ingest worker {process.pid} died (exit code {process.exitcode})")


def _receive(outbox: Connection, process: BaseProcess) -> list[Prepared | Rejected]:
    try:
        done = pickle.loads(outbox.recv_bytes())
    except EOFError:
        raise _died(process) from None
    if isinstance(done, WorkerFailed):
        raise done
    return done  # type: ignore[no-any-return]


def prepared_files(paths: Iterable[Path], db: Path | None, reextract: bool,
                   workers: int) -> Iterator[Prepared | Rejected]:
    """`db` is where stored content hashes are looked up (None: nothing stored yet)."""
    stream = iter(paths)
    head = list(islice(stream, MIN_FILES_FOR_WORKERS))
    if workers < 1 or len(head) < MIN_FILES_FOR_WORKERS:
        stored = StoredHashes(db)
        try:
            for path in chain(head, stream):
                yield prepare(path, stored, reextract)
        finally:
            stored.close()
        return
    methods = multiprocessing.get_all_start_methods()
    forking = "fork" in methods
    context = multiprocessing.get_context("fork" if forking else "spawn")
    processes: list[BaseProcess] = []
    inboxes: list[Connection] = []
    outboxes: list[Connection] = []
    try:
        for _ in range(workers):
            inbox_out, inbox_in = context.Pipe(duplex=False)
            outbox_out, outbox_in = context.Pipe(duplex=False)
            _widen(outbox_in)
            # The writer's ends of every pipe so far, this worker's included: spawn passes only what it is given.
            inherited = (*inboxes, *outboxes, inbox_in, outbox_out) if forking else ()
            process = context.Process(target=_serve, args=(db, reextract, inbox_out, outbox_in, inherited),
                                      daemon=True)
            process.start()
            inbox_out.close()  # the worker's ends: closing ours lets a dead worker show as end-of-file
            outbox_in.close()
            processes.append(process)
            inboxes.append(inbox_in)
            outboxes.append(outbox_out)
        chunks = _chunks(chain(head, stream))
        pending: deque[int] = deque()  # the worker of each chunk in flight, oldest first

        def send(chunk: list[Path]) -> None:
            worker = (pending[-1] + 1) % workers if pending else 0
            try:
                inboxes[worker].send(chunk)
            except BrokenPipeError:
                raise _died(processes[worker]) from None
            pending.append(worker)

        for chunk in islice(chunks, workers * CHUNKS_IN_FLIGHT_PER_WORKER):
            send(chunk)
        while pending:
            worker = pending.popleft()
            done = _receive(outboxes[worker], processes[worker])
            following = next(chunks, None)
            if following is not None:
                send(following)
            yield from done
        for inbox in inboxes:
            try:
                inbox.send(None)
            except BrokenPipeError:  # gone after its last result: every result is in, nothing is lost
                pass
        for process in processes:
            process.join()
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
                process.join()
        for pipe in (*inboxes, *outboxes):
            pipe.close()
