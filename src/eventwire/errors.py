"""Errors that name the document and the problem, so a batch can report and go on."""
from __future__ import annotations


class EventwireError(Exception):
    """Base class for eventwire's own errors."""


class IngestError(EventwireError):
    """A file, or one line of a JSONL file, that could not be read as a document.

    ``str(error)`` is one line: ``"path:line: problem"`` (``"path: problem"``
    when the whole file is at fault).
    """

    def __init__(self, origin: str, problem: str) -> None:
        self.origin = origin
        self.problem = problem
        super().__init__(f"{origin}: {problem}")


class DuplicateIdError(IngestError):
    """A document whose id is already stored for a different text: storing it would lose one."""
