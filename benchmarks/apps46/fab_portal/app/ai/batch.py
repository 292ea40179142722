"""Overnight batch summaries through the Anthropic Message Batches API.

Half the price of synchronous calls; results are collected by the
``collect_batch_results`` RQ job the next morning.
"""
import logging

from anthropic.types.message_create_params import MessageCreateParamsNonStreaming
from anthropic.types.messages.batch_create_params import Request

from .clients import get_anthropic_client
from .prompts import SUMMARY_SYSTEM, render_summary, truncate

log = logging.getLogger(__name__)

BATCH_MODEL = "claude-3-5-haiku-latest"


def build_requests(records, max_chars=20000):
    return [
        Request(
            custom_id=f"record-{r.id}",
            params=MessageCreateParamsNonStreaming(
                model=BATCH_MODEL,
                max_tokens=500,
                system=SUMMARY_SYSTEM,
                messages=[{"role": "user", "content": truncate(render_summary(r), max_chars)}],
            ),
        )
        for r in records
    ]


def submit_summary_batch(records):
    if not records:
        return None
    client = get_anthropic_client()
    batch = client.messages.batches.create(requests=build_requests(records))
    log.info("submitted batch %s with %d requests", batch.id, len(records))
    return batch.id


def batch_status(batch_id):
    """Polling only; nothing billable."""
    batch = get_anthropic_client().messages.batches.retrieve(batch_id)
    return batch.processing_status, batch.request_counts


def collect_batch_results(batch_id):
    client = get_anthropic_client()
    out = {}
    for entry in client.messages.batches.results(batch_id):
        if entry.result.type != "succeeded":
            log.warning("batch entry %s: %s", entry.custom_id, entry.result.type)
            continue
        record_id = int(entry.custom_id.split("-", 1)[1])
        out[record_id] = entry.result.message.content[0].text
    return out
