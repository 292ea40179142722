"""Entry point: builds the PTB Application and runs long polling."""
from __future__ import annotations

import html
import json
import logging
import traceback

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.ext import Application, ContextTypes, Defaults

from tutorbot.config import configure_logging, get_settings
from tutorbot.db.session import dispose_engine, init_models
from tutorbot.handlers import all_handlers
from tutorbot.jobs import digest, reminders
from tutorbot.llm.clients import close_clients, get_gemini_client, get_openai_client

log = logging.getLogger(__name__)

COMMANDS = [
    BotCommand("start", "Set up your practice"),
    BotCommand("settings", "Voice replies, reminders, tutor engine"),
    BotCommand("quiz", "Quick multiple-choice quiz"),
    BotCommand("write", "Graded writing exercise"),
    BotCommand("roleplay", "Practise a real-life scene"),
    BotCommand("explain", "Explain a word or phrase"),
    BotCommand("check", "Correct a text in detail"),
    BotCommand("translate", "Translate into the language you learn"),
    BotCommand("pronunciation", "Toggle pronunciation feedback for voice notes"),
]


async def post_init(application: Application) -> None:
    settings = get_settings()
    if settings.environment == "dev":
        await init_models()
    # shared clients for handlers that talk to the SDKs directly
    application.bot_data["openai"] = get_openai_client()
    application.bot_data["gemini"] = get_gemini_client()
    await application.bot.set_my_commands(COMMANDS)
    await reminders.schedule_all(application)
    digest.schedule(application)
    log.info("bot started (%s)", settings.environment)


async def post_shutdown(application: Application) -> None:
    await close_clients()
    await dispose_engine()


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("unhandled exception", exc_info=context.error)
    settings = get_settings()
    if not settings.admin_ids:
        return
    tb = "".join(traceback.format_exception(None, context.error, context.error.__traceback__))
    payload = update.to_dict() if isinstance(update, Update) else str(update)
    message = (
        f"<pre>update = {html.escape(json.dumps(payload, indent=2, ensure_ascii=False))[:1500]}</pre>\n\n"
        f"<pre>{html.escape(tb[-2000:])}</pre>"
    )
    try:
        await context.bot.send_message(chat_id=settings.admin_ids[0], text=message, parse_mode=ParseMode.HTML)
    except Exception:  # pragma: no cover
        log.exception("failed to notify admin")
    if isinstance(update, Update) and update.effective_message:
        await update.effective_message.reply_text("Oops, something went wrong on my side. Please try again 🙏")


def build_application() -> Application:
    settings = get_settings()
    application = (
        Application.builder()
        .token(settings.telegram_token)
        .defaults(Defaults(block=False))
        .concurrent_updates(True)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    application.add_handlers(all_handlers())
    application.add_error_handler(on_error)
    return application


def main() -> None:
    configure_logging()
    build_application().run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=True)


if __name__ == "__main__":
    main()
