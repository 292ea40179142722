"""Docs translation with Claude.

Long docs are split on H2 headings and translated chunk by chunk with the
streaming API so we can show progress in the terminal.
"""
from __future__ import annotations

import logging
import re
from typing import Callable, Iterator

import anthropic

from opslib import prompts
from opslib.clients import get_anthropic

log = logging.getLogger(__name__)

_H2 = re.compile(r"^## ", re.M)


def split_markdown(text: str, max_chars: int = 8000) -> list[str]:
    parts = _H2.split(text)
    chunks: list[str] = []
    for i, part in enumerate(parts):
        piece = part if i == 0 else "## " + part
        while len(piece) > max_chars:
            chunks.append(piece[:max_chars])
            piece = piece[max_chars:]
        if piece.strip():
            chunks.append(piece)
    return chunks


def translate_chunk(chunk: str, language: str, model: str, max_tokens: int = 4096) -> str:
    client = get_anthropic()
    message = client.messages.create(
        model=model,
        max_tokens=max_tokens,
        system=prompts.TRANSLATE_SYSTEM.substitute(language=language),
        messages=[{"role": "user", "content": chunk}],
    )
    return "".join(block.text for block in message.content if block.type == "text")


def stream_translate(chunk: str, language: str, model: str,
                     on_text: Callable[[str], None] | None = None) -> str:
    out: list[str] = []
    with get_anthropic().messages.stream(
        model=model,
        max_tokens=4096,
        system=prompts.TRANSLATE_SYSTEM.substitute(language=language),
        messages=[{"role": "user", "content": chunk}],
    ) as stream:
        for text in stream.text_stream:
            out.append(text)
            if on_text:
                on_text(text)
    return "".join(out)


def translate_document(text: str, language: str, model: str, stream: bool = False) -> Iterator[str]:
    for chunk in split_markdown(text):
        try:
            if stream:
                yield stream_translate(chunk, language, model)
            else:
                yield translate_chunk(chunk, language, model)
        except anthropic.RateLimitError:
            log.warning("rate limited, leaving chunk untranslated")
            yield chunk


async def detect_language(text: str, model: str = "command-r-08-2024") -> str:
    """Detect the language of a doc so we don't re-translate translations."""
    from opslib.clients import get_cohere
    from opslib.llm_usage_tracker import llm_tracker

    co = get_cohere()
    async with llm_tracker.track_llm_call(
        provider="cohere", model=model, feature_context="docs_language_detect"
    ) as usage_log:
        resp = co.chat(
            model=model,
            messages=[{"role": "user", "content": f"Reply with only the ISO 639-1 code of this text's language:\n{text[:1500]}"}],
        )
        usage_log.input_tokens = resp.usage.billed_units.input_tokens
        usage_log.output_tokens = resp.usage.billed_units.output_tokens
    return resp.message.content[0].text.strip().lower()[:2]
