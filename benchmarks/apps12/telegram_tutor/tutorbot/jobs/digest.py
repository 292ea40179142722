"""Weekly progress digest and nightly vocabulary enrichment.

Both use the providers' batch APIs (50% cheaper, results within 24h), so they are split in a
submit job and a collect job.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import functools
import io
import json
import logging

import anthropic
from anthropic.types.message_create_params import MessageCreateParamsNonStreaming
from anthropic.types.messages.batch_create_params import Request
from sqlalchemy import select
from telegram.ext import Application, ContextTypes

from tutorbot.config import get_settings
from tutorbot.db.models import DigestBatch, User, VocabItem
from tutorbot.db.repository import DigestRepository, PracticeRepository, UserRepository
from tutorbot.db.session import session_scope
from tutorbot.llm import prompts
from tutorbot.llm.clients import get_anthropic_client, get_openai_client

log = logging.getLogger(__name__)

# Ported from scripts/weekly_challenge.py (cron); runs in a worker thread.
_cron_client = anthropic.Anthropic(timeout=120.0)

CHALLENGE_LANGUAGES = ("es", "fr", "de", "it", "pt", "en")


async def submit_weekly_digests(context: ContextTypes.DEFAULT_TYPE) -> None:
    settings = get_settings()
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=7)
    requests = []
    async with session_scope() as session:
        users = await UserRepository(session).active_since(since)
        practice = PracticeRepository(session)
        for user in users:
            summary = await practice.week_summary(user)
            mistakes = await practice.recent_mistakes(user)
            prompt = prompts.WEEKLY_DIGEST.format(
                target=prompts.lang_name(user.target_language),
                native=prompts.lang_name(user.native_language),
                summary=json.dumps(summary, ensure_ascii=False),
                mistakes="\n".join(f"- {m.get('original')} → {m.get('correction')}" for m in mistakes) or "(none)",
            )
            requests.append(
                Request(
                    custom_id=f"digest-{user.telegram_id}",
                    params=MessageCreateParamsNonStreaming(
                        model=settings.claude_model,
                        max_tokens=700,
                        messages=[{"role": "user", "content": prompt}],
                    ),
                )
            )
    if not requests:
        log.info("no active users this week, skipping digest")
        return

    batch = await get_anthropic_client().messages.batches.create(requests=requests)
    async with session_scope() as session:
        await DigestRepository(session).record("anthropic", batch.id)
    log.info("submitted digest batch %s with %d requests", batch.id, len(requests))


async def collect_digests(context: ContextTypes.DEFAULT_TYPE) -> None:
    client = get_anthropic_client()
    async with session_scope() as session:
        pending = [b for b in await DigestRepository(session).pending() if b.provider == "anthropic"]
    for row in pending:
        status = await client.messages.batches.retrieve(row.batch_id)
        if status.processing_status != "ended":
            continue
        sent = 0
        async for entry in await client.messages.batches.results(row.batch_id):
            if entry.result.type != "succeeded":
                log.warning("digest %s failed: %s", entry.custom_id, entry.result.type)
                continue
            telegram_id = int(entry.custom_id.split("-", 1)[1])
            text = "".join(b.text for b in entry.result.message.content if b.type == "text")
            try:
                await context.bot.send_message(chat_id=telegram_id, text=f"📊 Your week\n\n{text}")
                sent += 1
            except Exception:
                log.exception("could not deliver digest to %s", telegram_id)
        async with session_scope() as session:
            db_row = await session.get(DigestBatch, row.id)
            db_row.status = "collected"
            db_row.collected_at = dt.datetime.now(dt.timezone.utc)
        log.info("delivered %d digests from %s", sent, row.batch_id)


async def submit_example_sentences(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Fill in missing example sentences for saved vocabulary via the OpenAI Batch API."""
    settings = get_settings()
    lines = []
    async with session_scope() as session:
        result = await session.execute(
            select(VocabItem, User).join(User, VocabItem.user_id == User.id).where(VocabItem.example == "").limit(5000)
        )
        for item, user in result.all():
            body = {
                "model": settings.default_chat_model,
                "max_tokens": 60,
                "messages": [
                    {
                        "role": "user",
                        "content": (
                            f"One short {prompts.lang_name(user.target_language)} example sentence at "
                            f"{user.level} level using '{item.word}'. Output only the sentence."
                        ),
                    }
                ],
            }
            lines.append(json.dumps({"custom_id": f"vocab-{item.id}", "method": "POST",
                                     "url": "/v1/chat/completions", "body": body}, ensure_ascii=False))
    if not lines:
        return

    client = get_openai_client()
    upload = await client.files.create(
        file=("examples.jsonl", io.BytesIO("\n".join(lines).encode("utf-8"))),
        purpose="batch",
    )
    batch = await client.batches.create(
        input_file_id=upload.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"job": "vocab_examples"},
    )
    async with session_scope() as session:
        await DigestRepository(session).record("openai", batch.id, kind="vocab_examples")
    log.info("submitted %d example-sentence requests as %s", len(lines), batch.id)


async def weekly_challenge(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Generate this week's writing challenge for each language and store it in bot_data."""
    loop = asyncio.get_running_loop()
    challenges = {}
    for code in CHALLENGE_LANGUAGES:
        resp = await loop.run_in_executor(
            None,
            functools.partial(
                _cron_client.messages.create,
                model=get_settings().claude_fast_model,
                max_tokens=200,
                messages=[
                    {
                        "role": "user",
                        "content": (
                            f"Write a fun one-paragraph weekly writing challenge for intermediate "
                            f"{prompts.lang_name(code)} learners, in {prompts.lang_name(code)}."
                        ),
                    }
                ],
            ),
        )
        challenges[code] = resp.content[0].text
    context.bot_data["weekly_challenge"] = challenges
    log.info("weekly challenges ready for %s", ", ".join(challenges))


def schedule(application: Application) -> None:
    settings = get_settings()
    jq = application.job_queue
    at = dt.time(hour=settings.digest_hour_utc, tzinfo=dt.timezone.utc)
    jq.run_daily(submit_weekly_digests, time=at, days=(settings.digest_weekday,), name="digest:submit")
    jq.run_daily(weekly_challenge, time=at, days=(1,), name="challenge")
    jq.run_daily(submit_example_sentences, time=dt.time(hour=2, tzinfo=dt.timezone.utc), name="vocab:examples")
    jq.run_repeating(collect_digests, interval=dt.timedelta(hours=1), first=60, name="digest:collect")
