"""eventwire: news reports in, verifiable event records out."""
__version__ = "0.1.0"
