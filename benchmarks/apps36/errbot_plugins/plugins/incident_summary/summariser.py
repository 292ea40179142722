"""LLM side of the incident plugin, separated so scripts can reuse it."""
from __future__ import annotations

import logging
from typing import Iterator, Optional

from lib import get_groq_client
from lib.prompts import INCIDENT_SEVERITY_PROMPT, INCIDENT_SUMMARY_SYSTEM
from lib.settings import MODELS

log = logging.getLogger(__name__)

SEVERITIES = ("SEV1", "SEV2", "SEV3", "SEV4")


class IncidentSummariser:
    """Wraps an Anthropic client; the plugin hands in the shared one."""

    def __init__(self, client, model: Optional[str] = None, max_tokens: int = 900) -> None:
        self.client = client
        self.model = model or MODELS.anthropic_chat
        self.max_tokens = max_tokens

    def summarise(self, title: str, timeline: str, notes: str = "") -> str:
        content = f"Incident: {title}\n\nTimeline:\n{timeline}\n\nResponder notes:\n{notes or '(none)'}"
        message = self.client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=INCIDENT_SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": content}],
        )
        return "".join(b.text for b in message.content if b.type == "text").strip()

    def stream_summary(self, title: str, timeline: str) -> Iterator[str]:
        content = f"Incident: {title}\n\nTimeline:\n{timeline}"
        with self.client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=INCIDENT_SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": content}],
        ) as stream:
            for text in stream.text_stream:
                yield text

    def prompt_tokens(self, title: str, timeline: str) -> int:
        """Used to decide whether to trim the timeline before summarising."""
        result = self.client.messages.count_tokens(
            model=self.model,
            system=INCIDENT_SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": f"Incident: {title}\n\nTimeline:\n{timeline}"}],
        )
        return result.input_tokens


def classify_severity(alert_text: str) -> str:
    """Fast severity guess for untriaged alerts (Groq, small model)."""
    resp = get_groq_client().chat.completions.create(
        model=MODELS.groq_fast,
        messages=[{"role": "user", "content": INCIDENT_SEVERITY_PROMPT.format(alert=alert_text[:4000])}],
        max_tokens=5,
        temperature=0,
    )
    label = (resp.choices[0].message.content or "").strip().upper()
    return label if label in SEVERITIES else "SEV3"
