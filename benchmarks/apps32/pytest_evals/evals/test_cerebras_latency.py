"""Latency / throughput evals for Cerebras inference."""
from __future__ import annotations

import statistics
import time

import pytest

pytestmark = [pytest.mark.needs_provider("cerebras"), pytest.mark.slow]

MODEL = "llama3.1-8b"
PROMPT = "Explain in two sentences why the sky is blue."


def test_time_to_first_token(cerebras_client, record_score):
    ttfts = []
    for _ in range(5):
        t0 = time.perf_counter()
        stream = cerebras_client.chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": PROMPT}],
            stream=True,
        )
        for _chunk in stream:
            ttfts.append(time.perf_counter() - t0)
            break
    p50 = statistics.median(ttfts)
    record_score("ttft_p50_s", p50)
    assert p50 < 0.5


def test_tokens_per_second(cerebras_client, record_score):
    t0 = time.perf_counter()
    resp = cerebras_client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Write a 300 word story about a lighthouse."}],
        max_completion_tokens=600,
    )
    elapsed = time.perf_counter() - t0
    tps = resp.usage.completion_tokens / elapsed
    record_score("tokens_per_s", tps)
    assert tps > 200


def test_raw_completion_endpoint(cerebras_client):
    resp = cerebras_client.completions.create(model=MODEL, prompt="1, 2, 3, 4,", max_tokens=8)
    assert "5" in resp.choices[0].text
