import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fakes import FakeAsyncAnthropic, FakeAsyncOpenAI  # noqa: E402


@pytest.fixture
def sales_df():
    return pd.DataFrame(
        {
            "region": ["north", "south", "north", "east", "west", "south"],
            "revenue": [120.0, 95.5, 130.25, 80.0, 60.0, 101.0],
            "units": [12, 9, 13, 8, 6, 10],
        }
    )


@pytest.fixture
def fake_openai():
    return FakeAsyncOpenAI("This dataset lists sales by region.")


@pytest.fixture
def fake_claude():
    return FakeAsyncAnthropic("```python\ndf.groupby('region')['revenue'].sum()\n```")


@pytest.fixture(autouse=True)
def _clear_prompt_cache():
    from utils.cache import prompt_cache

    prompt_cache._data.clear()
    yield
