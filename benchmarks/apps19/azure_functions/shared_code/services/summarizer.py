"""Summarisation of documents with Azure OpenAI.

The client is injected (the HTTP trigger and the nightly timer pass the shared
singleton; tests pass a fake).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, List, Optional

from shared_code.services import prompts
from shared_code.settings import get_settings
from shared_code.utils.tokens import chunk_text, count_tokens

logger = logging.getLogger(__name__)


@dataclass
class SummaryResult:
    text: str
    chunks: int
    input_tokens: int
    output_tokens: int


class Summarizer:
    """Single-pass summariser for short documents."""

    def __init__(self, client: Any, deployment: Optional[str] = None, max_sentences: int = 5) -> None:
        self.client = client
        self.deployment = deployment or get_settings().azure_openai.mini_deployment
        self.max_sentences = max_sentences

    def generate(self, text: str, *, temperature: float = 0.2) -> SummaryResult:
        """Produce a summary.  Named ``generate`` for parity with the old Summarizer v1 API."""
        if not text.strip():
            return SummaryResult(text="", chunks=0, input_tokens=0, output_tokens=0)
        approx = count_tokens(text)
        if approx > 60000:
            logger.warning("Document of ~%d tokens sent to single-pass summariser; consider map-reduce", approx)
        response = self.client.chat.completions.create(
            model=self.deployment,
            messages=[
                {"role": "system", "content": prompts.SUMMARY_SYSTEM.format(max_sentences=self.max_sentences)},
                {"role": "user", "content": text},
            ],
            temperature=temperature,
            max_tokens=600,
        )
        usage = response.usage
        return SummaryResult(
            text=(response.choices[0].message.content or "").strip(),
            chunks=1,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
        )


def summarize_map_reduce(client: Any, text: str, *, deployment: Optional[str] = None,
                         max_sentences: int = 8) -> SummaryResult:
    """Map-reduce summary for long documents (used by the nightly digest)."""
    settings = get_settings()
    deployment = deployment or settings.azure_openai.chat_deployment
    chunks = chunk_text(text, settings.max_chunk_chars)
    partials: List[str] = []
    total_in = total_out = 0

    def _ask(system: str, content: str) -> str:
        nonlocal total_in, total_out
        completion = client.chat.completions.create(
            model=deployment,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": content}],
            temperature=0.1,
        )
        if completion.usage:
            total_in += completion.usage.prompt_tokens
            total_out += completion.usage.completion_tokens
        return (completion.choices[0].message.content or "").strip()

    for idx, chunk in enumerate(chunks):
        logger.debug("map step %d/%d", idx + 1, len(chunks))
        partials.append(_ask(prompts.SUMMARY_SYSTEM.format(max_sentences=4), chunk))

    if len(partials) == 1:
        final = partials[0]
    else:
        final = _ask(prompts.REDUCE_SYSTEM.format(max_sentences=max_sentences), "\n\n---\n\n".join(partials))
    return SummaryResult(text=final, chunks=len(chunks), input_tokens=total_in, output_tokens=total_out)
