from unittest.mock import AsyncMock, MagicMock

import pytest

from services.code_assistant import CodeAssistant, UnsafeCode, check_code, extract_code, run_code


def test_extract_code_from_fence():
    assert extract_code("blah\n```python\nx = 1\n```\n") == "x = 1"


def test_check_code_rejects_imports():
    with pytest.raises(UnsafeCode):
        check_code("import os\nos.listdir('.')")


def test_run_code_returns_last_expression(sales_df):
    assert run_code("df['units'].sum()", sales_df) == 58


@pytest.mark.asyncio
async def test_answer_runs_generated_code(sales_df, fake_claude):
    assistant = CodeAssistant(fake_claude, model="claude-test")
    code, value = await assistant.answer(sales_df, "revenue by region")
    assert "groupby" in code
    assert value["north"] == pytest.approx(250.25)


@pytest.mark.asyncio
async def test_answer_retries_with_mock():
    client = MagicMock()
    bad = MagicMock(content=[MagicMock(type="text", text="```python\ndf['nope'].sum()\n```")])
    good = MagicMock(content=[MagicMock(type="text", text="```python\nlen(df)\n```")])
    client.messages.create = AsyncMock(side_effect=[bad, good])
    import pandas as pd

    code, value = await CodeAssistant(client, model="m").answer(pd.DataFrame({"a": [1, 2]}), "rows?")
    assert value == 2
    assert client.messages.create.await_count == 2


@pytest.mark.asyncio
async def test_prompt_size(sales_df, fake_claude):
    n = await CodeAssistant(fake_claude, model="m").prompt_size(sales_df, "q")
    assert n == 123
