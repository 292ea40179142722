from zmq_workers.llm.costs import calculate_cost, completion_cost


def test_calculate_cost_known_model():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 1_000_000) == 0.75


def test_unknown_model_is_free():
    assert completion_cost({"input_tokens": 10}, "mystery") == 0.0


# --- moderation worker (lives here until someone splits this file) ---------
from types import SimpleNamespace  # noqa: E402

from zmq_workers.protocol import Job  # noqa: E402
from zmq_workers.workers import moderate  # noqa: E402

from .fakes import FakeAnthropic  # noqa: E402


class _Scores:
    def __init__(self, **scores):
        self._scores = scores

    def model_dump(self):
        return dict(self._scores)


class FakeModerations:
    def __init__(self, flagged=False, top=0.5):
        self.flagged = flagged
        self.top = top

    def create(self, model, input):
        return SimpleNamespace(results=[SimpleNamespace(flagged=self.flagged,
                                                        category_scores=_Scores(harassment=self.top))])


def _worker(monkeypatch, flagged=False, top=0.5, reply="spam"):
    oai = SimpleNamespace(moderations=FakeModerations(flagged, top))
    monkeypatch.setattr(moderate, "get_openai_client", lambda: oai)
    monkeypatch.setattr(moderate, "get_anthropic_client", lambda: FakeAnthropic(reply))
    return moderate.Worker()


def test_moderate_flagged_by_openai(monkeypatch):
    w = _worker(monkeypatch, flagged=True, top=0.9)
    out = w.moderate(Job.create("moderate", text="bad"))
    assert out == {"flagged": True, "scores": {"harassment": 0.9}, "source": "openai"}


def test_moderate_borderline_goes_to_classifier(monkeypatch):
    w = _worker(monkeypatch, flagged=False, top=0.5, reply="spam")
    out = w.moderate(Job.create("moderate", text="buy now"))
    assert out["label"] == "spam" and out["source"] == "claude"


def test_classifier_unknown_label_maps_to_other():
    clf = moderate.LlmClassifier(FakeAnthropic("banana"))
    assert clf.classify("x").label == "other"


def test_moderate_clean_text(monkeypatch):
    w = _worker(monkeypatch, flagged=False, top=0.01)
    assert w.moderate(Job.create("moderate", text="hello"))["flagged"] is False
