import pytest

from labelling_flows.llm import registry
from labelling_flows.llm.costs import completion_cost
from labelling_flows.llm.retry import call_with_retry


class _Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def __call__(self, **kwargs):
        self.calls += 1
        if self.calls <= self.failures:
            err = RuntimeError("rate limited")
            err.status_code = 429
            raise err
        return kwargs


def test_unknown_backend():
    with pytest.raises(ValueError, match="unknown backend"):
        registry.complete("nope", "hi")


def test_complete_dispatches(monkeypatch):
    seen = {}

    def fake_backend(prompt, system, model):
        seen.update(prompt=prompt, system=system)
        return registry.Completion(text="ok", model="fake")

    monkeypatch.setitem(registry.BACKENDS, "fake", fake_backend)
    assert registry.complete("fake", "hello", system="sys").text == "ok"
    assert seen == {"prompt": "hello", "system": "sys"}


def test_retry_recovers(monkeypatch):
    monkeypatch.setattr("time.sleep", lambda *_: None)
    fn = _Flaky(failures=2)
    assert call_with_retry(fn, x=1, attempts=3) == {"x": 1}
    assert fn.calls == 3


def test_cost_table():
    assert completion_cost("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)
    assert completion_cost("unknown", 10, 10) == 0.0
