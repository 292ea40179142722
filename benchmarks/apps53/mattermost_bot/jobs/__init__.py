"""Scheduled jobs (run inside the bot process via mmpy_bot's scheduler)."""
