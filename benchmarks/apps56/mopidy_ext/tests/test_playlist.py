import json
from types import SimpleNamespace
from unittest import mock

from mopidy_aidj.dj.playlist import MoodPlaylistBuilder

from .conftest import FakeCohere, FakeOpenAI


def _core_with(tracks):
    core = mock.Mock()
    results = [SimpleNamespace(tracks=[t]) for t in tracks]
    core.library.search.return_value.get.side_effect = [[r] for r in results]
    return core


def test_build_resolves_and_reranks(tracks):
    payload = {"tracks": [{"artist": t.artists[0].name if False else "A", "title": t.name} for t in tracks]}
    openai_client = FakeOpenAI(json.dumps(payload))
    cohere_client = FakeCohere()
    builder = MoodPlaylistBuilder(
        _core_with(tracks), openai_client, cohere_client, model="m", rerank_model="r", limit=3
    )
    result = builder.build("dreamy")
    assert len(result) == 3
    assert result[0] is tracks[-1]
    assert cohere_client.rerank_calls[0][1] == "songs that feel dreamy"


def test_suggest_handles_garbage():
    client = FakeOpenAI("not json")
    builder = MoodPlaylistBuilder(mock.Mock(), client, model="m", rerank_model="r")
    assert builder.suggest("happy") == []


def test_suggest_passes_model_and_json_mode():
    client = mock.Mock()
    client.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content='{"tracks": []}'))]
    )
    builder = MoodPlaylistBuilder(mock.Mock(), client, model="gpt-x", rerank_model="r")
    builder.suggest("calm")
    kwargs = client.chat.completions.create.call_args.kwargs
    assert kwargs["model"] == "gpt-x"
    assert kwargs["response_format"] == {"type": "json_object"}
