"""Synchronous pipeline object, used by the bulk importer and the legacy CLI.

Holds its clients; ``from_defaults()`` wires the cached ones from ``llm``.
"""
from __future__ import annotations

import dataclasses
import logging
from typing import Any

import anthropic
import voyageai
from mistralai import Mistral
from openai import OpenAI

from docproc import prompts
from docproc.chunking import chunk_text, truncate
from llm.clients import get_anthropic, get_mistral, get_openai, get_voyage

logger = logging.getLogger(__name__)


@dataclasses.dataclass
class PipelineResult:
    summary: str
    label: str
    embeddings: list[list[float]]
    meta: dict[str, Any] = dataclasses.field(default_factory=dict)


class DocumentPipeline:
    def __init__(self, openai_client: OpenAI, claude: anthropic.Anthropic, mistral: Mistral, voyage: voyageai.Client):
        self.openai = openai_client
        self.claude = claude
        self.mistral = mistral
        self.voyage = voyage

    @classmethod
    def from_defaults(cls) -> "DocumentPipeline":
        return cls(get_openai(), get_anthropic(), get_mistral(), get_voyage())

    def summarize(self, body: str, max_words: int = 150) -> str:
        msg = self.claude.messages.create(
            model="claude-3-5-sonnet-20241022",
            max_tokens=900,
            system=prompts.SUMMARY_SYSTEM.format(max_words=max_words),
            messages=[{"role": "user", "content": truncate(body, 50000)}],
        )
        return msg.content[0].text

    def classify(self, body: str, labels: list[str]) -> str:
        resp = self.openai.chat.completions.create(
            model="gpt-4o-mini",
            temperature=0,
            messages=[
                {"role": "system", "content": prompts.CLASSIFY_SYSTEM.format(labels=", ".join(labels))},
                {"role": "user", "content": truncate(body, 6000)},
            ],
        )
        return (resp.choices[0].message.content or "other").strip()

    def embed(self, body: str) -> list[list[float]]:
        chunks = list(chunk_text(body))
        if not chunks:
            return []
        return self.voyage.embed(chunks, model="voyage-3", input_type="document").embeddings

    def keywords(self, body: str) -> list[str]:
        res = self.mistral.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": f"List 5 keywords, comma separated:\n\n{truncate(body, 4000)}"}],
        )
        return [k.strip() for k in res.choices[0].message.content.split(",")]

    def run(self, body: str, labels: list[str]) -> PipelineResult:
        summary = self.summarize(body)
        label = self.classify(body, labels)
        vectors = self.embed(body)
        return PipelineResult(summary, label, vectors, {"keywords": self.keywords(body)})
