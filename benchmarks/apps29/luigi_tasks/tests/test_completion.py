from enrichment.llm.completion import complete
from fakes import FakeAnthropic, FakeBedrock, FakeOpenAI


def test_complete_openai_shapes_messages():
    fake = FakeOpenAI(reply="Blurb.")
    result = complete("openai", fake, "gpt-4o-mini", "sys", "prompt", max_tokens=50)
    assert result.text == "Blurb."
    sent = fake.chat.completions.calls[0]
    assert sent["messages"][0] == {"role": "system", "content": "sys"}
    assert result.input_tokens == 10


def test_complete_anthropic_joins_text_blocks():
    fake = FakeAnthropic(reply="hello")
    result = complete("anthropic", fake, "claude", "sys", "p")
    assert result.text == "hello"
    assert fake.messages.calls[0]["system"] == "sys"


def test_complete_bedrock_uses_converse_shape():
    fake = FakeBedrock(reply="pong")
    result = complete("bedrock", fake, "anthropic.claude-3-haiku-20240307-v1:0", "sys", "ping", max_tokens=5)
    assert result.text == "pong"
    assert fake.calls[0]["inferenceConfig"]["maxTokens"] == 5


def test_fake_client_direct():
    fake = FakeOpenAI(reply="x")
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "x"


def test_complete_rejects_unknown_provider():
    import pytest

    with pytest.raises(ValueError):
        complete("watsonx", object(), "m", "s", "p")


def test_cost_helpers_are_offline():
    from enrichment.cost import calculate_cost

    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert calculate_cost("unknown-model", 10, 10) == 0.0


def test_isbn_helpers():
    from enrichment.utils import is_valid_isbn13, normalise_isbn

    isbn = normalise_isbn("0-306-40615-2")
    assert isbn == "9780306406157"
    assert is_valid_isbn13(isbn)
