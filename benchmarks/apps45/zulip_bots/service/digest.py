"""Nightly digest: summarise every active stream via the Anthropic batch API.

Run from cron: ``python -m service.digest submit`` at 01:00 and
``python -m service.digest collect`` at 07:00.
"""
from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path
from typing import Any, Dict, List

import zulip

from botlib import get_anthropic_client
from botlib.config import DEFAULT_ANTHROPIC_MODEL
from botlib.prompts import SUMMARY_SYSTEM, format_zulip_messages

log = logging.getLogger(__name__)

STATE_FILE = Path("/var/lib/zulip-bots/digest_batch.json")
DIGEST_STREAM = "daily-digest"


def active_streams(client: zulip.Client, since: float) -> Dict[str, List[Dict[str, Any]]]:
    out: Dict[str, List[Dict[str, Any]]] = {}
    for stream in client.get_streams()["streams"]:
        res = client.get_messages({
            "anchor": "newest", "num_before": 300, "num_after": 0, "apply_markdown": False,
            "narrow": [{"operator": "stream", "operand": stream["name"]}],
        })
        recent = [m for m in res.get("messages", []) if m["timestamp"] >= since]
        if len(recent) >= 5:
            out[stream["name"]] = recent
    return out


def submit(zuliprc: str) -> None:
    client = zulip.Client(config_file=zuliprc)
    streams = active_streams(client, since=time.time() - 24 * 3600)
    requests = [
        {
            "custom_id": name.replace(" ", "_")[:64],
            "params": {
                "model": DEFAULT_ANTHROPIC_MODEL,
                "max_tokens": 700,
                "system": SUMMARY_SYSTEM,
                "messages": [{"role": "user", "content": format_zulip_messages(msgs)}],
            },
        }
        for name, msgs in streams.items()
    ]
    if not requests:
        log.info("no active streams today")
        return
    batch = get_anthropic_client().messages.batches.create(requests=requests)
    STATE_FILE.write_text(json.dumps({"batch_id": batch.id, "streams": list(streams)}))
    log.info("submitted digest batch %s for %d streams", batch.id, len(requests))


def collect(zuliprc: str) -> None:
    state = json.loads(STATE_FILE.read_text())
    claude = get_anthropic_client()
    batch = claude.messages.batches.retrieve(state["batch_id"])
    if batch.processing_status != "ended":
        log.warning("batch %s still %s", batch.id, batch.processing_status)
        return
    sections = []
    for result in claude.messages.batches.results(batch.id):
        if result.result.type == "succeeded":
            text = result.result.message.content[0].text
            sections.append(f"### #{result.custom_id}\n{text}")
    client = zulip.Client(config_file=zuliprc)
    client.send_message({
        "type": "stream", "to": DIGEST_STREAM, "topic": time.strftime("%Y-%m-%d"),
        "content": "\n\n".join(sections) or "Quiet day.",
    })


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=["submit", "collect"])
    parser.add_argument("--zuliprc", default="~/.zuliprc")
    ns = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    (submit if ns.action == "submit" else collect)(ns.zuliprc)
