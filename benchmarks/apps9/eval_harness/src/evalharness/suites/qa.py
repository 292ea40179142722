from __future__ import annotations

from typing import List

from evalharness.suites import BenchmarkSuite, suite
from evalharness.types import Message, Prompt, Sample

FEW_SHOT = [
    ("Which planet has the most moons?", "Saturn"),
    ("Who wrote 'The Left Hand of Darkness'?", "Ursula K. Le Guin"),
]


@suite("qa")
class ClosedBookQA(BenchmarkSuite):
    default_system = "Answer the question with a short phrase. Do not explain."

    def to_prompt(self, sample: Sample) -> Prompt:
        messages: List[Message] = []
        if self.spec.options.get("few_shot", True):
            for q, a in FEW_SHOT:
                messages.append(Message("user", q))
                messages.append(Message("assistant", a))
        messages.append(Message("user", sample.input))
        return Prompt(messages=messages, system=self.default_system, max_tokens=64, stop=["\n"])

    def default_graders(self) -> List[str]:
        return ["exact_match", "contains", "llm_judge"]


@suite("longform_qa")
class LongFormQA(BenchmarkSuite):
    default_system = "Answer thoroughly, citing the key facts."

    def to_prompt(self, sample: Sample) -> Prompt:
        return Prompt.from_text(sample.input, system=self.default_system)

    def default_graders(self) -> List[str]:
        return ["rubric", "embedding_similarity"]
