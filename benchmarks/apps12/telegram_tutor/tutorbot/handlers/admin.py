"""Operator commands, restricted to TUTOR_ADMIN_IDS."""
from __future__ import annotations

import asyncio
import functools
import logging
import time

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

from tutorbot.config import get_settings
from tutorbot.db.repository import UsageRepository
from tutorbot.db.session import session_scope
from tutorbot.llm.clients import (
    get_anthropic_client,
    get_deepseek_client,
    get_gemini_client,
    get_openai_client,
)

log = logging.getLogger(__name__)

_PING = [{"role": "user", "content": "ping"}]


def admin_only(fn):
    @functools.wraps(fn)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.effective_user is None or update.effective_user.id not in get_settings().admin_ids:
            return
        await fn(update, context)

    return wrapper


def _probes():
    s = get_settings()
    return {
        "openai": lambda: get_openai_client().chat.completions.create(
            model=s.default_chat_model, messages=_PING, max_tokens=1
        ),
        "anthropic": lambda: get_anthropic_client().messages.create(
            model=s.claude_fast_model, messages=_PING, max_tokens=1
        ),
        "deepseek": lambda: get_deepseek_client().chat.completions.create(
            model=s.deepseek_model, messages=_PING, max_tokens=1
        ),
        "gemini": lambda: get_gemini_client().aio.models.generate_content(model=s.gemini_model, contents="ping"),
    }


async def _timed(name: str, make_call) -> str:
    started = time.monotonic()
    try:
        await asyncio.wait_for(make_call(), timeout=15)
    except Exception as exc:  # noqa: BLE001 - we want to report everything
        return f"❌ {name}: {type(exc).__name__}: {str(exc)[:80]}"
    return f"✅ {name}: {(time.monotonic() - started) * 1000:.0f} ms"


@admin_only
async def ping_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lines = await asyncio.gather(*(_timed(name, call) for name, call in _probes().items()))
    await update.message.reply_text("\n".join(lines))


@admin_only
async def models_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    page = await get_openai_client().models.list()
    names = sorted(m.id for m in page.data if m.id.startswith(("gpt", "o", "tts", "whisper")))
    await update.message.reply_text("OpenAI models:\n" + "\n".join(names[:60]))


@admin_only
async def usage_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    days = int(context.args[0]) if context.args else 7
    async with session_scope() as session:
        rows = await UsageRepository(session).totals_by_model(days)
    if not rows:
        await update.message.reply_text("No tracked usage in that period.")
        return
    total = sum(r[4] or 0 for r in rows)
    lines = [f"{p}/{m}: {i or 0:,} in / {o or 0:,} out — ${c or 0:.2f}" for p, m, i, o, c in rows]
    lines.append(f"\nTotal: ${total:.2f} (last {days} days, tracked calls only)")
    await update.message.reply_text("\n".join(lines))


def handlers():
    return [
        CommandHandler("ping", ping_cmd),
        CommandHandler("models", models_cmd),
        CommandHandler("usage", usage_cmd),
    ]
