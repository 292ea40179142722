from shared.text_utils import chunk_message, completion, strip_mentions


def test_strip_mentions():
    assert strip_mentions("<@U123ABC> hello") == "hello"
    assert strip_mentions("<@!1234> hi there") == "hi there"


def test_chunk_message_respects_limit():
    text = "\n".join("line %d" % i for i in range(500))
    chunks = chunk_message(text, 100)
    assert all(len(c) <= 100 for c in chunks)
    assert "".join(chunks) == text


def test_completion_prefers_prefix():
    assert completion("gr", ["helper", "grumpy", "agro"]) == ["grumpy", "agro"]
