"""Use cases, each one transaction checked against the workflow table; the UI and CLI call these."""
