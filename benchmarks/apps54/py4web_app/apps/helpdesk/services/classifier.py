"""Priority classification.

Fast path: a cheap Llama model on Together. If the model output cannot be
parsed we fall back to the keyword rules below (which also run in tests).
"""
import json
import logging
import re

from .. import settings
from ..llm import get_together, multi_model_service, TaskComplexity
from ..llm.prompts import CATEGORIES, CLASSIFY_SYSTEM

log = logging.getLogger("helpdesk.classifier")

_P1_WORDS = re.compile(r"\b(outage|down for everyone|ransomware|phishing|breach)\b", re.I)
_P2_WORDS = re.compile(r"\b(can(no|')t log ?in|locked out|blocked|urgent)\b", re.I)


class KeywordRules:
    """Deterministic fallback; also used to sanity-check the model."""

    def classify(self, text):
        if _P1_WORDS.search(text):
            return {"priority": "P1", "category": "security", "reason": "keyword"}
        if _P2_WORDS.search(text):
            return {"priority": "P2", "category": "access", "reason": "keyword"}
        return {"priority": "P3", "category": "other", "reason": "default"}


class PriorityClassifier:
    def __init__(self, client=None, model=None, rules=None):
        self._client = client
        self.model = model or settings.TOGETHER_CLASSIFIER_MODEL
        self.rules = rules or KeywordRules()

    @property
    def client(self):
        if self._client is None:
            self._client = get_together()
        return self._client

    def _parse(self, raw):
        try:
            data = json.loads(raw)
        except (TypeError, ValueError):
            m = re.search(r"\{.*\}", raw or "", re.S)
            if not m:
                return None
            try:
                data = json.loads(m.group(0))
            except ValueError:
                return None
        if data.get("priority") not in ("P1", "P2", "P3", "P4"):
            return None
        if data.get("category") not in CATEGORIES:
            data["category"] = "other"
        return data

    def classify(self, subject, body):
        text = "%s\n\n%s" % (subject, body)
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": CLASSIFY_SYSTEM},
                {"role": "user", "content": text[:6000]},
            ],
            response_format={"type": "json_object"},
            temperature=0,
            max_tokens=200,
        )
        parsed = self._parse(resp.choices[0].message.content)
        if parsed is None:
            log.warning("unparseable classifier output, using rules")
            return self.rules.classify(text)
        # never let the model downgrade an obvious P1
        if self.rules.classify(text)["priority"] == "P1":
            parsed["priority"] = "P1"
        return parsed

    async def classify_tracked(self, subject, body, user_id=None):
        """Second opinion through the tracked service (used for P1 escalations)."""
        raw = await multi_model_service.generate_response(
            "%s\n\n%s" % (subject, body),
            task_type="classify",
            complexity=TaskComplexity.SIMPLE,
            system=CLASSIFY_SYSTEM,
            user_id=user_id,
        )
        return self._parse(raw) or self.rules.classify(body)


# module-level default used by controllers
classifier = PriorityClassifier()
