import json
from types import SimpleNamespace
from unittest import mock

import pytest

from newsroom import create_app
from newsroom.services import headlines


@pytest.fixture
def app():
    app = create_app("testing")
    with app.app_context():
        yield app


def _article():
    return SimpleNamespace(id=1, headline="Rates held", section="business", body="The bank held rates at 5%.")


def _chat_response(content):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=content))],
        usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
    )


def test_parse_json_reply_strips_fences():
    raw = '```json\n{"headlines": ["A", " B "], "seo_title": "A"}\n```'
    assert headlines._parse_json_reply(raw) == (["A", "B"], "A")


def test_suggest_with_openai_uses_configured_model(app):
    fake = mock.Mock()
    fake.chat.completions.create.return_value = _chat_response(json.dumps({"headlines": ["One", "Two"]}))
    with mock.patch.object(headlines.clients, "openai_client", return_value=fake):
        result = headlines.suggest_with_openai(_article(), count=2)
    assert result.headlines == ["One", "Two"]
    kwargs = fake.chat.completions.create.call_args.kwargs
    assert kwargs["model"] == app.config["OPENAI_CHAT_MODEL"]
    assert kwargs["response_format"] == {"type": "json_object"}


def test_empty_headlines_raise():
    with pytest.raises(headlines.AIServiceError):
        headlines._parse_json_reply('{"headlines": []}')
