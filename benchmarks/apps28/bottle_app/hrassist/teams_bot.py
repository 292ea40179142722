"""Microsoft Teams outgoing-webhook bot.

Teams POSTs an activity to /teams/messages (mounted sub-app).  Commands:
``ask <question>`` (PolicyQA structured answer) and ``tldr`` (summarise
the pasted thread with Claude Haiku).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import re

from anthropic import AsyncAnthropic
from bottle import Bottle, abort, request

from hrassist.services import run_sync

log = logging.getLogger(__name__)

bot = Bottle()

_TAG = re.compile(r"<at>.*?</at>\s*", re.S)
_claude = AsyncAnthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))


def _verify_hmac() -> None:
    secret = base64.b64decode(os.environ.get("TEAMS_OUTGOING_SECRET", ""))
    body = request.body.read()
    digest = base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest()).decode()
    auth = request.get_header("Authorization", "")
    if not hmac.compare_digest(auth, f"HMAC {digest}"):
        abort(401)


async def _tldr(text: str) -> str:
    msg = await _claude.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=400,
        messages=[{"role": "user", "content": f"Summarise this HR thread in 3 bullets:\n{text}"}],
    )
    return msg.content[0].text


@bot.post("/messages")
def on_message():
    _verify_hmac()
    activity = request.json or {}
    text = _TAG.sub("", activity.get("text", "")).strip()
    command, _, rest = text.partition(" ")
    command = command.lower()

    if command == "ask" and rest:
        qa = request.app.config["hr.policy_qa"]
        answer = qa.answer_structured(rest)
        reply = answer.text
        if answer.escalate:
            notifier = request.app.config.get("hr.notifier")
            if notifier is not None:
                notifier.chat(f"Escalation from Teams: {rest[:300]}")
            reply += "\n\n_An HR partner has been notified and will follow up._"
    elif command == "tldr" and rest:
        reply = run_sync(_tldr(rest))
    else:
        reply = "Try `ask <question>` or `tldr <text>`."
    return {"type": "message", "text": reply}
