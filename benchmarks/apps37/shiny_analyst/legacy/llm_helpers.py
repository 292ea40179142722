"""Old helper functions from the express prototype.

Most of this is superseded by services/, but the finance pages still import it.
"""
from __future__ import annotations

import json
import os

import httpx
import openai
from google import genai

from services.llm_usage_tracker import llm_tracker

openai.api_key = os.environ.get("OPENAI_API_KEY")
gemini = genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def ask_gpt(question: str, context: str = "", model: str = "gpt-4o-mini") -> str:
    resp = openai.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "You are a helpful data analyst."},
            {"role": "user", "content": f"{context}\n\n{question}" if context else question},
        ],
    )
    return resp.choices[0].message.content


def ask_claude_raw(question: str, max_tokens: int = 800) -> str:
    """Predates the anthropic SDK being on the Connect image."""
    r = httpx.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        content=json.dumps({
            "model": "claude-3-5-haiku-latest",
            "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": question}],
        }),
        timeout=60,
    )
    r.raise_for_status()
    return "".join(b.get("text", "") for b in r.json().get("content", []))


def gemini_bullets(text: str, n: int = 5) -> list[str]:
    out = gemini.models.generate_content(
        model="gemini-2.5-flash",
        contents=f"Summarize as {n} short bullet points, one per line, no numbering:\n\n{text}",
    )
    return [ln.lstrip("-*\u2022 ").strip() for ln in (out.text or "").splitlines() if ln.strip()]


async def ask_gpt_tracked(question: str, model: str = "gpt-4o-mini") -> str:
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context="legacy_finance_qa"
    ) as usage_log:
        resp = await openai.AsyncOpenAI().chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": question}],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


class ReportTemplate:
    """Fills a markdown report skeleton. Not an LLM thing, despite the name."""

    def __init__(self, title: str, sections: list[str]):
        self.title = title
        self.sections = sections

    def generate(self, values: dict[str, str]) -> str:
        parts = [f"# {self.title}"]
        for s in self.sections:
            parts.append(f"## {s}\n\n{values.get(s, '_TBD_')}")
        return "\n\n".join(parts)
