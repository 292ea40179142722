"""Slack notifications for LLM DAG failures and cost alerts."""
from __future__ import annotations

import logging
from typing import Any

from airflow.providers.slack.hooks.slack import SlackHook

from acme_airflow_llm.utils.costs import estimate_cost_usd

log = logging.getLogger(__name__)


class LLMChannel:
    """Posts to the #llm-pipelines channel. ``chat`` mirrors Slack's chat.postMessage naming."""

    def __init__(self, slack_conn_id: str = "slack_llm", channel: str = "#llm-pipelines") -> None:
        self.hook = SlackHook(slack_conn_id=slack_conn_id)
        self.channel = channel

    def chat(self, text: str, **kwargs: Any) -> None:
        self.hook.client.chat_postMessage(channel=self.channel, text=text, **kwargs)


def on_failure_callback(context: dict[str, Any]) -> None:
    ti = context["ti"]
    LLMChannel().chat(f":red_circle: {ti.dag_id}.{ti.task_id} failed (try {ti.try_number}): {context.get('exception')}")


def cost_alert(model: str, input_tokens: int, output_tokens: int, threshold_usd: float = 5.0) -> None:
    cost = estimate_cost_usd(model, input_tokens, output_tokens)
    if cost >= threshold_usd:
        LLMChannel().chat(f":moneybag: single run of {model} cost ${cost:.2f}")
