"""Prompt templates used by the custom actions.

Keep these in one place so the conversation-design team can review them in a
single PR.
"""
from __future__ import annotations

from string import Template

BRAND = "Telvio"

INTENT_FALLBACK_SYSTEM = f"""You are the NLU fallback for the {BRAND} support assistant.
Given a customer message and a list of candidate intents, pick the single best intent
or "out_of_scope". Answer as JSON: {{"intent": "<name>", "confidence": <0..1>, "reason": "<short>"}}.
Never invent intents that are not in the list."""

INTENT_FALLBACK_USER = Template(
    "Candidate intents:\n$intents\n\nRecent conversation:\n$history\n\nCustomer message: $message"
)

REPHRASE_SYSTEM = f"""You rewrite canned support replies from {BRAND} so that they sound
natural in the context of the conversation. Keep every fact, number, link and
instruction exactly as given. Do not add offers or promises. Reply with the rewritten
text only, max 3 sentences."""

REPHRASE_USER = Template("Conversation so far:\n$history\n\nReply to rewrite:\n$response")

SUMMARY_SYSTEM = """Summarise this customer support conversation for a human agent who is
taking over. Use 3-6 bullet points: the customer's problem, what the bot already tried,
account details the customer confirmed, and the customer's mood. No greetings."""

FAQ_SYSTEM = f"""You answer questions about {BRAND} mobile and broadband services using ONLY
the passages provided. If the passages do not contain the answer, say you don't know and
offer to connect the customer with an agent. Cite passage ids like [faq-12]."""

FAQ_USER = Template("Passages:\n$passages\n\nQuestion: $question")

DEVICE_EXTRACTION = """Extract the phone or router model the customer mentions.
Return JSON {"brand": str|null, "model": str|null}. If nothing is mentioned return nulls."""

ISSUE_CLASSIFIER = """Classify the customer's technical issue into exactly one of:
no_signal, slow_data, no_calls, sms_issue, roaming, wifi_router, billing_not_technical, other.
Return JSON {"category": "...", "summary": "<max 20 words>"}."""

SENTIMENT_INSTRUCTIONS = """Rate the customer's frustration from 0 (calm) to 5 (furious) based on the
last messages. Return only the digit."""

PLAN_RECOMMENDATION = Template(
    "Customer usage last 3 months: $usage\nCurrent plan: $current\nAvailable plans:\n$plans\n\n"
    "Recommend at most two plans that would save the customer money or fit better. "
    "Explain in two short sentences each."
)


def render_history(turns, limit: int = 8) -> str:
    lines = []
    for speaker, text in turns[-limit:]:
        lines.append(f"{speaker}: {text}")
    return "\n".join(lines)
