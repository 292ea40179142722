from __future__ import annotations

from unittest.mock import patch

import pytest

from workers.schemas import SummaryRequest
from workers.services.summarizer import Summarizer


@pytest.mark.asyncio
async def test_title_uses_haiku(fake_anthropic):
    s = Summarizer(fake_anthropic, model="claude-3-5-sonnet-20241022")
    title = await s.title("Nulls in orders.customer_id rose to 4%")
    assert title == "all good"
    kwargs = fake_anthropic.messages.create.call_args.kwargs
    assert kwargs["model"].startswith("claude-3-5-haiku")


@pytest.mark.asyncio
async def test_cheap_summary_goes_through_service():
    from workers.routers import summaries

    req = SummaryRequest(batch_id="b1", rows=[{"a": 1}])
    with patch.object(summaries.multi_model_service, "generate_response", return_value="ok") as gen:
        gen.return_value = "ok"

        async def fake(**kw):
            return "ok"

        gen.side_effect = fake
        result = await summaries.summarize_cheap(req)
    assert result.summary == "ok"
