from unittest import mock

from ner_openai.examples import ExampleStore
from ner_openai.structured import EntityList


def test_example_store_nearest(fake_openai):
    store = ExampleStore(fake_openai, max_examples=2)
    store.add("Bob lives in Rome", [{"text": "Bob", "label": "PER", "start": 0, "end": 3}])
    assert len(store) == 1
    assert store.nearest("Anna", k=1)[0]["text"] == "Bob lives in Rome"


def test_chat_call_uses_json_mode(fake_openai):
    fake_openai.chat.completions.create(model="gpt-4o-mini", messages=[], response_format={"type": "json_object"})
    assert fake_openai.chat.completions.calls[0]["response_format"] == {"type": "json_object"}


def test_structured_extract_with_mock():
    client = mock.MagicMock()
    client.chat.completions.parse.return_value.choices = [mock.Mock(message=mock.Mock(parsed=EntityList(entities=[])))]
    from ner_openai.structured import extract_entities

    out = extract_entities(client, "sys", "text")
    assert out.entities == []
    client.chat.completions.parse.assert_called_once()
