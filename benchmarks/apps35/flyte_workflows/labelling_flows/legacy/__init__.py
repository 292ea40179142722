"""Pre-Flyte code paths kept alive for the nightly cron. Do not extend."""
