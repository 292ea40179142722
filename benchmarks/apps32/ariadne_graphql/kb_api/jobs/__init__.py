"""Background jobs run by arq (``arq kb_api.jobs.worker.WorkerSettings``)."""
