"""Example values shared by record and renderer tests."""

PROVENANCE = {
    "tool_version": "0.1.0",
    "pipeline": "fr_conflict_extract",
    "pipeline_version": "0.1.0+00000000",
    "knowledge_version": "0000000000000000",
    "input_sha256": "0" * 64,
}
