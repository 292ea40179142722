import json
from typing import Dict, List

import requests
from dagster import (
    DefaultSensorStatus,
    RunFailureSensorContext,
    RunRequest,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    run_failure_sensor,
    sensor,
)

from .legacy_ops import help_center_embedding_job
from .llm.clients import get_anthropic_client, get_openai_client
from .settings import IS_PROD, SLACK_ALERTS_WEBHOOK
from .utils import get_logger

log = get_logger("sensors")

TERMINAL_OPENAI = {"completed", "failed", "expired", "cancelled"}


def _load_cursor(context: SensorEvaluationContext) -> Dict[str, List[str]]:
    return json.loads(context.cursor) if context.cursor else {"openai": [], "anthropic": []}


@sensor(minimum_interval_seconds=15 * 60, default_status=DefaultSensorStatus.RUNNING)
def llm_batch_status_sensor(context: SensorEvaluationContext):
    """Watches batches submitted by the *_batch assets and logs when they finish.

    Batch ids are added to the cursor by hand (or by the ingestion notebook) for now;
    the ingestion itself is still manual, see DATA-845.
    """
    state = _load_cursor(context)
    if not state["openai"] and not state["anthropic"]:
        return SkipReason("no pending batches")

    still_open = {"openai": [], "anthropic": []}
    openai_client = get_openai_client()
    for batch_id in state["openai"]:
        batch = openai_client.batches.retrieve(batch_id)
        if batch.status in TERMINAL_OPENAI:
            context.log.info(
                "openai batch %s %s: %s ok / %s failed (output %s)",
                batch_id,
                batch.status,
                batch.request_counts.completed,
                batch.request_counts.failed,
                batch.output_file_id,
            )
        else:
            still_open["openai"].append(batch_id)

    anthropic_client = get_anthropic_client()
    for batch_id in state["anthropic"]:
        batch = anthropic_client.messages.batches.retrieve(batch_id)
        if batch.processing_status == "ended":
            context.log.info("anthropic batch %s ended: %s", batch_id, batch.request_counts)
        else:
            still_open["anthropic"].append(batch_id)

    return SensorResult(skip_reason=SkipReason("polled batches"), cursor=json.dumps(still_open))


@sensor(job=help_center_embedding_job, minimum_interval_seconds=3600)
def help_center_changed_sensor(context: SensorEvaluationContext):
    resp = requests.get("https://acme.zendesk.com/api/v2/help_center/articles.json?sort_by=updated_at", timeout=30)
    resp.raise_for_status()
    latest = max((a["updated_at"] for a in resp.json().get("articles", [])), default=None)
    if latest is None or latest == context.cursor:
        return SkipReason("help center unchanged")
    context.update_cursor(latest)
    return RunRequest(run_key=f"help-center-{latest}")


@run_failure_sensor(default_status=DefaultSensorStatus.RUNNING)
def slack_on_run_failure(context: RunFailureSensorContext):
    if not (IS_PROD and SLACK_ALERTS_WEBHOOK):
        return
    run = context.dagster_run
    text = f":red_circle: `{run.job_name}` failed (run {run.run_id[:8]}): {context.failure_event.message}"
    resp = requests.post(SLACK_ALERTS_WEBHOOK, json={"text": text[:3000]}, timeout=10)
    if resp.status_code >= 300:
        log.warning("slack webhook returned %s", resp.status_code)


all_sensors = [llm_batch_status_sensor, help_center_changed_sensor, slack_on_run_failure]
