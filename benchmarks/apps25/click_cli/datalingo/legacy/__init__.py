"""Code from the 0.x days, kept because the nightly cron jobs still import it.

Do not add new callers. See docs/migration.md (if it ever gets written).
"""
