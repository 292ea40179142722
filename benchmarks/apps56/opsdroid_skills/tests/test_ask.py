from unittest import mock

import pytest

from skills.common import multi_model_service

from .fakes import FakeMessage


@pytest.fixture
def skill(opsdroid, fake_openai, tmp_path):
    with mock.patch("skills.ask.openai_client", return_value=fake_openai), \
            mock.patch("skills.ask.perplexity_client", return_value=fake_openai):
        from skills.ask import AskSkill

        return AskSkill(opsdroid, {"openai_api_key": "sk-test", "db_path": str(tmp_path / "m.db")})


@pytest.mark.asyncio
async def test_explain_uses_configured_model(skill, fake_openai):
    msg = FakeMessage("explain OOMKilled", {"thing": "OOMKilled"})
    await skill.explain(msg)
    assert msg.responses == ["fake answer"]
    assert fake_openai.chat.completions.calls[0]["model"] == "gpt-4o-mini"


@pytest.mark.asyncio
async def test_ask_goes_through_service(skill):
    with mock.patch.object(
        multi_model_service, "generate_response", mock.AsyncMock(return_value="42")
    ) as gen:
        msg = FakeMessage("ask meaning", {"question": "meaning"})
        await skill.ask(msg)
    gen.assert_awaited_once()
    assert msg.responses == ["42"]


@pytest.mark.asyncio
async def test_research_streams(skill, fake_openai):
    with mock.patch("skills.ask.research", mock.AsyncMock(return_value="researched")):
        msg = FakeMessage("research x", {"topic": "x"})
        await skill.research(msg)
    assert msg.responses[-1] == "researched"
