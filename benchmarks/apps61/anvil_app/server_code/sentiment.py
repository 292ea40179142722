"""Sentiment / urgency classification shown as a badge on the ticket list."""
import concurrent.futures
import json
import logging

import anvil.server
import litellm
from google.genai import types
from pydantic import BaseModel

from . import ticket_store
from .llm import configure_litellm, get_anthropic_client, get_gemini_client
from .llm import prompts
from .llm.llm_usage_tracker import llm_tracker
from .utils import require_agent, run_sync, truncate

log = logging.getLogger(__name__)

LABELS = ("positive", "neutral", "frustrated", "angry")


class SentimentResult(BaseModel):
    label: str
    urgency: int


def _classify_with_gemini(text):
    client = get_gemini_client()
    response = client.models.generate_content(
        model="gemini-2.0-flash",
        contents=truncate(text, 6000),
        config=types.GenerateContentConfig(
            system_instruction=prompts.SENTIMENT_INSTRUCTIONS,
            response_mime_type="application/json",
            response_schema=SentimentResult,
            temperature=0,
        ),
    )
    parsed = response.parsed
    if parsed is None:
        parsed = SentimentResult(**json.loads(response.text))
    return parsed


async def _classify_with_claude(text):
    """Second opinion for escalations. Tracked – this one is on the usage dashboard."""
    client = get_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model="claude-3-5-haiku-latest",
        feature_context="sentiment_second_opinion",
    ) as usage_log:
        message = client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=50,
            system=prompts.SENTIMENT_INSTRUCTIONS + " Reply as JSON: {\"label\": ..., \"urgency\": ...}",
            messages=[{"role": "user", "content": truncate(text, 6000)}],
        )
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    return SentimentResult(**json.loads(message.content[0].text))


@anvil.server.callable
@require_agent
def classify_sentiment(ticket_id, second_opinion=False):
    ticket = ticket_store.get_ticket(ticket_id)
    text = ticket_store.latest_customer_message(ticket)
    result = _classify_with_gemini(text)
    if second_opinion or result.label == "angry":
        result = run_sync(_classify_with_claude(text))
    if result.label not in LABELS:
        log.warning("unexpected sentiment label %r for %s", result.label, ticket_id)
        result.label = "neutral"
    ticket_store.save_sentiment(ticket, result.label)
    return {"label": result.label, "urgency": result.urgency}


def _backlog_prompt(text):
    return [
        {"role": "system", "content": prompts.SENTIMENT_INSTRUCTIONS + " Answer with the label only."},
        {"role": "user", "content": truncate(text, 3000)},
    ]


@anvil.server.background_task
def classify_backlog(max_workers=4):
    """Kicked off from the admin panel after an import. Cheap model, no second opinion."""
    configure_litellm()
    rows = [r for r in ticket_store.open_tickets() if not r["sentiment"]]
    anvil.server.task_state["total"] = len(rows)
    done = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = {
            pool.submit(
                litellm.completion,
                model="gemini/gemini-2.0-flash",
                messages=_backlog_prompt(ticket_store.latest_customer_message(row)),
                max_tokens=5,
            ): row
            for row in rows
        }
        for fut in concurrent.futures.as_completed(futures):
            row = futures[fut]
            try:
                label = fut.result().choices[0].message.content.strip().lower()
            except Exception:
                log.exception("backlog classification failed for %s", row["ticket_id"])
                continue
            if label in LABELS:
                ticket_store.save_sentiment(row, label)
            done += 1
            anvil.server.task_state["done"] = done
    return done
