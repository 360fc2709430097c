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


class DispatchError(ConflictExtractError):
    """Analysing one dispatch failed: a bug, not the user's doing. The batch goes on; the
    original exception (with its traceback) is kept in `error`."""

    def __init__(self, source: str, error: Exception) -> None:
        lines = str(error).strip().splitlines() or [""]
        detail = f"{type(error).__name__}: {lines[0][:200]}".rstrip(": ")
        super().__init__(f"{source}: analysis failed ({detail})")
        self.source = source
        self.error = error
