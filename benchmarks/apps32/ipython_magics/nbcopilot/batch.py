"""Run a prompt template over DataFrame rows (``df.pipe(apply_prompt, ...)``)."""
from __future__ import annotations

import asyncio
import logging

from .clients import get_anthropic_client, get_mistral_client
from .settings import DEFAULT_MODELS

log = logging.getLogger(__name__)


async def _claude_row(client, template: str, row: dict, model: str) -> str:
    msg = await asyncio.to_thread(
        client.messages.create,
        model=model,
        max_tokens=300,
        messages=[{"role": "user", "content": template.format(**row)}],
    )
    return msg.content[0].text


async def _mistral_row(client, template: str, row: dict, model: str) -> str:
    res = await client.chat.complete_async(
        model=model, messages=[{"role": "user", "content": template.format(**row)}]
    )
    return res.choices[0].message.content


async def apply_prompt_async(df, template: str, provider: str = "anthropic",
                             out_col: str = "llm_output", concurrency: int = 5):
    if provider == "anthropic":
        client, fn, model = get_anthropic_client(), _claude_row, DEFAULT_MODELS["anthropic"]
    elif provider == "mistral":
        client, fn, model = get_mistral_client(), _mistral_row, DEFAULT_MODELS["mistral"]
    else:
        raise ValueError("apply_prompt supports anthropic and mistral for now")
    sem = asyncio.Semaphore(concurrency)

    async def guarded(row):
        async with sem:
            try:
                return await fn(client, template, row, model)
            except Exception as exc:  # keep going, mark the row
                log.warning("row failed: %s", exc)
                return None

    results = await asyncio.gather(*(guarded(r) for r in df.to_dict("records")))
    df = df.copy()
    df[out_col] = results
    return df


def apply_prompt(df, template: str, **kwargs):
    return asyncio.run(apply_prompt_async(df, template, **kwargs))
