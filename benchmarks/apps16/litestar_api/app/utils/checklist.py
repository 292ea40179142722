"""Matter opening checklist (conflicts, engagement letter, billing setup...)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List

REQUIRED_STEPS = (
    "conflict_check",
    "engagement_letter_signed",
    "billing_setup",
    "litigation_hold_sent",
    "document_intake",
)


@dataclass
class ChecklistItem:
    step: str
    done: bool
    owner: str = ""


def completion(items: List[ChecklistItem], required_only: bool = True) -> float:
    """Fraction of checklist steps done, 0..1."""
    relevant = [i for i in items if i.step in REQUIRED_STEPS] if required_only else items
    if not relevant:
        return 0.0
    return sum(1 for i in relevant if i.done) / len(relevant)


def outstanding(items: List[ChecklistItem]) -> Dict[str, str]:
    return {i.step: i.owner for i in items if not i.done}
