"""Admin-only commands (ops + debugging of the model providers)."""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from typing import Any

import anthropic
from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramForbiddenError, TelegramRetryAfter
from aiogram.filters import Command, CommandObject
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from openai import AsyncOpenAI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import get_settings
from bot.filters import IsAdmin
from bot.keyboards import confirm_kb
from bot.services.llm_usage_tracker import llm_tracker
from bot.services.pricing import calculate_cost
from bot.services.storage import StudentRepo, UsageRow
from bot.states import AdminBroadcast

router = Router(name="admin")
router.message.filter(IsAdmin())
router.callback_query.filter(IsAdmin())
log = logging.getLogger(__name__)


@router.message(Command("stats"))
async def stats(message: Message, session: AsyncSession) -> None:
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)
    rows = await session.execute(
        select(UsageRow.provider, UsageRow.model, func.sum(UsageRow.input_tokens), func.sum(UsageRow.output_tokens))
        .where(UsageRow.created_at >= since)
        .group_by(UsageRow.provider, UsageRow.model)
    )
    lines, total = [], 0
    for provider, model, tokens_in, tokens_out in rows:
        cost = calculate_cost(model, tokens_in or 0, tokens_out or 0)
        total += cost
        lines.append(f"{provider}/{model}: {tokens_in or 0}→{tokens_out or 0} ${cost:.3f}")
    lines.append(f"<b>Total 24h: ${total:.2f}</b>")
    await message.answer("\n".join(lines))


@router.message(Command("models"))
async def list_models(message: Message, openai_client: AsyncOpenAI) -> None:
    page = await openai_client.models.list()
    names = sorted(m.id for m in page.data if m.id.startswith(("gpt", "o", "whisper", "tts")))
    await message.answer("\n".join(names[:50]))


@router.message(Command("ask_claude"))
async def ask_claude(message: Message, command: CommandObject) -> None:
    """Raw Claude call for prompt debugging, bypasses the tutor persona."""
    client = anthropic.AsyncAnthropic(api_key=get_settings().anthropic_api_key.get_secret_value())
    started = time.perf_counter()
    reply = await client.messages.create(
        model=command.args.split("|", 1)[0].strip() if command.args and "|" in command.args else get_settings().anthropic_model,
        max_tokens=1024,
        messages=[{"role": "user", "content": (command.args or "ping").split("|")[-1]}],
    )
    elapsed = time.perf_counter() - started
    await message.answer(
        f"{reply.content[0].text}\n\n<code>{reply.usage.input_tokens}/{reply.usage.output_tokens} tok, {elapsed:.1f}s</code>"
    )


@router.message(Command("bedrock_ping"))
async def bedrock_ping(message: Message, bedrock: Any) -> None:
    settings = get_settings()
    response = await asyncio.to_thread(
        bedrock.converse,
        modelId=settings.bedrock_lesson_model,
        messages=[{"role": "user", "content": [{"text": "Reply with the single word: pong"}]}],
        inferenceConfig={"maxTokens": 10},
    )
    usage = response["usage"]
    await message.answer(
        f"{response['output']['message']['content'][0]['text']} "
        f"({usage['inputTokens']}/{usage['outputTokens']}, {response['metrics']['latencyMs']}ms)"
    )


@router.message(Command("broadcast"))
async def broadcast_start(message: Message, state: FSMContext) -> None:
    await state.set_state(AdminBroadcast.waiting_text)
    await message.answer("Broadcast text? It will be polished by the model and translated per student language.")


@router.message(AdminBroadcast.waiting_text, F.text)
async def broadcast_preview(message: Message, state: FSMContext, openai_client: AsyncOpenAI) -> None:
    model = get_settings().openai_chat_model
    async with llm_tracker.track_llm_call(provider="openai", model=model, feature_context="admin_broadcast") as usage_log:
        completion = await openai_client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": "Polish this announcement for language students. Keep it short and warm."},
                {"role": "user", "content": message.text},
            ],
        )
        usage_log.input_tokens = completion.usage.prompt_tokens
        usage_log.output_tokens = completion.usage.completion_tokens
    polished = completion.choices[0].message.content
    await state.update_data(text=polished)
    await state.set_state(AdminBroadcast.confirm)
    await message.answer(polished, reply_markup=confirm_kb())


@router.callback_query(AdminBroadcast.confirm, F.data.startswith("broadcast:"))
async def broadcast_send(call: CallbackQuery, state: FSMContext, bot: Bot, students: StudentRepo) -> None:
    data = await state.get_data()
    await state.clear()
    if call.data.endswith(":no"):
        await call.message.edit_text("Cancelled.")
        return
    sent = failed = 0
    for student in await students.subscribed():
        try:
            await bot.send_message(student.id, data["text"])
            sent += 1
        except TelegramRetryAfter as exc:
            await asyncio.sleep(exc.retry_after)
        except TelegramForbiddenError:
            failed += 1
        await asyncio.sleep(0.05)
    await call.message.edit_text(f"Sent to {sent}, failed {failed}.")
