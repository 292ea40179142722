import json
from unittest.mock import AsyncMock, MagicMock

import pytest

from services.summariser import SummariserService
from svc.config import Settings
from tests.fakes import FakeAnthropic, FakeMsg, FakeNATS, fake_clients


@pytest.fixture
def service():
    return SummariserService(FakeNATS(), settings=Settings(), llm=fake_clients(anthropic=FakeAnthropic("short")))


async def test_summarise_uses_claude(service):
    out = await service.summarise({"text": "hello world", "words": 10})
    assert out["summary"] == "short"
    assert service.anthropic.messages.calls[0]["max_tokens"] == 1024


async def test_fake_direct():
    fake = FakeAnthropic("x")
    resp = await fake.messages.create(model="m", max_tokens=1, messages=[])
    assert resp.content[0].text == "x"


async def test_handler_wraps_reply(service):
    handler = service._wrap(service.summarise, raw=False)
    msg = FakeMsg(data=json.dumps({"text": "abc"}).encode())
    await handler(msg)
    assert json.loads(msg.responses[0])["ok"] is True


async def test_with_magicmock():
    client = MagicMock()
    client.messages.create = AsyncMock(
        return_value=MagicMock(content=[MagicMock(type="text", text="m")], model="claude")
    )
    svc = SummariserService(FakeNATS(), settings=Settings(), llm=fake_clients(anthropic=client))
    await svc.summarise({"text": "t"})
    client.messages.create.assert_awaited_once()
