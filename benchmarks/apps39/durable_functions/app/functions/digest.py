"""Weekly digest: wait for the batch to settle, then write it up."""
from __future__ import annotations

import datetime
import logging

import inngest

from app import db
from app.config import get_settings
from app.inngest_client import DIGEST_REQUESTED, inngest_client
from services import get_openai
from services.costs import estimate_cost
from services.llm_usage_tracker import llm_tracker
from services.prompts import render_prompt

logger = logging.getLogger(__name__)
settings = get_settings()


async def write_digest(summaries: list[str], audience: str) -> dict:
    client = get_openai()
    resp = await client.responses.create(
        model="gpt-4o",
        instructions=render_prompt("digest"),
        input=f"Audience: {audience}\n\n" + "\n---\n".join(summaries),
        max_output_tokens=1200,
    )
    cost = estimate_cost("gpt-4o", resp.usage.input_tokens, resp.usage.output_tokens)
    return {"text": resp.output_text, "cost_usd": cost}


async def write_digest_tracked(summaries: list[str], audience: str) -> dict:
    client = get_openai()
    async with llm_tracker.track_llm_call(
        provider="openai", model="gpt-4o-mini", feature_context="weekly_digest"
    ) as usage_log:
        resp = await client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": render_prompt("digest")},
                {"role": "user", "content": f"Audience: {audience}\n\n" + "\n---\n".join(summaries)},
            ],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return {"text": resp.choices[0].message.content or ""}


@inngest_client.create_function(
    fn_id="weekly-digest",
    trigger=[
        inngest.TriggerCron(cron="0 9 * * MON"),
        inngest.TriggerEvent(event=DIGEST_REQUESTED),
    ],
)
async def weekly_digest(ctx: inngest.Context, step: inngest.Step) -> dict:
    audience = (ctx.event.data or {}).get("audience", "engineering")
    cheap = (ctx.event.data or {}).get("cheap", False)

    # Give late uploads a chance to finish summarising.
    await step.sleep("settle", datetime.timedelta(minutes=settings.digest_delay_minutes))

    def collect() -> list[str]:
        return [r.data["text"] for r in db.summaries.list()][:40]

    summaries = await step.run("collect", collect)
    if not summaries:
        return {"empty": True}

    if cheap:
        digest = await step.run("write-digest-cheap", write_digest_tracked, summaries, audience)
    else:
        digest = await step.run("write-digest", write_digest, summaries, audience)

    def save() -> str:
        return db.digests.create(audience=audience, **digest).id

    digest_id = await step.run("save", save)
    return {"digest_id": digest_id}
