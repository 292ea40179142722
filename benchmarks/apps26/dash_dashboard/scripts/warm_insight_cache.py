#!/usr/bin/env python
"""Pre-compute the home-page insights for each region so the first load is fast.

Runs after the nightly warehouse refresh. Everything here is tracked: the
gateway for the standard insights, and the usage tracker around the Together
call (the gateway does not route to Together yet).
"""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ai import get_together_client  # noqa: E402
from ai.prompts import INSIGHT_SYSTEM, insight_prompt  # noqa: E402
from config import get_settings  # noqa: E402
from data import get_warehouse  # noqa: E402
from extensions import cache  # noqa: E402
from services.llm_usage_tracker import llm_tracker  # noqa: E402
from services.multi_model_service import TaskComplexity, multi_model_service  # noqa: E402

log = logging.getLogger("warm_cache")
MODELS = get_settings().models


async def regional_insight(region: str, records: list[dict]) -> str:
    resp = await multi_model_service.generate_response(
        prompt=insight_prompt(f"What should the {region} manager look at today?", records),
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
        system=INSIGHT_SYSTEM,
        feature_context="warm_cache_regional",
    )
    return resp.text


async def promo_watchlist(records: list[dict]) -> str:
    client = get_together_client()
    async with llm_tracker.track_llm_call(
        provider="together", model=MODELS.together, feature_context="warm_cache_promos"
    ) as usage_log:
        completion = client.chat.completions.create(
            model=MODELS.together,
            messages=[
                {"role": "system", "content": INSIGHT_SYSTEM},
                {"role": "user", "content": insight_prompt("Which promos are underperforming?", records)},
            ],
            max_tokens=400,
        )
        usage_log.input_tokens = completion.usage.prompt_tokens
        usage_log.output_tokens = completion.usage.completion_tokens
    return completion.choices[0].message.content


async def main_async() -> None:
    end = dt.date.today()
    df = get_warehouse().daily_sales(end - dt.timedelta(days=28), end)
    for region in sorted(df["region"].unique()):
        records = df[df["region"] == region].to_dict("records")
        text = await regional_insight(region, records)
        cache.set(f"home-insight:{region}", text, expire=26 * 3600)
        log.info("warmed %s", region)
    mix = get_warehouse().category_mix(end - dt.timedelta(days=28), end)
    cache.set("home-promos", await promo_watchlist(mix.to_dict("records")), expire=26 * 3600)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main_async())
    print(json.dumps({"ok": True}))
