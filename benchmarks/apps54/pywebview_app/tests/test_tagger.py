from unittest import mock

from backend.services.tagger import Tagger, parse_tags


def test_parse_tags_handles_noise():
    assert parse_tags('Sure! ["Python", "note taking"]') == ["note-taking", "python"]
    assert parse_tags("no json here") == []


def test_tag_note_merges_existing(store, fake_mistral):
    note = store.create("Async IO", "event loops and coroutines")
    store.update(note.id, tags=["python"])
    tagger = Tagger(store, client=fake_mistral)
    tags = tagger.tag_note(note.id)
    assert tags == ["notes", "python"]
    assert fake_mistral.calls[0]["temperature"] == 0.1


def test_tagger_with_magicmock(store):
    client = mock.MagicMock()
    client.chat.complete.return_value.choices = [mock.Mock(message=mock.Mock(content='["x"]'))]
    note = store.create("t", "b")
    assert Tagger(store, client=client).suggest(note) == ["x"]
    client.chat.complete.assert_called_once()


def test_merge_similar_tags(fake_cohere):
    from backend.services.tagger import merge_similar_tags

    fake_cohere.vectors = {"ml": [1.0, 0.0], "machine-learning": [0.99, 0.01], "cooking": [0.0, 1.0]}
    mapping = merge_similar_tags(["ml", "machine-learning", "cooking"], fake_cohere)
    assert mapping == {"ml": "machine-learning"}


def test_merge_needs_two_tags(fake_cohere):
    from backend.services.tagger import merge_similar_tags

    assert merge_similar_tags(["solo"], fake_cohere) == {}
    assert fake_cohere.embed_calls == []
