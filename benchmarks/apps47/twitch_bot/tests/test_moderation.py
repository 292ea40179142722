from bot.llm.moderation import Moderator
from tests.fakes import FakeMistral, FakeOpenAI


async def test_mistral_flags_above_threshold(fake_openai):
    mod = Moderator(FakeMistral({"harassment": 0.93, "sexual": 0.01}), fake_openai, threshold=0.8)
    verdict = await mod.check("you are the worst player ever, uninstall")
    assert verdict.flagged and verdict.source == "mistral"
    assert verdict.categories == ["harassment"]


async def test_falls_back_to_openai_when_mistral_fails():
    mod = Moderator(FakeMistral(fail=True), FakeOpenAI(flagged=True))
    verdict = await mod.check("some nasty message here")
    assert verdict.source == "openai"
    assert verdict.flagged


async def test_allowlist_skips_checks(fake_openai, fake_mistral):
    mod = Moderator(fake_mistral, fake_openai)
    mod.allowlist.add("nightbot")
    verdict = await mod.check("anything at all", author="Nightbot")
    assert not verdict.flagged and verdict.source == "allowlist"
