"""Nudges users whose tickets are waiting on them. Uses the on-prem model (no data leaves the network)."""

import logging
from datetime import datetime, timedelta

from botbuilder.core import MessageFactory, TurnContext

from services import get_ollama, get_settings

logger = logging.getLogger(__name__)

NUDGE_PROMPT = (
    "Write a two-sentence polite reminder to an employee that IT is waiting for their reply on ticket "
    "{number} ('{title}'). Do not invent details."
)


async def build_nudge(ticket: dict) -> str:
    client = get_ollama()
    resp = await client.generate(
        model=get_settings().ollama_model,
        prompt=NUDGE_PROMPT.format(number=ticket["number"], title=ticket["short_description"]),
        options={"num_predict": 120},
    )
    return resp["response"].strip()


async def nudge_waiting_users(adapter, app_id: str, references: dict, snow) -> int:
    cutoff = (datetime.utcnow() - timedelta(days=2)).strftime("%Y-%m-%d %H:%M:%S")
    tickets = await snow._request(
        "GET",
        "/api/now/table/incident",
        params={"sysparm_query": f"state=awaiting_user_info^sys_updated_on<{cutoff}", "sysparm_limit": "50"},
    )
    sent = 0
    for ticket in tickets:
        ref = references.get(ticket.get("caller_id", {}).get("value"))
        if ref is None:
            continue
        text = await build_nudge(ticket)

        async def _send(ctx: TurnContext, _text=text):
            await ctx.send_activity(MessageFactory.text(_text))

        await adapter.continue_conversation(ref, _send, app_id)
        sent += 1
    logger.info("sent %d nudges", sent)
    return sent
