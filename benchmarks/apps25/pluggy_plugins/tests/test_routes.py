from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import MagicMock

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.routes import admin, documents
from docflow.pipeline import Pipeline


@pytest.fixture
def client(engine):
    api = FastAPI()
    api.include_router(documents.router)
    api.include_router(admin.router)
    api.state.engine = engine
    api.state.pipeline = Pipeline(engine)
    api.state.index = {}
    return TestClient(api)


def test_moderate_flagged(client, engine):
    result = SimpleNamespace(flagged=True, categories=MagicMock(model_dump=lambda: {"violence": True}))
    engine.openai.moderations.create.return_value = SimpleNamespace(results=[result])
    resp = client.post("/documents/moderate", json={"text": "something bad"})
    assert resp.status_code == 422
    engine.openai.moderations.create.assert_called_once()


def test_moderate_clean(client, engine):
    engine.openai.moderations.create.return_value = SimpleNamespace(results=[SimpleNamespace(flagged=False)])
    assert client.post("/documents/moderate", json={"text": "hello"}).json() == {"flagged": False}


def test_estimate_endpoint(client):
    resp = client.post("/admin/estimate", json={"text": "hello world", "model": "gpt-4o-mini"})
    body = resp.json()
    assert body["input_tokens"] >= 2
    assert body["estimated_cost_usd"] >= 0
