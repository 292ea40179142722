"""Summarise whatever is on the clipboard."""
from __future__ import annotations

import logging
import textwrap

import pyperclip

from tray import services, settings
from tray.llm import prompts, usage
from tray.workers import handler

log = logging.getLogger(__name__)

CHUNK_CHARS = 6000


def read_clipboard() -> str:
    text = pyperclip.paste() or ""
    return text.strip()


@handler("summarise_clipboard")
def summarise_clipboard(text: str | None = None, limit: int = 5) -> str:
    text = text if text is not None else read_clipboard()
    if not text:
        return "The clipboard is empty."
    cfg = settings.load()
    text = text[: cfg.max_clipboard_chars]
    if services.openai_client is None:
        # no OpenAI key: fall back to the free-ish HF summariser
        return summarise_with_hf(text)
    if not usage.fits(text, 12_000, cfg.models.chat):
        return summarise_long(text, limit)
    resp = services.openai_client.chat.completions.create(
        model=cfg.models.chat,
        messages=[
            {"role": "system", "content": prompts.SUMMARISE.system},
            {"role": "user", "content": prompts.SUMMARISE.render(text=text, limit=str(limit))},
        ],
        temperature=0.2,
    )
    summary = resp.choices[0].message.content or ""
    if services.history is not None:
        services.history.create("summary", text[:500], summary, "openai")
    return summary


def summarise_with_hf(text: str) -> str:
    model = settings.load().models.hf_summarization
    parts = []
    for chunk in textwrap.wrap(text, 3000, break_long_words=False, replace_whitespace=False):
        out = services.hf_client.summarization(chunk, model=model)
        parts.append(out.summary_text)
    return "\n".join(f"\u2022 {p}" for p in parts)


def summarise_long(text: str, limit: int = 5) -> str:
    """Map-reduce for long clipboard contents; streams the final pass."""
    cfg = settings.load()
    chunks = [text[i : i + CHUNK_CHARS] for i in range(0, len(text), CHUNK_CHARS)]
    partials = [summarise_clipboard(chunk, limit=3) for chunk in chunks]
    joined = "\n".join(partials)
    stream = services.openai_client.chat.completions.create(
        model=cfg.models.chat,
        messages=[
            {"role": "system", "content": prompts.SUMMARISE.system},
            {"role": "user", "content": prompts.SUMMARISE.render(text=joined, limit=str(limit))},
        ],
        stream=True,
    )
    out = []
    for event in stream:
        if event.choices and event.choices[0].delta.content:
            out.append(event.choices[0].delta.content)
            if services.popup is not None:
                services.popup.append(event.choices[0].delta.content)
    return "".join(out)
