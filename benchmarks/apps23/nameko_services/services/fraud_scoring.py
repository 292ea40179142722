"""Fraud scoring: deterministic rules first, then an optional model second opinion."""
import json
import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Dict, List

from common.prompts import FRAUD_ASSESSMENT

log = logging.getLogger(__name__)


@dataclass
class Signal:
    code: str
    weight: float
    detail: str


def _parse_date(value) -> date:
    if isinstance(value, date):
        return value
    return datetime.strptime(value, "%Y-%m-%d").date()


def late_reporting(claim: Dict[str, Any], today: date = None) -> List[Signal]:
    if not claim.get("date_of_loss"):
        return []
    today = today or date.today()
    days = (today - _parse_date(claim["date_of_loss"])).days
    if days > 30:
        return [Signal("LATE_REPORT", min(days / 90.0, 1.0), "reported %d days after loss" % days)]
    return []


def round_amount(claim: Dict[str, Any]) -> List[Signal]:
    amount = claim.get("estimated_amount")
    if amount and amount >= 1000 and amount % 500 == 0:
        return [Signal("ROUND_AMOUNT", 0.2, "estimate is a round %s" % amount)]
    return []


def new_policy(claim: Dict[str, Any]) -> List[Signal]:
    inception = claim.get("policy_inception")
    if inception and claim.get("date_of_loss"):
        days = (_parse_date(claim["date_of_loss"]) - _parse_date(inception)).days
        if 0 <= days < 60:
            return [Signal("NEW_POLICY", 0.4, "loss %d days after inception" % days)]
    return []


def no_police_report(claim: Dict[str, Any]) -> List[Signal]:
    if claim.get("loss_type") in ("property_theft", "auto_collision") and not claim.get("police_report_number"):
        return [Signal("NO_POLICE_REPORT", 0.3, "theft/collision without police report")]
    return []


RULES = [late_reporting, round_amount, new_policy, no_police_report]


def evaluate(claim: Dict[str, Any]) -> List[Signal]:
    signals: List[Signal] = []
    for rule in RULES:
        signals.extend(rule(claim))
    return signals


def rule_score(signals: List[Signal]) -> float:
    score = 0.0
    for s in signals:
        score = score + s.weight * (1 - score)
    return round(score, 3)


RISK_WEIGHTS = {"low": 0.1, "medium": 0.5, "high": 0.9}
SIU_THRESHOLD = 0.7


def format_signals(signals: List[Signal]) -> str:
    if not signals:
        return "(none)"
    return "\n".join("- %s (%.2f): %s" % (s.code, s.weight, s.detail) for s in signals)


def llm_second_opinion(client, model: str, claim: Dict[str, Any], signals: List[Signal]) -> Dict[str, Any]:
    """Ask Claude (Bedrock deployment) for a second opinion on a borderline claim."""
    prompt = FRAUD_ASSESSMENT.format(claim_json=json.dumps(claim, default=str, indent=2), signals=format_signals(signals))
    message = client.messages.create(
        model=model,
        max_tokens=600,
        temperature=0,
        messages=[
            {"role": "user", "content": prompt},
            {"role": "assistant", "content": "{"},
        ],
    )
    text = "{" + message.content[0].text
    try:
        return json.loads(text)
    except ValueError:
        log.warning("unparseable second opinion for %s", claim.get("claim_number"))
        return {"risk": "medium", "indicators": [], "recommendation": text[:200]}


def combine(rule_score: float, opinion: Dict[str, Any]) -> float:
    model_score = RISK_WEIGHTS.get(str(opinion.get("risk", "")).lower(), 0.5)
    return round(0.6 * rule_score + 0.4 * model_score, 3)
