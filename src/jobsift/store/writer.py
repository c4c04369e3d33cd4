"""Writing batches while the next ones are read.

``ThreadWriter`` writes on a thread of this process: SQLite lets go of the GIL while it works,
so reading and writing overlap a little.  ``ProcessWriter`` writes from a child process with its
own store connection: reading and writing then run on two cores, which roughly doubles ingest
speed on big inputs.  Both keep at most ``depth`` batches in flight, so memory stays flat.

If the parent dies (even by ``kill -9``) the child sees its pipe close, finishes the batch it
is writing (one transaction) and exits: the store is left consistent either way.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import Protocol

from jobsift.errors import JobsiftError, StoreError
from jobsift.store.base import AddResult, PostingRow, PostingStore


class BatchWriter(Protocol):
    def put(self, rows: Sequence[PostingRow]) -> list[AddResult]:
        """Queue a batch; returns the results of the batches finished meanwhile (in order)."""
        ...

    def finish(self) -> list[AddResult]:
        """Wait for every queued batch; their results, in order."""
        ...


class ThreadWriter:
    def __init__(self, store: PostingStore, *, depth: int = 1) -> None:
        self._store = store
        self._depth = depth
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="jobsift-writer")
        self._pending: deque[Future[AddResult]] = deque()

    def put(self, rows: Sequence[PostingRow]) -> list[AddResult]:
        done = self._wait(self._depth)
        self._pending.append(self._pool.submit(self._store.add_rows, rows))
        return done

    def finish(self) -> list[AddResult]:
        try:
            return self._wait(1)
        finally:
            self._pool.shutdown()

    def _wait(self, room: int) -> list[AddResult]:
        done = []
        while len(self._pending) >= room:
            done.append(self._pending.popleft().result())
        return done


class ProcessWriter:
    def __init__(self, database_url: str, *, depth: int = 2) -> None:
        # spawn, not fork: the parent may have threads (a progress bar) holding locks.
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(
            target=serve, args=(database_url, child), name="jobsift-writer", daemon=True
        )
        self._process.start()
        child.close()
        self._depth = depth
        self._in_flight = 0
        self._receive()  # the child says it opened the store (or why it could not)

    def put(self, rows: Sequence[PostingRow]) -> list[AddResult]:
        done = []
        while self._in_flight >= self._depth:
            done.append(self._next_result())
        self._send(list(rows))
        self._in_flight += 1
        return done

    def finish(self) -> list[AddResult]:
        done = []
        try:
            while self._in_flight:
                done.append(self._next_result())
            self._send(None)
        finally:
            self._conn.close()
            self._process.join(timeout=60)
        return done

    def _send(self, message: list[PostingRow] | None) -> None:
        try:
            self._conn.send(message)
        except (BrokenPipeError, OSError) as exc:
            raise self._died() from exc

    def _next_result(self) -> AddResult:
        result = self._receive()
        self._in_flight -= 1
        assert isinstance(result, AddResult)
        return result

    def _receive(self) -> object:
        try:
            reply = self._conn.recv()
        except (EOFError, OSError) as exc:
            raise self._died() from exc
        if isinstance(reply, JobsiftError):
            self._process.join(timeout=5)
            raise reply
        return reply

    def _died(self) -> StoreError:
        self._process.join(timeout=5)
        return StoreError(
            f"the writer process stopped unexpectedly (exit code {self._process.exitcode})",
            hint="batches it had committed are kept; run the ingest again to complete it",
        )


def serve(database_url: str, conn: Connection) -> None:
    """The writer process: open the store, write each batch received, answer with its result."""
    from jobsift.store import open_store

    try:
        store = open_store(database_url)
    except JobsiftError as exc:
        conn.send(exc)
        return
    conn.send("ready")
    try:
        _serve_batches(store, conn)
    finally:
        store.close()
        conn.close()


def _serve_batches(store: PostingStore, conn: Connection) -> None:
    while True:
        try:
            rows = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone; every batch we committed stays
        if rows is None:
            return
        try:
            conn.send(store.add_rows(rows))
        except JobsiftError as exc:
            conn.send(exc)
            return
