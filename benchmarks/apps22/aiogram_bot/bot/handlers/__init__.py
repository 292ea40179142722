from aiogram import Router

from bot.legacy import commands as legacy_commands
from bot.handlers import admin, conversation, grammar, lesson, photo, quiz, start, translate, voice


def setup_routers() -> Router:
    root = Router(name="root")
    # order matters: admin and FSM-bound routers first, free chat last
    root.include_routers(
        admin.router,
        start.router,
        grammar.router,
        quiz.router,
        lesson.router,
        translate.router,
        legacy_commands.router,
        voice.router,
        photo.router,
        conversation.router,
    )
    return root
