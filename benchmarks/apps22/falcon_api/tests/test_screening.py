from __future__ import annotations

import json

import pytest

from recruit_api.services.embeddings import EmbeddingService, Matcher, cosine
from recruit_api.services.screener import CVScreener, parse_screening_json
from tests.fakes import FakeAnthropic, FakeStore, FakeVoyage


def test_parse_screening_json_ignores_prose():
    text = 'Sure! Here you go:\n{"scores": {"a": 3}, "overall": 3.0, "summary": "ok"}\nThanks'
    assert parse_screening_json(text)["overall"] == 3.0


def test_parse_screening_json_raises_without_json():
    with pytest.raises(ValueError):
        parse_screening_json("no json here")


def test_score_uses_rubric_and_zero_temperature():
    fake = FakeAnthropic()
    screener = CVScreener(fake, model="claude-test")
    result = screener.score("Backend engineer", {"skills_match": "Python"}, "10y Python")
    assert result.overall == 4.0
    call = fake.messages.calls[0]
    assert call["temperature"] == 0
    assert "skills_match" in call["messages"][0]["content"]


@pytest.mark.asyncio
async def test_score_tracked_records_usage(settings):
    from recruit_api.services.llm_usage_tracker import llm_tracker

    llm_tracker.configure(settings.database_path)
    fake = FakeAnthropic(json.dumps({"scores": {}, "overall": 2, "summary": "meh"}))
    screener = CVScreener(fake, model="claude-test")
    result = await screener.score_tracked("JD", {}, "CV", tenant_id="t1")
    assert result.input_tokens == 120


def test_quick_screen_endpoint(client, registry):
    registry.async_anthropic.messages.create.return_value.content = [
        type("B", (), {"text": '{"overall": 5}'})()
    ]
    resp = client.simulate_post(
        "/v2/quick-screen", json={"job_description": "JD", "cv_text": "CV"}
    )
    assert resp.status_code == 200
    assert resp.json == {"overall": 5}
    registry.async_anthropic.messages.create.assert_awaited_once()



def test_cosine_identity():
    assert abs(cosine([1, 2, 3], [1, 2, 3]) - 1.0) < 1e-9


def test_shortlist_reranks():
    vo = FakeVoyage()
    store = FakeStore({"a": "python kafka", "b": "java", "c": "go rust"})
    matcher = Matcher(EmbeddingService(vo), store)
    matcher.index_candidates([{"id": k, "cv_text": v} for k, v in store.cvs.items()])
    out = matcher.shortlist("python engineer", limit=2)
    assert len(out) == 2
    assert out[0].rerank_score == 1.0
    assert vo.embed_calls == 2


def test_fakes_mirror_sdk_response_shapes():
    # if these drift from the real SDK objects the service tests lie to us
    from tests.fakes import FakeOpenAI

    msg = FakeAnthropic().messages.create(model="claude-test", max_tokens=10, messages=[])
    assert msg.usage.input_tokens and msg.content[0].type == "text"
    completion = FakeOpenAI().chat.completions.create(model="gpt-test", messages=[], n=2)
    assert len(completion.choices) == 2 and completion.usage.prompt_tokens
