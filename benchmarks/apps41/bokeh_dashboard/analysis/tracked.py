"""The sanctioned path: everything here goes through the platform's usage tracking.

New features should call these instead of the per-provider helpers; the old
helpers are still wired into a few panels (see ui/legacy_panel.py).
"""
from __future__ import annotations

import logging

import pandas as pd
from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import TaskComplexity, multi_model_service

from analysis import prompts
from analysis.clients import get_anthropic_client, get_mistral_client
from config import settings

log = logging.getLogger(__name__)


async def explain_chart_tracked(title: str, metric: str, df: pd.DataFrame, selection=None) -> str:
    prompt = prompts.chart_explanation_prompt(title, metric, df, selection)
    return await multi_model_service.generate_response(
        prompt=prompt,
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )


async def summarize_tracked(service: str, df: pd.DataFrame) -> str:
    response = await multi_model_service.generate_response(
        prompt=prompts.summary_prompt(service, df),
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
        system_prompt=prompts.SYSTEM_SUMMARY,
    )
    return response


async def anomaly_note_tracked_claude(service: str, anomalies: list[dict]) -> str:
    client = get_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=settings.anthropic_model,
        feature_context="ops_dashboard.anomaly_note",
    ) as usage_log:
        msg = client.messages.create(
            model=settings.anthropic_model,
            max_tokens=200,
            messages=prompts.as_anthropic(prompts.anomaly_prompt(service, anomalies)),
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


async def glossary_tracked_mistral(columns: list[str]) -> str:
    mistral = get_mistral_client()
    async with llm_tracker.track_llm_call(
        provider="mistral",
        model=settings.mistral_model,
        feature_context="ops_dashboard.glossary",
    ) as usage_log:
        res = await mistral.chat.complete_async(
            model=settings.mistral_model,
            messages=[{"role": "user", "content": "Describe these metrics:\n" + "\n".join(columns)}],
        )
        usage_log.input_tokens = res.usage.prompt_tokens
        usage_log.output_tokens = res.usage.completion_tokens
    return res.choices[0].message.content
