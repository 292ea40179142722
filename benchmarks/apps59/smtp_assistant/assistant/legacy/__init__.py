"""Pre-0.5 code kept for the finance@ cron job. Do not add new callers."""
