import logging
from datetime import datetime, timedelta

from sqlalchemy import delete

from docproc.celery_app import celery_app
from docproc.clients import cohere_client, get_anthropic_client, get_openai_client
from docproc.db import session_scope
from docproc.models import ProcessingJob
from docproc.settings import settings

logger = logging.getLogger(__name__)


@celery_app.task(name="docproc.tasks.maintenance.provider_healthcheck")
def provider_healthcheck() -> dict:
    """Cheap reachability check against each provider. Must not spend tokens."""
    status = {}
    try:
        models = get_openai_client().models.list()
        status["openai"] = any(m.id == settings.openai_chat_model for m in models.data)
    except Exception as exc:
        logger.warning("openai healthcheck failed: %s", exc)
        status["openai"] = False
    try:
        page = get_anthropic_client().models.list(limit=20)
        status["anthropic"] = any(m.id == settings.anthropic_model for m in page.data)
    except Exception as exc:
        logger.warning("anthropic healthcheck failed: %s", exc)
        status["anthropic"] = False
    try:
        status["cohere"] = bool(cohere_client().models.list(endpoint="rerank").models)
    except Exception as exc:
        logger.warning("cohere healthcheck failed: %s", exc)
        status["cohere"] = False
    return status


@celery_app.task(name="docproc.tasks.maintenance.purge_old_jobs")
def purge_old_jobs(days: int = 90) -> int:
    cutoff = datetime.utcnow() - timedelta(days=days)
    with session_scope() as session:
        result = session.execute(delete(ProcessingJob).where(ProcessingJob.created_at < cutoff))
        return result.rowcount or 0
