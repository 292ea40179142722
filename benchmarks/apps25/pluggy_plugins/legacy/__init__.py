"""Pre-plugin code paths (v0.x). Still imported by the nightly jobs.

Do not add new callers; see docs/migration.md.
"""
