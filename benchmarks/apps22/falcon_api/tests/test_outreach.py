from __future__ import annotations

from types import SimpleNamespace
from unittest import mock

import falcon
import pytest

from recruit_api.hooks import moderate_recruiter_input

from recruit_api.services.outreach_writer import OutreachRequest, OutreachWriter, _split_subject
from tests.fakes import FakeOpenAI


def _req(**kw):
    base = dict(
        candidate_name="Ana Lima",
        current_role="Senior Engineer at Acme",
        highlights="Kafka, Go",
        job_title="Staff Engineer",
        company="Talentloop",
        fit_reason="built streaming platform",
        recruiter_name="Dana",
    )
    base.update(kw)
    return OutreachRequest(**base)


def test_split_subject():
    assert _split_subject("Subject: Hi\n\nBody") == ("Hi", "Body")
    assert _split_subject("Body only")[0] == "Opportunity you might like"


def test_draft_returns_variants():
    fake = FakeOpenAI()
    writer = OutreachWriter(fake, model="gpt-test")
    drafts = writer.draft(_req(), n_variants=2)
    assert len(drafts) == 2
    assert drafts[0].subject == "Hello"
    assert fake.chat.completions.calls[0]["n"] == 2


def test_followup_uses_responses_api():
    client = mock.MagicMock()
    client.responses.create.return_value.output_text = "Just checking in"
    writer = OutreachWriter(client)
    assert writer.followup("Hi Ana ...", days=7) == "Just checking in"
    kwargs = client.responses.create.call_args.kwargs
    assert "7 days" in kwargs["input"]


def test_followup_endpoint_goes_through_multi_model_service(client):
    with mock.patch(
        "recruit_api.resources.outreach.multi_model_service.generate_response",
        new=mock.AsyncMock(return_value="Following up!"),
    ) as gen:
        resp = client.simulate_post(
            "/v2/outreach/followup", json={"previous_email": "Hi there"}
        )
    assert resp.json == {"body": "Following up!"}
    assert gen.await_args.kwargs["task_type"] == "outreach_followup"



class _Req:
    def __init__(self, body, flagged=False, moderate=True):
        self.context = SimpleNamespace(
            body=body,
            settings=SimpleNamespace(moderate_outreach=moderate),
            clients=SimpleNamespace(async_openai=FakeOpenAI(flagged=flagged)),
            tenant_id="t",
        )

    async def get_media(self, default_when_empty=None):
        return self.context.body


@pytest.mark.asyncio
async def test_moderation_blocks_flagged():
    req = _Req({"fit_reason": "only hire young guys"}, flagged=True)
    with pytest.raises(falcon.HTTPUnprocessableEntity):
        await moderate_recruiter_input(req, None, None, {})


@pytest.mark.asyncio
async def test_moderation_skipped_when_disabled():
    req = _Req({"fit_reason": "x"}, flagged=True, moderate=False)
    await moderate_recruiter_input(req, None, None, {})
    assert req.context.clients.async_openai.moderations.calls == []
