from unittest import mock

from art_muse.assistant import layer_describer
from art_muse.assistant.prompt_writer import PromptWriter
from art_muse.backends import openai_backend

from .fakes import FakeAnthropic, FakeOpenAI


def test_quick_uses_given_client():
    fake = FakeOpenAI(reply="  misty harbour at dusk, gouache  ")
    writer = PromptWriter(client=fake)
    assert writer.quick("harbour") == "misty harbour at dusk, gouache"
    kind, kwargs = fake.calls[0]
    assert kind == "chat" and kwargs["max_tokens"] == 160


def test_write_goes_through_service():
    writer = PromptWriter(client=FakeOpenAI())
    with mock.patch("art_muse.assistant.prompt_writer.multi_model_service") as svc:
        async def fake_generate(**kwargs):
            return "expanded"
        svc.generate_response.side_effect = fake_generate
        assert writer.write("note") == "expanded"
        assert svc.generate_response.call_args.kwargs["task_type"] == "prompt_writing"


def test_critique_with_fake_anthropic():
    fake = FakeAnthropic(reply="push the values")
    assert layer_describer.critique(b"png", fake, model="claude-test") == "push the values"
    assert fake.calls[0]["model"] == "claude-test"


def test_openai_image_backend_moderation_blocks(monkeypatch):
    fake = FakeOpenAI(flag=True)
    monkeypatch.setattr(openai_backend, "openai_client", lambda: fake)
    backend = openai_backend.OpenAIImageBackend()
    try:
        backend.generate("bad", 512, 512)
    except Exception as exc:
        assert "moderation" in str(exc)
    else:
        raise AssertionError("expected moderation failure")
    assert [c[0] for c in fake.calls] == ["moderation"]


def test_mock_client_chat():
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content="x"))]
    writer = PromptWriter(client=client)
    assert writer.quick("y") == "x"
    client.chat.completions.create.assert_called_once()
