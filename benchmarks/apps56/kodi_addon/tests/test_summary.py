# -*- coding: utf-8 -*-
from unittest import mock

from resources.lib.features.summary import PlotSummarizer
from tests.fakes import FakeOpenAI

MOVIE = {"title": "Heat", "year": 1995, "plot": "A group of professional bank robbers..."}


def test_summarize_uses_injected_client():
    fake = FakeOpenAI(reply="  Cops and robbers in LA.  ")
    s = PlotSummarizer(client=fake, model="gpt-test")
    assert s.summarize(MOVIE) == "Cops and robbers in LA."
    assert fake.calls[0]["model"] == "gpt-test"
    assert "Never reveal" in fake.calls[0]["messages"][0]["content"]


def test_summarize_is_cached():
    fake = FakeOpenAI()
    s = PlotSummarizer(client=fake, model="gpt-test")
    s.summarize(MOVIE)
    s.summarize(MOVIE)
    assert len(fake.calls) == 1


def test_recap_without_previous_episodes():
    fake = FakeOpenAI()
    with mock.patch("resources.lib.library.get_previous_episodes", return_value=[]):
        out = PlotSummarizer(client=fake).recap({"tvshowid": 1, "season": 1, "episode": 1})
    assert out == "str30510"
    assert fake.calls == []


def test_summarize_with_magicmock_client():
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content="x"))]
    PlotSummarizer(client=client, model="m").summarize({"title": "Alien", "year": 1979})
    client.chat.completions.create.assert_called_once()


def test_recommendation_shortlist_with_fake_embeddings(monkeypatch):
    from resources.lib.features import recommend

    monkeypatch.setattr(recommend, "get_genai_client", lambda: mock.MagicMock())
    monkeypatch.setattr(recommend, "get_openai_client", lambda: FakeOpenAI())
    engine = recommend.RecommendationEngine(provider="openai")
    watched = [{"title": "Heat", "year": 1995, "genre": ["Crime"], "plot": "robbers"}]
    candidates = [
        {"title": "Ronin", "year": 1998, "genre": ["Action"], "plot": "heist"},
        {"title": "Up", "year": 2009, "genre": ["Animation"], "plot": "balloons and a very long plot text"},
    ]
    short = engine.shortlist(watched, candidates, k=1)
    assert len(short) == 1


def test_mood_picks_filters_to_library(monkeypatch):
    from resources.lib.ai.providers import Completion
    from resources.lib.features import recommend

    monkeypatch.setattr(recommend.library, "get_unwatched_candidates",
                        lambda limit=0: [{"title": "Ronin", "year": 1998}, {"title": "Up", "year": 2009}])
    monkeypatch.setattr(recommend, "complete",
                        lambda *a, **k: Completion("- Up (2009)\n- Made Up Film (2020)", "openai", "m"))
    picks = recommend.mood_picks("cosy")
    assert [m["title"] for m in picks] == ["Up"]
