"""Deploy target: `modal deploy main.py`.

Importing the job modules registers their functions/classes on the app.
Local entrypoints for ad-hoc runs live here too.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from modal_app import app

import jobs.audio_briefing  # noqa: F401
import jobs.chapters  # noqa: F401
import jobs.embeddings  # noqa: F401
import jobs.moderation  # noqa: F401
import jobs.quotes  # noqa: F401
import jobs.translate  # noqa: F401
import web.endpoint  # noqa: F401
from jobs.headlines import headlines_job
from jobs.moderation import moderate_comments
from jobs.pipeline import nightly_backfill, process_articles, process_video
from jobs.summarize import Summarizer, summarize_short
from jobs.translate import Translator


@app.local_entrypoint()
def video(asset_id: str, path: str, desk: str = "news", fast: bool = False):
    result = process_video.remote(asset_id, path, desk=desk, tier="fast" if fast else "standard")
    print(json.dumps(result, indent=2))


@app.local_entrypoint()
def articles(jsonl: str, thumbnails: bool = False):
    items = [json.loads(line) for line in Path(jsonl).read_text().splitlines() if line.strip()]
    print(process_articles.remote(items, with_thumbnails=thumbnails))


@app.local_entrypoint()
def backfill(limit: int = 200):
    print(nightly_backfill.remote(limit=limit))


@app.local_entrypoint()
def summarize(asset_id: str, kind: str = "interview"):
    print(Summarizer().summarize.remote(asset_id, kind=kind)["summary"])


@app.local_entrypoint()
def standfirst(text_file: str):
    print(summarize_short.remote(Path(text_file).read_text()))


@app.local_entrypoint()
def translate(asset_id: str, text_file: str, langs: str = "es,fr"):
    text = Path(text_file).read_text()
    codes = langs.split(",")
    for code, out in zip(codes, Translator().translate.starmap([(asset_id, text, c) for c in codes])):
        print(f"--- {code} ---\n{out[:500]}")


@app.local_entrypoint()
def headlines(asset_id: str, text_file: str, n: int = 5):
    for h in headlines_job.remote(asset_id, Path(text_file).read_text(), n=n):
        print("-", h)


@app.local_entrypoint()
def moderate(jsonl: str):
    comments = [json.loads(l) for l in Path(jsonl).read_text().splitlines() if l.strip()]
    for d in moderate_comments.remote(comments):
        print(d["id"], d["action"], round(d["score"], 3), d["reason"], file=sys.stdout)


@app.local_entrypoint()
def smoke():
    """Check provider keys from your laptop (needs the keys in your shell env)."""
    from providers import get_groq

    resp = get_groq().chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": "Reply with the single word: pong"}],
        max_tokens=5,
    )
    print("groq:", resp.choices[0].message.content)
