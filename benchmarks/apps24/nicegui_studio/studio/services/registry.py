"""Provider registry for the 'compare variants' grid.

Each entry maps a display name to a coroutine ``(prompt, system) -> str``.
The grid fans a brief out to all selected providers at once.
"""
from __future__ import annotations

from typing import Awaitable, Callable

from studio.services.container import services

VariantFn = Callable[[str, str], Awaitable[str]]

PROVIDERS: dict[str, VariantFn] = {}


def register(name: str) -> Callable[[VariantFn], VariantFn]:
    def deco(fn: VariantFn) -> VariantFn:
        PROVIDERS[name] = fn
        return fn

    return deco


@register("GPT-4o mini")
async def _openai_variant(prompt: str, system: str) -> str:
    response = await services.openai.responses.create(
        model="gpt-4o-mini",
        instructions=system,
        input=prompt,
        max_output_tokens=600,
    )
    return response.output_text


@register("Claude Haiku")
async def _anthropic_variant(prompt: str, system: str) -> str:
    msg = await services.anthropic.messages.create(
        model="claude-3-5-haiku-latest",
        system=system,
        max_tokens=600,
        messages=[{"role": "user", "content": prompt}],
    )
    return msg.content[0].text


@register("Gemini Flash")
async def _gemini_variant(prompt: str, system: str) -> str:
    resp = await services.gemini.aio.models.generate_content(
        model="gemini-2.0-flash",
        contents=prompt,
        config={"system_instruction": system},
    )
    return resp.text or ""


@register("DeepSeek V3")
async def _deepseek_variant(prompt: str, system: str) -> str:
    resp = await services.deepseek.chat.completions.create(
        model="deepseek-chat",
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content or ""


def available() -> list[str]:
    keys = {
        "GPT-4o mini": services.openai,
        "Claude Haiku": services.anthropic,
        "Gemini Flash": services.gemini,
        "DeepSeek V3": services.deepseek,
    }
    return [name for name in PROVIDERS if keys.get(name) is not None]
