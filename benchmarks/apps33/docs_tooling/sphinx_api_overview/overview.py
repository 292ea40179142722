"""Collect a module's public API and ask a model for an overview."""
from __future__ import annotations

import asyncio
import importlib
import inspect
import logging
from typing import Any

from doctools import prompts
from doctools.cache import DiskCache, content_key
from doctools.clients import get_bedrock_runtime
from doctools.config import get_settings
from doctools.legacy.claude_http import claude_complete
from doctools.providers import BACKENDS, get_backend
from doctools.providers import offline as _offline  # noqa: F401  (registers the offline backend)
from doctools.services.llm_usage_tracker import llm_tracker
from doctools.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

BACKENDS.setdefault("legacy-http", claude_complete)


def describe_api(module_name: str, include_private: bool = False) -> str:
    module = importlib.import_module(module_name)
    names = getattr(module, "__all__", None) or [n for n in dir(module) if include_private or not n.startswith("_")]
    lines = []
    for name in names:
        obj = getattr(module, name, None)
        if obj is None or inspect.ismodule(obj):
            continue
        try:
            sig = str(inspect.signature(obj)) if callable(obj) else ""
        except (TypeError, ValueError):
            sig = "(...)"
        doc = (inspect.getdoc(obj) or "").strip().split("\n\n")[0]
        kind = "class" if inspect.isclass(obj) else "function" if callable(obj) else "attribute"
        lines.append(f"- {kind} {name}{sig}: {doc}")
    return "\n".join(lines)


class OverviewWriter:
    def __init__(self, backend: str, model: str, cache: DiskCache | None = None, anthropic_client: Any = None) -> None:
        self.backend = backend
        self.model = model
        self.cache = cache
        self._client = anthropic_client

    def generate(self, module_name: str, max_tokens: int = 700) -> str:
        api = describe_api(module_name)
        key = content_key("overview", self.backend, self.model, api)
        if self.cache is not None and (hit := self.cache.get(key)):
            return hit
        prompt = prompts.API_OVERVIEW_USER.format(module=module_name, api=api)
        text = self._run(prompt, max_tokens)
        if self.cache is not None:
            self.cache.set(key, text)
        return text

    def _run(self, prompt: str, max_tokens: int) -> str:
        if self.backend == "anthropic":
            message = self._client.messages.create(
                model=self.model,
                max_tokens=max_tokens,
                system=prompts.API_OVERVIEW_SYSTEM,
                messages=[{"role": "user", "content": prompt}],
            )
            return message.content[0].text
        if self.backend == "gateway":
            return asyncio.run(
                multi_model_service.generate_response(
                    prompt=prompt,
                    task_type="api_overview",
                    complexity=TaskComplexity.MODERATE,
                    system=prompts.API_OVERVIEW_SYSTEM,
                    max_tokens=max_tokens,
                )
            )
        if self.backend == "anthropic-tracked":
            return asyncio.run(self._run_tracked(prompt, max_tokens))
        backend = get_backend(self.backend)
        return backend(prompts.API_OVERVIEW_SYSTEM, prompt, max_tokens)

    async def _run_tracked(self, prompt: str, max_tokens: int) -> str:
        from doctools.clients import get_async_anthropic_client

        client = get_async_anthropic_client()
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=self.model, feature_context="sphinx_api_overview"
        ) as usage_log:
            message = await client.messages.create(
                model=self.model,
                max_tokens=max_tokens,
                system=prompts.API_OVERVIEW_SYSTEM,
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        return message.content[0].text


def stream_overview_to_console(module_name: str) -> str:
    """Debug helper: ``python -m sphinx_api_overview.overview mypkg.module``."""
    runtime = get_bedrock_runtime()
    api = describe_api(module_name)
    response = runtime.converse_stream(
        modelId=get_settings().bedrock_model_id,
        system=[{"text": prompts.API_OVERVIEW_SYSTEM}],
        messages=[{"role": "user", "content": [{"text": prompts.API_OVERVIEW_USER.format(module=module_name, api=api)}]}],
        inferenceConfig={"maxTokens": 700},
    )
    parts = []
    for event in response["stream"]:
        if "contentBlockDelta" in event:
            chunk = event["contentBlockDelta"]["delta"].get("text", "")
            print(chunk, end="", flush=True)
            parts.append(chunk)
    print()
    return "".join(parts)


if __name__ == "__main__":
    import sys

    stream_overview_to_console(sys.argv[1])
