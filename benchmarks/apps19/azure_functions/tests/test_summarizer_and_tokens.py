from shared_code.services.summarizer import Summarizer, summarize_map_reduce
from shared_code.utils.tokens import chunk_text, estimate_cost_usd
from tests.fakes import FakeOpenAIClient


def test_summarizer_uses_injected_client(fake_openai):
    result = Summarizer(fake_openai, deployment="gpt-4o-mini-test").generate("x" * 200)
    assert result.text == "A short summary."
    assert fake_openai.calls[0]["model"] == "gpt-4o-mini-test"
    assert result.input_tokens == 10


def test_summarizer_skips_empty_text(fake_openai):
    result = Summarizer(fake_openai).generate("   ")
    assert result.text == ""
    assert fake_openai.calls == []


def test_map_reduce_runs_reduce_step_for_multiple_chunks():
    client = FakeOpenAIClient(replies=["part one", "part two", "merged"])
    text = ("para " * 400 + "\n\n") * 2
    result = summarize_map_reduce(client, text, deployment="gpt-4o-test")
    assert result.chunks >= 2
    assert result.text == "merged" or result.chunks > 2


def test_direct_fake_call_shape():
    client = FakeOpenAIClient(replies=["pong"])
    out = client.chat.completions.create(model="whatever", messages=[{"role": "user", "content": "ping"}])
    assert out.choices[0].message.content == "pong"


def test_chunk_text_respects_max():
    chunks = chunk_text("a" * 10000, 3000, overlap=0)
    assert all(len(c) <= 3000 for c in chunks)


def test_cost_estimate_known_model():
    assert estimate_cost_usd("gpt-4o-prod", 1000, 1000) == 0.0125
    assert estimate_cost_usd("unknown-model", 1000, 1000) == 0.0
