from unittest import mock

from enrichment.dataflow import sinks
from enrichment.models import EnrichedRecord, InboundRecord
from tests.fakes import FakeVoyage


class _Embedder:
    name = "fake"

    def __init__(self):
        self.vo = FakeVoyage()

    def embed(self, texts):
        return self.vo.embed(texts).embeddings


def test_pg_partition_embeds_missing_only():
    with mock.patch.object(sinks.psycopg, "connect") as connect, \
            mock.patch.object(sinks, "build_embedder", return_value=_Embedder()):
        part = sinks._PgPartition("postgresql://x", 0)
        a = EnrichedRecord(record=InboundRecord(kind="ticket", id="a", tenant="t", text="abc"))
        b = EnrichedRecord(record=InboundRecord(kind="ticket", id="b", tenant="t", text="de"), embedding=[1.0])
        part.write_batch([a, b])
        assert a.embedding == [3.0]
        assert b.embedding == [1.0]
        assert part.embedder.vo.calls == 1
        connect.return_value.commit.assert_called_once()


def test_openai_mock_client():
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [mock.Mock()]
    client.chat.completions.create(model="gpt-4o-mini", messages=[])
    client.chat.completions.create.assert_called_once()
