from unittest import mock

import pandas as pd
import pytest

from dashboard.services.df_summarizer import DataFrameSummarizer, profile
from dashboard.services.embeddings import ColumnIndex
from dashboard.services.llm_usage_tracker import LLMUsageTracker
from tests.fakes import FakeMistral, FakeOpenAI


def test_profile_lists_columns():
    df = pd.DataFrame({"a": [1, 2, None], "b": ["x", "y", "z"]})
    md = profile(df)
    assert "| a |" in md and "rows: 3" in md


def test_summarize_with_fake_mistral():
    s = DataFrameSummarizer(FakeMistral(reply="looks fine"))
    assert s.summarize(pd.DataFrame({"a": [1]})) == "looks fine"


def test_column_index_search():
    idx = ColumnIndex(FakeOpenAI())
    idx.build({"revenue": "float", "id": "int"})
    hits = idx.search("revenue", k=1)
    assert hits and hits[0][0] in {"revenue", "id"}


@pytest.mark.asyncio
async def test_tracker_records(tmp_path):
    tracker = LLMUsageTracker(sink=tmp_path / "u.jsonl")
    client = mock.AsyncMock()
    client.messages.create.return_value = mock.Mock(usage=mock.Mock(input_tokens=7, output_tokens=3))
    async with tracker.track_llm_call(provider="anthropic", model="m", feature_context="t") as usage_log:
        resp = await client.messages.create(model="m", max_tokens=5, messages=[])
        usage_log.input_tokens = resp.usage.input_tokens
        usage_log.output_tokens = resp.usage.output_tokens
    assert tracker.session_totals == {"input": 7, "output": 3}
