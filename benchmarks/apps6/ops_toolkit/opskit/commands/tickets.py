from __future__ import annotations

import json
import logging

import click

from opskit.context import OpsContext
from prompts import classify_ticket_messages
from prompts.templates import TICKET_CLASSES

log = logging.getLogger(__name__)


@click.group(name="tickets")
def group() -> None:
    """Support ticket helpers."""


@group.command("classify")
@click.option("--subject", required=True)
@click.option("--body", default="-", help="Ticket body, '-' reads stdin.")
@click.pass_obj
def classify(ops: OpsContext, subject: str, body: str) -> None:
    """Suggest a queue for a ticket."""
    if body == "-":
        body = click.get_text_stream("stdin").read()
    completion = ops.fireworks.chat.completions.create(
        model=ops.settings.fireworks_model,
        messages=classify_ticket_messages(subject, body),
        response_format={"type": "json_object"},
        max_tokens=64,
    )
    try:
        result = json.loads(completion.choices[0].message.content)
    except (TypeError, ValueError):
        log.warning("unparseable classification: %r", completion.choices[0].message.content)
        result = {"label": "other", "confidence": 0.0}
    if result.get("label") not in TICKET_CLASSES:
        result["label"] = "other"
    ops.emit(result)
