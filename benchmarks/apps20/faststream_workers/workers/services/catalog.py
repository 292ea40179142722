"""Data catalog helpers: column descriptions and glossary terms.

Functions take the client as a parameter so both the Kafka handlers and the
admin API can use them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from workers.settings import settings


@dataclass
class ColumnDoc:
    table: str
    column: str
    description: str = ""
    tags: list[str] = field(default_factory=list)


def profile_column(values: list[Any]) -> dict[str, Any]:
    non_null = [v for v in values if v is not None]
    return {
        "null_ratio": 1 - len(non_null) / len(values) if values else 0.0,
        "distinct": len({json.dumps(v, default=str) for v in non_null}),
        "sample": non_null[:5],
    }


async def describe_column(client, table: str, column: str, profile: dict[str, Any]) -> ColumnDoc:
    resp = await client.chat.completions.create(
        model=settings.llm.classify_model,
        messages=[
            {"role": "system", "content": "Write a one-sentence catalog description of the column."},
            {"role": "user", "content": f"{table}.{column} profile: {json.dumps(profile, default=str)}"},
        ],
        max_tokens=80,
    )
    return ColumnDoc(table=table, column=column, description=resp.choices[0].message.content.strip())


async def glossary_terms(claude, docs: list[ColumnDoc]) -> list[str]:
    text = "\n".join(f"{d.table}.{d.column}: {d.description}" for d in docs)
    msg = await claude.beta.messages.create(
        model=settings.llm.summary_model,
        max_tokens=400,
        messages=[{"role": "user", "content": f"Extract business glossary terms (JSON list):\n{text}"}],
        betas=["token-efficient-tools-2025-02-19"],
    )
    return json.loads(msg.content[0].text)


class CatalogWriter:
    def __init__(self, warehouse) -> None:
        self.warehouse = warehouse

    async def save(self, doc: ColumnDoc) -> None:
        await self.warehouse.create(
            "catalog.column_docs",
            {"table_name": doc.table, "column_name": doc.column, "description": doc.description},
        )
