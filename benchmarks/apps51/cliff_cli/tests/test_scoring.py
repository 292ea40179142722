from llmctl.judge import LLMJudge
from llmctl.experiments import ExperimentRunner, ExperimentStore
from llmctl.providers.openai_provider import OpenAIProvider
from fakes import FakeOpenAI


def test_judge_parses_json():
    judge = LLMJudge(FakeOpenAI(reply='{"score": 9, "reason": "ok"}'), model="m")
    assert judge.score("q", "a") == 9


def test_judge_parses_loose_text():
    assert LLMJudge._parse('blah "score": 4 blah') == 4
    assert LLMJudge._parse("no idea") is None


def test_runner_and_store_roundtrip():
    provider = OpenAIProvider(FakeOpenAI(reply="42"), "gpt-test")
    runner = ExperimentRunner(provider, concurrency=2)
    results = runner.run([{"name": "v1", "template": "Q: {{q}}"}], [{"q": "a"}, {"q": "b"}])
    store = ExperimentStore(":memory:")
    exp = store.create(name="t", provider="openai", model="gpt-test")
    store.add_results(exp.id, results)
    assert store.aggregate(exp.id)["v1"]["runs"] == 2
    assert runner.summarise(results)["errors"] == 0
