import asyncio
from types import SimpleNamespace
from unittest import mock

import pytest

from supportdesk.jobs.scheduler import JobScheduler
from supportdesk.services import sentiment
from tests.fakes import FakeOpenAI


def test_scheduler_runs_sync_job(monkeypatch):
    calls = []
    monkeypatch.setattr("supportdesk.jobs.JOBS", {"noop": lambda: calls.append(1)}, raising=False)
    sched = JobScheduler(workers=1)
    job_id = sched.enqueue("noop")
    sched.stop()
    assert job_id == 1
    assert sched.status(99) == "unknown"


def test_sentiment_sync_clamps():
    fake = FakeOpenAI("-7")
    assert sentiment.score_sentiment_sync(fake, "I hate this") == -1.0
    assert fake.chat.completions.calls[0]["max_tokens"] == 8


def test_sentiment_goes_through_multi_model_service(monkeypatch):
    gen = mock.AsyncMock(return_value="0.5")
    monkeypatch.setattr(sentiment.multi_model_service, "generate_response", gen)
    assert asyncio.run(sentiment.score_sentiment("great")) == 0.5
    assert gen.await_args.kwargs["task_type"] == "sentiment"


@pytest.mark.parametrize("raw,expected", [("0.3", 0.3), ("abc", 0.0), ("2", 1.0)])
def test_to_float(raw, expected):
    assert sentiment._to_float(raw) == expected


def test_moderation_verdict_collects_categories():
    from supportdesk.services.moderation import _verdict

    cats = SimpleNamespace(model_dump=lambda: {"harassment": True, "violence": False})
    v = _verdict(SimpleNamespace(flagged=True, categories=cats))
    assert v.flagged and v.categories == ["harassment"]
