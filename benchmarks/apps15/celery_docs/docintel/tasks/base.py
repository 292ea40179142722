"""Custom Task base class for all document tasks."""
import logging
from typing import Any, Optional

from celery import Task

from docintel.core.db import session_scope
from docintel.core.worker_clients import get_clients
from docintel.models import DocStatus, Document

log = logging.getLogger(__name__)


class PermanentTaskError(Exception):
    """Raised for problems retrying won't fix (bad input, unsupported format)."""


class DocTask(Task):
    abstract = True
    autoretry_for = (ConnectionError, TimeoutError)
    retry_backoff = True
    retry_backoff_max = 600
    retry_jitter = True
    max_retries = 5

    # provider clients, per worker process ---------------------------------
    @property
    def azure(self):
        return get_clients().azure

    @property
    def bedrock(self):
        return get_clients().bedrock

    @property
    def claude(self):
        return get_clients().claude

    @property
    def voyage(self):
        return get_clients().voyage

    # bookkeeping -------------------------------------------------------------
    def set_status(self, document_id: str, status: DocStatus, error: Optional[str] = None) -> None:
        with session_scope() as session:
            doc = session.get(Document, document_id)
            if doc is None:
                log.warning("document %s vanished", document_id)
                return
            doc.status = status
            if error is not None:
                doc.error = error[:4000]

    def on_failure(self, exc: BaseException, task_id: str, args: Any, kwargs: Any, einfo: Any) -> None:
        document_id = kwargs.get("document_id") or (args[0] if args else None)
        if isinstance(document_id, str):
            self.set_status(document_id, DocStatus.FAILED, error=f"{type(exc).__name__}: {exc}")
        log.error("task %s failed", self.name, extra={"task_id": task_id, "document_id": document_id})
        super().on_failure(exc, task_id, args, kwargs, einfo)
