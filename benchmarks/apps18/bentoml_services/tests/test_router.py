from __future__ import annotations

import asyncio
from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock, patch

import pytest

from mlserve.providers import ProviderError
from mlserve.types import ChatResult, ModerationVerdict


class FakeDep:
    def __init__(self, **methods):
        self.to_async = SimpleNamespace(**methods)
        for name, fn in methods.items():
            setattr(self, name, fn)


@pytest.fixture
def router():
    provider = MagicMock()
    provider.name = "openai"
    provider.complete.return_value = ChatResult(text="42", model="m", provider="openai")
    fw = MagicMock()
    fw.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="fw answer"))]
    )
    with patch("services.router.get_chat_provider", return_value=provider), patch(
        "services.router.get_fireworks_client", return_value=fw
    ):
        from services.router import RouterService

        svc = RouterService.inner()
    svc.moderation = FakeDep(check=AsyncMock(return_value=ModerationVerdict(flagged=False, source="t")))
    svc.reranker = FakeDep(rerank=AsyncMock(return_value=[]))
    return svc


def test_answer_uses_primary_provider(router):
    assert asyncio.run(router.answer("q", ["p1"])) == "42"


def test_answer_falls_back_to_fireworks(router):
    router.answer_provider.complete.side_effect = ProviderError("openai", "down")
    assert asyncio.run(router.answer("q", ["p1"])) == "fw answer"
    router.fw.chat.completions.create.assert_called_once()


def test_blocked_question(router):
    router.moderation.check.return_value = ModerationVerdict(flagged=True, source="t", reason="hate")
    with pytest.raises(Exception, match="blocked"):
        asyncio.run(router.answer("bad", []))


def test_answer_v2_is_tracked(router):
    with patch("services.router.multi_model_service") as mms:
        mms.generate_response = AsyncMock(return_value="tracked")
        assert asyncio.run(router.answer_v2("q", ["p"])) == "tracked"
        mms.generate_response.assert_awaited_once()
