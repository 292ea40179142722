"""ZenML failure/success hooks (Slack notifications)."""

from __future__ import annotations

import os

import requests
from zenml import get_step_context

SLACK_WEBHOOK = os.environ.get("SLACK_WEBHOOK_URL", "")


def notify_on_failure(exception: BaseException) -> None:
    ctx = get_step_context()
    if not SLACK_WEBHOOK:
        return
    requests.post(
        SLACK_WEBHOOK,
        json={"text": f":red_circle: step `{ctx.step_run.name}` in `{ctx.pipeline.name}` failed: {exception}"},
        timeout=10,
    )


def notify_on_success() -> None:
    ctx = get_step_context()
    if SLACK_WEBHOOK:
        requests.post(SLACK_WEBHOOK, json={"text": f":white_check_mark: {ctx.pipeline.name} done"}, timeout=10)
