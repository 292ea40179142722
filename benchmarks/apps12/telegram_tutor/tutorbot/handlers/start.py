"""Onboarding (/start) and /settings."""
from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)

from tutorbot.db.repository import UserRepository
from tutorbot.db.session import session_scope
from tutorbot.handlers import load_user
from tutorbot.jobs.reminders import schedule_for_user
from tutorbot.llm.backends import available_backends
from tutorbot.llm.prompts import LANGUAGE_NAMES
from tutorbot.services import placement

log = logging.getLogger(__name__)

TARGET, NATIVE, LEVEL, PLACEMENT = range(4)

LEVEL_CHOICES = ["A1", "A2", "B1", "B2", "C1"]


def _lang_keyboard(prefix: str) -> InlineKeyboardMarkup:
    buttons = [InlineKeyboardButton(name, callback_data=f"{prefix}:{code}") for code, name in LANGUAGE_NAMES.items()]
    rows = [buttons[i: i + 3] for i in range(0, len(buttons), 3)]
    return InlineKeyboardMarkup(rows)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    existing = await load_user(update)
    if existing is not None:
        await update.message.reply_text("Welcome back! Just write to me, or send a voice note. /settings to change things.")
        return ConversationHandler.END
    await update.message.reply_text(
        "Hi! I'm Lingo 👋 Which language do you want to practise?", reply_markup=_lang_keyboard("target")
    )
    return TARGET


async def choose_target(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    await query.answer()
    context.user_data["target"] = query.data.split(":", 1)[1]
    await query.edit_message_text("And what's your native language?", reply_markup=_lang_keyboard("native"))
    return NATIVE


async def choose_native(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    await query.answer()
    context.user_data["native"] = query.data.split(":", 1)[1]
    buttons = [[InlineKeyboardButton(lv, callback_data=f"level:{lv}") for lv in LEVEL_CHOICES]]
    buttons.append([InlineKeyboardButton("Not sure — test me", callback_data="level:test")])
    await query.edit_message_text("What's your level?", reply_markup=InlineKeyboardMarkup(buttons))
    return LEVEL


async def choose_level(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    await query.answer()
    level = query.data.split(":", 1)[1]
    if level == "test":
        context.user_data["placement_answers"] = []
        await query.edit_message_text(
            "Let's find out! Answer in the language you're learning, as well as you can.\n\n"
            + placement.QUESTIONS[0]
        )
        return PLACEMENT
    await _finish(update, context, level)
    return ConversationHandler.END


async def placement_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    answers = context.user_data["placement_answers"]
    answers.append(update.message.text)
    if len(answers) < len(placement.QUESTIONS):
        await update.message.reply_text(placement.QUESTIONS[len(answers)])
        return PLACEMENT
    await update.message.reply_text("Thanks! Checking your answers…")
    level, comment = await placement.estimate_level(context.user_data["target"], answers)
    if comment:
        await update.message.reply_text(f"Your level looks like {level}. {comment}")
    await _finish(update, context, level)
    return ConversationHandler.END


async def _finish(update: Update, context: ContextTypes.DEFAULT_TYPE, level: str) -> None:
    tg = update.effective_user
    async with session_scope() as session:
        user = await UserRepository(session).create(
            telegram_id=tg.id,
            first_name=tg.first_name or "",
            target_language=context.user_data.pop("target", "es"),
            native_language=context.user_data.pop("native", "en"),
            level=level,
        )
    schedule_for_user(context.application, user)
    await update.effective_message.reply_text(
        "All set! Write me anything, or send a voice message. I'll remind you to practise every day 🙂"
    )


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    await update.message.reply_text("Okay, cancelled. /start whenever you're ready.")
    return ConversationHandler.END


# --- /settings -----------------------------------------------------------------------------

def _settings_keyboard(user) -> InlineKeyboardMarkup:
    tick = lambda on: "✅" if on else "❌"  # noqa: E731
    rows = [
        [InlineKeyboardButton(f"Voice replies {tick(user.voice_replies)}", callback_data="set:voice")],
        [InlineKeyboardButton(f"Daily reminder {tick(user.reminders_enabled)}", callback_data="set:remind")],
        [InlineKeyboardButton(f"Reminder time: {user.reminder_hour}:00", callback_data="set:hour")],
        [InlineKeyboardButton(f"Tutor engine: {user.provider_preference}", callback_data="set:engine")],
    ]
    return InlineKeyboardMarkup(rows)


async def settings_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = await load_user(update)
    if user is None:
        await update.message.reply_text("Send /start first.")
        return
    await update.message.reply_text("Your settings:", reply_markup=_settings_keyboard(user))


async def settings_toggle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer()
    what = query.data.split(":", 1)[1]
    async with session_scope() as session:
        repo = UserRepository(session)
        user = await repo.get(query.from_user.id)
        if what == "voice":
            user.voice_replies = not user.voice_replies
        elif what == "remind":
            user.reminders_enabled = not user.reminders_enabled
        elif what == "hour":
            user.reminder_hour = (user.reminder_hour + 1) % 24
        elif what == "engine":
            engines = available_backends()
            user.provider_preference = engines[(engines.index(user.provider_preference) + 1) % len(engines)]
    schedule_for_user(context.application, user)
    await query.edit_message_reply_markup(reply_markup=_settings_keyboard(user))


def handlers():
    onboarding = ConversationHandler(
        entry_points=[CommandHandler("start", start)],
        states={
            TARGET: [CallbackQueryHandler(choose_target, pattern=r"^target:")],
            NATIVE: [CallbackQueryHandler(choose_native, pattern=r"^native:")],
            LEVEL: [CallbackQueryHandler(choose_level, pattern=r"^level:")],
            PLACEMENT: [MessageHandler(filters.TEXT & ~filters.COMMAND, placement_answer)],
        },
        fallbacks=[CommandHandler("cancel", cancel)],
        name="onboarding",
        persistent=False,
    )
    return [
        onboarding,
        CommandHandler("settings", settings_cmd),
        CallbackQueryHandler(settings_toggle, pattern=r"^set:"),
    ]
