import json
from types import SimpleNamespace
from unittest.mock import MagicMock, patch

import pytest

from libraries import ChatbotJudgeLibrary as judge_module
from libraries.chatbot_client import ChatbotReply


@pytest.fixture
def lib(monkeypatch):
    fake_genai = MagicMock()
    fake_genai.models.generate_content.return_value = SimpleNamespace(
        text=json.dumps({"verdict": "pass", "score": 8, "reason": "ok"})
    )
    monkeypatch.setattr(judge_module, "get_genai_client", lambda: fake_genai)
    monkeypatch.setitem(
        judge_module.PROVIDERS,
        "fake",
        lambda prompt, system: '{"verdict": "pass", "score": 9, "reason": "good"}',
    )
    library = judge_module.ChatbotJudgeLibrary(provider="fake", min_score=7)
    library.bot = MagicMock()
    library.bot.chat.return_value = ChatbotReply("Hi!", "c1", 12.0, [])
    return library


def test_parse_verdict_handles_prose():
    raw = 'Sure! {"verdict": "pass", "score": 10, "reason": "x"} hope that helps'
    assert judge_module._parse_verdict(raw)["score"] == 10


def test_parse_verdict_garbage():
    assert judge_module._parse_verdict("nope")["verdict"] == "fail"


def test_answer_should_satisfy_passes(lib):
    assert lib.answer_should_satisfy("q", "a", "e")["score"] == 9


def test_gemini_judge_uses_client(lib):
    verdict = lib.answer_should_satisfy_gemini("q", "a", "e")
    assert verdict["verdict"] == "pass"
    lib.genai.models.generate_content.assert_called_once()


def test_low_score_fails(lib, monkeypatch):
    monkeypatch.setitem(judge_module.PROVIDERS, "fake", lambda p, s: '{"verdict": "pass", "score": 3}')
    with pytest.raises(AssertionError):
        lib.answer_should_satisfy("q", "a", "e")


def test_ask_chatbot_keeps_conversation(lib):
    lib.ask_chatbot("hello")
    lib.ask_chatbot("again")
    assert lib.bot.chat.call_args_list[1].kwargs["conversation_id"] == "c1"


def test_tracked_judge(lib):
    with patch.object(judge_module.multi_model_service, "generate_response") as gen:
        async def fake(**kwargs):
            return '{"verdict": "pass", "score": 8}'

        gen.side_effect = fake
        assert lib.answer_should_satisfy_tracked("q", "a", "e")["score"] == 8
