"""Checks before we speak LLM output out loud in the house (kids are around)."""
import re

BLOCKLIST = re.compile(r"\b(password|alarm code|pin code)\b", re.IGNORECASE)


def redact(text):
    return BLOCKLIST.sub("[redacted]", text)


def is_speakable(client, text):
    """client: an openai client (passed in so tests can fake it)."""
    if BLOCKLIST.search(text):
        return False
    result = client.moderations.create(model="omni-moderation-latest", input=text)
    return not result.results[0].flagged


def safe_for_speaker(client, text, fallback="Sorry, I can't say that."):
    text = redact(text)
    return text if is_speakable(client, text) else fallback
