from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import AsyncMock, patch

import pytest
from fastapi.testclient import TestClient

from app.api import routes_query
from app.services.query_service import Answer


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setattr("app.api.main.configure", lambda cfg=None: None)
    from app.api.main import app

    with TestClient(app) as c:
        fake_openai = AsyncMock()
        fake_openai.chat.completions.create.return_value = SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content='{"questions": ["a", "b"]}'))],
            usage=SimpleNamespace(prompt_tokens=1, completion_tokens=1),
        )
        app.state.openai = fake_openai
        yield c


def test_query_returns_answer_and_followups(client) -> None:
    with patch.object(routes_query.moderation, "screen", return_value=SimpleNamespace(allowed=True, categories=[])), \
         patch.object(routes_query, "answer_question", AsyncMock(return_value=Answer(text="42", sources=[]))), \
         patch.object(routes_query, "get_llm_for", return_value=None):
        resp = client.post("/query", json={"question": "meaning of life?"})
    assert resp.status_code == 200
    assert resp.json()["followups"] == ["a", "b"]


def test_blocked_question(client) -> None:
    with patch.object(routes_query.moderation, "screen", return_value=SimpleNamespace(allowed=False, categories=["self-harm"])):
        resp = client.post("/query", json={"question": "bad stuff"})
    assert resp.status_code == 422
