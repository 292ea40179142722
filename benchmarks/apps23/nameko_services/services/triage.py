"""Claim triage: routes new claims to a work queue within a couple of seconds.

Uses Cerebras because p95 latency matters more than quality here; the adjuster can
always re-route.
"""
import json
import logging
from typing import Any, Dict

from nameko.events import EventDispatcher, event_handler
from nameko.rpc import rpc
from nameko.timer import timer

from common.dependencies import CerebrasProvider
from common.prompts import TRIAGE_SYSTEM
from common.storage import ClaimsStore

log = logging.getLogger(__name__)

QUEUES = ("fast_track", "standard", "complex", "siu")
FALLBACK = {"queue": "standard", "urgency": 3, "reason": "fallback"}


def parse_triage(text: str) -> Dict[str, Any]:
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        return dict(FALLBACK)
    if data.get("queue") not in QUEUES:
        data["queue"] = "standard"
    try:
        data["urgency"] = max(1, min(5, int(data.get("urgency", 3))))
    except (TypeError, ValueError):
        data["urgency"] = 3
    return data


class TriageService:
    name = "triage"

    fast_llm = CerebrasProvider(timeout=5.0)
    claims = ClaimsStore()
    dispatch = EventDispatcher()

    @event_handler("claim_intake", "claim_submitted")
    def triage_new_claim(self, claim: Dict[str, Any]):
        summary = "Loss type: %s\nAmount: %s\nInjuries: %s\nStatement: %s" % (
            claim.get("loss_type"),
            claim.get("estimated_amount"),
            claim.get("injured_parties"),
            (claim.get("statement") or "")[:1500],
        )
        try:
            completion = self.fast_llm.chat.completions.create(
                model="llama3.1-8b",
                messages=[
                    {"role": "system", "content": TRIAGE_SYSTEM},
                    {"role": "user", "content": summary},
                ],
                response_format={"type": "json_object"},
                max_completion_tokens=120,
                temperature=0,
            )
            decision = parse_triage(completion.choices[0].message.content)
        except Exception:
            log.exception("triage model failed for %s, using fallback", claim.get("claim_number"))
            decision = dict(FALLBACK)

        if claim.get("injured_parties"):
            decision["urgency"] = max(decision["urgency"], 4)
        self.claims.update(claim["claim_number"], triage=decision)
        self.dispatch("claim_triaged", {"claim_number": claim["claim_number"], **decision})

    @rpc
    def urgency_score(self, text: str) -> int:
        """Single-token urgency estimate; used by the call-centre widget while typing."""
        completion = self.fast_llm.completions.create(
            model="llama3.1-8b",
            prompt="Rate the urgency of this insurance claim from 1 (low) to 5 (critical).\n\nClaim: %s\n\nUrgency:" % text,
            max_tokens=1,
            temperature=0,
        )
        try:
            return int(completion.choices[0].text.strip())
        except (ValueError, IndexError):
            return 3

    @timer(interval=600)
    def report_queue_depths(self):
        depths = {q: 0 for q in QUEUES}
        for claim in self.claims.search():
            queue = (claim.get("triage") or {}).get("queue")
            if queue in depths:
                depths[queue] += 1
        log.info("triage queue depths: %s", depths)
