"""Sentiment UDFs for the Table API job."""
from __future__ import annotations

import asyncio

from pyflink.table import DataTypes
from pyflink.table.udf import udf

from config.settings import MODELS
from enrichment.client_cache import fireworks_client
from enrichment.prompts import SENTIMENT_PROMPT
from tracking import TaskComplexity, multi_model_service

_ALLOWED = {"positive", "neutral", "negative"}


@udf(result_type=DataTypes.STRING())
def sentiment(text: str) -> str:
    if not text:
        return "neutral"
    resp = fireworks_client().chat.completions.create(
        model=MODELS.fireworks_model,
        messages=[{"role": "user", "content": SENTIMENT_PROMPT.format(text=text[:2000])}],
        max_tokens=3,
        temperature=0,
    )
    label = (resp.choices[0].message.content or "").strip().lower()
    return label if label in _ALLOWED else "neutral"


@udf(result_type=DataTypes.STRING())
def sentiment_tracked(text: str) -> str:
    """Same as ``sentiment`` but through the tracked service (finops asked for it)."""
    if not text:
        return "neutral"
    label = asyncio.run(
        multi_model_service.generate_response(
            prompt=SENTIMENT_PROMPT.format(text=text[:2000]),
            task_type="chat_sentiment",
            complexity=TaskComplexity.SIMPLE,
            max_tokens=3,
        )
    )
    label = label.strip().lower()
    return label if label in _ALLOWED else "neutral"


@udf(result_type=DataTypes.INT())
def text_length_bucket(text: str) -> int:
    n = len(text or "")
    return 0 if n < 50 else 1 if n < 300 else 2
