"""Content QA checks run before generated copy is published."""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field

from common import get_anthropic_client, get_settings
from common.text_utils import strip_code_fences

log = logging.getLogger(__name__)

PRICE_RE = re.compile(r"(£|€|\$)\s?\d")
SUPERLATIVES = ("best", "cheapest", "number one", "#1", "guaranteed")


@dataclass
class QAResult:
    passed: bool = True
    issues: list[str] = field(default_factory=list)

    def fail(self, issue: str) -> None:
        self.passed = False
        self.issues.append(issue)


def static_checks(text: str, result: QAResult) -> None:
    if PRICE_RE.search(text):
        result.fail("contains a price (prices must come from the booking engine)")
    lowered = text.lower()
    for word in SUPERLATIVES:
        if word in lowered:
            result.fail(f"unsubstantiated claim: {word!r}")
    if len(text) > 4000:
        result.fail("too long")


def consistency_check(text: str, facts: dict, result: QAResult) -> None:
    """Does the copy claim anything the facts don't support? (Claude Haiku, short timeout)."""
    client = get_anthropic_client()
    msg = client.with_options(timeout=20.0, max_retries=1).messages.create(
        model=get_settings().claude_haiku_model,
        max_tokens=400,
        system="You compare marketing copy against a fact sheet. Answer in JSON: "
               '{"unsupported_claims": ["..."]}',
        messages=[{
            "role": "user",
            "content": f"Facts:\n{json.dumps(facts, ensure_ascii=False)}\n\nCopy:\n{text}",
        }],
    )
    try:
        claims = json.loads(strip_code_fences(msg.content[0].text)).get("unsupported_claims", [])
    except (json.JSONDecodeError, IndexError, AttributeError):
        log.warning("consistency check returned junk")
        return
    for c in claims:
        result.fail(f"unsupported claim: {c}")
