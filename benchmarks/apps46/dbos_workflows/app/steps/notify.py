from __future__ import annotations

import os

import requests
from dbos import DBOS

from app.llm.prompts import DIGEST
from app.llm.registry import route_for

SLACK_WEBHOOK = os.environ.get("SLACK_WEBHOOK_URL", "")


@DBOS.step()
def write_digest(items: list[dict]) -> str:
    route = route_for("digest")
    anthropic_client = route.client_factory()
    lines = "\n".join(
        f"- {i['filename']} (risk {i.get('risk_score') or 0:.2f}): {(i.get('summary') or '')[:300]}" for i in items
    )
    msg = anthropic_client.messages.create(
        model=route.model,
        max_tokens=route.max_tokens,
        system=DIGEST.system,
        messages=[{"role": "user", "content": DIGEST.format(items=lines)}],
    )
    return msg.content[0].text


@DBOS.step(retries_allowed=True, max_attempts=5)
def post_to_slack(text: str, channel: str = "#doc-review") -> None:
    if not SLACK_WEBHOOK:
        DBOS.logger.info("slack webhook not configured; digest:\n%s", text)
        return
    r = requests.post(SLACK_WEBHOOK, json={"channel": channel, "text": text}, timeout=10)
    r.raise_for_status()


class DigestFormatter:
    """Formats the digest for email; Slack gets the raw text."""

    def __init__(self, title: str = "Contract review digest"):
        self.title = title

    def generate(self, body: str, items: list[dict]) -> str:
        rows = "".join(
            f"<tr><td>{i['filename']}</td><td>{(i.get('risk_score') or 0):.2f}</td></tr>" for i in items
        )
        return f"<h2>{self.title}</h2><p>{body}</p><table>{rows}</table>"


@DBOS.step()
def email_digest(body: str, items: list[dict], recipients: list[str]) -> None:
    html = DigestFormatter().generate(body, items)
    DBOS.logger.info("would email %d recipients (%d bytes)", len(recipients), len(html))
