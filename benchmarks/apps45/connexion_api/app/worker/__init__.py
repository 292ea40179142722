from app.worker.celery_app import celery

__all__ = ["celery"]
