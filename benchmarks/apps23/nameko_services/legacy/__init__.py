"""Pre-nameko code from the old Celery claims worker.

Still imported by the ``claims_legacy`` nameko service and a couple of scripts. Do not
add new features here; port them to ``services/`` instead.
"""
from legacy.summarizer import summarize_claim_file  # noqa: F401
from legacy.adjuster_assistant import AdjusterAssistant  # noqa: F401
