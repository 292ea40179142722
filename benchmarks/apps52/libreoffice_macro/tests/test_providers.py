from unittest import mock

from writerai.config import Settings
from writerai.providers import AnthropicBackend, GroqBackend, OpenAIBackend, make_backend

from tests.fakes import FakeAnthropic, FakeOpenAI


def test_openai_backend_uses_system_prompt():
    fake = FakeOpenAI(["  rewritten  "])
    backend = OpenAIBackend(Settings(provider="openai"), client=fake)
    assert backend.complete("sys", "hello") == "rewritten"
    call = fake.chat.completions.calls[0]
    assert call["messages"][0] == {"role": "system", "content": "sys"}


def test_anthropic_backend_joins_text_blocks():
    backend = AnthropicBackend(Settings(provider="anthropic"), client=FakeAnthropic("hi"))
    assert backend.complete("sys", "x") == "hi"


def test_groq_backend_with_mock_client():
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [
        mock.Mock(message=mock.Mock(content="fast"))
    ]
    backend = GroqBackend(Settings(provider="groq"), client=client)
    assert backend.complete("s", "p") == "fast"
    client.chat.completions.create.assert_called_once()


def test_make_backend_unknown_falls_back():
    with mock.patch("writerai.clients.get_openai_client", return_value=FakeOpenAI()):
        backend = make_backend(Settings(provider="nope"))
    assert isinstance(backend, OpenAIBackend)


def test_translator_uses_backend():
    from writerai.translation import Translator

    class EchoBackend:
        model = "echo"

        def complete(self, system, prompt, max_tokens=1024):
            return prompt.upper()

    t = Translator(Settings(target_language="de"), backend=EchoBackend())
    assert t.translate("hallo") == "HALLO"
    assert t.translate_many(["a", "b"]) == ["A", "B"]
    assert t.translate("   ") == "   "


def test_quick_translate_groq_with_fake():
    from writerai.translation import quick_translate_groq

    fake = FakeOpenAI(["Haus"])
    assert quick_translate_groq(fake, "house", "German") == "Haus"
    assert fake.chat.completions.calls[0]["temperature"] == 0


def test_registry_quick_ask_patched():
    from writerai import registry

    fake = FakeOpenAI(["short answer"])
    with mock.patch.dict(registry.CLIENT_GETTERS, {"openai": lambda: fake}):
        assert registry.quick_ask("openai", "why?") == "short answer"


def test_multi_model_service_tracks_usage(tmp_path):
    import asyncio

    from writerai.services import llm_usage_tracker, multi_model_service as mms

    fake = FakeOpenAI(["tracked"])
    tracker = llm_usage_tracker.LLMUsageTracker(db_path=str(tmp_path / "db.sqlite3"))
    service = mms.MultiModelService(settings=Settings(provider="openai"))
    with mock.patch.object(mms, "llm_tracker", tracker), \
            mock.patch.object(mms, "get_openai_client", return_value=fake):
        out = asyncio.run(service.generate_response("hi", task_type="test"))
    assert out == "tracked"


def test_watsonx_backend_with_fake_model():
    from writerai.providers import WatsonxBackend

    model = mock.Mock()
    model.chat.return_value = {"choices": [{"message": {"content": " granite "}}]}
    backend = WatsonxBackend(Settings(provider="watsonx"), model=model)
    assert backend.complete("s", "p") == "granite"
