from __future__ import annotations

from unittest.mock import AsyncMock, patch

import pytest

from deskpilot.services import multi_model_service


@pytest.mark.asyncio
async def test_chat_returns_reply(client, app):
    resp = await client.post("/v1/chat/", json={"messages": [{"role": "user", "content": "hi"}]})
    assert resp.status_code == 200
    data = await resp.get_json()
    assert data["reply"] == "hello from fake"
    sent = app.openai_client.chat.completions.calls[-1]
    assert sent["messages"][0]["role"] == "system"


@pytest.mark.asyncio
async def test_quick_answer_uses_tracked_service(client):
    with patch.object(multi_model_service, "generate_response", AsyncMock(return_value="42")) as m:
        resp = await client.post("/v1/chat/quick", json={"question": "meaning?"})
    assert (await resp.get_json())["answer"] == "42"
    m.assert_awaited_once()


@pytest.mark.asyncio
async def test_direct_fake_completion(app):
    out = await app.openai_client.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert out.choices[0].message.content == "hello from fake"
