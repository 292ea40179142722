"""Voice notes: transcribe, answer, and reply with speech."""
from __future__ import annotations

import logging

from google.genai import types
from telegram import Update
from telegram.constants import ChatAction
from telegram.ext import CommandHandler, ContextTypes, MessageHandler, filters

from tutorbot.config import get_settings
from tutorbot.db.repository import PracticeRepository
from tutorbot.db.session import session_scope
from tutorbot.handlers import history, remember, requires_user
from tutorbot.llm import prompts
from tutorbot.services.corrections import CorrectionService
from tutorbot.services.speech import get_speech
from tutorbot.services.tutor import get_tutor
from tutorbot.utils.storage import MediaStore

log = logging.getLogger(__name__)

MAX_VOICE_SECONDS = 120
_store = MediaStore()


@requires_user
async def on_voice(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = context.user_data["user"]
    voice = update.message.voice
    if voice.duration > MAX_VOICE_SECONDS:
        await update.message.reply_text("That's a long one! Please keep voice notes under 2 minutes.")
        return

    await context.bot.send_chat_action(update.effective_chat.id, ChatAction.RECORD_VOICE)
    tg_file = await voice.get_file()
    audio = bytes(await tg_file.download_as_bytearray())
    await _store.archive_voice(user.telegram_id, update.message.message_id, audio)

    if context.user_data.get("pronunciation_mode"):
        await _pronunciation_feedback(update, context, user, audio)
        return

    speech = get_speech()
    transcript = await speech.transcribe(audio, language=user.target_language)
    if not transcript.text:
        await update.message.reply_text("Sorry, I couldn't hear anything in that voice note 🙉")
        return

    if transcript.language and transcript.language[:2] == user.native_language:
        # they asked something in their own language: answer the question, don't correct it
        question = await speech.translate_to_english(audio)
        answer = await get_tutor().reply(user, question, history(context))
        verdict = ""
    else:
        corrections = CorrectionService()
        try:
            verdict = await corrections.quick_check(transcript.text, user.target_language, user.telegram_id)
        finally:
            await corrections.aclose()
        answer = await get_tutor().reply(user, transcript.text, history(context))

    remember(context, "user", transcript.text)
    remember(context, "assistant", answer)

    caption = f"🗣 {transcript.text}"
    if verdict:
        caption += f"\n{verdict}"
    await update.message.reply_text(caption)

    if user.voice_replies:
        audio_reply = await speech.synthesize(answer)
        await update.message.reply_voice(voice=audio_reply, caption=answer[:1000])
    else:
        await update.message.reply_text(answer)

    async with session_scope() as session:
        await PracticeRepository(session).log(user, "voice")


async def _pronunciation_feedback(update: Update, context: ContextTypes.DEFAULT_TYPE, user, audio: bytes) -> None:
    gemini = context.application.bot_data["gemini"]
    prompt = prompts.PRONUNCIATION_FEEDBACK.format(
        target=prompts.lang_name(user.target_language),
        native=prompts.lang_name(user.native_language),
        level=user.level,
    )
    result = await gemini.aio.models.generate_content(
        model=get_settings().gemini_model,
        contents=[types.Part.from_bytes(data=audio, mime_type="audio/ogg"), prompt],
    )
    await update.message.reply_text(result.text or "I couldn't analyse that one, try again?")


async def pronunciation_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    on = not context.user_data.get("pronunciation_mode", False)
    context.user_data["pronunciation_mode"] = on
    await update.message.reply_text(
        "🎙 Pronunciation mode ON — send a voice note and I'll give feedback on how you sound."
        if on
        else "Pronunciation mode OFF — back to normal conversation."
    )


def handlers():
    return [
        CommandHandler("pronunciation", pronunciation_cmd),
        MessageHandler(filters.VOICE, on_voice),
    ]
