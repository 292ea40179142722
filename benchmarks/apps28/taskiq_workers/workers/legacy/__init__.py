"""Code carried over from the Celery-era ``lumen-jobs`` repo.

Synchronous, module-level clients, no tracking. Kept because the outline editor and the
old CSV importer still call these; do not add new callers.
"""

from workers.legacy.outline_generator import client as legacy_openai
from workers.legacy.outline_generator import (
    draft_course_description,
    generate_outline,
    suggest_prerequisites,
)

__all__ = ["legacy_openai", "generate_outline", "suggest_prerequisites", "draft_course_description"]
