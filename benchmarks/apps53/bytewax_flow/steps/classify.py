"""Message classification (category / priority / sentiment)."""
from __future__ import annotations

import json
import logging

from clients import get_worker_clients
from common.config import get_settings
from common.prompts import CLASSIFY_SYSTEM, classify_user_prompt
from common.retry import with_retries
from common.schema import CATEGORIES, PRIORITIES, SupportMessage, Triage
from common.text import normalise, truncate

log = logging.getLogger(__name__)


def _parse(raw: str, msg: SupportMessage, model: str) -> Triage:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        log.warning("unparseable classification for %s: %r", msg.message_id, raw[:200])
        return Triage(message=msg, reasons=["parse_error"], model=model)
    category = data.get("category", "other")
    priority = data.get("priority", "p3")
    return Triage(
        message=msg,
        category=category if category in CATEGORIES else "other",
        priority=priority if priority in PRIORITIES else "p3",
        sentiment=float(data.get("sentiment", 0.0)),
        reasons=list(data.get("reasons", []))[:5],
        model=model,
    )


def classify(msg: SupportMessage) -> Triage:
    """Map step: classify a single message with OpenAI (JSON mode)."""
    settings = get_settings()
    client = get_worker_clients().openai
    model = settings.models.classify_model
    completion = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": CLASSIFY_SYSTEM},
            {"role": "user", "content": classify_user_prompt(msg.subject, truncate(normalise(msg.body)))},
        ],
        response_format={"type": "json_object"},
        temperature=0,
        max_tokens=300,
    )
    return _parse(completion.choices[0].message.content or "{}", msg, model)


def classify_with_retry(msg: SupportMessage) -> Triage:
    """Same as :func:`classify` but retries on 429/5xx. Used by the high-volume flow."""
    settings = get_settings()
    oai = get_worker_clients().openai
    completion = with_retries(
        oai.chat.completions.create,
        model=settings.models.classify_model,
        messages=[
            {"role": "system", "content": CLASSIFY_SYSTEM},
            {"role": "user", "content": classify_user_prompt(msg.subject, msg.body)},
        ],
        response_format={"type": "json_object"},
        temperature=0,
    )
    return _parse(completion.choices[0].message.content or "{}", msg, settings.models.classify_model)


def classify_mistral(msg: SupportMessage) -> Triage:
    """EU-resident tenants must not leave Mistral; same prompt, different vendor."""
    settings = get_settings()
    model = settings.models.mistral_chat_model
    res = get_worker_clients().mistral.chat.complete(
        model=model,
        messages=[
            {"role": "system", "content": CLASSIFY_SYSTEM},
            {"role": "user", "content": classify_user_prompt(msg.subject, msg.body)},
        ],
        response_format={"type": "json_object"},
        temperature=0,
    )
    return _parse(res.choices[0].message.content or "{}", msg, model)


class TriageClassifier:
    """Holds its client; built once per worker by ``flows.triage`` via ``op.map`` closure."""

    def __init__(self, client, model: str, eu_client=None):
        self._client = client
        self._eu_client = eu_client
        self.model = model
        self.calls = 0

    def __call__(self, msg: SupportMessage) -> Triage:
        self.calls += 1
        if msg.metadata.get("region") == "eu" and self._eu_client is not None:
            resp = self._eu_client.chat.complete(
                model="mistral-small-latest",
                messages=[{"role": "system", "content": CLASSIFY_SYSTEM}, {"role": "user", "content": msg.body}],
            )
            return _parse(resp.choices[0].message.content or "{}", msg, "mistral-small-latest")
        resp = self._client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": CLASSIFY_SYSTEM}, {"role": "user", "content": msg.body}],
            response_format={"type": "json_object"},
        )
        return _parse(resp.choices[0].message.content or "{}", msg, self.model)
