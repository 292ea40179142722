"""Pipeline stages. Import the concrete stages from their modules."""
from assistant.pipeline.triage import TriageResult, Triager

__all__ = ["TriageResult", "Triager"]
