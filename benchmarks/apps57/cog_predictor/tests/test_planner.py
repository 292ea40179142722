from src.agents.planner import CaptionPlan, Planner
from tests.fakes import FakeAnthropic


def test_plan_parses_json(sample_plan_json):
    fake = FakeAnthropic([f"Here you go: {sample_plan_json}"])
    planner = Planner(fake, model="claude-test")
    plan = planner.plan("a dog on a beach", size=(640, 480))
    assert plan.focus == ["dog", "beach"]
    assert plan.max_words == 25
    assert fake.messages.calls[0]["model"] == "claude-test"


def test_style_hint_overrides(sample_plan_json):
    planner = Planner(FakeAnthropic([sample_plan_json]), model="m")
    assert planner.plan("x", style_hint="poetic").style == "poetic"


def test_unparseable_falls_back():
    planner = Planner(FakeAnthropic(["sorry, I can't"]), model="m")
    plan = planner.plan("x", style_hint="alt_text")
    assert plan == CaptionPlan.default("alt_text")


def test_fake_client_direct():
    fake = FakeAnthropic(["{}"])
    resp = fake.messages.create(model="m", max_tokens=1, messages=[])
    assert resp.usage.input_tokens == 10


def test_prompt_tokens_uses_count_tokens():
    planner = Planner(FakeAnthropic([]), model="m")
    assert planner.prompt_tokens("hello") == 42
