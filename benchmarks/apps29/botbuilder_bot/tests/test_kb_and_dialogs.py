import asyncio
import json
from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock, patch

import pytest

from services import kb_service
from services.kb_service import KnowledgeBaseService
from services.llm_usage_tracker import LLMUsageTracker
from tests.fakes import FakeAzureOpenAI, FakeSnow


@pytest.fixture
def kb_file(tmp_path, monkeypatch):
    path = tmp_path / "kb.jsonl"
    rows = [
        {"article_id": "1", "title": "VPN", "url": "https://wiki/vpn", "text": "GlobalProtect steps", "embedding": [0.1, 0.2]},
        {"article_id": "2", "title": "Printers", "url": "https://wiki/print", "text": "Follow-me printing", "embedding": [0.9, -0.1]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    monkeypatch.setattr(kb_service, "KB_INDEX_PATH", str(path))
    return path


def test_search_without_reranker(kb_file):
    kb = KnowledgeBaseService(FakeAzureOpenAI(), "emb")
    hits = asyncio.run(kb.search("vpn down", top_k=1))
    assert hits[0].title == "VPN"


def test_search_with_fake_reranker(kb_file):
    reranker = MagicMock()
    reranker.rerank = AsyncMock(return_value=SimpleNamespace(results=[SimpleNamespace(index=1)]))
    kb = KnowledgeBaseService(FakeAzureOpenAI(), "emb", reranker=reranker, rerank_model="rerank-english-v3.0")
    hits = asyncio.run(kb.search("printer", top_k=1))
    assert hits[0].title == "Printers"
    reranker.rerank.assert_awaited_once()


def test_tracker_records_tokens():
    tracker = LLMUsageTracker()

    async def run():
        async with tracker.track_llm_call(provider="azure", model="gpt-4o-mini", feature_context="test") as usage_log:
            usage_log.input_tokens = 12
            usage_log.output_tokens = 3

    asyncio.run(run())
    assert tracker.recent()[0].input_tokens == 12


def test_ticket_short_title_uses_llm():
    from dialogs.ticket_dialog import TicketDialog

    llm = FakeAzureOpenAI(reply='"Laptop will not boot"')
    dialog = TicketDialog(MagicMock(), MagicMock(), MagicMock(), FakeSnow(), llm=llm, deployment="gpt-4o-mini")
    title = asyncio.run(dialog._short_title("my laptop shows a black screen when I turn it on"))
    assert title == "Laptop will not boot"


def test_snow_create_is_not_called_without_confirmation():
    snow = FakeSnow()
    with patch("dialogs.ticket_dialog.summarize_conversation", new=AsyncMock(return_value="")):
        assert snow.incidents.created == []
