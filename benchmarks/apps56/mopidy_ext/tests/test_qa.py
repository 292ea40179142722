from unittest import mock

from mopidy_aidj.dj.qa import SongQA

from .conftest import FakeCohere, FakeOpenAI


def test_ask_keeps_history(tracks):
    qa = SongQA(FakeOpenAI("It came out in 1972."), xai_model="grok-test")
    assert qa.ask(tracks[0], "When was this released?") == "It came out in 1972."
    assert len(qa.history) == 2
    qa.reset()
    assert qa.history == []


def test_ask_with_notes_uses_cohere(tracks):
    xai = mock.Mock()
    qa = SongQA(xai, FakeCohere(), cohere_model="command-test")
    answer = qa.ask(tracks[1], "Who produced it?", notes=["Produced by Joe Boyd."])
    assert answer == "From the notes: yes."
    xai.chat.completions.create.assert_not_called()
