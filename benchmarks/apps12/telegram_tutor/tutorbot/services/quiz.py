"""Quiz generation and grading."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import List, Optional

from google.genai import types
from pydantic import BaseModel, Field

from tutorbot.config import get_settings
from tutorbot.db.models import User
from tutorbot.llm import prompts
from tutorbot.llm.clients import get_gemini_client, get_openai_client
from tutorbot.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


class QuizQuestion(BaseModel):
    question: str
    options: List[str] = Field(min_length=4, max_length=4)
    correct_index: int
    explanation: str


class Quiz(BaseModel):
    topic: str
    questions: List[QuizQuestion]


@dataclass
class QuizState:
    """Kept in ``context.user_data`` while a quiz conversation is running."""

    quiz: Quiz
    current: int = 0
    correct: int = 0
    answers: List[int] = field(default_factory=list)

    @property
    def question(self) -> QuizQuestion:
        return self.quiz.questions[self.current]

    @property
    def finished(self) -> bool:
        return self.current >= len(self.quiz.questions)

    def answer(self, index: int) -> bool:
        ok = index == self.question.correct_index
        self.answers.append(index)
        self.correct += int(ok)
        self.current += 1
        return ok

    def completion(self) -> float:
        """Share of questions answered so far (for the progress bar)."""
        total = len(self.quiz.questions)
        return self.current / total if total else 1.0


_SCORE_RE = re.compile(r"^\s*(\d{1,2})")


class QuizService:
    def __init__(self) -> None:
        self.settings = get_settings()
        self._openai = get_openai_client()
        self._gemini = get_gemini_client()

    async def generate(self, user: User, topic: str, n: int = 5) -> Quiz:
        system = prompts.QUIZ_SYSTEM.format(
            target=prompts.lang_name(user.target_language),
            level=user.level,
            native=prompts.lang_name(user.native_language),
        )
        completion = await self._openai.beta.chat.completions.parse(
            model=self.settings.default_chat_model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": f"Topic: {topic}. Write {n} questions."},
            ],
            response_format=Quiz,
            temperature=0.8,
        )
        message = completion.choices[0].message
        if message.refusal or message.parsed is None:
            raise ValueError(f"quiz generation refused: {message.refusal}")
        return message.parsed

    async def hint(self, user: User, question: QuizQuestion) -> str:
        return await multi_model_service.generate_response(
            prompt=(
                f"Give a one-sentence hint (in {prompts.lang_name(user.native_language)}) for this "
                f"question without revealing the answer:\n{question.question}\n"
                + "\n".join(f"- {o}" for o in question.options)
            ),
            task_type="hint",
            complexity=TaskComplexity.SIMPLE,
            telegram_id=user.telegram_id,
            max_tokens=80,
        )

    async def grade_open_answer(self, user: User, exercise: str, answer: str) -> "tuple[int, str]":
        """Free-text exercises ("describe your weekend in 3 sentences")."""
        chat = self._gemini.aio.chats.create(
            model=self.settings.gemini_model,
            config=types.GenerateContentConfig(
                system_instruction=prompts.GRADE_OPEN_ANSWER.format(
                    level=user.level,
                    target=prompts.lang_name(user.target_language),
                    native=prompts.lang_name(user.native_language),
                ),
                temperature=0.2,
            ),
            history=[
                types.Content(role="user", parts=[types.Part.from_text(text=f"Exercise: {exercise}")]),
                types.Content(role="model", parts=[types.Part.from_text(text="Understood. Send the answer.")]),
            ],
        )
        reply = await chat.send_message(answer)
        text = (reply.text or "").strip()
        match = _SCORE_RE.match(text)
        score = min(int(match.group(1)), 10) if match else 0
        feedback = text.split("\n", 1)[1].strip() if "\n" in text else text
        return score, feedback


_quiz: Optional[QuizService] = None


def get_quiz_service() -> QuizService:
    global _quiz
    if _quiz is None:
        _quiz = QuizService()
    return _quiz
