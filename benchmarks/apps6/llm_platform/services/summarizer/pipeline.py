"""Summarisation strategies.

``summarize_document`` picks a strategy from the document length and the
requested quality tier.
"""
from __future__ import annotations

import logging
import os
from typing import Optional

import ollama
from google import genai

from llmkit.backends import ChatMessage, get_backend
from llmkit.clients import together_compat_client
from llmkit.container import get_container
from llmkit.tracking.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

SUMMARY_PROMPT = """Summarise the document below for a busy engineer.
Use at most {n} bullet points. Keep names, numbers and dates exact.

<document>
{text}
</document>"""

HEADLINE_PROMPT = "Write a headline of at most 12 words for this summary:\n\n{summary}"

SHORT_DOC_CHARS = 12_000
LONG_DOC_CHARS = 60_000

_gemini: Optional[genai.Client] = None


def _gemini_client() -> genai.Client:
    global _gemini
    if _gemini is None:
        _gemini = genai.Client(api_key=os.environ.get("SUMMARIZER_GEMINI_KEY"))
    return _gemini


def summarize_short(text: str, bullets: int = 5) -> str:
    resp = _gemini_client().models.generate_content(
        model="gemini-2.0-flash",
        contents=SUMMARY_PROMPT.format(n=bullets, text=text),
        config={"temperature": 0.1, "max_output_tokens": 600},
    )
    return (resp.text or "").strip()


def summarize_local(text: str, bullets: int = 5) -> str:
    """Confidential documents never leave the on-prem cluster."""
    resp = ollama.chat(
        model=os.environ.get("SUMMARIZER_LOCAL_MODEL", "llama3.1:8b"),
        messages=[{"role": "user", "content": SUMMARY_PROMPT.format(n=bullets, text=text)}],
        options={"temperature": 0.1},
    )
    return resp["message"]["content"].strip()


def summarize_with_backend(text: str, backend_name: str, bullets: int = 5) -> str:
    backend = get_backend(backend_name)
    completion = backend.generate([ChatMessage.user(SUMMARY_PROMPT.format(n=bullets, text=text))],
                                  max_tokens=700)
    return completion.text.strip()


async def summarize_premium(text: str, bullets: int = 7) -> str:
    container = get_container()
    model = container.settings.anthropic_model
    async with llm_tracker.track_llm_call(provider="anthropic", model=model,
                                          feature_context="summarizer_premium") as usage_log:
        msg = await container.async_anthropic.messages.create(
            model=model,
            max_tokens=1200,
            messages=[{"role": "user", "content": SUMMARY_PROMPT.format(n=bullets, text=text)}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text.strip()


def headline(summary: str) -> str:
    client = together_compat_client()
    resp = client.chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[{"role": "user", "content": HEADLINE_PROMPT.format(summary=summary)}],
        max_tokens=32,
        temperature=0.5,
    )
    return (resp.choices[0].message.content or "").strip().strip('"')


def cover_image(summary: str) -> Optional[str]:
    """Illustration for the weekly digest email; returns an image URL."""
    images = get_container().clients["openai"].images
    try:
        result = images.generate(
            model="dall-e-3",
            prompt=f"Flat, minimal illustration for a newsletter item about: {summary[:400]}",
            size="1024x1024",
            n=1,
        )
    except Exception:  # noqa: BLE001
        logger.warning("cover image generation failed", exc_info=True)
        return None
    return result.data[0].url


def summarize_document(text: str, tier: str = "standard", confidential: bool = False) -> str:
    if confidential:
        return summarize_local(text)
    if len(text) <= SHORT_DOC_CHARS and tier == "standard":
        return summarize_short(text)
    if len(text) > LONG_DOC_CHARS:
        from services.summarizer.map_reduce import map_reduce_summarize_sync

        return map_reduce_summarize_sync(text)
    return summarize_with_backend(text, "anthropic" if tier == "premium" else "openai")
