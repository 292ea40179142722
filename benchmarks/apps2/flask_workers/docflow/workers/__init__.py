"""Celery tasks. Start a worker with ``celery -A docflow.extensions:celery worker``."""
