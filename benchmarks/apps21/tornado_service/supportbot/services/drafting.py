"""Reply drafting for human agents (Anthropic)."""
import logging

from supportbot.utils.prompts import DRAFT_SYSTEM, transcript_from_messages

log = logging.getLogger(__name__)


async def draft_reply(anthropic_client, model, messages, agent_name, tone_hint=None):
    transcript = transcript_from_messages(messages)
    user = "Conversation so far:\n%s\n\nDraft the next reply." % transcript
    if tone_hint:
        user += "\nTone: %s" % tone_hint
    resp = await anthropic_client.messages.create(
        model=model,
        max_tokens=600,
        temperature=0.4,
        system=DRAFT_SYSTEM.format(agent_name=agent_name),
        messages=[{"role": "user", "content": user}],
    )
    return resp.content[0].text


async def count_draft_tokens(anthropic_client, model, messages, agent_name):
    """Pre-flight check used by the UI to warn about very long threads."""
    transcript = transcript_from_messages(messages)
    result = await anthropic_client.messages.count_tokens(
        model=model,
        system=DRAFT_SYSTEM.format(agent_name=agent_name),
        messages=[{"role": "user", "content": transcript}],
    )
    return result.input_tokens


LANG_HINTS = {
    "es": ("hola", "gracias", "por favor", "factura"),
    "de": ("hallo", "danke", "bitte", "rechnung"),
    "fr": ("bonjour", "merci", "s'il vous", "facture"),
    "pt": ("olá", "obrigado", "por favor", "fatura"),
}


def guess_language(text):
    """Cheap heuristic so we only pay for translation when it is likely needed."""
    lowered = (text or "").lower()
    scores = {lang: sum(w in lowered for w in words) for lang, words in LANG_HINTS.items()}
    lang, score = max(scores.items(), key=lambda kv: kv[1])
    return lang if score >= 2 else "en"


async def translate_for_agent(openai_client, model, text, target="en"):
    """Translate an inbound customer message for the agent (Azure in EU tenants)."""
    resp = await openai_client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "Translate the user's text to %s. Output only the translation." % target},
            {"role": "user", "content": text},
        ],
        temperature=0,
    )
    return resp.choices[0].message.content


class DraftCache:
    """In-memory LRU of recent drafts keyed by (ticket_id, last_message_id)."""

    def __init__(self, size=256):
        self.size = size
        self._data = {}

    def get(self, key):
        return self._data.get(key)

    def create(self, key, text):
        if len(self._data) >= self.size:
            self._data.pop(next(iter(self._data)))
        self._data[key] = text
        return text
