"""Free text conversation with the tutor plus a few text utilities."""
from __future__ import annotations

import logging

from telegram import KeyboardButton, ReplyKeyboardMarkup, Update
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest
from telegram.ext import CommandHandler, ContextTypes, MessageHandler, filters

from tutorbot.db.repository import PracticeRepository, UserRepository
from tutorbot.db.session import session_scope
from tutorbot.handlers import history, remember, requires_user
from tutorbot.llm import prompts
from tutorbot.services import legacy_tutor
from tutorbot.services.corrections import CorrectionService
from tutorbot.services.translation import get_translation
from tutorbot.services.tutor import get_tutor
from tutorbot.utils.text import escape_md, split_message

log = logging.getLogger(__name__)

EXPLAIN_TRIGGERS = ("why", "explain", "what's the difference", "por qué", "pourquoi", "warum")


def _wants_explanation(text: str) -> bool:
    lowered = text.lower()
    return len(text) > 40 and any(t in lowered for t in EXPLAIN_TRIGGERS)


@requires_user
async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = context.user_data["user"]
    text = update.message.text
    tutor = get_tutor()
    await context.bot.send_chat_action(update.effective_chat.id, ChatAction.TYPING)

    if _wants_explanation(text):
        placeholder = await update.message.reply_text("…")

        async def edit(partial: str) -> None:
            try:
                await placeholder.edit_text(partial[:4000])
            except BadRequest as exc:  # "message is not modified"
                log.debug("edit skipped: %s", exc)

        answer = await tutor.stream_reply(user, text, history(context), edit)
    else:
        answer = await tutor.reply(user, text, history(context))
        for chunk in split_message(answer):
            await update.message.reply_text(chunk)

    remember(context, "user", text)
    remember(context, "assistant", answer)

    suggestions = await tutor.suggest_followups(user, text, answer)
    if suggestions:
        await update.message.reply_text(
            "💡",
            reply_markup=ReplyKeyboardMarkup(
                [[KeyboardButton(s)] for s in suggestions], one_time_keyboard=True, resize_keyboard=True
            ),
        )

    async with session_scope() as session:
        await PracticeRepository(session).log(user, "chat")
        db_user = await UserRepository(session).get(user.telegram_id)
        await UserRepository(session).touch_practice(db_user)


@requires_user
async def explain_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/explain <word or phrase> — quick dictionary-style explanation."""
    user = context.user_data["user"]
    phrase = " ".join(context.args or []).strip()
    if not phrase:
        await update.message.reply_text("Usage: /explain <word or phrase>")
        return
    client = context.bot_data["openai"]
    resp = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {
                "role": "system",
                "content": (
                    f"Explain the {prompts.lang_name(user.target_language)} word or phrase the user "
                    f"sends, for a {user.level} learner, in {prompts.lang_name(user.native_language)}. "
                    "Give meaning, register, and two short examples. Use Telegram MarkdownV2-safe plain text."
                ),
            },
            {"role": "user", "content": phrase},
        ],
        max_tokens=300,
    )
    await update.message.reply_text(resp.choices[0].message.content or "🤷")


@requires_user
async def check_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/check <text> — detailed correction."""
    user = context.user_data["user"]
    text = " ".join(context.args or []).strip()
    if not text and update.message.reply_to_message:
        text = update.message.reply_to_message.text or ""
    if not text:
        await update.message.reply_text("Send /check followed by your text, or reply to a message with /check.")
        return
    service = CorrectionService()
    try:
        result = await service.explain(text, user.target_language, user.native_language)
    finally:
        await service.aclose()
    if result.is_clean:
        await update.message.reply_text("Looks perfect to me ✅")
        return
    lines = [f"*{escape_md(result.corrected_text)}*", ""]
    for m in result.mistakes:
        lines.append(f"• ~{escape_md(m.original)}~ → {escape_md(m.correction)}: {escape_md(m.explanation)}")
    await update.message.reply_text("\n".join(lines), parse_mode=ParseMode.MARKDOWN_V2)
    async with session_scope() as session:
        await PracticeRepository(session).log(
            user, "check", mistakes=[m.__dict__ for m in result.mistakes]
        )


@requires_user
async def translate_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = context.user_data["user"]
    text = " ".join(context.args or [])
    if not text:
        await update.message.reply_text("Usage: /translate <text>")
        return
    translated = await get_translation().translate(text, user.native_language, user.target_language)
    await update.message.reply_text(translated)


@requires_user
async def roleplay_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = context.user_data["user"]
    scenario = " ".join(context.args or []) or "ordering food in a café"
    context.user_data["roleplay"] = {"scenario": scenario, "history": []}
    opening = await get_tutor().roleplay_turn(
        user, scenario, [{"role": "user", "content": "(The scene starts. Please open.)"}]
    )
    context.user_data["roleplay"]["history"].append({"role": "assistant", "content": opening})
    await update.message.reply_text(f"🎭 {scenario}\n\n{opening}\n\n/stop to end the role-play.")


async def classic_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = " ".join(context.args or [])
    lang = context.user_data.get("classic_lang", "Spanish")
    answer = await legacy_tutor.classic_reply(lang, context.user_data.get("classic_history", []), text)
    await update.message.reply_text(answer)


async def simplify_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    source = update.message.reply_to_message
    if not source or not source.text:
        await update.message.reply_text("Reply to a message with /simplify.")
        return
    user = context.user_data.get("user")
    lang = prompts.lang_name(user.target_language) if user else "Spanish"
    level = user.level if user else "A2"
    await update.message.reply_text(await legacy_tutor.simplify(source.text, lang, level))


def handlers():
    return [
        CommandHandler("explain", explain_cmd),
        CommandHandler("check", check_cmd),
        CommandHandler("translate", translate_cmd),
        CommandHandler("roleplay", roleplay_cmd),
        CommandHandler("classic", classic_cmd),
        CommandHandler("simplify", simplify_cmd),
        MessageHandler(filters.TEXT & ~filters.COMMAND, on_text),
    ]
