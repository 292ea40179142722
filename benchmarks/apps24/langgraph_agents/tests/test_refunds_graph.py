from __future__ import annotations

from unittest.mock import MagicMock, patch

import pytest
from langgraph.types import Command

from app.graphs import build_refund_graph
from tests.fakes import FakeAnthropic


@pytest.fixture
def orders():
    with patch("app.agents.refund._orders") as repo:
        repo.get.return_value = MagicMock(total_cents=4999)
        yield repo


@pytest.fixture
def mms():
    with patch("app.agents.refund.multi_model_service") as svc:
        async def _gen(**kwargs):
            return "Your refund is on its way."

        svc.generate_response.side_effect = _gen
        yield svc


async def test_auto_approve(agent_context, saver, orders, mms):
    agent_context.anthropic = FakeAnthropic(tool_input={"decision": "approve", "rationale": "within 30 days"})
    graph = build_refund_graph(saver)
    result = await graph.ainvoke(
        {"ticket_id": "T9", "order_id": "O1", "reason": "arrived broken"},
        config={"configurable": {"thread_id": "r-T9"}},
        context=agent_context,
    )
    assert result["decision"] == "approve"
    assert result["customer_reply"].startswith("Your refund")
    orders.create_refund.assert_called_once_with("O1", 4999)


async def test_needs_human_then_resume(agent_context, saver, orders, mms):
    agent_context.anthropic = FakeAnthropic(tool_input={"decision": "needs_human", "rationale": "unclear"})
    graph = build_refund_graph(saver)
    cfg = {"configurable": {"thread_id": "r-T10"}}
    first = await graph.ainvoke({"ticket_id": "T10", "order_id": "O2", "reason": "?"}, config=cfg, context=agent_context)
    assert "__interrupt__" in first
    final = await graph.ainvoke(Command(resume={"decision": "deny"}), config=cfg, context=agent_context)
    assert final["decision"] == "deny"


def test_mock_client_messages():
    client = MagicMock()
    client.messages.create.return_value = MagicMock(content=[MagicMock(type="text", text="hi")])
    out = client.messages.create(model="claude-3-5-haiku-20241022", max_tokens=10, messages=[])
    assert out.content[0].text == "hi"
