"""Weekly KPI report for the finance leadership channel."""
from __future__ import annotations

import json
import logging
from typing import Dict

from temporalio import activity

from backoffice.clients import ClientBundle
from backoffice.clients.llm import get_mistral
from backoffice.config import Settings
from backoffice.models import ReportRequest
from backoffice.prompts import REPORT_SUMMARY_V1, REPORT_TITLE_V1
from backoffice.services.llm_usage_tracker import llm_tracker
from backoffice.services.multi_model_service import TaskComplexity, multi_model_service
from backoffice.services.integrations import post_to_slack

logger = logging.getLogger(__name__)


class ReportingActivities:
    def __init__(self, clients: ClientBundle, settings: Settings) -> None:
        self._clients = clients
        self._settings = settings

    @activity.defn
    async def summarize_kpis(self, req: ReportRequest) -> str:
        prompt = REPORT_SUMMARY_V1.format(period=req.period) + "\n\n" + json.dumps(req.metrics, indent=2)
        return await multi_model_service.generate_response(
            prompt=prompt,
            task_type="kpi_report",
            complexity=TaskComplexity.STANDARD,
        )

    @activity.defn
    async def explain_anomalies(self, req: ReportRequest, anomalies: Dict[str, float]) -> str:
        model = self._settings.models.drafting
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context="kpi_anomalies"
        ) as usage_log:
            msg = await self._clients.anthropic_async.messages.create(
                model=model,
                max_tokens=600,
                messages=[
                    {
                        "role": "user",
                        "content": f"These {req.team} KPIs moved more than 2 sigma in {req.period}: "
                        f"{json.dumps(anomalies)}. Suggest likely causes.",
                    }
                ],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return "".join(b.text for b in msg.content if b.type == "text")

    @activity.defn
    def suggest_title(self, summary: str) -> str:
        # TODO(BO-460): move onto multi_model_service once it supports mistral
        res = get_mistral().chat.complete(
            model=self._settings.models.mistral_small,
            messages=[
                {"role": "system", "content": REPORT_TITLE_V1},
                {"role": "user", "content": summary},
            ],
            max_tokens=30,
        )
        return (res.choices[0].message.content or "Weekly back-office report").strip().strip('"')

    @activity.defn
    def write_commentary(self, req: ReportRequest, summary: str) -> str:
        stream = self._clients.openai.chat.completions.create(
            model=self._settings.models.extraction_mini,
            stream=True,
            stream_options={"include_usage": True},
            messages=[
                {"role": "system", "content": "You are the controller writing a short weekly commentary."},
                {"role": "user", "content": f"Team: {req.team}\nPeriod: {req.period}\n\n{summary}"},
            ],
        )
        parts = []
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                parts.append(chunk.choices[0].delta.content)
            if chunk.usage:
                logger.info("commentary usage: %s", chunk.usage.total_tokens)
        return "".join(parts)

    @activity.defn
    def publish(self, title: str, body: str) -> bool:
        return post_to_slack(f"*{title}*\n{body}", channel="#finance-leadership")
