from unittest import mock

import pytest

from lab.backend import summarizer
from lab.backend.token_budget import count_tokens, estimate_cost


def test_profile_mentions_columns(sales_df):
    p = summarizer.profile(sales_df)
    assert "region" in p and "rows=3" in p


@pytest.mark.asyncio
async def test_summary_goes_through_service(sales_df):
    with mock.patch.object(summarizer.multi_model_service, "generate_response",
                           new=mock.AsyncMock(return_value="ok")) as gen:
        out = await summarizer.summarise_dataset(sales_df, "sales", deep=True)
    assert out == "ok"
    assert gen.await_args.kwargs["task_type"] == "summary"


def test_column_notes_uses_pool(sales_df):
    fake_client = mock.MagicMock()
    fake_client.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content=" note "))]
    with mock.patch.object(summarizer, "get_together_client", return_value=fake_client):
        notes = summarizer.column_notes(sales_df, ["region"])
    assert notes == {"region": "note"}


def test_cost_math():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)
    assert count_tokens("hello world") > 0
