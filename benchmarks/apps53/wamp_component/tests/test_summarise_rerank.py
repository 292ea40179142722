from unittest.mock import MagicMock

from gateway.procedures.rerank import RerankService
from gateway.procedures.summarise import Summariser, chunk_text
from tests.fakes import FakeAnthropic, FakeCohere, FakeMistral


def test_chunking():
    text = "\n\n".join("p" * 500 for _ in range(60))
    chunks = chunk_text(text, size=5000)
    assert len(chunks) > 1
    assert all(len(c) <= 5600 for c in chunks)


async def test_short_summary_uses_claude_only(settings):
    anth, mis = FakeAnthropic("short"), FakeMistral()
    s = Summariser(anth, mis, settings)
    out = await s.summarise("tiny doc")
    assert out == {"summary": "short", "chunks": 1}
    assert mis.calls == []


async def test_long_summary_map_reduce(settings):
    anth, mis = FakeAnthropic("merged"), FakeMistral("part")
    s = Summariser(anth, mis, settings)
    text = "\n\n".join("x" * 3000 for _ in range(10))
    out = await s.summarise(text)
    assert out["summary"] == "merged"
    assert len(mis.calls) == out["chunks"]


async def test_rerank_order(settings):
    co = FakeCohere(order=[2, 0, 1])
    svc = RerankService(co, settings)
    ranked = await svc.rerank("q", ["a", "b", "c"], top_n=2)
    assert [r["text"] for r in ranked] == ["c", "a"]
    assert svc.search_units == 1


def test_magicmock_client_not_called():
    client = MagicMock()
    client.messages.create.return_value = MagicMock(content=[MagicMock(text="hi")])
    assert client.messages.create(model="m", max_tokens=1, messages=[]).content[0].text == "hi"
