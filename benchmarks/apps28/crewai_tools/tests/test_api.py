from __future__ import annotations

from unittest.mock import AsyncMock, MagicMock

from fastapi.testclient import TestClient

from marketcrew.api.app import create_app
from marketcrew.services import multi_model_service as mms


def _client(monkeypatch):
    app = create_app()
    client = TestClient(app)
    client.__enter__()
    return app, client


def test_trigger_dry_run(monkeypatch):
    app, client = _client(monkeypatch)
    resp = client.post(
        "/api/campaigns/trigger",
        json={"brief": "Launch our new pricing tier for agencies", "product": "Acme", "audience": "agencies", "dry_run": True},
    )
    assert resp.status_code == 202
    assert resp.json()["status"] == "done"


def test_copy_tracked_goes_through_service(monkeypatch):
    fake = AsyncMock(return_value="tracked copy")
    monkeypatch.setattr(mms.multi_model_service, "generate_response", fake)
    app, client = _client(monkeypatch)
    resp = client.post("/api/copy/tracked", json={"product": "Acme", "audience": "agencies"})
    assert resp.json() == {"copy": "tracked copy"}
    fake.assert_awaited_once()


def test_brief_critique(monkeypatch):
    app, client = _client(monkeypatch)
    fake_anthropic = MagicMock()
    fake_anthropic.messages.create = AsyncMock(
        return_value=MagicMock(content=[MagicMock(text="too vague")], usage=MagicMock(input_tokens=3, output_tokens=2))
    )
    app.state.anthropic = fake_anthropic
    resp = client.post("/api/brief/critique", json={"brief": "do marketing"})
    assert resp.json()["critique"] == "too vague"
