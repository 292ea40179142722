"""Pre-procrastinate jobs, ported from the old celery worker. Do not add to this."""
from __future__ import annotations

import logging

import openai

from docproc.settings import get_settings
from llm.watsonx import GraniteTitler
from tasks.app import app

logger = logging.getLogger(__name__)

openai.api_key = get_settings().openai_api_key

_titler: GraniteTitler | None = None


@app.task(queue="legacy", retry=2)
def generate_title(document_id: str, body: str) -> str:
    global _titler
    if _titler is None:
        _titler = GraniteTitler()
    title = _titler.title_for(body)
    logger.info("title for %s: %s", document_id, title)
    return title


@app.task(queue="legacy", retry=2)
def legacy_keywords(body: str, n: int = 8) -> list[str]:
    resp = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": f"Extract {n} keywords. One per line, no numbering."},
            {"role": "user", "content": body[:12000]},
        ],
        temperature=0.0,
    )
    return [k.strip() for k in (resp.choices[0].message.content or "").splitlines() if k.strip()][:n]


@app.task(queue="legacy")
def legacy_sentiment(body: str) -> str:
    client = openai.OpenAI()
    resp = client.responses.create(
        model="gpt-4o-mini",
        instructions="Answer with one word: positive, negative or neutral.",
        input=body[:8000],
    )
    return resp.output_text.strip().lower()


@app.task(queue="legacy")
def upload_for_finetune(path: str) -> str:
    client = openai.OpenAI()
    with open(path, "rb") as fh:
        f = client.files.create(file=fh, purpose="fine-tune")
    return f.id
