"""Local operator CLI.  Run from the repo root: ``python -m cli.backfill --help``."""
