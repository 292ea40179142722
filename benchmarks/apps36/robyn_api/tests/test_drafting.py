import asyncio
from unittest import mock

from supportdesk.schemas import SearchHit, Ticket
from supportdesk.services.drafting import ReplyDrafter, polish_draft
from tests.fakes import FakeAnthropic


def test_draft_saves_with_sources():
    drafts = mock.Mock()
    drafter = ReplyDrafter(client=FakeAnthropic("Thanks for reaching out"), drafts=drafts)
    ticket = Ticket(id=3, customer_email="x@y.z", subject="Help", body="How do I export?")
    draft = drafter.draft(ticket, [SearchHit(article_id=9, title="Export", score=0.9, snippet="...")])
    assert draft.sources == [9]
    drafts.create.assert_called_once()


def test_polish_uses_haiku():
    client = mock.AsyncMock()
    client.messages.create.return_value = mock.Mock(content=[mock.Mock(text="friendlier")])
    out = asyncio.run(polish_draft(client, "hi", "be nice"))
    assert out == "friendlier"
    assert client.messages.create.await_args.kwargs["model"] == "claude-3-5-haiku-latest"
