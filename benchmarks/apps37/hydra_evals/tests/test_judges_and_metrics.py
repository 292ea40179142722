from __future__ import annotations

import types
from unittest import mock

import pytest

from hydra_evals.judges.base import parse_bracket_score
from hydra_evals.judges.llm_judge import RubricJudge
from hydra_evals.judges.pairwise import PairwiseDecision, PairwiseJudge
from hydra_evals.metrics.cost import calculate_cost
from hydra_evals.metrics.exact_match import exact_match, extract_gsm8k_answer
from hydra_evals.metrics.semantic import SemanticSimilarity

from .conftest import FakeModel, FakeOpenAIClient


@pytest.mark.parametrize("text,expected", [("Rating: [[7]]", 7.0), ("[[8.5]] great", 8.5), ("no score", None)])
def test_parse_bracket_score(text, expected) -> None:
    assert parse_bracket_score(text) == expected


def test_rubric_judge_uses_model() -> None:
    judge = RubricJudge(FakeModel(answers=["Looks right. [[9]]"]))
    verdict = judge.judge("q", "a", reference="a")
    assert verdict.score == 9.0
    assert "Reference Answer" in judge.model.calls[0][1]["content"]


def test_pairwise_swap_consistency() -> None:
    client = mock.MagicMock()
    decisions = [PairwiseDecision(reasoning="", winner="A"), PairwiseDecision(reasoning="", winner="B")]
    client.chat.completions.parse.side_effect = [
        types.SimpleNamespace(choices=[types.SimpleNamespace(message=types.SimpleNamespace(parsed=d))])
        for d in decisions
    ]
    judge = PairwiseJudge(client=client)
    # A wins in both orders -> A
    assert judge.compare("q", "good", "bad") == "A"
    assert client.chat.completions.parse.call_count == 2


def test_gsm8k_extraction() -> None:
    assert extract_gsm8k_answer("so the total is 1,234.\n#### 1234") == "1234"
    assert exact_match("The answer is 18", "#### 18", numeric=True) == 1.0


def test_cost() -> None:
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)
    assert calculate_cost("unknown-model", 10, 10) == 0.0


def test_semantic_similarity_with_fake_client() -> None:
    sim = SemanticSimilarity(FakeOpenAIClient(), dimensions=None)
    scores = sim.score(["abc"], ["abc"])
    assert scores[0] == pytest.approx(1.0)
