import pytest

from services.summarizer import DataSummarizer


@pytest.mark.asyncio
async def test_summarize_uses_injected_client(sales_df, fake_openai):
    s = DataSummarizer(fake_openai, model="gpt-test")
    out = await s.summarize(sales_df, "sales.csv")
    assert out.text.startswith("This dataset")
    assert out.input_tokens == 10
    call = fake_openai.chat.completions.calls[0]
    assert call["model"] == "gpt-test"
    assert "sales.csv" in call["messages"][1]["content"]


@pytest.mark.asyncio
async def test_summary_is_cached(sales_df, fake_openai):
    s = DataSummarizer(fake_openai)
    await s.summarize(sales_df, "sales.csv")
    await s.summarize(sales_df, "sales.csv")
    assert len(fake_openai.chat.completions.calls) == 1


@pytest.mark.asyncio
async def test_fake_client_directly(fake_openai):
    resp = await fake_openai.chat.completions.create(model="x", messages=[])
    assert resp.choices[0].message.content


@pytest.mark.asyncio
async def test_tracked_summary_records_usage(sales_df, fake_openai):
    from services.llm_usage_tracker import llm_tracker

    llm_tracker.flush()
    s = DataSummarizer(fake_openai)
    await s.summarize_tracked(sales_df, "sales.csv")
    logged = llm_tracker.flush()
    assert logged and logged[0].feature_context == "dataset_summary"
    assert logged[0].output_tokens == 5
