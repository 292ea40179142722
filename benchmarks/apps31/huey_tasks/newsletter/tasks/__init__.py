"""Importing this package registers every task with the consumer."""
from newsletter.tasks import (  # noqa: F401
    classify,
    digest,
    embeddings,
    hooks,
    images,
    maintenance,
    moderation,
    research,
    subject_lines,
    summarize,
    translate,
)
