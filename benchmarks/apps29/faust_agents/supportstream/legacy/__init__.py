"""Pre-Faust code from the old Celery worker. Do not add to this package."""
