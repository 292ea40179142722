"""Task modules. Importing this package registers every task on the broker."""

from workers.tasks import (  # noqa: F401
    embeddings,
    grading,
    maintenance,
    media,
    moderation,
    outlines,
    quizzes,
    summaries,
    transcripts,
    translation,
)
