"""v1 brief-drafting pipeline (synchronous; kept for the Word add-in)."""

from lexsearch.legacy.brief_drafter import BriefDraft, draft_brief

__all__ = ["BriefDraft", "draft_brief"]
