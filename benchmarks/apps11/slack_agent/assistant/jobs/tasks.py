"""Background jobs that don't fit in a Slack handler's 3-second window."""
from __future__ import annotations

import json
import logging
import time
from typing import Any, Dict, List

import boto3
import requests
from redis import Redis
from slack_sdk import WebClient

from assistant import db
from assistant.config import get_settings
from assistant.llm.clients import anthropic_client, get_provider_client, groq_client, mistral_client, openai_client
from assistant.memory.embeddings import embed_texts
from assistant.memory.summarizer import one_line_title

log = logging.getLogger(__name__)

FEEDBACK_CATEGORIES = ["wrong_answer", "slow", "tool_failure", "feature_request", "praise", "other"]
REVIEW_MODEL = "claude-3-5-haiku-latest"


def _slack() -> WebClient:
    return WebClient(token=get_settings().slack_bot_token)


def _download_slack_file(web: WebClient, file_id: str) -> bytes:
    info = web.files_info(file=file_id)["file"]
    resp = requests.get(
        info["url_private_download"],
        headers={"Authorization": f"Bearer {get_settings().slack_bot_token}"},
        timeout=120,
    )
    resp.raise_for_status()
    return resp.content


def transcribe_huddle(file_id: str, channel: str, filename: str) -> str:
    settings = get_settings()
    web = _slack()
    audio = _download_slack_file(web, file_id)

    transcription = groq_client().audio.transcriptions.create(
        file=(filename, audio),
        model=settings.models.transcribe_model,
        response_format="verbose_json",
        temperature=0.0,
    )
    text = transcription.text

    s3 = boto3.client("s3")
    key = f"transcripts/{channel}/{file_id}.json"
    s3.put_object(
        Bucket=settings.transcripts_bucket,
        Key=key,
        Body=json.dumps({"file_id": file_id, "filename": filename, "text": text}).encode(),
        ContentType="application/json",
        ServerSideEncryption="aws:kms",
    )
    title = one_line_title(text)
    web.chat_postMessage(
        channel=channel,
        text=f":studio_microphone: Transcript ready: *{title}* ({len(text.split())} words)",
    )
    db.log_job("transcribe_huddle", "ok", key)
    return key


def categorize_feedback() -> int:
    rows = db.uncategorized_feedback()
    if not rows:
        return 0
    payload = "\n".join(f"{r.id}\t{r.text[:500]}" for r in rows)
    resp = mistral_client().chat.complete(
        model=get_settings().models.mistral_model,
        messages=[
            {
                "role": "system",
                "content": "Assign each feedback line (id<TAB>text) one category from "
                f"{FEEDBACK_CATEGORIES}. Reply with a JSON object mapping id to category.",
            },
            {"role": "user", "content": payload},
        ],
        response_format={"type": "json_object"},
        temperature=0,
    )
    try:
        mapping = json.loads(resp.choices[0].message.content)
    except (TypeError, ValueError):
        log.error("feedback categorization returned junk")
        return 0
    db.set_categories({k: v for k, v in mapping.items() if v in FEEDBACK_CATEGORIES})
    return len(mapping)


def submit_answer_review_batch(conversations: List[Dict[str, Any]]) -> str:
    """Nightly: grade yesterday's answers with Claude via the (half-price) batch API."""
    requests_ = [
        {
            "custom_id": conv["id"],
            "params": {
                "model": REVIEW_MODEL,
                "max_tokens": 300,
                "system": "Grade the assistant's answer 1-5 for correctness and helpfulness. "
                'Reply as JSON {"score": n, "reason": "..."}.',
                "messages": [
                    {"role": "user", "content": f"Question:\n{conv['question']}\n\nAnswer:\n{conv['answer']}"}
                ],
            },
        }
        for conv in conversations
    ]
    batch = anthropic_client().messages.batches.create(requests=requests_)
    Redis.from_url(get_settings().redis_url).set("otto:review-batch:latest", batch.id)
    db.log_job("answer_review_batch", "submitted", batch.id)
    return batch.id


def suggest_channel_tags(channel: str, sample: List[str]) -> List[str]:
    """Runs against whatever provider the workspace config names (ollama on-prem by default)."""
    client = get_provider_client("ollama")
    resp = client.chat(
        model=get_settings().models.local_model,
        messages=[
            {"role": "system", "content": "Suggest up to 5 lowercase topic tags for this channel. Comma separated."},
            {"role": "user", "content": "\n".join(sample)[:6000]},
        ],
    )
    return [t.strip() for t in resp.message.content.split(",") if t.strip()][:5]


def deep_research(question: str, channel: str, thread_ts: str, poll_every: int = 20) -> str:
    client = openai_client()
    job = client.responses.create(
        model="o4-mini-deep-research",
        input=question,
        tools=[{"type": "web_search_preview"}],
        background=True,
    )
    deadline = time.time() + 25 * 60
    while job.status in ("queued", "in_progress") and time.time() < deadline:
        time.sleep(poll_every)
        job = client.responses.retrieve(job.id)
    web = _slack()
    if job.status != "completed":
        web.chat_postMessage(channel=channel, thread_ts=thread_ts, text=f"Research ended with status `{job.status}`.")
        return job.status
    web.chat_postMessage(channel=channel, thread_ts=thread_ts, text=job.output_text[:39000])
    return "completed"


def reindex_channel(channel: str, days: int = 30) -> int:
    web = _slack()
    redis = Redis.from_url(get_settings().redis_url)
    oldest = time.time() - days * 24 * 3600
    page = web.conversations_history(channel=channel, oldest=str(oldest), limit=500)
    msgs = [m for m in page["messages"] if m.get("text") and not m.get("bot_id")]
    vectors = embed_texts([m["text"] for m in msgs])
    pipe = redis.pipeline()
    for m, vec in zip(msgs, vectors):
        pipe.hset(f"otto:vec:{channel}:{m['ts']}", mapping={"text": m["text"], "vec": json.dumps(vec)})
    pipe.execute()
    return len(msgs)
