import os

import pytest

from agentkit.models import Summarizer
from agentkit.pipeline import fact_check


@pytest.mark.skipif("OPENAI_API_KEY" not in os.environ, reason="live test")
def test_summarizer_live():
    summarizer = Summarizer()
    out = summarizer.client.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Say hi"}])
    assert out.choices


def test_fact_check_is_text(monkeypatch):
    assert isinstance(fact_check.__doc__, (str, type(None)))
