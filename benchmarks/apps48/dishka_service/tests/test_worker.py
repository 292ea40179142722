from __future__ import annotations

from unittest.mock import AsyncMock, MagicMock

from app.domain.models import Document
from app.workers.ingest_worker import IngestWorker


async def test_keywords_go_through_tracker(container, fake_openai):
    fake_openai.reply = "alpha, beta , gamma"
    worker = IngestWorker(container)
    kws = await worker._keywords(Document(title="t", text="some text"))
    assert kws == ["alpha", "beta", "gamma"]


async def test_detect_language_mocked():
    client = MagicMock()
    client.chat.completions.create = AsyncMock(
        return_value=MagicMock(choices=[MagicMock(message=MagicMock(content="DE"))])
    )
    container = MagicMock()
    container.get = AsyncMock(return_value=client)
    worker = IngestWorker(container)
    assert await worker._detect_language("Guten Tag") == "de"


async def test_digest_with_fake_mistral_stream(monkeypatch):
    from types import SimpleNamespace

    from app.workers import digest_worker

    class _Stream:
        def __init__(self, parts):
            self._parts = parts

        def __aiter__(self):
            return self._gen()

        async def _gen(self):
            for p in self._parts:
                yield SimpleNamespace(
                    data=SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=p))])
                )

    fake = MagicMock()
    fake.chat.stream_async = AsyncMock(return_value=_Stream(["Hello ", "world"]))
    text = await digest_worker._digest_with_mistral(fake, "mistral-small-latest", "finance", ["a", "b"])
    assert text == "Hello world"
    fake.chat.stream_async.assert_awaited_once()


async def test_post_to_slack_without_token_prints(monkeypatch, capsys):
    from app.workers import digest_worker

    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    await digest_worker.post_to_slack({"finance": "numbers went up"})
    assert "numbers went up" in capsys.readouterr().out
