import base64
from unittest import mock

import pytest

from newsletter.admin import create_app


@pytest.fixture
def app(monkeypatch):
    fake_openai = mock.MagicMock()
    fake_openai.chat.completions.create.return_value = mock.Mock(
        choices=[mock.Mock(message=mock.Mock(content="preview text"))],
        usage=mock.Mock(prompt_tokens=12, completion_tokens=4),
    )
    monkeypatch.setattr("newsletter.admin.get_openai_client", lambda: fake_openai)
    monkeypatch.setattr("newsletter.admin.get_perplexity_client", lambda: mock.MagicMock())
    app = create_app({"TESTING": True, "SECRET_KEY": "pw", "ADMIN_USERS": ["editor"]})
    app.fake_openai = fake_openai
    return app


def _auth():
    token = base64.b64encode(b"editor:pw").decode()
    return {"Authorization": f"Basic {token}"}


def test_preview_requires_auth(app):
    resp = app.test_client().post("/admin/preview", json={"prompt": "hi"})
    assert resp.status_code == 401


def test_preview_returns_text_and_cost(app):
    resp = app.test_client().post("/admin/preview", json={"prompt": "hi"}, headers=_auth())
    assert resp.status_code == 200
    assert resp.json["text"] == "preview text"
    app.fake_openai.chat.completions.create.assert_called_once()


def test_preview_rejects_empty_prompt(app):
    resp = app.test_client().post("/admin/preview", json={"prompt": ""}, headers=_auth())
    assert resp.status_code == 400


def test_fake_client_can_be_called_directly(app):
    out = app.fake_openai.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert out.choices[0].message.content == "preview text"
