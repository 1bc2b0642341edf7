"""eventwire: news reports in, verifiable event records out.

    >>> import eventwire
    >>> events = eventwire.extract(text, published="2014-11-26")

``extract`` codes a report given as text; ``read_documents`` ingests files,
folders, JSONL and stdin into documents (reader comments set apart), and
``extract_document`` codes one of them. Every event carries, per field, the
character span of the words that support it (``Event.evidence``).
"""
from .errors import EventwireError, IngestError
from .ingest import read_documents
from .pipeline import explain_document, extract, extract_document
from .records import Comment, Document, Event

__version__ = "0.1.0"
__all__ = [
    "Comment", "Document", "Event", "EventwireError", "IngestError",
    "explain_document", "extract", "extract_document", "read_documents",
]
