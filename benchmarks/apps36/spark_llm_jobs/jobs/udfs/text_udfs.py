"""Reusable pandas UDFs for ad-hoc notebooks and jobs.

Each UDF gets its client through ``jobs.common``; clients are cached per worker.
"""
from __future__ import annotations

import json

import pandas as pd
from pyspark.sql.functions import pandas_udf, udf
from pyspark.sql.types import ArrayType, StringType

from jobs import common
from jobs.common.bedrock import converse_text
from jobs.common.rate_limit import retrying

SENTIMENT_MODEL = "gpt-4o-mini"


@retrying(max_attempts=4)
def _sentiment(text: str) -> str:
    resp = common.get_openai_client().chat.completions.create(
        model=SENTIMENT_MODEL,
        messages=[
            {"role": "system", "content": "Reply with one word: positive, negative or neutral."},
            {"role": "user", "content": text[:4000]},
        ],
        max_tokens=3,
        temperature=0,
    )
    return resp.choices[0].message.content.strip().lower()


@pandas_udf(StringType())
def sentiment_udf(texts: pd.Series) -> pd.Series:
    return texts.apply(lambda t: _sentiment(t) if t else None)


@pandas_udf(ArrayType(StringType()))
def keywords_udf(texts: pd.Series) -> pd.Series:
    client = common.get_genai_client()
    out = []
    for t in texts:
        if not t:
            out.append([])
            continue
        r = client.models.generate_content(
            model="gemini-1.5-flash-002",
            contents=f"List up to 5 keywords for this text as a JSON array of strings.\n\n{t[:5000]}",
        )
        try:
            out.append(json.loads(r.text.strip().strip("`").removeprefix("json")))
        except json.JSONDecodeError:
            out.append([])
    return pd.Series(out)


def _bedrock_summary(text: str | None) -> str | None:
    if not text:
        return None
    runtime = common.get_bedrock_runtime()
    resp = runtime.converse(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        system=[{"text": "Summarise in one sentence."}],
        messages=[{"role": "user", "content": [{"text": text[:8000]}]}],
        inferenceConfig={"maxTokens": 120},
    )
    return converse_text(resp)


short_summary_udf = udf(_bedrock_summary, StringType())
