"""Cohere backend: chat plus the embed/rerank helpers used by `search`."""
from __future__ import annotations

from typing import Iterator, Sequence

import cohere

from querysh.backends.base import Completion
from querysh.config import Settings

RERANK_MODEL = "rerank-english-v3.0"
EMBED_MODEL = "embed-english-v3.0"


def make_cohere_client(api_key: str | None = None) -> cohere.ClientV2:
    return cohere.ClientV2(api_key=api_key, timeout=30)


class CohereBackend:
    name = "cohere"

    def __init__(self, settings: Settings, client: cohere.ClientV2 | None = None) -> None:
        self.settings = settings
        self.model = settings.cohere_model
        self.client = client or make_cohere_client(settings.key_for("cohere"))

    def complete(self, prompt: str, *, system: str | None = None, max_tokens: int = 1024) -> Completion:
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        res = self.client.chat(
            model=self.model,
            messages=messages,
            temperature=self.settings.temperature,
            max_tokens=max_tokens,
        )
        text = "".join(part.text for part in res.message.content or [] if part.type == "text")
        tokens = res.usage.tokens if res.usage else None
        return Completion(
            text=text,
            model=self.model,
            input_tokens=int(tokens.input_tokens or 0) if tokens else 0,
            output_tokens=int(tokens.output_tokens or 0) if tokens else 0,
            raw=res,
        )

    def stream(self, prompt: str, *, system: str | None = None) -> Iterator[str]:
        # TODO(marta): switch to chat_stream once the spinner supports incremental output
        yield self.complete(prompt, system=system).text

    def token_count(self, text: str) -> int:
        return len(self.client.tokenize(text=text, model=self.model).tokens)


def rerank_columns(client: cohere.ClientV2, query: str, columns: Sequence[str], top_n: int = 5) -> list[tuple[str, float]]:
    result = client.rerank(model=RERANK_MODEL, query=query, documents=list(columns), top_n=top_n)
    return [(columns[r.index], r.relevance_score) for r in result.results]


def embed_texts(client: cohere.ClientV2, texts: Sequence[str], input_type: str = "search_document") -> list[list[float]]:
    resp = client.embed(
        model=EMBED_MODEL,
        texts=list(texts),
        input_type=input_type,
        embedding_types=["float"],
    )
    return list(resp.embeddings.float_ or [])
