"""Quiz generation: GPT drafts the questions, DeepSeek proposes extra distractors, and the
tracked multi-model service rates difficulty."""

from __future__ import annotations

import asyncio
import json
import logging

from app.services import TaskComplexity, multi_model_service
from app.services.content_store import Artefact
from workers.broker import broker
from workers.deps import DeepSeekDep, OpenAIDep, StoreDep
from workers.quiz_bank import ClozeGenerator, Quiz, QuizBank, QuizQuestion

logger = logging.getLogger(__name__)

QUIZ_SYSTEM = """You write multiple-choice questions that test understanding, not recall of
trivia. Each question has exactly one correct answer and plausible distractors. Explanations
should cite the part of the lesson that answers the question."""


async def _draft_questions(openai, lesson_id: str, lesson_text: str, n: int, model: str) -> Quiz:
    completion = await openai.chat.completions.parse(
        model=model,
        messages=[
            {"role": "system", "content": QUIZ_SYSTEM},
            {"role": "user", "content": f"Write {n} questions for lesson {lesson_id}.\n\n{lesson_text}"},
        ],
        response_format=Quiz,
        temperature=0.4,
    )
    quiz = completion.choices[0].message.parsed
    if quiz is None:
        raise ValueError(f"model refused: {completion.choices[0].message.refusal}")
    return quiz


async def _more_distractors(deepseek, question: QuizQuestion, model: str) -> list[str]:
    resp = await deepseek.chat.completions.create(
        model=model,
        messages=[
            {
                "role": "user",
                "content": (
                    "Give two more wrong-but-plausible answers for this question as a JSON list of strings.\n"
                    f"Question: {question.stem}\nCorrect answer: {question.options[question.answer_index]}\n"
                    f"Existing wrong answers: {[o for i, o in enumerate(question.options) if i != question.answer_index]}"
                ),
            }
        ],
        response_format={"type": "json_object"},
        temperature=1.0,
    )
    try:
        data = json.loads(resp.choices[0].message.content or "{}")
    except json.JSONDecodeError:
        return []
    values = data if isinstance(data, list) else next(iter(data.values()), [])
    return [str(v) for v in values][:2]


async def _rate_difficulty(question: QuizQuestion, course_id: str) -> int:
    raw = await multi_model_service.generate_response(
        prompt=(
            "Rate the difficulty of this quiz question from 1 (trivial) to 5 (expert). "
            f"Reply with a single digit.\n\n{question.stem}\nOptions: {question.options}"
        ),
        task_type="quiz_rating",
        complexity=TaskComplexity.SIMPLE,
        course_id=course_id,
    )
    digits = [c for c in raw if c.isdigit()]
    return int(digits[0]) if digits else 3


@broker.task(task_name="content.quizzes.generate_quiz", retry_on_error=True, max_retries=2)
async def generate_quiz(
    lesson_id: str,
    openai: OpenAIDep,
    deepseek: DeepSeekDep,
    store: StoreDep,
    num_questions: int = 8,
    widen_distractors: bool = False,
) -> dict:
    lesson = await store.get_lesson(lesson_id)
    summary = await store.latest(lesson_id, "summary")
    text = lesson.body if summary is None else f"{summary.payload['text']}\n\n---\n\n{lesson.body}"

    quiz = await _draft_questions(openai, lesson_id, text[:40_000], num_questions, "gpt-4o-mini")

    # Cloze items from the glossary are free; mix a couple in.
    cloze = ClozeGenerator(seed=hash(lesson_id) & 0xFFFF).generate(lesson.body, limit=2)
    bank = QuizBank.create(lesson_id, quiz.questions + cloze)

    if widen_distractors:
        extras = await asyncio.gather(
            *(_more_distractors(deepseek, q, "deepseek-chat") for q in bank.items), return_exceptions=True
        )
        for q, extra in zip(bank.items, extras):
            if isinstance(extra, list):
                q.options.extend(o for o in extra if o not in q.options)

    ratings = await asyncio.gather(*(_rate_difficulty(q, lesson.course_id) for q in bank.items))
    for q, r in zip(bank.items, ratings):
        q.difficulty = r

    await store.create(Artefact(lesson_id=lesson_id, kind="quiz", payload=bank.to_payload()))
    logger.info("quiz for %s: %d questions", lesson_id, len(bank.items))
    return bank.to_payload()
