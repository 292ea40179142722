"""Vertex AI (Gemini) adapter using google-genai with vertexai=True."""
from __future__ import annotations

import functools
import logging
from typing import Iterator

from google.genai import errors as genai_errors
from google.genai import types

from aiops_operator.providers.base import (
    Completion,
    CompletionRequest,
    ProviderAdapter,
    ProviderError,
)

logger = logging.getLogger(__name__)

DEFAULT_EMBED_MODEL = "text-embedding-005"


def _contents(request: CompletionRequest) -> list[types.Content]:
    role_map = {"assistant": "model", "user": "user"}
    return [
        types.Content(role=role_map.get(m.role, "user"), parts=[types.Part.from_text(text=m.content)])
        for m in request.messages
    ]


def _config(request: CompletionRequest) -> types.GenerateContentConfig:
    return types.GenerateContentConfig(
        system_instruction=request.system,
        max_output_tokens=request.max_tokens,
        temperature=request.temperature,
        stop_sequences=request.stop,
    )


def _to_completion(resp, model: str) -> Completion:
    usage = resp.usage_metadata
    return Completion(
        text=resp.text or "",
        model=model,
        input_tokens=getattr(usage, "prompt_token_count", 0) or 0,
        output_tokens=getattr(usage, "candidates_token_count", 0) or 0,
        finish_reason=str(resp.candidates[0].finish_reason) if resp.candidates else None,
        raw=resp,
    )


class VertexGeminiAdapter(ProviderAdapter):
    name = "google"

    def __init__(self, client):
        self._client = client

    def complete(self, request: CompletionRequest) -> Completion:
        try:
            resp = self._client.models.generate_content(
                model=request.model,
                contents=_contents(request),
                config=_config(request),
            )
        except genai_errors.APIError as exc:
            raise ProviderError(self.name, exc.message or str(exc), retryable=exc.code in (429, 503)) from exc
        return _to_completion(resp, request.model)

    async def acomplete(self, request: CompletionRequest) -> Completion:
        resp = await self._client.aio.models.generate_content(
            model=request.model,
            contents=_contents(request),
            config=_config(request),
        )
        return _to_completion(resp, request.model)

    def stream(self, request: CompletionRequest) -> Iterator[str]:
        # TODO: switch to generate_content_stream once the daemon handles partial status
        yield self.complete(request).text

    def complete_many(self, model: str, prompts: list[str], system: str | None = None) -> list[str]:
        """Used by PromptJob batch mode for small batches (<50 prompts)."""
        generate = functools.partial(
            self._client.models.generate_content,
            model=model,
            config=types.GenerateContentConfig(system_instruction=system, temperature=0.0),
        )
        results = []
        for prompt in prompts:
            resp = generate(contents=prompt)
            results.append(resp.text or "")
        return results

    def embed(self, texts: list[str], model: str | None = None) -> list[list[float]]:
        resp = self._client.models.embed_content(
            model=model or DEFAULT_EMBED_MODEL,
            contents=texts,
            config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT"),
        )
        return [e.values for e in resp.embeddings]

    def estimate_tokens(self, request: CompletionRequest) -> int:
        resp = self._client.models.count_tokens(model=request.model, contents=_contents(request))
        return resp.total_tokens or 0
