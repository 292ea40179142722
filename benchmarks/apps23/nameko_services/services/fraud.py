import logging
from typing import Any, Dict

from nameko.events import EventDispatcher, event_handler
from nameko.rpc import rpc

from common.dependencies import BedrockClaude, ClaudeAssistant
from common.prompts import FRAUD_ASSESSMENT
from common.storage import ClaimsStore
from services.fraud_scoring import (
    SIU_THRESHOLD,
    combine,
    evaluate,
    format_signals,
    llm_second_opinion,
    rule_score,
)

log = logging.getLogger(__name__)

BEDROCK_MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0"


class FraudDetectionService:
    name = "fraud_detection"

    claude = ClaudeAssistant()
    bedrock_claude = BedrockClaude(region="eu-central-1")
    claims = ClaimsStore()
    dispatch = EventDispatcher()

    @event_handler("claim_intake", "claim_submitted")
    def on_claim_submitted(self, claim: Dict[str, Any]):
        signals = evaluate(claim)
        score = rule_score(signals)
        opinion = {}
        if 0.3 <= score < 0.9:
            # EU claims must stay in-region, everything else goes to the Anthropic API
            if claim.get("region") == "eu":
                opinion = llm_second_opinion(self.bedrock_claude, BEDROCK_MODEL, claim, signals)
            else:
                opinion = self.claude.assess(
                    FRAUD_ASSESSMENT.format(claim_json=claim, signals=format_signals(signals))
                )
            score = combine(score, opinion)

        self.claims.update(claim["claim_number"], fraud_score=score, fraud_opinion=opinion)
        if score >= SIU_THRESHOLD:
            self.dispatch("fraud_flagged", {"claim_number": claim["claim_number"], "score": score, "opinion": opinion})

    @rpc
    def explain_score(self, claim_number: str) -> str:
        claim = self.claims.get(claim_number) or {}
        chunks = []
        with self.claude.client.messages.stream(
            model=self.claude.model,
            max_tokens=800,
            system="Explain fraud scores to claims handlers in plain English. No accusations.",
            messages=[{"role": "user", "content": "Claim: %s\nScore: %s" % (claim, claim.get("fraud_score"))}],
        ) as stream:
            for text in stream.text_stream:
                chunks.append(text)
        return "".join(chunks)

    @rpc
    def prompt_budget(self, claim_number: str) -> int:
        """How many input tokens an assessment of this claim would cost (used by the UI)."""
        claim = self.claims.get(claim_number) or {}
        count = self.claude.client.messages.count_tokens(
            model=self.claude.model,
            messages=[{"role": "user", "content": FRAUD_ASSESSMENT.format(claim_json=claim, signals="")}],
        )
        return count.input_tokens
