import os

import requests

SLACK_WEBHOOK_URL = os.environ.get("SLACK_DATA_ALERTS_WEBHOOK", "")


def _task_url(context) -> str:
    ti = context.get("task_instance")
    return getattr(ti, "log_url", "") if ti else ""


def notify_failure(context) -> None:
    if not SLACK_WEBHOOK_URL:
        return
    ti = context.get("task_instance")
    text = (
        f":red_circle: *{context['dag'].dag_id}.{ti.task_id if ti else '?'}* failed "
        f"(try {ti.try_number if ti else '?'})\n<{_task_url(context)}|logs>"
    )
    requests.post(SLACK_WEBHOOK_URL, json={"text": text}, timeout=10)


def notify_summary(dag_id: str, lines) -> None:
    if not SLACK_WEBHOOK_URL:
        return
    body = "\n".join(f"• {line}" for line in lines)
    requests.post(SLACK_WEBHOOK_URL, json={"text": f"*{dag_id}*\n{body}"}, timeout=10)
