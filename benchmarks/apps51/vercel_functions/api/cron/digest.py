"""GET /api/cron/digest — daily product digest (Vercel cron, see vercel.json)."""
import asyncio
import json
import logging
from http.server import BaseHTTPRequestHandler

from lib.auth import verify_cron
from lib.db import _sql
from lib.http_utils import send_error_json, send_json
from lib.llm import get_anthropic, get_together
from lib.llm.legacy import claude_text
from lib.llm.tracker import llm_tracker
from lib.prompts import DIGEST_PROMPT, render

log = logging.getLogger(__name__)

DIGEST_MODEL = "claude-3-5-sonnet-latest"


def _recent_items(limit: int = 200) -> list[str]:
    rows = _sql(
        "SELECT content FROM messages WHERE role = 'user' AND created_at > now() - interval '1 day' LIMIT $1",
        [limit],
    )
    return [r["content"][:400] for r in rows]


def _cluster_labels(items: list[str]) -> list[str]:
    """Cheap topic labels on Llama before the expensive digest pass."""
    prompt = "Give a 3-word topic label for each line, one per line:\n" + "\n".join(items[:100])
    resp = get_together().completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        prompt=prompt,
        max_tokens=600,
    )
    return resp.choices[0].text.splitlines()


async def _digest(items: list[str]) -> str:
    client = get_anthropic()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=DIGEST_MODEL, feature_context="cron_digest"
    ) as usage_log:
        msg = client.messages.create(
            model=DIGEST_MODEL,
            max_tokens=1500,
            messages=[{"role": "user", "content": render(DIGEST_PROMPT, items="\n".join(items))}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


class handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if not verify_cron(self.headers):
            send_error_json(self, 401, "unauthorized")
            return
        items = _recent_items()
        if not items:
            send_json(self, 200, {"skipped": "no messages"})
            return
        labels = _cluster_labels(items)
        try:
            digest = asyncio.run(_digest(items))
        except Exception:
            log.exception("digest failed, falling back to legacy haiku path")
            digest = claude_text(render(DIGEST_PROMPT, items="\n".join(items[:50])))
        log.info("digest: %s", json.dumps({"labels": labels[:20]}))
        send_json(self, 200, {"digest": digest, "labels": labels})
