"""Prompt templates. Keep these free of provider specifics."""
from __future__ import annotations

from string import Template

from labelling_flows.config import Taxonomy

LABEL_SYSTEM = (
    "You are a meticulous annotator. You assign exactly one label from the taxonomy "
    "to each support ticket and answer in JSON."
)

LABEL_USER = Template(
    """Taxonomy ($taxonomy_name):
$labels

Ticket:
\"\"\"$text\"\"\"

Reply with {"label": <label>, "confidence": <0-1>, "rationale": <one sentence>}."""
)

JUDGE_RUBRIC = """You are grading an assistant answer against a reference.
Score from 1 to 5 on: correctness, completeness, tone.
Return JSON: {"correctness": int, "completeness": int, "tone": int, "explanation": str}"""

PAIRWISE_TEMPLATE = Template(
    """Question:
$question

Answer A:
$answer_a

Answer B:
$answer_b

Which answer is better? Reply with exactly "A", "B" or "TIE"."""
)

REPORT_SYSTEM = (
    "You write the weekly data-quality review for the support analytics team. "
    "Be concise, use markdown headings, and call out regressions first."
)

SYNTHETIC_TICKET = Template(
    "Write a realistic customer support ticket about '$topic' in the voice of a $persona. "
    "Do not include a greeting. 2-5 sentences."
)


def render_label_prompt(text: str, taxonomy: Taxonomy) -> str:
    return LABEL_USER.substitute(
        taxonomy_name=taxonomy.name,
        labels=taxonomy.as_prompt_block(),
        text=text.strip()[:6000],
    )


def render_pairwise(question: str, answer_a: str, answer_b: str) -> str:
    return PAIRWISE_TEMPLATE.substitute(question=question, answer_a=answer_a, answer_b=answer_b)
