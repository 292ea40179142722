"""Evaluation utilities shared by the *_eval flows."""
from evaluation.judges import PairwiseJudge, RubricJudge
from evaluation.metrics import MetricSuite

__all__ = ["MetricSuite", "PairwiseJudge", "RubricJudge"]
