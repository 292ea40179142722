from unittest.mock import patch

from app.sinks.vector_sink import VectorSink
from tests.fakes import FakeSinkItem, FakeVoyage


class _Resp:
    status_code = 200

    def raise_for_status(self):
        return None


def test_vector_sink_dedupes_and_embeds(monkeypatch):
    fake = FakeVoyage(dim=3)
    with patch("app.sinks.vector_sink.get_voyage", return_value=fake):
        sink = VectorSink(url="http://qdrant:6333", collection="reviews", model="voyage-3")
    puts = []
    monkeypatch.setattr(sink._http, "put", lambda *a, **kw: puts.append(kw) or _Resp())
    item = {"id": "r1", "text": "great mug", "fingerprint": "f1", "payload": {}}
    sink.write([FakeSinkItem(item), FakeSinkItem(dict(item))])
    assert fake.calls == [["great mug"]]
    assert len(puts[0]["json"]["points"]) == 1


def test_fake_voyage_embed_direct():
    vo = FakeVoyage(dim=2)
    out = vo.embed(["a b"], model="voyage-3", input_type="document")
    assert out.embeddings == [[3.0, 3.0]]
