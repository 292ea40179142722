"""Prompt templates and helpers shared by the steps."""
from __future__ import annotations

import string
from dataclasses import dataclass, field

DOC_TYPES = ["contract", "invoice", "policy", "correspondence", "report", "other"]


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    system: str
    user: str
    version: int = 1
    tags: tuple[str, ...] = field(default_factory=tuple)

    def fields(self) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(self.user) if f}

    def format(self, **kwargs) -> str:
        missing = self.fields() - kwargs.keys()
        if missing:
            raise KeyError(f"prompt {self.name} missing {sorted(missing)}")
        return self.user.format(**kwargs)


CLASSIFY = PromptTemplate(
    name="classify",
    system="You label business documents. Answer with JSON only.",
    user=(
        "Classify the document into one of: {doc_types}.\n"
        'Return {{"doc_type": ..., "confidence": 0-1, "language": ISO-639-1}}.\n\n'
        "Document (truncated):\n{text}"
    ),
    version=3,
)

SUMMARIZE = PromptTemplate(
    name="summarize",
    system="You write concise, factual summaries for a legal operations team.",
    user="Summarize the following {doc_type} in at most {max_words} words. Keep party names.\n\n{text}",
    version=2,
)

REVIEW = PromptTemplate(
    name="review",
    system=(
        "You are a contract risk reviewer. Flag unusual indemnities, auto-renewals, "
        "uncapped liability and data-processing terms. Output JSON."
    ),
    user=(
        "Review the clause set below against our playbook.\nPlaybook:\n{playbook}\n\n"
        "Clauses:\n{clauses}\n\nReturn a list of findings with severity low|medium|high."
    ),
    version=5,
)

REDACT = PromptTemplate(
    name="redact",
    system="",
    user="Replace every personal name, email, phone number and IBAN in the text with [REDACTED].\n\nText:\n{text}",
)

DIGEST = PromptTemplate(
    name="digest",
    system="You write a short daily digest for the review team.",
    user="Write a digest of today's reviewed documents:\n{items}",
)

QA = PromptTemplate(
    name="qa",
    system="Answer strictly from the provided passages and cite passage ids like [p3].",
    user="Question: {question}\n\nPassages:\n{passages}",
)


def render(template: PromptTemplate, **kwargs) -> list[dict]:
    """OpenAI-style message list."""
    msgs = []
    if template.system:
        msgs.append({"role": "system", "content": template.system})
    msgs.append({"role": "user", "content": template.format(**kwargs)})
    return msgs


def render_anthropic(template: PromptTemplate, **kwargs) -> tuple[str, list[dict]]:
    return template.system, [{"role": "user", "content": template.format(**kwargs)}]


def render_bedrock(template: PromptTemplate, **kwargs) -> tuple[list[dict], list[dict]]:
    system = [{"text": template.system}] if template.system else []
    messages = [{"role": "user", "content": [{"text": template.format(**kwargs)}]}]
    return system, messages


def truncate_for_model(text: str, max_chars: int = 24_000) -> str:
    if len(text) <= max_chars:
        return text
    head = text[: max_chars * 3 // 4]
    tail = text[-max_chars // 4 :]
    return f"{head}\n\n[... {len(text) - max_chars} characters omitted ...]\n\n{tail}"


def number_passages(passages: list[str]) -> str:
    return "\n\n".join(f"[p{i}] {p}" for i, p in enumerate(passages))
