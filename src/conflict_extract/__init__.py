"""conflict-extract: French conflict dispatches in, ACLED-style event records out."""

__version__ = "0.1.0"
