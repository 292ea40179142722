from __future__ import annotations

from unittest import mock

import pytest

from fakes import FakeOpenAI
from llm import registry
from llm.judges import ClaudeJudge, ExactMatchJudge, GeminiJudge, _parse_verdict


def test_parse_verdict_handles_prose():
    assert _parse_verdict('Sure! {"score": 0.7, "reason": "close"}')["score"] == 0.7
    assert _parse_verdict("nope")["score"] == 0.0


def test_claude_judge_with_fake(fake_anthropic):
    judge = ClaudeJudge(fake_anthropic, model="claude-test")
    verdict = judge.grade("q", "a", "a")
    assert verdict.score == 1.0
    assert verdict.input_tokens == 20


def test_gemini_judge_with_fake(fake_genai):
    verdict = GeminiJudge(fake_genai).grade("q", "a", "b")
    assert verdict.score == 0.5


def test_fake_models_directly(fake_genai):
    resp = fake_genai.models.generate_content(model="gemini-test", contents="hi")
    assert resp.usage_metadata.prompt_token_count == 12


def test_exact_match():
    assert ExactMatchJudge().grade("q", "Yes", "yes").score == 1.0


def test_unknown_provider():
    with pytest.raises(ValueError):
        registry.get_chat_fn("nope")


def test_openai_entry_uses_cached_client():
    fake = FakeOpenAI(["hello"])
    with mock.patch.object(registry, "get_openai_client", return_value=fake):
        text, tin, tout = registry.get_chat_fn("openai")("gpt-4o-mini", "sys", "hi", 10, 0.0)
    assert text == "hello"
    assert (tin, tout) == (10, 1)
