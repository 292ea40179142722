from unittest.mock import MagicMock

import pytest

from ragsvc.api.app import create_app


class StubPipeline:
    def __init__(self, answer: str):
        self.answer = answer
        self.inputs = None

    def run(self, data, include_outputs_from=None):
        self.inputs = data
        return {"moderation": {"blocked": False}, "assembler": {"answer": {"text": self.answer, "sources": [], "meta": {}}}}

    def warm_up(self):
        pass


@pytest.fixture
def app(monkeypatch, tmp_path):
    cfg = tmp_path / "p.yaml"
    cfg.write_text("pipelines: {}\n")
    app = create_app(config_path=str(cfg), pipelines={"support_qa": StubPipeline("42")})
    app.extensions["openai_client"] = MagicMock()
    return app


def test_ask_returns_answer(app):
    resp = app.test_client().post("/v1/ask", json={"query": "meaning of life?"})
    assert resp.status_code == 200
    assert resp.get_json()["text"] == "42"


def test_chat_direct_uses_app_client(app):
    mock_client = app.extensions["openai_client"]
    mock_client.chat.completions.create.return_value = MagicMock(
        choices=[MagicMock(message=MagicMock(content="hello"))],
        usage=MagicMock(prompt_tokens=3, completion_tokens=1),
    )
    resp = app.test_client().post("/v1/chat/direct", json={"messages": [{"role": "user", "content": "hi"}]})
    assert resp.get_json()["reply"] == "hello"
    mock_client.chat.completions.create.assert_called_once()


def test_sessions_create(app):
    resp = app.test_client().post("/v1/sessions", json={"pipeline": "support_qa"})
    assert resp.status_code == 201
