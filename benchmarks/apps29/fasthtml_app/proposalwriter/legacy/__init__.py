"""Pre-FastHTML generator code (the Flask prototype). Still used by scripts/backfill_summaries.py.

Do not add new callers; use multi_model_service instead.
"""
from .old_generator import generate_proposal, legacy_summary, polish_text  # noqa: F401
