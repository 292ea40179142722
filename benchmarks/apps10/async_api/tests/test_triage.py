import json
import os
from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest

os.environ.setdefault("HELPDESK_ENV", "test")

from app.services.triage import TriageService  # noqa: E402


def _response(payload):
    message = SimpleNamespace(content=json.dumps(payload))
    return SimpleNamespace(choices=[SimpleNamespace(message=message)])


@pytest.fixture
def mistral():
    client = MagicMock()
    client.chat.complete_async = AsyncMock()
    return client


async def test_classify_happy_path(mistral):
    mistral.chat.complete_async.return_value = _response(
        {"category": "billing", "priority": "high", "language": "de"}
    )
    result = await TriageService(client=mistral).classify("Rechnung doppelt", "Wir wurden zweimal belastet")
    assert result.category == "billing"
    assert result.language == "de"
    mistral.chat.complete_async.assert_awaited_once()


async def test_unknown_category_falls_back_to_other(mistral):
    mistral.chat.complete_async.side_effect = [
        SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content="not json"))]),
        _response({"category": "vibes", "priority": "low", "language": "en"}),
    ]
    result = await TriageService(client=mistral).classify("hi", "just saying hi")
    assert result.category == "other"
