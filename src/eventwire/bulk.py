"""Ingest at scale: documents streamed in batches through the coding stage (extraction and
comment scoring) in this process, in local worker processes or on a Dask cluster, and
written to the store one transaction per document, in input order.

    >>> from eventwire.bulk import ingest_stream
    >>> for result in ingest_stream(store, read_documents(["archive.jsonl.gz"]), workers=2):
    ...     print(result.doc_id, result.status)

Input order is kept, so a run gives the same events (merges included) however it is spread
out. Documents already stored are skipped before any work is done, which is how a run that
was killed resumes: run it again. At most a few batches per worker are in flight, so memory
stays flat however long the input is.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any, Protocol

from .errors import IngestError
from .records import CodedDocument, Document
from .store import IngestResult, Store

ENGINES = ("local", "dask")


@dataclass
class CodingFailure:
    """A document the coding stage could not handle: it is reported and the run goes on."""

    document: Document
    problem: str


def code_batch(documents: list[Document], day_first: bool = True) -> list[CodedDocument | CodingFailure]:
    """Code a batch (one spaCy stream); should one document break it, code them one by one so
    only that document fails. Runs wherever the engine sends it: models load once per process."""
    from .pipeline import code_documents

    try:
        return list(code_documents(documents, day_first=day_first))
    except Exception:  # noqa: BLE001 - find the document at fault, keep the rest
        coded: list[CodedDocument | CodingFailure] = []
        for document in documents:
            try:
                coded.extend(code_documents([document], day_first=day_first))
            except Exception as error:  # noqa: BLE001 - one bad document must not stop a batch
                first_line = (str(error).strip().splitlines() or [""])[0]  # errors are reported one line each
                coded.append(CodingFailure(document, f"extraction failed: {type(error).__name__}: {first_line}"))
        return coded


def warm_up(one_thread: bool = True) -> None:
    """Ready a worker: one BLAS thread (a worker is meant to use one core; two workers each
    running two BLAS threads on two cores slow each other down), then the language model,
    gazetteer, actor registry and abuse model, loaded once."""
    from threadpoolctl import threadpool_limits

    from .ingest import document_from_text
    from .pipeline import code_documents

    if one_thread:
        threadpool_limits(limits=1)
    code_documents([document_from_text("Police arrested two men in Nairobi on Monday.", doc_id="warm-up")])


class _Runner(Protocol):
    def submit(self, documents: list[Document]) -> Any: ...  # something with .result()
    def close(self) -> None: ...


class _Inline:
    """Code in this process, when the batch is asked for."""

    def __init__(self, day_first: bool) -> None:
        self.day_first = day_first

    def submit(self, documents: list[Document]) -> Future:
        future: Future = Future()
        future.set_result(code_batch(documents, self.day_first))
        return future

    def close(self) -> None:
        pass


class _Processes:
    """Code in local worker processes, each loading the models once."""

    def __init__(self, workers: int, day_first: bool) -> None:
        self.day_first = day_first
        self.pool = ProcessPoolExecutor(max_workers=workers, initializer=warm_up)

    def submit(self, documents: list[Document]) -> Future:
        return self.pool.submit(code_batch, documents, self.day_first)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class _Dask:
    """Code on a Dask distributed cluster; workers keep the models loaded between batches."""

    def __init__(self, scheduler: str | Any, day_first: bool) -> None:
        from distributed import Client

        self.day_first = day_first
        self.client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
        self.own_client = not isinstance(scheduler, Client)
        self.client.run(warm_up)

    def submit(self, documents: list[Document]) -> Any:
        return self.client.submit(code_batch, documents, self.day_first, pure=False)

    def close(self) -> None:
        if self.own_client:
            self.client.close()


def _runner(workers: int, engine: str, scheduler: str | Any | None, day_first: bool) -> _Runner:
    if engine == "dask":
        if scheduler is None:
            raise ValueError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
        return _Dask(scheduler, day_first)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    return _Processes(workers, day_first) if workers > 1 else _Inline(day_first)


def ingest_stream(
    store: Store,
    items: Iterable[Document | IngestError],
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | Any | None = None,
    batch_size: int = 8,
    day_first: bool = True,
) -> Iterator[IngestResult]:
    """Store every document of ``items``, yielding one result per input item in input order.

    ``workers`` local processes code the documents (``engine="local"``), or the Dask cluster
    at ``scheduler`` does (``engine="dask"``; an address or a ``distributed.Client``). Bad
    inputs and documents that cannot be coded become "error" results and the run goes on.
    """
    runner = _runner(workers, engine, scheduler, day_first)
    in_flight = max(2, 2 * (workers if engine == "local" else _cluster_size(runner)))
    pending: deque[tuple[list[Document | IngestResult], Any]] = deque()  # batches in input order
    try:
        for batch in _batches(store, items, batch_size):
            documents = [item for item in batch if isinstance(item, Document)]
            pending.append((batch, runner.submit(documents) if documents else None))
            if len(pending) > in_flight:
                yield from _write_batch(store, *pending.popleft())
        while pending:
            yield from _write_batch(store, *pending.popleft())
    finally:
        runner.close()


def _cluster_size(runner: _Runner) -> int:
    return max(1, len(runner.client.scheduler_info().get("workers", {}))) if isinstance(runner, _Dask) else 1


def _batches(store: Store, items: Iterable[Document | IngestError], size: int
             ) -> Iterator[list[Document | IngestResult]]:
    """Batches of documents still to code, with the results already known in their places:
    bad inputs, and documents already stored (skipped, so a rerun resumes)."""
    iterator = iter(items)
    while True:
        batch: list[Document | IngestResult] = []
        for item in islice(iterator, size):
            if isinstance(item, IngestError):
                batch.append(IngestResult(item.origin, "error", error=str(item)))
                continue
            try:
                known = store.stored_number(item)
            except IngestError as error:
                batch.append(IngestResult(item.id, "error", error=str(error)))
                continue
            batch.append(IngestResult(item.id, "unchanged", document=known) if known is not None else item)
        if not batch:
            return
        yield batch


def _write_batch(store: Store, batch: list[Document | IngestResult], future: Any) -> Iterator[IngestResult]:
    """The batch's results in input order: known ones as they are, coded documents written."""
    coded = iter(future.result() if future is not None else [])
    for item in batch:
        if isinstance(item, IngestResult):
            yield item
            continue
        done = next(coded)
        if isinstance(done, CodingFailure):
            yield IngestResult(item.id, "error", error=f"{item.origin or item.id}: {done.problem}")
            continue
        try:
            yield store.write(done)
        except IngestError as error:
            yield IngestResult(item.id, "error", error=str(error))
