"""Pre-Cement scripts kept for the cron jobs that still import them.

Do not add new code here.
"""
