"""Rubric-based single-answer grading (MT-Bench style)."""
from __future__ import annotations

import logging

from ..models.base import BaseModel
from .base import Judge, JudgeVerdict, parse_bracket_score

log = logging.getLogger(__name__)

RUBRICS = {
    "default": (
        "Please act as an impartial judge and evaluate the quality of the response provided by an "
        "AI assistant to the user question displayed below. Consider helpfulness, relevance, accuracy, "
        "depth, and level of detail. Begin with a short explanation. After the explanation, rate the "
        "response on a scale of 1 to {scale} by strictly following this format: \"[[rating]]\"."
    ),
    "reference": (
        "Please act as an impartial judge and evaluate the correctness of the AI assistant's answer "
        "by comparing it to the reference answer. Identify mistakes. After the explanation, rate the "
        "response on a scale of 1 to {scale} using the format \"[[rating]]\"."
    ),
}


class RubricJudge(Judge):
    def __init__(self, model: BaseModel, rubric: str = "default", scale: int = 10) -> None:
        # ``model`` arrives already instantiated (Hydra recursive instantiation)
        self.model = model
        self.rubric = rubric
        self.scale = scale

    def _prompt(self, question: str, answer: str, reference: str | None) -> list[dict[str, str]]:
        system = RUBRICS["reference" if reference else self.rubric].format(scale=self.scale)
        user = f"[Question]\n{question}\n\n"
        if reference:
            user += f"[Reference Answer]\n{reference}\n\n"
        user += f"[The Start of Assistant's Answer]\n{answer}\n[The End of Assistant's Answer]"
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]

    def judge(self, question: str, answer: str, reference: str | None = None) -> JudgeVerdict:
        result = self.model.generate(self._prompt(question, answer, reference), temperature=0.0)
        score = parse_bracket_score(result.text)
        if score is None:
            log.debug("judge output had no [[score]]: %s", result.text[:200])
        return JudgeVerdict(score=score, explanation=result.text, raw=result)


G_EVAL_CRITERIA = {
    "coherence": "the collective quality of all sentences; the summary should be well-structured and well-organized",
    "consistency": "the factual alignment between the summary and the source; no hallucinated facts",
    "fluency": "the quality of individual sentences: grammar, spelling, punctuation, word choice",
    "relevance": "selection of important content from the source; no redundancies or excess information",
}


class GEvalJudge(Judge):
    """G-Eval style: one criterion per call, 1-5 score, averaged over ``n_samples`` samples.

    The original paper uses token probabilities; we approximate with sampling because not
    every provider exposes logprobs.
    """

    def __init__(self, model: BaseModel, criteria: tuple[str, ...] = tuple(G_EVAL_CRITERIA),
                 n_samples: int = 3) -> None:
        self.model = model
        self.criteria = criteria
        self.n_samples = n_samples

    def _criterion_prompt(self, criterion: str, source: str, summary: str) -> str:
        return (
            f"You will be given a source document and a summary. Rate the summary on {criterion} "
            f"({G_EVAL_CRITERIA[criterion]}) on a scale of 1 to 5. Reply with the number only.\n\n"
            f"Source:\n{source}\n\nSummary:\n{summary}\n\nScore:"
        )

    def score_criterion(self, criterion: str, source: str, summary: str) -> float | None:
        values = []
        for _ in range(self.n_samples):
            text = self.model.generate(self._criterion_prompt(criterion, source, summary), temperature=1.0).text
            try:
                values.append(float(text.strip().split()[0]))
            except (ValueError, IndexError):
                continue
        return sum(values) / len(values) if values else None

    def judge(self, question: str, answer: str, reference: str | None = None) -> JudgeVerdict:
        per = {c: self.score_criterion(c, question, answer) for c in self.criteria}
        valid = [v for v in per.values() if v is not None]
        score = sum(valid) / len(valid) if valid else None
        return JudgeVerdict(score=score, explanation=str(per), raw=per)
