from __future__ import annotations

import logging

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder
from anthropic import AsyncAnthropic

from bot.config import get_settings
from bot.filters import TextLength
from bot.services.multi_model_service import TaskComplexity, multi_model_service
from bot.services.storage import Student
from bot.states import GrammarCheck
from bot.prompts import GRAMMAR_PROMPT
from bot.utils import sanitize_html

router = Router(name="grammar")
log = logging.getLogger(__name__)


@router.message(Command("grammar"))
@router.message(F.text == "📝 Grammar")
async def ask_text(message: Message, state: FSMContext) -> None:
    await state.set_state(GrammarCheck.waiting_text)
    await message.answer("Send me a text (up to 2000 characters) and I'll correct it ✍️")


@router.message(GrammarCheck.waiting_text, F.text, TextLength(min_len=3, max_len=2000))
async def check_text(message: Message, state: FSMContext, student: Student, anthropic_client: AsyncAnthropic) -> None:
    draft = await message.answer("Checking…")
    prompt = GRAMMAR_PROMPT.format(language=student.target_language, level=student.level, text=message.text)
    chunks: list[str] = []
    async with anthropic_client.messages.stream(
        model=get_settings().anthropic_model,
        max_tokens=1200,
        system="You are a meticulous but kind language teacher.",
        messages=[{"role": "user", "content": prompt}],
    ) as stream:
        async for text in stream.text_stream:
            chunks.append(text)
            if len(chunks) % 25 == 0:
                await draft.edit_text("".join(chunks) + " …")
    result = "".join(chunks)
    await state.update_data(last_text=message.text, last_correction=result)
    await state.set_state(None)
    kb = InlineKeyboardBuilder()
    kb.button(text="Explain the rules", callback_data="grammar:explain")
    await draft.edit_text(sanitize_html(result), reply_markup=kb.as_markup())


@router.message(GrammarCheck.waiting_text)
async def bad_text(message: Message) -> None:
    await message.answer("Please send plain text between 3 and 2000 characters, or /cancel.")


@router.callback_query(F.data == "grammar:explain")
async def explain_rules(call: CallbackQuery, state: FSMContext, student: Student) -> None:
    data = await state.get_data()
    if "last_correction" not in data:
        await call.answer("Nothing to explain yet", show_alert=True)
        return
    await call.answer()
    explanation = await multi_model_service.generate_response(
        prompt=f"Original: {data['last_text']}\nCorrection: {data['last_correction']}\n"
               f"Explain the grammar rules behind the corrections for a {student.level} learner, "
               "with one extra example for each rule.",
        task_type="grammar_explain",
        complexity=TaskComplexity.AGENTIC,
        max_tokens=1000,
    )
    await call.message.answer(sanitize_html(explanation))
