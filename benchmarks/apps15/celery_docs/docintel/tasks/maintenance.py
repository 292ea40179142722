"""Housekeeping beat tasks."""
import logging
import time
from datetime import datetime, timedelta
from typing import Dict

import boto3

from docintel.celery_app import app
from docintel.core.db import session_scope
from docintel.core.settings import settings
from docintel.core.worker_clients import get_clients
from docintel.models import JobState, ProcessingJob
from docintel.services.watsonx import list_chat_models

log = logging.getLogger(__name__)


@app.task(name="docintel.tasks.maintenance.model_inventory")
def model_inventory() -> Dict[str, list]:
    """Snapshot of what each provider exposes to us; diffed in the weekly ops review."""
    clients = get_clients()
    azure_models = [m.id for m in clients.azure.models.list()]

    bedrock_control = boto3.client("bedrock", region_name=settings.bedrock_region)
    summaries = bedrock_control.list_foundation_models(byProvider="Anthropic", byOutputModality="TEXT")
    bedrock_models = [m["modelId"] for m in summaries["modelSummaries"]]

    return {"azure": azure_models, "bedrock": bedrock_models, "watsonx": list_chat_models()}


@app.task(name="docintel.tasks.maintenance.model_canary", soft_time_limit=120)
def model_canary() -> Dict[str, float]:
    """Synthetic probe: catches expired inference profiles / revoked model access
    before the morning mail run does."""
    latencies: Dict[str, float] = {}
    t0 = time.perf_counter()
    reply = get_clients().claude.messages.create(
        model=settings.bedrock_sonnet_model,
        max_tokens=5,
        messages=[{"role": "user", "content": "Reply with the single word OK."}],
    )
    latencies["bedrock_sonnet"] = round(time.perf_counter() - t0, 3)
    if "OK" not in reply.content[0].text.upper():
        log.error("canary got unexpected reply: %r", reply.content[0].text)
    return latencies


@app.task(name="docintel.tasks.maintenance.purge_stale_jobs")
def purge_stale_jobs(max_age_days: int = 7) -> int:
    cutoff = datetime.utcnow() - timedelta(days=max_age_days)
    purged = 0
    with session_scope() as session:
        stale = (
            session.query(ProcessingJob)
            .filter(ProcessingJob.state == JobState.RUNNING, ProcessingJob.started_at < cutoff)
            .all()
        )
        for job in stale:
            job.record_completion(JobState.FAILED, {"reason": "stale"})
            purged += 1
    log.info("marked %d stale jobs failed", purged)
    return purged
