"""The few exceptions the tool raises on purpose; anything else is a bug."""


class ConflictExtractError(Exception):
    """Base class: a problem the user can fix, reported as one line."""


class InputError(ConflictExtractError):
    """One input (file, stdin, JSONL line) could not be read; the rest of the batch goes on."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


class DataError(ConflictExtractError):
    """A file under data/ or models/ is missing or malformed."""
