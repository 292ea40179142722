"""Thumbs up/down reactions on bot answers, and the "Escalate" button."""
from __future__ import annotations

import logging

from bot.app import app
from bot.llm.router import get_router
from bot.models import Conversation, Platform
from bot.services.handoff import HandoffService
from bot.services.memory import get_memory
from bot.services.storage import FeedbackRepository
from bot.services.triage import classify

log = logging.getLogger(__name__)

QUALITY_CHANNEL = "#support-bot-quality"
RATINGS = {"+1": 1, "thumbsup": 1, "white_check_mark": 1, "-1": -1, "thumbsdown": -1}

feedback_repo = FeedbackRepository()


def _critique(question: str, answer: str) -> str:
    result = get_router().completion(
        model="support-cheap",
        messages=[
            {
                "role": "user",
                "content": (
                    "A customer marked this support answer as unhelpful. In two sentences, say what "
                    f"was most likely wrong.\n\nQuestion: {question}\n\nAnswer: {answer}"
                ),
            }
        ],
        max_tokens=150,
    )
    return result.choices[0].message.content


@app.event("reaction_added")
def on_reaction(event, client, context):
    rating = RATINGS.get(event.get("reaction", ""))
    item = event.get("item", {})
    if rating is None or item.get("type") != "message":
        return
    replies = client.conversations_replies(channel=item["channel"], ts=item["ts"], limit=1)
    message = (replies.get("messages") or [{}])[0]
    if message.get("user") != context.get("bot_user_id"):
        return

    thread_ts = message.get("thread_ts") or item["ts"]
    thread_key = f"slack:{item['channel']}:{thread_ts}"
    feedback_repo.create(thread_key=thread_key, user_id=event["user"], rating=rating)

    if rating < 0:
        convo = get_memory().get(thread_key)
        question = next((t.content for t in reversed(convo.turns) if t.role == "user"), "") if convo else ""
        note = _critique(question, message.get("text", ""))
        client.chat_postMessage(
            channel=QUALITY_CHANNEL,
            text=f":thumbsdown: on <https://slack.com/archives/{item['channel']}/p{item['ts'].replace('.', '')}|answer>\n{note}",
        )


@app.action("escalate_to_human")
def on_escalate(ack, body, client, respond):
    ack()
    channel = body["channel"]["id"]
    thread_ts = body["message"].get("thread_ts") or body["message"]["ts"]
    key = f"slack:{channel}:{thread_ts}"
    convo = get_memory().get(key) or Conversation(
        platform=Platform.SLACK, channel_id=channel, thread_id=thread_ts, user_id=body["user"]["id"]
    )
    first_question = convo.turns[0].content if convo.turns else body["message"].get("text", "")
    triage = classify(first_question)
    user_info = client.users_info(user=body["user"]["id"])
    email = user_info["user"]["profile"].get("email")
    ticket_id = HandoffService().escalate(convo, triage, requester_email=email)
    respond(f"I've opened ticket #{ticket_id}. A support engineer will reply in this thread.", replace_original=False)
