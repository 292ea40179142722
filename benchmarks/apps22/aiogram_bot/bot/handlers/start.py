from aiogram import F, Router
from aiogram.filters import Command, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.keyboards import LANGUAGES, languages_kb, levels_kb, main_menu
from bot.services.storage import ProgressReport, QuizResult, Student, StudentRepo
from bot.states import Onboarding

router = Router(name="start")


@router.message(CommandStart())
async def cmd_start(message: Message, state: FSMContext, student: Student) -> None:
    await state.clear()
    if student.created_at and student.streak:
        await message.answer(f"Welcome back! 🔥 {student.streak}-day streak.", reply_markup=main_menu())
        return
    await state.set_state(Onboarding.native_language)
    await message.answer("Hi, I'm Pal! What's your native language?", reply_markup=languages_kb("native"))


@router.callback_query(Onboarding.native_language, F.data.startswith("native:"))
async def pick_native(call: CallbackQuery, state: FSMContext) -> None:
    await state.update_data(native_language=call.data.split(":", 1)[1])
    await state.set_state(Onboarding.target_language)
    await call.message.edit_text("Which language do you want to learn?", reply_markup=languages_kb("target"))


@router.callback_query(Onboarding.target_language, F.data.startswith("target:"))
async def pick_target(call: CallbackQuery, state: FSMContext) -> None:
    await state.update_data(target_language=call.data.split(":", 1)[1])
    await state.set_state(Onboarding.level)
    await call.message.edit_text("What's your level?", reply_markup=levels_kb())


@router.callback_query(Onboarding.level, F.data.startswith("level:"))
async def pick_level(call: CallbackQuery, state: FSMContext, student: Student, students: StudentRepo) -> None:
    data = await state.get_data()
    level = call.data.split(":", 1)[1]
    await students.update(
        student,
        native_language=data.get("native_language", "en"),
        target_language=data.get("target_language", "de"),
        level=level,
    )
    await state.clear()
    lang = LANGUAGES.get(student.target_language, student.target_language)
    await call.message.edit_text(f"Great: {lang}, level {level}. Let's go!")
    await call.message.answer("Pick an activity 👇", reply_markup=main_menu())


@router.message(Command("cancel"))
@router.message(F.text.casefold() == "cancel")
async def cmd_cancel(message: Message, state: FSMContext) -> None:
    await state.clear()
    await message.answer("Cancelled.", reply_markup=main_menu())


@router.message(Command("help"))
async def cmd_help(message: Message) -> None:
    await message.answer(
        "/chat – talk with Pal\n/grammar – check a text\n/quiz – 5 quick questions\n"
        "/lesson – today's lesson\n/translate – translate a phrase\n/words – search vocabulary\n"
        "Send a voice note to practise pronunciation, or a photo to learn words."
    )


@router.message(Command("progress"))
async def cmd_progress(message: Message, student: Student, session: AsyncSession) -> None:
    quizzes = list(await session.scalars(select(QuizResult).where(QuizResult.student_id == student.id)))
    report = ProgressReport(student=student, quizzes=quizzes)
    await message.answer(report.generate())
