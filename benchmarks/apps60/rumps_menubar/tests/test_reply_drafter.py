import asyncio
from types import SimpleNamespace
from unittest import mock

from menubar.features import reply_drafter
from menubar.features.reply_drafter import ReplyDrafter


class FakeAsyncMessages:
    def __init__(self):
        self.kwargs = None

    async def create(self, **kwargs):
        self.kwargs = kwargs
        return SimpleNamespace(content=[SimpleNamespace(text=" Sure, Tuesday works. ")])


def test_draft_uses_async_client(settings, monkeypatch):
    fake = SimpleNamespace(messages=FakeAsyncMessages())
    monkeypatch.setattr(reply_drafter, "get_async_anthropic_client", lambda: fake)
    drafter = ReplyDrafter(settings, signature="— Sam")
    out = asyncio.run(drafter.draft("Can we meet Tuesday?"))
    assert out == "Sure, Tuesday works."
    assert "— Sam" in fake.messages.kwargs["system"]


def test_draft_tracked_goes_through_service(settings, monkeypatch):
    monkeypatch.setattr(reply_drafter, "get_async_anthropic_client", lambda: None)
    service = mock.AsyncMock()
    service.generate_response.return_value = "tracked reply"
    monkeypatch.setattr(reply_drafter, "multi_model_service", service)
    out = asyncio.run(ReplyDrafter(settings).draft_tracked("hello"))
    assert out == "tracked reply"
    assert service.generate_response.await_args.kwargs["task_type"] == "reply_draft"


def test_canned_template_generate(settings, monkeypatch):
    monkeypatch.setattr(reply_drafter, "get_async_anthropic_client", lambda: None)
    drafter = ReplyDrafter(settings)
    assert "Friday" in drafter.canned("ooo", name="Ana", date="Friday")
