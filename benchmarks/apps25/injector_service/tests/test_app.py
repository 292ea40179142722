from __future__ import annotations

from unittest.mock import AsyncMock, patch

from starlette.testclient import TestClient

from supportbot.app import create_app
from supportbot.services.llm_usage_tracker import RedisUsageSink


class MemorySink:
    def __init__(self) -> None:
        self.rows: list[dict] = []

    async def write(self, row: dict) -> None:
        self.rows.append(row)

    async def close(self) -> None:
        pass


def _client(injector) -> TestClient:
    injector.binder.bind(RedisUsageSink, to=MemorySink())
    return TestClient(create_app(injector), base_url="http://localhost")


def test_healthz(injector):
    with _client(injector) as client:
        assert client.get("/healthz").text == "ok"


def test_quick_answer_goes_through_tracked_service(injector):
    with _client(injector) as client, patch(
        "supportbot.routes.chat.multi_model_service.generate_response", new=AsyncMock(return_value="Yes.")
    ) as gen:
        resp = client.post("/api/chat/quick", json={"question": "Do you charge FX fees?"})
    assert resp.json() == {"answer": "Yes."}
    assert gen.await_args.kwargs["task_type"] == "chat"


def test_quick_answer_records_usage(injector):
    sink = MemorySink()
    injector.binder.bind(RedisUsageSink, to=sink)
    with TestClient(create_app(injector), base_url="http://localhost") as client:
        client.post("/api/chat/quick", json={"question": "What are the fees?"})
    assert sink.rows and sink.rows[0]["provider"] == "cerebras"
