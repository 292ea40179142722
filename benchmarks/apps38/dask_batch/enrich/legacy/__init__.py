"""Pre-Dask enrichment code (2023). Only jobs/backfill_legacy.py still uses it."""
