"""PII / PHI redaction suggestions using IBM Granite on watsonx.

Some clients contractually require that redaction runs on watsonx (IBM-hosted),
so this module never falls back to another provider.
"""
import json
import logging
import re

from lexreview.llm.interfaces import IWatsonxModel

log = logging.getLogger(__name__)

REDACTION_PROMPT = """You identify personal data that must be redacted from a legal production.
Return a JSON list of objects {{"text": ..., "category": ...}} where category is one of
SSN, DOB, ACCOUNT, MEDICAL, ADDRESS, PHONE, EMAIL, MINOR_NAME.

Document:
{document}

JSON:"""

_SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def regex_candidates(text):
    hits = [{"text": m.group(0), "category": "SSN"} for m in _SSN.finditer(text)]
    hits += [{"text": m.group(0), "category": "EMAIL"} for m in _EMAIL.finditer(text)]
    return hits


class RedactionSuggester:
    def __init__(self, registry):
        self.model = registry.getUtility(IWatsonxModel, name="redaction")

    def suggest(self, text):
        raw = self.model.generate_text(
            prompt=REDACTION_PROMPT.format(document=text[:12000]),
            params={"max_new_tokens": 1500, "decoding_method": "greedy"},
        )
        try:
            found = json.loads(raw)
        except ValueError:
            log.warning("granite returned non-JSON redaction output")
            found = []
        seen = {h["text"] for h in found}
        found.extend(h for h in regex_candidates(text) if h["text"] not in seen)
        return found

    def token_budget(self, text):
        """How many tokens will the prompt use? Uses the tokenize endpoint."""
        result = self.model.tokenize(prompt=REDACTION_PROMPT.format(document=text[:12000]))
        return result["result"]["token_count"]


def apply_redactions(text, suggestions, mask="[REDACTED]"):
    for s in sorted(suggestions, key=lambda h: len(h["text"]), reverse=True):
        text = text.replace(s["text"], f"{mask}-{s['category']}")
    return text
