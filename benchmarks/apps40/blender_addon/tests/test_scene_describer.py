import importlib
import types
from unittest import mock


def _session(client, **kw):
    s = types.SimpleNamespace(openai=client, openai_model="gpt-4o-mini", use_tracking_service=False, **kw)
    s.has = lambda name: name == "openai"
    return s


def test_describe_uses_openai_client(fake_openai):
    describer = importlib.import_module("ai_studio_helpers.ai.scene_describer")
    text = describer.describe(_session(fake_openai), {"objects": []}, note="night shot")
    assert text == "A small room with a lamp."
    kwargs = fake_openai.chat.completions.create.call_args.kwargs
    assert kwargs["model"] == "gpt-4o-mini"
    assert "night shot" in kwargs["messages"][1]["content"]


def test_describe_routes_through_tracking_service(fake_openai):
    describer = importlib.import_module("ai_studio_helpers.ai.scene_describer")
    session = _session(fake_openai)
    session.use_tracking_service = True
    with mock.patch.object(describer.multi_model_service, "generate_response_sync", return_value="tracked") as gen:
        assert describer.describe(session, {"objects": []}) == "tracked"
    gen.assert_called_once()
    fake_openai.chat.completions.create.assert_not_called()


def test_registry_anthropic_path():
    registry = importlib.import_module("ai_studio_helpers.ai.registry")
    fake = mock.MagicMock()
    fake.messages.create.return_value = types.SimpleNamespace(content=[types.SimpleNamespace(text="ok")])
    session = types.SimpleNamespace(anthropic=fake, anthropic_model="claude-test")
    assert registry.ask(session, "anthropic", "sys", "hi") == "ok"
    fake.messages.create.assert_called_once()
