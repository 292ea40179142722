from __future__ import annotations

from unittest.mock import AsyncMock, MagicMock

from fastapi.testclient import TestClient

from workers.admin.api import api
from workers.admin.routes import get_openai


def test_smoke_openai_uses_state_client():
    client = MagicMock()
    client.chat.completions.create = AsyncMock(
        return_value=MagicMock(choices=[MagicMock(message=MagicMock(content="pong"))], usage=MagicMock())
    )
    api.dependency_overrides[get_openai] = lambda: client
    with TestClient(api) as tc:
        r = tc.post("/admin/smoke/openai", json={"prompt": "ping"}, headers={"x-admin-token": "change-me"})
    assert r.status_code == 200
    client.chat.completions.create.assert_awaited_once()
    api.dependency_overrides.clear()
