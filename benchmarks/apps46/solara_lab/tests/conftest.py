import os

import pandas as pd
import pytest

os.environ.setdefault("OPENAI_API_KEY", "sk-test")
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-test")
os.environ.setdefault("GROQ_API_KEY", "gsk-test")
os.environ.setdefault("TOGETHER_API_KEY", "tg-test")
os.environ.setdefault("FIREWORKS_API_KEY", "fw-test")


@pytest.fixture
def sales_df():
    return pd.DataFrame(
        {"region": ["north", "south", "north"], "orders": [3, 5, 8], "revenue": [10.0, 22.5, 31.0]}
    )


@pytest.fixture
def catalog(sales_df):
    from lab.backend.datasets import Catalog, Dataset

    cat = Catalog()
    cat.add(Dataset(name="sales", df=sales_df))
    return cat
