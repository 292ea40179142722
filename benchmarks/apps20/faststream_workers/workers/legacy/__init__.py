"""Pre-FastStream code from the old Celery workers. Do not add new things here."""
