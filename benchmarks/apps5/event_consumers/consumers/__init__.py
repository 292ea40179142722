"""Topic -> handler wiring.

Older handlers are listed explicitly in ``HANDLERS``; newer ones register
themselves with ``@handles(...)`` and are picked up by importing their module.
"""
from __future__ import annotations

from typing import Dict, Type

from core.consumer import REGISTRY, Consumer

from . import (  # noqa: F401  (imported for @handles registration)
    batch_enrichment,
    chat_transcript,
    code_review,
    dead_letter_replay,
    document_uploaded,
    email_inbound,
    search_indexing,
    support_tickets,
    translation_requested,
)
from .contract_signed import ContractSignedHandler
from .invoice_created import InvoiceHandler
from .order_placed import OrderPlacedHandler
from .user_feedback import FeedbackHandler

HANDLERS: Dict[str, Type[Consumer]] = {
    "invoice.created": InvoiceHandler,
    "contract.signed": ContractSignedHandler,
    "order.placed": OrderPlacedHandler,
    "feedback.submitted": FeedbackHandler,
}


def all_handlers() -> Dict[str, Type[Consumer]]:
    merged = dict(REGISTRY)
    overlap = set(merged) & set(HANDLERS)
    if overlap:
        raise RuntimeError(f"topics registered twice: {sorted(overlap)}")
    merged.update(HANDLERS)
    return merged
