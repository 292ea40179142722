"""Data summaries (Anthropic and Mistral backends)."""
from __future__ import annotations

import logging

import pandas as pd

from analysis import prompts
from analysis.clients import get_anthropic_client, get_mistral_client
from analysis.state import CLIENTS
from config import settings

log = logging.getLogger(__name__)


def summarize_with_claude(service: str, df: pd.DataFrame, max_tokens: int = 400) -> str:
    client = CLIENTS.anthropic or get_anthropic_client()
    message = client.messages.create(
        model=settings.anthropic_model,
        max_tokens=max_tokens,
        system=prompts.SYSTEM_SUMMARY,
        messages=prompts.as_anthropic(prompts.summary_prompt(service, df)),
    )
    return "".join(block.text for block in message.content if block.type == "text")


def stream_summary_claude(service: str, df: pd.DataFrame, on_text) -> str:
    client = get_anthropic_client()
    with client.messages.stream(
        model=settings.anthropic_model,
        max_tokens=600,
        system=prompts.SYSTEM_SUMMARY,
        messages=prompts.as_anthropic(prompts.summary_prompt(service, df)),
    ) as stream:
        for text in stream.text_stream:
            on_text(text)
        final = stream.get_final_message()
    return "".join(b.text for b in final.content if b.type == "text")


def summarize_with_mistral(service: str, df: pd.DataFrame) -> str:
    mistral = get_mistral_client()
    res = mistral.chat.complete(
        model=settings.mistral_model,
        messages=prompts.as_chat(prompts.SYSTEM_SUMMARY, prompts.summary_prompt(service, df)),
        temperature=0.3,
    )
    return res.choices[0].message.content


def column_glossary(columns: list[str]) -> dict[str, str]:
    """Ask Mistral for a one-line human description of each metric column."""
    mistral = CLIENTS.mistral
    if mistral is None:
        return {c: c for c in columns}
    res = mistral.chat.complete(
        model=settings.mistral_model,
        messages=[{"role": "user", "content": "Describe each metric in <=8 words, as 'name: desc' lines:\n" + "\n".join(columns)}],
        response_format={"type": "text"},
    )
    out: dict[str, str] = {}
    for line in (res.choices[0].message.content or "").splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            out[k.strip(" -")] = v.strip()
    return out


def summary_token_estimate(service: str, df: pd.DataFrame) -> int:
    """Pre-flight token count so we can refuse huge frames.  Free endpoint."""
    client = get_anthropic_client()
    count = client.messages.count_tokens(
        model=settings.anthropic_model,
        system=prompts.SYSTEM_SUMMARY,
        messages=prompts.as_anthropic(prompts.summary_prompt(service, df)),
    )
    return count.input_tokens
