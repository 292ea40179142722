"""Prompt templates shared by components."""
from __future__ import annotations

from dataclasses import dataclass
from string import Template
from typing import Iterable, List

SUMMARY_STYLES = {
    "bullets": "Summarise the text as at most five terse bullet points.",
    "abstract": "Write a neutral three-sentence abstract of the text.",
    "headline": "Write a single headline (max 12 words) for the text.",
}

NORMALIZE_SYSTEM = (
    "You map surface mentions of named entities to their canonical name. "
    "Answer with a JSON object {\"mention\": \"canonical\"} and nothing else."
)

RELATIONS_SYSTEM = (
    "Extract relations between the given entities. Allowed relations: "
    "works_for, located_in, acquired, subsidiary_of, founded_by, competitor_of. "
    "Return JSON: {\"relations\": [{\"head\": str, \"relation\": str, \"tail\": str}]}."
)

DISAMBIGUATE_TEMPLATE = Template(
    "Sentence: $sentence\nMention: $mention\nCandidates:\n$candidates\n"
    "Reply with the id of the best candidate or NIL."
)


@dataclass
class PromptTemplate:
    """Tiny template wrapper; ``completion`` renders the legacy completion-style prompt."""

    system: str
    user: str

    def messages(self, **values) -> List[dict]:
        return [
            {"role": "system", "content": self.system},
            {"role": "user", "content": self.user.format(**values)},
        ]

    def completion(self, **values) -> str:
        return f"{self.system}\n\n{self.user.format(**values)}\n\nAnswer:"


# Few-shot examples for the normalizer; kept short so they fit small models.
NORMALIZE_EXAMPLES = [
    ({"mentions": ["IBM", "Intl. Business Machines"]},
     {"IBM": "International Business Machines", "Intl. Business Machines": "International Business Machines"}),
    ({"mentions": ["the Fed", "Powell"]},
     {"the Fed": "Federal Reserve", "Powell": "Jerome Powell"}),
    ({"mentions": ["NYC"]}, {"NYC": "New York City"}),
]


def few_shot_messages(system: str, examples, user: str) -> List[dict]:
    import json

    messages: List[dict] = [{"role": "system", "content": system}]
    for inp, out in examples:
        messages.append({"role": "user", "content": json.dumps(inp)})
        messages.append({"role": "assistant", "content": json.dumps(out)})
    messages.append({"role": "user", "content": user})
    return messages


SUMMARY_PROMPT = PromptTemplate(system="{style}", user="Text:\n{text}")
RELATIONS_PROMPT = PromptTemplate(
    system=RELATIONS_SYSTEM, user="Entities: {entities}\n\nText:\n{text}"
)
TONE_PROMPT = PromptTemplate(
    system="Classify the tone of the text as one of: positive, negative, neutral, mixed.",
    user="{text}",
)


def format_candidates(cands: Iterable[tuple]) -> str:
    return "\n".join(f"- {cid}: {desc}" for cid, desc in cands)
