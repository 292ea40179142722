from __future__ import annotations

import asyncio
import logging
import sys

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.enums import ParseMode
from aiogram.fsm.storage.redis import RedisStorage

from bot.clients import build_ai_clients, close_ai_clients
from bot.config import get_settings
from bot.handlers import setup_routers
from bot.middlewares import (
    AIClientsMiddleware,
    DbSessionMiddleware,
    ModerationMiddleware,
    StudentMiddleware,
    ThrottlingMiddleware,
)
from bot.scheduler import setup_scheduler
from bot.services.lesson_generator import LessonGenerator
from bot.services.llm_usage_tracker import llm_tracker
from bot.services.speech import SpeechService
from bot.services.storage import make_sessionmaker
from bot.services.tutor import TutorService
from bot.services.vocabulary import VocabularyService

log = logging.getLogger("bot")


async def on_startup(dispatcher: Dispatcher, bot: Bot) -> None:
    me = await bot.get_me()
    models = await dispatcher["openai_client"].models.list()
    log.info("started as @%s, %d openai models visible", me.username, len(models.data))
    dispatcher["vocabulary"].load()
    dispatcher["scheduler"].start()


async def on_shutdown(dispatcher: Dispatcher) -> None:
    dispatcher["scheduler"].shutdown(wait=False)
    await close_ai_clients(dispatcher["ai_clients"])


def build_dispatcher(bot: Bot) -> Dispatcher:
    settings = get_settings()
    sessionmaker = make_sessionmaker(settings.database_url)
    llm_tracker.bind(sessionmaker)
    clients = build_ai_clients()

    dp = Dispatcher(storage=RedisStorage.from_url(settings.redis_url))
    dp.include_router(setup_routers())

    # outer middlewares run for every update, inner ones only when a handler matched
    dp.update.outer_middleware(DbSessionMiddleware(sessionmaker))
    dp.update.outer_middleware(StudentMiddleware())
    dp.message.outer_middleware(ThrottlingMiddleware(settings.throttle_rate))
    dp.message.middleware(ModerationMiddleware(clients.openai))
    dp.message.middleware(AIClientsMiddleware(clients))
    dp.callback_query.middleware(AIClientsMiddleware(clients))

    tutor = TutorService(clients.openai, model=settings.openai_chat_model)
    speech = SpeechService(
        clients.openai,
        stt_model=settings.whisper_model,
        tts_model=settings.openai_tts_model,
        voice=settings.openai_tts_voice,
    )
    vocabulary = VocabularyService(clients.cohere, clients.genai)
    lessons = LessonGenerator(
        clients.bedrock,
        clients.anthropic,
        model_id=settings.bedrock_lesson_model,
        fallback_model_id=settings.bedrock_fallback_model,
        anthropic_model=settings.anthropic_model,
    )

    # legacy names (handlers written before AIClientsMiddleware)
    dp.workflow_data.update(
        openai_client=clients.openai,
        deepseek_client=clients.deepseek,
        anthropic_client=clients.anthropic,
        genai_client=clients.genai,
        cohere_client=clients.cohere,
        bedrock=clients.bedrock,
        ai_clients=clients,
    )
    dp["tutor"] = tutor
    dp["speech"] = speech
    dp["vocabulary"] = vocabulary
    dp["lessons"] = lessons
    dp["scheduler"] = setup_scheduler(
        bot,
        settings,
        {"sessionmaker": sessionmaker, "lessons": lessons, "vocabulary": vocabulary, "genai_client": clients.genai},
    )

    dp.startup.register(on_startup)
    dp.shutdown.register(on_shutdown)
    return dp


async def main() -> None:
    settings = get_settings()
    bot = Bot(settings.bot_token.get_secret_value(), default=DefaultBotProperties(parse_mode=ParseMode.HTML))
    dp = build_dispatcher(bot)
    await bot.delete_webhook(drop_pending_updates=True)
    await dp.start_polling(bot, allowed_updates=dp.resolve_used_update_types())


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    asyncio.run(main())
