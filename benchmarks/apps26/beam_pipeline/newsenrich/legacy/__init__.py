"""Pre-Beam enrichment code (the old Cloud Functions worker).

Still imported by LegacyEnrichDoFn for the "v1" backfill mode. Do not add new
code here.
"""
