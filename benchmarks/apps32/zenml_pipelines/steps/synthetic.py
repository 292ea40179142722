"""Synthetic data generation to augment rare labels (added by Tom, Sep)."""

from __future__ import annotations

import asyncio
import json
from typing import Dict, List

import pandas as pd
from google.genai import types
from pydantic import BaseModel
from typing_extensions import Annotated
from zenml import step

from llm import get_genai_client, get_openai_client


class SyntheticTicket(BaseModel):
    subject: str
    body: str


class SyntheticTickets(BaseModel):
    tickets: List[SyntheticTicket]


def _generate_openai(label: str, n: int, model: str) -> List[Dict]:
    completion = get_openai_client().beta.chat.completions.parse(
        model=model,
        messages=[
            {"role": "system", "content": "You write realistic customer support tickets."},
            {"role": "user", "content": f"Write {n} different tickets about: {label}."},
        ],
        response_format=SyntheticTickets,
    )
    parsed = completion.choices[0].message.parsed
    return [dict(t.model_dump(), label=label, synthetic=True) for t in parsed.tickets]


async def _generate_gemini_async(label: str, n: int, model: str) -> List[Dict]:
    client = get_genai_client()
    resp = await client.aio.models.generate_content(
        model=model,
        contents=f"Write {n} different realistic customer support tickets about: {label}.",
        config=types.GenerateContentConfig(
            response_mime_type="application/json",
            response_schema=SyntheticTickets,
            temperature=1.0,
        ),
    )
    data = json.loads(resp.text)
    return [dict(t, label=label, synthetic=True) for t in data["tickets"]]


@step(enable_cache=False)
def augment_rare_labels(
    labelled: pd.DataFrame,
    min_count: int = 50,
    per_call: int = 10,
    provider: str = "openai",
) -> Annotated[pd.DataFrame, "augmented_tickets"]:
    counts = labelled["label"].value_counts()
    rare = [label for label, c in counts.items() if c < min_count]
    new_rows: List[Dict] = []
    if provider == "openai":
        for label in rare:
            new_rows.extend(_generate_openai(label, per_call, "gpt-4o-mini"))
    else:
        async def _all():
            results = await asyncio.gather(
                *(_generate_gemini_async(label, per_call, "gemini-2.0-flash") for label in rare)
            )
            return [row for chunk in results for row in chunk]

        new_rows = asyncio.run(_all())
    return pd.concat([labelled, pd.DataFrame(new_rows)], ignore_index=True)
