"""Prompt templates. Keep these in one place so the eval notebooks can import them."""

INTENT_LABELS = [
    "browse",
    "compare",
    "purchase_intent",
    "support_seeking",
    "account_management",
    "bot_or_noise",
]

CLICK_INTENT_SYSTEM = (
    "You label e-commerce click sessions. Answer with exactly one label from: "
    + ", ".join(INTENT_LABELS)
    + "."
)

CLICK_INTENT_USER = """Page path: {path}
Referrer: {referrer}
Query string: {query}
Previous pages: {history}
"""

CHAT_SUMMARY_SYSTEM = (
    "You summarise customer support chats for the agent who picks up the ticket next. "
    "Write 2-4 short sentences. Mention the product, the problem and what was already tried."
)

CHAT_TOPIC_SYSTEM = (
    "Classify the support message into one topic: billing, shipping, returns, account, "
    "product_question, complaint, other. Reply with the topic only."
)

SENTIMENT_PROMPT = (
    "Rate the sentiment of this customer message as one of positive, neutral, negative. "
    "Reply with one word.\n\nMessage: {text}"
)

ESCALATION_PROMPT = """Here is a support transcript. Should it be escalated to a human supervisor?
Answer YES or NO followed by one sentence of reasoning.

{transcript}
"""


def render_click(event: dict) -> str:
    return CLICK_INTENT_USER.format(
        path=event.get("path", ""),
        referrer=event.get("referrer") or "-",
        query=event.get("query") or "-",
        history=" > ".join(event.get("history", [])[-5:]) or "-",
    )


def render_transcript(messages: list[dict], max_chars: int = 12000) -> str:
    lines = []
    for m in messages:
        who = "Customer" if m.get("author") == "customer" else "Agent"
        lines.append(f"{who}: {m.get('text', '').strip()}")
    text = "\n".join(lines)
    if len(text) > max_chars:
        text = text[-max_chars:]
    return text
