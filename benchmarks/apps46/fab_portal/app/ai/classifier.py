"""Ticket classification.

Primary: Mistral small (cheap, fast).  Fallback: Cohere v1 classify with a
few labelled examples pulled from the DB.
"""
import logging
from collections import Counter

from cohere import ClassifyExample

from .clients import get_cohere_v1_client
from .prompts import TICKET_LABELS, render_classify_system, truncate

log = logging.getLogger(__name__)


class TicketClassifier:
    def __init__(self, mistral_client, model="mistral-small-latest", labels=None):
        self.client = mistral_client
        self.model = model
        self.labels = labels or list(TICKET_LABELS)

    def _normalise(self, raw):
        raw = (raw or "").strip().lower().replace(" ", "_")
        return raw if raw in self.labels else "other"

    def classify(self, subject, body):
        response = self.client.chat.complete(
            model=self.model,
            messages=[
                {"role": "system", "content": render_classify_system(self.labels)},
                {"role": "user", "content": f"{subject}\n\n{truncate(body, 6000)}"},
            ],
            temperature=0,
            max_tokens=10,
        )
        return self._normalise(response.choices[0].message.content)

    async def classify_async(self, subject, body):
        response = await self.client.chat.complete_async(
            model=self.model,
            messages=[
                {"role": "system", "content": render_classify_system(self.labels)},
                {"role": "user", "content": f"{subject}\n\n{truncate(body, 6000)}"},
            ],
            temperature=0,
        )
        return self._normalise(response.choices[0].message.content)

    def is_abusive(self, text):
        result = self.client.classifiers.moderate(
            model="mistral-moderation-latest", inputs=[truncate(text, 8000)]
        )
        cats = result.results[0].categories
        return any(cats.values())


def classify_with_examples(texts, examples):
    """examples: iterable of (text, label) pairs from already-triaged tickets."""
    co = get_cohere_v1_client()
    response = co.classify(
        inputs=[truncate(t, 2000) for t in texts],
        examples=[ClassifyExample(text=t, label=l) for t, l in examples],
    )
    return [c.prediction for c in response.classifications]


def label_distribution(tickets):
    """Plain helper for the dashboard - no model involved."""
    return Counter(t.category or "unlabelled" for t in tickets).most_common()
