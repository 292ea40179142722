"""/quiz conversation and /write (graded free-text exercise)."""
from __future__ import annotations

import logging
import random

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)

from tutorbot.db.repository import PracticeRepository
from tutorbot.db.session import session_scope
from tutorbot.handlers import requires_user
from tutorbot.services.quiz import QuizState, get_quiz_service
from tutorbot.utils.text import progress_bar

log = logging.getLogger(__name__)

ANSWERING, WRITING = range(2)

DEFAULT_TOPICS = ["past tense", "food and drinks", "travel", "prepositions", "daily routine", "weather"]

WRITING_EXERCISES = [
    "Describe your ideal weekend in three sentences.",
    "Write a short message inviting a friend to dinner.",
    "Explain what you did yesterday evening.",
    "Describe your home town to a tourist.",
]


def _question_markup(state: QuizState) -> InlineKeyboardMarkup:
    q = state.question
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(opt, callback_data=f"quiz:{i}")] for i, opt in enumerate(q.options)]
        + [[InlineKeyboardButton("💡 Hint", callback_data="quiz:hint")]]
    )


def _question_text(state: QuizState) -> str:
    return (
        f"{progress_bar(state.completion())}  {state.current + 1}/{len(state.quiz.questions)}\n\n"
        f"{state.question.question}"
    )


@requires_user
async def quiz_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    user = context.user_data["user"]
    topic = " ".join(context.args or []) or random.choice(DEFAULT_TOPICS)
    await update.message.reply_text(f"Preparing a quiz on “{topic}”…")
    try:
        quiz = await get_quiz_service().generate(user, topic)
    except ValueError:
        log.exception("quiz generation failed")
        await update.message.reply_text("I couldn't make that quiz, try another topic?")
        return ConversationHandler.END
    state = QuizState(quiz=quiz)
    context.user_data["quiz"] = state
    await update.message.reply_text(_question_text(state), reply_markup=_question_markup(state))
    return ANSWERING


async def quiz_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    state: QuizState = context.user_data.get("quiz")
    if state is None:
        await query.answer("This quiz has expired.")
        return ConversationHandler.END

    choice = query.data.split(":", 1)[1]
    if choice == "hint":
        await query.answer()
        hint = await get_quiz_service().hint(context.user_data["user"], state.question)
        await query.message.reply_text(f"💡 {hint}")
        return ANSWERING

    question = state.question
    ok = state.answer(int(choice))
    await query.answer("✅ Correct!" if ok else "❌ Not quite")
    feedback = "✅" if ok else f"❌ {question.options[question.correct_index]}"
    await query.edit_message_text(f"{question.question}\n\n{feedback}\n{question.explanation}")

    if state.finished:
        await query.message.reply_text(f"Done! {state.correct}/{len(state.quiz.questions)} correct 🎉")
        async with session_scope() as session:
            await PracticeRepository(session).log(
                context.user_data["user"], "quiz", messages=len(state.answers)
            )
        context.user_data.pop("quiz", None)
        return ConversationHandler.END

    await query.message.reply_text(_question_text(state), reply_markup=_question_markup(state))
    return ANSWERING


@requires_user
async def write_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    exercise = random.choice(WRITING_EXERCISES)
    context.user_data["exercise"] = exercise
    await update.message.reply_text(f"✍️ {exercise}\n\n(Answer in the language you're learning.)")
    return WRITING


async def write_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    user = context.user_data["user"]
    exercise = context.user_data.pop("exercise", "")
    score, feedback = await get_quiz_service().grade_open_answer(user, exercise, update.message.text)
    await update.message.reply_text(f"Score: {score}/10\n{feedback}")
    return ConversationHandler.END


async def stop(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    context.user_data.pop("quiz", None)
    context.user_data.pop("exercise", None)
    await update.message.reply_text("Stopped.")
    return ConversationHandler.END


def handlers():
    return [
        ConversationHandler(
            entry_points=[CommandHandler("quiz", quiz_cmd), CommandHandler("write", write_cmd)],
            states={
                ANSWERING: [CallbackQueryHandler(quiz_answer, pattern=r"^quiz:")],
                WRITING: [MessageHandler(filters.TEXT & ~filters.COMMAND, write_answer)],
            },
            fallbacks=[CommandHandler("stop", stop)],
            name="quiz",
            conversation_timeout=30 * 60,
        )
    ]
