from __future__ import annotations

from flask import Flask

import server_routes
from ai.bundle import ProviderBundle, attach_providers
from tests.conftest import FakeAnthropic


def _app(monkeypatch, anthropic=None):
    app = Flask(__name__)
    bundle = ProviderBundle(
        openai=None, anthropic=anthropic or FakeAnthropic("short summary"), gemini=None,
        mistral=None, groq=None, together=None, bedrock=None,
    )
    attach_providers(app, bundle)
    app.register_blueprint(server_routes.api_bp, url_prefix="/api")
    monkeypatch.setattr(server_routes, "check_question", lambda q: q)
    return app


def test_summarize_uses_bundle(monkeypatch):
    fake = FakeAnthropic("short summary")
    client = _app(monkeypatch, fake).test_client()
    resp = client.post("/api/summarize", json={"text": "promo thread...", "max_tokens": 100})
    assert resp.status_code == 200
    assert resp.get_json()["summary"] == "short summary"
    assert fake.messages.calls[0]["max_tokens"] == 100


def test_summarize_requires_text(monkeypatch):
    client = _app(monkeypatch).test_client()
    assert client.post("/api/summarize", json={}).status_code == 400


def test_insight_route_dispatches_to_strategy(monkeypatch):
    from ai.strategies import InsightResult

    monkeypatch.setattr(
        server_routes, "run_strategy", lambda name, prompt, **kw: InsightResult(name, "m", "ok", 1, 2)
    )
    client = _app(monkeypatch).test_client()
    resp = client.post("/api/insight/groq", json={"question": "why?", "records": []})
    body = resp.get_json()
    assert body["provider"] == "groq"
    assert body["usage"] == {"input_tokens": 1, "output_tokens": 2}
