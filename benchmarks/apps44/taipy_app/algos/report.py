"""Weekly report task (tickets + summaries -> narrative).  Goes through the
tracked multi_model_service since finance asked for per-feature costs."""
from __future__ import annotations

import asyncio
import json

import pandas as pd

from app.services.multi_model_service import TaskComplexity, multi_model_service


def _stats(classified: pd.DataFrame) -> dict:
    if classified is None or classified.empty:
        return {}
    counts = classified["label"].value_counts().to_dict()
    low_conf = int((classified.get("confidence", pd.Series(dtype=float)) < 0.6).sum())
    return {"counts": counts, "low_confidence": low_conf, "total": int(len(classified))}


async def _narrative(stats: dict, summaries: list[dict]) -> str:
    prompt = (
        "Write a weekly support/documents report for managers.\n"
        f"Ticket stats: {json.dumps(stats)}\n"
        "Document summaries:\n" + "\n".join(f"- {s['name']}: {s['summary'][:400]}" for s in summaries[:20])
    )
    return await multi_model_service.generate_response(
        prompt=prompt,
        task_type="weekly_report",
        complexity=TaskComplexity.AGENTIC,
    )


def build_weekly_report(summaries: list[dict], classified_tickets: pd.DataFrame) -> dict:
    stats = _stats(classified_tickets)
    text = asyncio.run(_narrative(stats, summaries or []))
    return {"stats": stats, "text": text}
