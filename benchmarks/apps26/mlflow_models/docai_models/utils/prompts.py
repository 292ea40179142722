"""Prompt templates. Versioned by hand; bump PROMPT_VERSION when editing."""
from __future__ import annotations

import string
from dataclasses import dataclass

PROMPT_VERSION = "2024.11.3"


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    template: str

    def render(self, **kwargs) -> str:
        return string.Template(self.template).safe_substitute(**kwargs)


class PromptLibrary:
    def __init__(self):
        self._templates: dict[str, PromptTemplate] = {}

    def create(self, name: str, template: str) -> PromptTemplate:
        if name in self._templates:
            raise KeyError(f"prompt {name} already registered")
        tpl = PromptTemplate(name, template)
        self._templates[name] = tpl
        return tpl

    def get(self, name: str) -> PromptTemplate:
        return self._templates[name]


library = PromptLibrary()

CLAIM_TRIAGE = library.create(
    "claim_triage",
    """You are a claims intake assistant for a property & casualty insurer.
Classify the first notice of loss below. Return JSON with keys
"line_of_business" (auto|property|liability|workers_comp|other),
"severity" (low|medium|high|catastrophic), "fraud_indicators" (list of strings),
"needs_adjuster" (bool).

FNOL:
$fnol_text
""",
)

EXTRACTION_SYSTEM = library.create(
    "extraction_system",
    """You extract structured fields from insurance documents (ACORD forms, invoices,
police reports, medical bills). Only use facts present in the document. If a field is
absent use null. Dates are ISO-8601.""",
)

POLICY_QA = library.create(
    "policy_qa",
    """Answer the adjuster's question using only the policy excerpts provided.
Cite excerpt numbers like [2]. If the excerpts do not answer the question, say so.

Question: $question
""",
)

SUMMARY = library.create(
    "claim_file_summary",
    """Summarise this claim file for a supervisor in at most $max_words words.
Cover: loss facts, coverage position, reserves, open tasks.

$claim_file
""",
)

JUDGE = library.create(
    "judge",
    """You are grading a model output for an insurance document-AI task.
Task: $task
Reference: $reference
Candidate: $candidate

Score 1-5 for faithfulness and 1-5 for completeness. Reply as JSON:
{"faithfulness": int, "completeness": int, "rationale": str}""",
)
