"""Assigns internal loss codes and answers coverage questions (DeepSeek)."""
import json
import logging
from typing import Any, Dict, List

from nameko.rpc import rpc

from common.dependencies import DeepSeekProvider
from common.prompts import LOSS_CODE_SYSTEM
from services.rule_fim import complete_rule_snippet, strip_fences

log = logging.getLogger(__name__)

# Internal loss code table (subset; the full table lives in the claims DB).
LOSS_CODES = {
    "AC01": "Rear-end collision",
    "AC02": "Intersection collision",
    "AC03": "Single-vehicle collision",
    "AG01": "Windscreen chip/crack",
    "PW01": "Burst pipe",
    "PW02": "Storm water ingress",
    "PF01": "Kitchen fire",
    "PF02": "Electrical fire",
    "PT01": "Burglary with forced entry",
    "PT02": "Theft without forced entry",
    "LB01": "Slip and fall on insured premises",
    "LP01": "Damage to third-party property",
}


def describe(code: str) -> str:
    return LOSS_CODES.get(code, "unknown")


def code_list() -> str:
    return ", ".join("%s (%s)" % item for item in sorted(LOSS_CODES.items()))


class ClaimCodingService:
    name = "claim_coding"

    deepseek = DeepSeekProvider()

    @rpc
    def assign_loss_codes(self, notes: str) -> List[Dict[str, Any]]:
        response = self.deepseek.chat.completions.create(
            model="deepseek-chat",
            messages=[
                {"role": "system", "content": LOSS_CODE_SYSTEM.replace("{codes}", code_list())},
                {"role": "user", "content": notes},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            codes = json.loads(response.choices[0].message.content)["codes"]
        except (KeyError, TypeError, ValueError):
            log.warning("bad loss code payload: %r", response.choices[0].message.content)
            return []
        return [c for c in codes if c.get("code") in LOSS_CODES]

    @rpc
    def reason_about_coverage(self, policy_text: str, question: str) -> Dict[str, str]:
        response = self.deepseek.chat.completions.create(
            model="deepseek-reasoner",
            messages=[
                {"role": "user", "content": "Policy wording:\n%s\n\nQuestion: %s" % (policy_text, question)},
            ],
        )
        message = response.choices[0].message
        return {
            "answer": message.content,
            "reasoning": getattr(message, "reasoning_content", "") or "",
        }

    @rpc
    def complete_rule(self, prefix: str, suffix: str = "") -> str:
        return strip_fences(complete_rule_snippet(prefix, suffix))
