from datetime import timedelta

import pendulum

from common.callbacks import notify_failure

START_DATE = pendulum.datetime(2024, 1, 1, tz="Europe/London")

DEFAULT_ARGS = {
    "owner": "data-platform",
    "depends_on_past": False,
    "retries": 2,
    "retry_delay": timedelta(minutes=5),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=30),
    "on_failure_callback": notify_failure,
}

LLM_POOL = "llm_providers"  # 16 slots, shared by every DAG that calls a model provider
TAGS = ["catalogue", "ml"]
