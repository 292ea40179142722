"""Pre-0.5 jobs that ran under a BackgroundScheduler in the old cron container.

Still imported by scripts/legacy_runner.py for the two reports finance relies on.
Do not add new code here.
"""
