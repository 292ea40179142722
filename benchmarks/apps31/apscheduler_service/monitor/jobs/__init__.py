"""Scheduled jobs. Each job takes a JobContext as ``ctx`` via add_job(kwargs=...)."""
