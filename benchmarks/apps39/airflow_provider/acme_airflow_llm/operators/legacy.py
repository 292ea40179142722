"""Legacy operators kept for DAGs that have not been migrated (see JIRA DATA-2231).

Do not add new code here.
"""
from __future__ import annotations

import asyncio
import os
import warnings
from typing import Any

import requests
from airflow.hooks.base import BaseHook
from airflow.models import BaseOperator

from acme_airflow_llm.hooks.cohere import CohereHook
from acme_airflow_llm.hooks.openai import OpenAIHook
from acme_airflow_llm.utils.llm_usage_tracker import llm_tracker

OPENAI_CHAT_URL = "https://api.openai.com/v1/chat/completions"


class LegacyGPTOperator(BaseOperator):
    """The very first LLM operator, from before we had hooks. Uses requests."""

    template_fields = ("prompt",)

    def __init__(self, *, prompt: str, model: str = "gpt-4o-mini", conn_id: str = "openai_legacy", **kwargs: Any):
        warnings.warn("LegacyGPTOperator is deprecated; use OpenAIChatOperator", DeprecationWarning, stacklevel=2)
        super().__init__(**kwargs)
        self.prompt = prompt
        self.model = model
        self.conn_id = conn_id

    def execute(self, context) -> str:
        conn = BaseHook.get_connection(self.conn_id)
        resp = requests.post(
            OPENAI_CHAT_URL,
            headers={"Authorization": f"Bearer {conn.password}", "Content-Type": "application/json"},
            json={"model": self.model, "messages": [{"role": "user", "content": self.prompt}]},
            timeout=120,
        )
        resp.raise_for_status()
        return resp.json()["choices"][0]["message"]["content"]


class LegacyCohereGenerateOperator(BaseOperator):
    """Cohere v1 chat, wrapped in the usage tracker during the 2024 FinOps push."""

    template_fields = ("prompt",)

    def __init__(self, *, prompt: str, model: str = "command-r-08-2024", conn_id: str = CohereHook.default_conn_name, **kwargs: Any):
        super().__init__(**kwargs)
        self.prompt = prompt
        self.model = model
        self.conn_id = conn_id

    async def _run(self) -> str:
        co = CohereHook(conn_id=self.conn_id).legacy_client
        async with llm_tracker.track_llm_call(provider="cohere", model=self.model, feature_context="legacy_generate") as usage_log:
            response = co.chat(message=self.prompt, model=self.model)
            usage_log.input_tokens = int(response.meta.billed_units.input_tokens or 0)
            usage_log.output_tokens = int(response.meta.billed_units.output_tokens or 0)
        return response.text

    def execute(self, context) -> str:
        return asyncio.run(self._run())


class LegacyKeywordOperator(BaseOperator):
    """Extract keywords with the legacy completions endpoint."""

    def __init__(self, *, text: str, **kwargs: Any):
        super().__init__(**kwargs)
        self.text = text

    def execute(self, context) -> list[str]:
        hook = OpenAIHook(conn_id=os.environ.get("LEGACY_OPENAI_CONN", "openai_legacy"))
        out = hook.get_conn().completions.create(
            model="gpt-3.5-turbo-instruct",
            prompt=f"Comma-separated keywords for:\n{self.text}\nKeywords:",
            max_tokens=64,
        )
        return [k.strip() for k in out.choices[0].text.split(",") if k.strip()]
