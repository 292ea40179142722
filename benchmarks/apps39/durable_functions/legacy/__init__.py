"""Pre-Inngest code paths kept for the /v1 API and a couple of cron scripts.

Do not add new callers. Scheduled for removal once v1 clients migrate.
"""
