from docproc.models.document import Document, DocumentChunk, DocumentStatus
from docproc.models.jobs import BatchRun, ProcessingJob
from docproc.models.matter import Matter

__all__ = [
    "BatchRun",
    "Document",
    "DocumentChunk",
    "DocumentStatus",
    "Matter",
    "ProcessingJob",
]
