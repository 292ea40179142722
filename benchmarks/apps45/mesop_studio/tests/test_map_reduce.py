from studio.summarizer.map_reduce import MapReduceSummarizer, summarise_chunks_parallel
from fakes import FakeAnthropic, FakeOpenAI


def test_single_chunk_goes_straight_through():
    client = FakeAnthropic(replies=["short summary"])
    s = MapReduceSummarizer(client, model="claude-test", max_chars=10_000)
    assert s.summarise("Doc", "one paragraph only") == "short summary"
    assert len(client.messages.calls) == 1
    assert client.messages.calls[0]["model"] == "claude-test"


def test_multi_chunk_reduces():
    text = "\n\n".join("para %d " % i + "x" * 90 for i in range(10))
    client = FakeAnthropic(replies=["p"] * 20 + ["final"])
    s = MapReduceSummarizer(client, model="m", max_chars=300, workers=1)
    out = s.summarise("Doc", text)
    assert out  # last reply used for reduce
    assert len(client.messages.calls) > 2


def test_stream_reduce_yields_text():
    client = FakeAnthropic()
    s = MapReduceSummarizer(client, model="m")
    assert "".join(s.stream_reduce("T", ["a", "b"])) == "Hello, world"


def test_parallel_helper_uses_chat_shape():
    client = FakeOpenAI("chunk!")
    assert summarise_chunks_parallel(client, "gpt-x", ["a", "b"]) == ["chunk!", "chunk!"]
    direct = client.chat.completions.create(model="gpt-x", messages=[])
    assert direct.choices[0].message.content == "chunk!"
