from .base import Judge, JudgeVerdict
from .llm_judge import RubricJudge
from .pairwise import PairwiseJudge

__all__ = ["Judge", "JudgeVerdict", "PairwiseJudge", "RubricJudge"]
