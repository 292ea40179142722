from __future__ import annotations

from unittest import mock

from connectors import sinks
from tests.fakes import FakeOpenAI


def test_search_sink_embeds_and_bulk_indexes():
    fake = FakeOpenAI()
    http = mock.MagicMock()
    http.post.return_value.status_code = 200
    sink = sinks.SearchIndexSink(client_factory=lambda: fake, model="text-embedding-3-small", index="test-idx")
    part = sink.build("index", 0, 1)
    with mock.patch.object(sinks, "get_http", return_value=http):
        part.write_batch([("m1:0", "hello world", {"conversation_id": "c1"}), ("m2:0", "bye", {})])
    assert fake.calls[0][0] == "embeddings.create"
    body = http.post.call_args.kwargs["content"]
    assert body.count("\n") == 4


def test_search_sink_skips_empty_batch():
    fake = FakeOpenAI()
    part = sinks.SearchIndexSink(client_factory=lambda: fake).build("index", 0, 1)
    part.write_batch([])
    assert fake.calls == []
