from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock, patch

import pytest

from copilot.providers import backends
from copilot.providers.registry import PROFILES, create_backend
from copilot.services.moderation import scrub_pii
from tests.fakes import FakeAsyncAnthropic, FakeAsyncOpenAI


class _FakeStream:
    def __init__(self, chunks):
        self._chunks = chunks

    def __aiter__(self):
        self._it = iter(self._chunks)
        return self

    async def __anext__(self):
        try:
            return next(self._it)
        except StopIteration:
            raise StopAsyncIteration


def _chunk(text):
    return SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=text))])


@pytest.mark.asyncio
async def test_openai_backend_streams(monkeypatch):
    client = FakeAsyncOpenAI()
    client.chat.completions.create = AsyncMock(return_value=_FakeStream([_chunk("Hel"), _chunk("lo")]))
    backend = backends.OpenAIBackend(model="gpt-test", client=client)
    out = await backend.complete([{"role": "user", "content": "hi"}])
    assert out == "Hello"
    assert client.chat.completions.create.await_args.kwargs["stream"] is True


@pytest.mark.asyncio
async def test_litellm_backend_streams():
    with patch.object(backends.litellm, "acompletion", AsyncMock(return_value=_FakeStream([_chunk("ok")]))) as m:
        out = await backends.LiteLLMBackend("gpt-test").complete([{"role": "user", "content": "hi"}])
    assert out == "ok"
    m.assert_awaited_once()


def test_create_backend_unknown_profile_defaults(monkeypatch):
    monkeypatch.setattr(backends, "get_anthropic", lambda: FakeAsyncAnthropic())
    backend = create_backend("does-not-exist")
    assert backend.provider == "anthropic"


def test_split_system():
    system, rest = backends._split_system(
        [{"role": "system", "content": "a"}, {"role": "user", "content": "b"}, {"role": "system", "content": "c"}]
    )
    assert system == "a\n\nc"
    assert rest == [{"role": "user", "content": "b"}]


def test_profiles_have_models():
    for spec in PROFILES.values():
        assert spec.models, spec.name


def test_scrub_pii():
    assert scrub_pii("ssn 123-45-6789 card 4111 1111 1111 1111") == "ssn [SSN] card [CARD]"


@pytest.mark.asyncio
async def test_smalltalk_goes_through_tracked_service():
    from copilot.handlers import messages

    fake_service = MagicMock()
    fake_service.generate_response = AsyncMock(return_value="Morning!")
    sent = []

    class FakeMessage:
        def __init__(self, content="", **kw):
            self.content = content

        async def send(self):
            sent.append(self.content)

    with patch.object(messages, "is_flagged", AsyncMock(return_value=False)), \
         patch.object(messages, "classify_intent", AsyncMock(return_value="smalltalk")), \
         patch.object(messages, "make_title", AsyncMock(return_value="Greeting")), \
         patch.object(messages, "smalltalk_reply", AsyncMock(return_value="Morning!")), \
         patch.object(messages.session, "get_history", return_value=[{"role": "system", "content": "x"}]), \
         patch.object(messages.session, "session_id", return_value="s1"), \
         patch.object(messages.session, "append_turn"), \
         patch.object(messages.session, "get_backend", return_value=MagicMock()), \
         patch.object(messages.session, "get_chat_settings", return_value={}), \
         patch.object(messages.cl, "Message", FakeMessage), \
         patch.object(messages.cl, "user_session", MagicMock()):
        await messages.on_message(FakeMessage("good morning"))
    assert sent == ["Morning!"]
