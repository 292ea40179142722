from lib.llm.content import ContentGenerator, ContentRequest
from tests.fakes import FakeOpenAI


def test_generate_runs_outline_then_draft(fake_anthropic):
    client = FakeOpenAI(reply="Intro\nBody\nConclusion")
    gen = ContentGenerator(client, model="gpt-4o-mini")
    result = gen.generate(ContentRequest(topic="serverless python"))
    assert result["outline"] == ["Intro", "Body", "Conclusion"]
    assert len(client.chat.completions.calls) == 2
    assert client.chat.completions.calls[0]["model"] == "gpt-4o-mini"


def test_polish_uses_claude(fake_anthropic):
    gen = ContentGenerator(FakeOpenAI(reply="draft"))
    result = gen.generate(ContentRequest(topic="x", polish=True))
    assert result["body"] == "polished"
    assert fake_anthropic.messages.calls[0]["model"] == "claude-3-5-haiku-latest"


def test_titles_bad_json_returns_empty(fake_anthropic):
    gen = ContentGenerator(FakeOpenAI(reply="not json"))
    assert gen.titles("anything") == []


def test_stream_chat_emits_deltas_and_done():
    import json

    from lib.llm.streaming import stream_chat

    events = list(stream_chat(FakeOpenAI(reply="a b c"), "gpt-4o-mini", [{"role": "user", "content": "x"}]))
    deltas = [json.loads(e.split("data: ", 1)[1])["delta"] for e in events if e.startswith("data:")]
    assert deltas == ["a", "b", "c"]
    assert events[-1].startswith("event: done")
