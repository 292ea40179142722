from types import SimpleNamespace
from unittest.mock import MagicMock, patch

from app.enrich.moderation import Moderator
from tests.fakes import FakeAnthropic


def _mod_response(flagged: bool, score: float):
    result = SimpleNamespace(
        flagged=flagged,
        category_scores=SimpleNamespace(model_dump=lambda: {"harassment": score}),
        categories=SimpleNamespace(model_dump=lambda: {"harassment": flagged}),
    )
    return SimpleNamespace(results=[result])


def test_borderline_gets_second_opinion():
    openai = MagicMock()
    openai.moderations.create.return_value = _mod_response(True, 0.4)
    claude = FakeAnthropic(text="ALLOW")
    with patch("app.enrich.moderation.get_openai", return_value=openai), patch(
        "app.enrich.moderation.get_anthropic", return_value=claude
    ):
        mod = Moderator(model="omni-moderation-latest", threshold=0.7, reviewer_model="claude")
        result = mod.moderate("the courier was a f***ing idiot")
    assert result.flagged is False
    assert result.second_opinion == "ALLOW"
    assert claude.calls
