from evals.graders.judge import AnthropicJudge, JudgeVerdict, LLMJudge
from evals.graders.exact import ExactMatch, RegexGrader, normalize
from evals.graders.rubric import rubric_grade

__all__ = [
    "AnthropicJudge",
    "JudgeVerdict",
    "LLMJudge",
    "ExactMatch",
    "RegexGrader",
    "normalize",
    "rubric_grade",
]
