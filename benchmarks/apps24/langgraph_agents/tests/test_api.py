from __future__ import annotations

from unittest.mock import AsyncMock, MagicMock

from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.routes import admin, tickets
from tests.fakes import FakeOpenAI


def _app() -> FastAPI:
    app = FastAPI()
    app.include_router(tickets.router)
    app.include_router(admin.router)
    app.state.openai = FakeOpenAI()
    app.state.triage_graph = MagicMock()
    app.state.triage_graph.ainvoke = AsyncMock(
        return_value={"intent": "billing", "draft": "We're on it.", "escalated": False}
    )
    app.state.anthropic = MagicMock()
    app.state.cohere = MagicMock()
    app.state.cerebras = MagicMock()
    app.state.translator = MagicMock()
    return app


def test_create_ticket_requires_tenant():
    client = TestClient(_app())
    r = client.post("/tickets", json={"customer_email": "a@b.c", "message": "hi"})
    assert r.status_code == 400


def test_create_ticket_ok():
    app = _app()
    client = TestClient(app)
    r = client.post(
        "/tickets", json={"customer_email": "a@b.c", "message": "charged twice"}, headers={"X-Tenant-Id": "acme"}
    )
    assert r.status_code == 200
    assert r.json()["intent"] == "billing"
    kwargs = app.state.triage_graph.ainvoke.await_args.kwargs
    assert kwargs["config"]["configurable"]["openai_client"] is app.state.openai


def test_spend_empty():
    client = TestClient(_app())
    assert client.get("/admin/spend").json() == {"buffered": {}}
