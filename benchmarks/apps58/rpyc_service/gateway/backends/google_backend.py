from __future__ import annotations

from typing import Iterator, Sequence

from google.genai import types

from gateway.backends.base import Backend, CompletionResult, EmbeddingResult, split_system
from gateway.clients import get_genai_client


def _to_contents(messages):
    contents = []
    for m in messages:
        role = "model" if m["role"] == "assistant" else "user"
        contents.append(types.Content(role=role, parts=[types.Part.from_text(text=m["content"])]))
    return contents


class GoogleBackend(Backend):
    name = "google"
    supports_embeddings = True
    supports_streaming = True

    def __init__(self, config, client=None) -> None:
        super().__init__(config)
        self._genai = client or get_genai_client()
        self.embed_model = config.embed_model or "text-embedding-004"

    def complete(self, messages, *, model=None, max_tokens=None, temperature=0.2, system=None):
        sys_from_msgs, msgs = split_system(messages)
        cfg = types.GenerateContentConfig(
            temperature=temperature,
            max_output_tokens=max_tokens or self.config.max_tokens,
            system_instruction=system or sys_from_msgs,
        )
        start = self._now()
        resp = self._genai.models.generate_content(
            model=model or self.default_model,
            contents=_to_contents(msgs),
            config=cfg,
        )
        usage = resp.usage_metadata
        return CompletionResult(
            text=resp.text or "",
            model=model or self.default_model,
            backend=self.name,
            input_tokens=usage.prompt_token_count or 0,
            output_tokens=usage.candidates_token_count or 0,
            latency_ms=self._elapsed_ms(start),
        )

    def embed(self, texts: Sequence[str], *, model=None) -> EmbeddingResult:
        resp = self._genai.models.embed_content(
            model=model or self.embed_model,
            contents=list(texts),
            config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT"),
        )
        return EmbeddingResult(
            vectors=[e.values for e in resp.embeddings],
            model=model or self.embed_model,
            backend=self.name,
        )

    def stream(self, messages, *, model=None, max_tokens=None, temperature=0.2, system=None) -> Iterator[str]:
        sys_from_msgs, msgs = split_system(messages)
        for chunk in self._genai.models.generate_content_stream(
            model=model or self.default_model,
            contents=_to_contents(msgs),
            config=types.GenerateContentConfig(
                temperature=temperature,
                system_instruction=system or sys_from_msgs,
            ),
        ):
            if chunk.text:
                yield chunk.text

    def count_tokens(self, text: str, *, model=None) -> int:
        resp = self._genai.models.count_tokens(model=model or self.default_model, contents=text)
        return resp.total_tokens
