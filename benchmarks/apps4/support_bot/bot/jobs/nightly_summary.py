"""Nightly job (cron 02:30 UTC): per-thread summaries, CSAT predictions, and the leads' digest.

Per-thread summaries and CSAT predictions go through the batch APIs (half price, results
are picked up by the next night's run).
"""
from __future__ import annotations

import argparse
import asyncio
import io
import json
import logging
import time
from functools import partial
from pathlib import Path
from typing import Dict, List, Optional

import litellm
from slack_sdk import WebClient

from bot.config import get_settings
from bot.llm import get_anthropic, get_openai
from bot.llm.prompts import DIGEST_PROMPT, SUMMARY_PROMPT
from bot.logging_setup import configure_logging
from bot.services.insights import draft_articles, weekly_topics
from bot.services.storage import ConversationRepository, FeedbackRepository, TranscriptArchive

log = logging.getLogger("nightly_summary")

STATE_FILE = Path("data/nightly_state.json")
DAY = 24 * 3600


def _load_state() -> Dict[str, str]:
    return json.loads(STATE_FILE.read_text()) if STATE_FILE.exists() else {}


def _save_state(state: Dict[str, str]) -> None:
    STATE_FILE.parent.mkdir(parents=True, exist_ok=True)
    STATE_FILE.write_text(json.dumps(state, indent=2))


def _transcripts_since(ts: float) -> List[dict]:
    archive = TranscriptArchive()
    out = []
    for row in ConversationRepository().updated_since(ts):
        platform, channel, thread = row["thread_key"].split(":", 2)
        key = f"transcripts/{platform}/{channel}/{thread}.json"
        try:
            out.append(archive.get(key))
        except Exception:
            log.warning("missing transcript %s", key)
    return out


def submit_thread_summaries(transcripts: List[dict]) -> Optional[str]:
    if not transcripts:
        return None
    settings = get_settings()
    requests = []
    for t in transcripts:
        text = "\n".join(f"{turn['role']}: {turn['content']}" for turn in t["turns"])
        requests.append(
            {
                "custom_id": t["key"].replace(":", "_")[:64],
                "params": {
                    "model": settings.fast_model,
                    "max_tokens": 400,
                    "system": SUMMARY_PROMPT,
                    "messages": [{"role": "user", "content": text[:50000]}],
                },
            }
        )
    batch = get_anthropic().messages.batches.create(requests=requests)
    log.info("submitted summary batch %s with %d threads", batch.id, len(requests))
    return batch.id


def collect_thread_summaries(batch_id: str) -> Dict[str, str]:
    client = get_anthropic()
    batch = client.messages.batches.retrieve(batch_id)
    if batch.processing_status != "ended":
        log.info("batch %s still %s", batch_id, batch.processing_status)
        return {}
    summaries = {}
    for entry in client.messages.batches.results(batch_id):
        if entry.result.type == "succeeded":
            summaries[entry.custom_id] = entry.result.message.content[0].text
    return summaries


def submit_csat_predictions(transcripts: List[dict]) -> Optional[str]:
    if not transcripts:
        return None
    oai = get_openai()
    lines = []
    for t in transcripts:
        text = "\n".join(f"{turn['role']}: {turn['content']}" for turn in t["turns"])
        lines.append(
            json.dumps(
                {
                    "custom_id": t["key"],
                    "method": "POST",
                    "url": "/v1/chat/completions",
                    "body": {
                        "model": "gpt-4o-mini",
                        "messages": [
                            {"role": "system", "content": "Predict CSAT 1-5 for this support chat. Reply with the digit."},
                            {"role": "user", "content": text[:20000]},
                        ],
                        "max_tokens": 2,
                    },
                }
            )
        )
    upload = oai.files.create(file=("csat.jsonl", io.BytesIO("\n".join(lines).encode())), purpose="batch")
    batch = oai.batches.create(
        input_file_id=upload.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"job": "nightly_csat"},
    )
    return batch.id


def build_digest(summaries: Dict[str, str], thumbs_down: int, total_feedback: int) -> str:
    settings = get_settings()
    summarize = partial(litellm.completion, model=settings.digest_model, temperature=0.2, max_tokens=900)
    body = "\n\n".join(f"- {k}: {v}" for k, v in summaries.items()) or "(no summaries yet)"
    response = summarize(
        messages=[
            {"role": "system", "content": DIGEST_PROMPT},
            {
                "role": "user",
                "content": f"Feedback: {thumbs_down} negative out of {total_feedback}.\n\nThreads:\n{body}",
            },
        ]
    )
    return response.choices[0].message.content


def _weekly(transcripts: List[dict], channel: str) -> None:
    questions = [t["turns"][0]["content"] for t in transcripts if t.get("turns")]
    topics = asyncio.run(weekly_topics(questions))
    lines = [f"*{label}* ({len(qs)})" for label, qs in topics.items()]
    resolved = ["\n".join(f"{x['role']}: {x['content']}" for x in t["turns"]) for t in transcripts[:5]]
    drafts = draft_articles(resolved)
    Path("data/kb_drafts").mkdir(parents=True, exist_ok=True)
    for i, d in enumerate(drafts):
        Path(f"data/kb_drafts/{time.strftime('%Y%m%d')}_{i}.md").write_text(d)
    log.info("weekly topics for %s: %s", channel, "; ".join(lines))


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    configure_logging()

    settings = get_settings()
    state = _load_state()
    since = time.time() - DAY

    summaries: Dict[str, str] = {}
    if state.get("summary_batch"):
        summaries = collect_thread_summaries(state["summary_batch"])

    feedback = FeedbackRepository().since(since)
    negative = sum(1 for f in feedback if f.rating < 0)
    digest = build_digest(summaries, negative, len(feedback))

    if args.dry_run:
        print(digest)
        return 0

    WebClient(token=settings.slack_bot_token).chat_postMessage(
        channel=settings.digest_channel, text=f":newspaper: *Support digest*\n{digest}"
    )

    transcripts = _transcripts_since(since)
    if time.gmtime().tm_wday == 0:
        _weekly(transcripts, settings.digest_channel)
    state["summary_batch"] = submit_thread_summaries(transcripts) or ""
    state["csat_batch"] = submit_csat_predictions(transcripts) or ""
    _save_state(state)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
