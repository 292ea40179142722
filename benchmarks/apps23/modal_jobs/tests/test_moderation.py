from unittest import mock

from jobs import moderation
from tests.fakes import FakeModeration, FakeOpenAI


def test_moderation_routes_borderline_to_guard(monkeypatch):
    oai = mock.MagicMock()
    oai.moderations = FakeModeration([0.1, 0.5, 0.95])
    monkeypatch.setattr(moderation, "get_openai", lambda: oai)
    guard = FakeOpenAI(replies=["unsafe\nS10"])
    monkeypatch.setattr(moderation, "Groq", lambda **_: guard)

    comments = [{"id": "a", "text": "nice piece"}, {"id": "b", "text": "hmm"}, {"id": "c", "text": "awful"}]
    decisions = moderation.moderate_comments.local(comments)

    assert [d["action"] for d in decisions] == ["allow", "hold", "block"]
    assert len(guard.recorder.calls) == 1


def test_empty_batch_makes_no_calls(monkeypatch):
    oai = mock.MagicMock()
    monkeypatch.setattr(moderation, "get_openai", lambda: oai)
    assert moderation.moderate_comments.local([]) == []
    oai.moderations.create.assert_not_called()
