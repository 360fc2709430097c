"""Archives: `batch` into an embedded SQLite store, `summary` and `export` over it.

inputs.py (paths -> files) -> runner.py (dispatches -> chunks -> workers -> one writer)
-> store.py (SQLite, one transaction per chunk) -> summary.py / export.py.
"""
