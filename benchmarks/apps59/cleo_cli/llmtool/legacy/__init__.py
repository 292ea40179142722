"""Pre-cleo helpers kept for the nightly cron jobs. Do not add new code here."""
