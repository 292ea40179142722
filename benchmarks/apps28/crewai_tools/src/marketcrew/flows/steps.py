"""Cheap flow steps that don't need a whole crew.

Each step takes its client as a parameter so flows can hand in whatever they hold (and tests
can hand in fakes).
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from anthropic import AsyncAnthropic
from google import genai
from google.genai import types
from openai import OpenAI

from marketcrew.utils import parse_json_loose, truncate

logger = logging.getLogger(__name__)

LOCALIZE_PROMPT = """Localise this marketing copy for {locale}. Adapt idioms, units, currency and
cultural references; keep the brand name and CTA meaning. Return only the localised copy.

{text}"""


def localize_copy(client: genai.Client, text: str, locales: list[str], model: str = "gemini-2.5-flash") -> dict[str, str]:
    out: dict[str, str] = {}
    for locale in locales:
        if locale.lower().startswith("en-us"):
            out[locale] = text
            continue
        response = client.models.generate_content(
            model=model,
            contents=LOCALIZE_PROMPT.format(locale=locale, text=text),
            config=types.GenerateContentConfig(temperature=0.3),
        )
        out[locale] = (response.text or "").strip()
    return out


async def score_variants(client: AsyncAnthropic, variants: list[str], audience: str, model: str) -> list[float]:
    """Ask Claude to rate each variant independently (avoids position bias of a single ranked list)."""

    system = (
        f"You are a member of this audience: {audience}. Rate how likely you are to click, "
        'from 0 to 10. Reply with JSON {"score": number, "why": string}.'
    )
    results = await asyncio.gather(
        *(
            client.messages.create(
                model=model,
                max_tokens=200,
                system=system,
                messages=[{"role": "user", "content": v}],
            )
            for v in variants
        ),
        return_exceptions=True,
    )
    scores: list[float] = []
    for variant, res in zip(variants, results):
        if isinstance(res, BaseException):
            logger.warning("scoring failed for variant %r: %s", variant[:40], res)
            scores.append(0.0)
            continue
        try:
            scores.append(float(parse_json_loose(res.content[0].text)["score"]))
        except (KeyError, ValueError, json.JSONDecodeError):
            scores.append(0.0)
    return scores


def slack_digest(client: OpenAI, plan: dict[str, Any], model: str = "grok-3-mini") -> str:
    """Very short, slightly cheeky summary for the #marketing-bots channel."""
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "Summarise campaign plans in two punchy sentences for Slack."},
            {"role": "user", "content": truncate(json.dumps(plan), 6000)},
        ],
        max_tokens=120,
    )
    return resp.choices[0].message.content or ""
