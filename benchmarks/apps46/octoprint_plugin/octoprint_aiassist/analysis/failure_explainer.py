# coding=utf-8
"""Explains why a print failed.

Triggered from the PrintFailed / Error events. Runs on the worker thread.
"""
from __future__ import absolute_import, unicode_literals

import asyncio
import logging

from ..llm import TaskComplexity, get_anthropic_client, llm_tracker, multi_model_service
from ..llm.prompts import FAILURE_PROMPT, SYSTEM_PROMPT, format_temps
from ..llm.tokens import trim_to_budget

_logger = logging.getLogger("octoprint.plugins.aiassist.failure")

DEEP_MODEL = "claude-sonnet-4-20250514"


class FailureContext(object):
    def __init__(self, filename, progress, reason, temps, serial_tail, profile):
        self.filename = filename
        self.progress = progress
        self.reason = reason
        self.temps = temps
        self.serial_tail = serial_tail
        self.profile = profile

    @classmethod
    def from_printer(cls, printer, payload, serial_tail, profile_name):
        job = printer.get_current_job() or {}
        progress = (printer.get_current_data() or {}).get("progress") or {}
        return cls(
            filename=(job.get("file") or {}).get("name") or payload.get("name"),
            progress=round(progress.get("completion") or 0, 1),
            reason=payload.get("reason") or payload.get("error") or "unknown",
            temps=printer.get_current_temperatures(),
            serial_tail=serial_tail,
            profile=profile_name,
        )

    def render(self):
        return FAILURE_PROMPT.format(
            profile=self.profile,
            filename=self.filename,
            progress=self.progress,
            reason=self.reason,
            temps=format_temps(self.temps),
            serial_tail=trim_to_budget(self.serial_tail or "", 1500),
        )


class FailureExplainer(object):
    def __init__(self, registry, settings_getter, logger=None):
        self._registry = registry
        self._settings = settings_getter
        self._logger = logger or _logger

    def explain(self, context):
        """Quick explanation through whatever backend the user picked."""
        backend = self._registry.first_available(self._settings("preferred_provider"))
        if backend is None:
            return {"error": "No LLM provider configured"}
        result = backend.complete(context.render(), max_tokens=600)
        self._logger.info("Failure explained by %r (%s out tokens)", backend, result.output_tokens)
        return {"explanation": result.text, "provider": backend.name, "model": result.model}

    def explain_deep(self, context, extra_notes=""):
        """Longer analysis with extended thinking; only offered for Anthropic."""
        client = get_anthropic_client(self._settings("anthropic_api_key"))
        message = client.messages.create(
            model=DEEP_MODEL,
            max_tokens=4000,
            thinking={"type": "enabled", "budget_tokens": 2048},
            system=SYSTEM_PROMPT,
            messages=[{"role": "user", "content": context.render() + "\n\n" + extra_notes}],
        )
        text = "".join(b.text for b in message.content if b.type == "text")
        return {"explanation": text, "provider": "anthropic", "model": DEEP_MODEL}

    def explain_tracked(self, context):
        """New path (see #212): goes through the tracked multi-model service."""
        text = multi_model_service.generate_response_sync(
            context.render(),
            task_type="failure_explain",
            complexity=TaskComplexity.AGENTIC,
            system=SYSTEM_PROMPT,
        )
        return {"explanation": text, "provider": "auto"}

    async def explain_with_tracking(self, context):
        client = get_anthropic_client(self._settings("anthropic_api_key"))
        async with llm_tracker.track_llm_call(provider="anthropic", model=DEEP_MODEL,
                                              feature_context="failure_explain") as usage_log:
            message = await asyncio.to_thread(
                client.messages.create,
                model=DEEP_MODEL,
                max_tokens=1200,
                system=SYSTEM_PROMPT,
                messages=[{"role": "user", "content": context.render()}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        return {"explanation": message.content[0].text, "provider": "anthropic", "model": DEEP_MODEL}
