"""Required-document checklists per line of business."""
from __future__ import annotations

from typing import Iterable

REQUIRED_DOCUMENTS: dict[str, frozenset[str]] = {
    "home": frozenset({"photo", "invoice", "police_report"}),
    "motor": frozenset({"photo", "repair_estimate", "driver_statement"}),
    "travel": frozenset({"receipt", "booking", "medical_report"}),
    "pet": frozenset({"vet_invoice"}),
}


def completion(received: Iterable[str], line_of_business: str) -> float:
    """Share of the required documents that have been received (0.0 - 1.0)."""
    required = REQUIRED_DOCUMENTS.get(line_of_business, frozenset())
    if not required:
        return 1.0
    return len(required.intersection(received)) / len(required)


def missing(received: Iterable[str], line_of_business: str) -> list[str]:
    required = REQUIRED_DOCUMENTS.get(line_of_business, frozenset())
    return sorted(required.difference(received))
