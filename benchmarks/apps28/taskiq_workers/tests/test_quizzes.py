from __future__ import annotations

import json

import pytest

from workers.quiz_bank import ClozeGenerator, QuizBank, QuizQuestion
from workers.tasks import quizzes


QUIZ_JSON = json.dumps(
    {
        "lesson_id": "l1",
        "questions": [
            {"stem": "What absorbs light?", "options": ["Chlorophyll", "Water"], "answer_index": 0},
            {"stem": "What is released?", "options": ["Oxygen", "Nitrogen"], "answer_index": 0},
        ],
    }
)


def test_cloze_generator_is_deterministic(lessons):
    body = lessons["l1"].body
    a = ClozeGenerator(seed=1).generate(body)
    b = ClozeGenerator(seed=1).generate(body)
    assert [q.model_dump() for q in a] == [q.model_dump() for q in b]
    assert all("_____" in q.stem for q in a)


def test_quiz_bank_dedupes():
    q = QuizQuestion(stem="Same?", options=["a", "b"], answer_index=0)
    bank = QuizBank.create("l1", [q, q.model_copy()])
    assert len(bank.items) == 1


@pytest.fixture
def no_rating(monkeypatch):
    async def fake_generate_response(**kwargs):
        return "2"

    monkeypatch.setattr(quizzes.multi_model_service, "generate_response", fake_generate_response)


async def test_generate_quiz_with_distractors(worker_state, no_rating):
    worker_state.openai.chat.completions.reply = QUIZ_JSON

    task = await quizzes.generate_quiz.kiq("l1", num_questions=2, widen_distractors=True)
    result = await task.wait_result(timeout=5)

    assert not result.is_err, result.error
    questions = result.return_value["questions"]
    assert questions[0]["difficulty"] == 2
    assert "Mitochondria" in questions[0]["options"]
    assert worker_state.openai.rec.names() == ["chat.completions.parse"]
