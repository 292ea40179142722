from unittest.mock import AsyncMock, MagicMock, patch

from supportstream import views
from supportstream.agents import reply_drafts
from supportstream.models import Ticket
from supportstream.services.llm_usage_tracker import LLMUsageTracker
from supportstream.tokens import estimate_cost


async def test_draft_tracked_goes_through_multi_model_service():
    with patch.object(
        reply_drafts.multi_model_service, "generate_response", AsyncMock(return_value="hi there")
    ) as gen:
        draft = await reply_drafts.draft_tracked("T-9", "text", "kb", agentic=False)
    assert draft.tracked and draft.draft == "hi there"
    gen.assert_awaited_once()


async def test_p1_draft_records_usage(fake_clients):
    tracker = LLMUsageTracker()
    with patch.object(reply_drafts, "llm_tracker", tracker):
        draft = await reply_drafts.draft_p1_legacy("T-1", "site is down")
    logs = tracker.drain()
    assert draft.tracked
    assert logs[0].input_tokens == 12 and logs[0].output_tokens == 7


def test_estimate_cost():
    assert round(estimate_cost("gpt-4o-mini", 1_000_000, 0), 2) == 0.15


def test_ticket_create_sets_default_tags():
    t = Ticket.create(id="1", account_id="2", subject="s", body="b")
    assert t.tags == []


async def test_webhook_enqueues(monkeypatch):
    send = AsyncMock()
    monkeypatch.setattr(views.tickets_inbound, "send", send)
    view = views.ZendeskWebhook(views.app, web=MagicMock())
    request = MagicMock()
    request.json = AsyncMock(return_value={"ticket": {
        "id": 5, "organization_id": 9, "subject": "hi", "description": "help",
    }})
    view.json = lambda data: data
    out = await view.post(request)
    assert out == {"queued": "5"}
    send.assert_awaited_once()
