import json
from decimal import Decimal
from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest

from bot.handlers.quiz import generate_quiz
from bot.services.pricing import CostLine, calculate_cost, tts_cost, whisper_cost


def _client_returning(payload: dict) -> MagicMock:
    client = MagicMock()
    client.chat.completions.create = AsyncMock(
        return_value=SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=json.dumps(payload)))])
    )
    return client


@pytest.mark.asyncio
async def test_generate_quiz_filters_bad_questions() -> None:
    payload = {"questions": [
        {"question": "Der/die/das Haus?", "options": ["der", "die", "das", "den"], "answer": 2},
        {"question": "broken", "options": ["a", "b"], "answer": 0},
    ]}
    client = _client_returning(payload)
    questions = await generate_quiz(client, language="de", level="A1", topic="articles")
    assert len(questions) == 1
    kwargs = client.chat.completions.create.await_args.kwargs
    assert kwargs["response_format"] == {"type": "json_object"}


def test_known_model() -> None:
    assert calculate_cost("gpt-4o-mini", 1_000_000, 1_000_000) == Decimal("0.75")


def test_unknown_model_is_free() -> None:
    assert calculate_cost("my-local-model", 10, 10) == 0


def test_cost_line() -> None:
    assert CostLine("deepseek-chat", 2_000_000, 0).cost == Decimal("0.54")


def test_audio_costs() -> None:
    assert whisper_cost(60) == Decimal("0.006")
    assert tts_cost(1_000_000) == Decimal("15")
