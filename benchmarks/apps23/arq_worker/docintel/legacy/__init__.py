"""Pre-ARQ synchronous pipeline (Celery era). Still shipped to on-prem customers (v1 API).

Do not add new features here.
"""
