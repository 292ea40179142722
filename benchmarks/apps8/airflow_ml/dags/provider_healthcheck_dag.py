"""Hourly provider availability check (no generation, so it costs nothing).

Pushes the list of available model ids to the `provider_models` Variable so that
DAGs can fail fast at parse time if a model has been retired.
"""
import json

from airflow.decorators import dag, task
from airflow.models import Variable

from common.callbacks import notify_summary
from common.defaults import DEFAULT_ARGS, START_DATE
from hooks.bedrock_hook import BedrockRuntimeHook
from include.config import settings
from include.llm.clients import get_together_client

REQUIRED = {
    "together": {settings.together.chat_model, settings.together.embedding_model, settings.together.rerank_model},
    "bedrock": {settings.bedrock.claude_model_id, settings.bedrock.titan_embed_model_id},
}


@dag(
    dag_id="provider_healthcheck",
    default_args={**DEFAULT_ARGS, "retries": 0},
    start_date=START_DATE,
    schedule="@hourly",
    catchup=False,
    tags=["ops"],
)
def provider_healthcheck():
    @task
    def together_models() -> list:
        return [m.id for m in get_together_client().models.list()]

    @task
    def bedrock_models() -> list:
        hook = BedrockRuntimeHook()
        summaries = hook.control_conn.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
        embed = hook.control_conn.list_foundation_models(byOutputModality="EMBEDDING")["modelSummaries"]
        return [m["modelId"] for m in summaries + embed]

    @task
    def publish(together: list, bedrock: list) -> None:
        available = {"together": together, "bedrock": bedrock}
        missing = [
            f"{provider}: {model}"
            for provider, models in REQUIRED.items()
            for model in sorted(models - set(available[provider]))
        ]
        Variable.set("provider_models", json.dumps(available))
        if missing:
            notify_summary("provider_healthcheck", ["missing models"] + missing)

    publish(together_models(), bedrock_models())


provider_healthcheck()
