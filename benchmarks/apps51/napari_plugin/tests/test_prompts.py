import pytest

from napari_scope_assist._prompts import caption_prompt, parse_json_reply


def test_caption_styles():
    assert "one-sentence" in caption_prompt("a")
    assert "figure legend" in caption_prompt("a", "figure")


@pytest.mark.parametrize(
    "text",
    ['{"sigma": 1}', '```json\n{"sigma": 1}\n```', 'Sure! {"sigma": 1} hope this helps'],
)
def test_parse_json_reply(text):
    assert parse_json_reply(text) == {"sigma": 1}


def test_parse_json_reply_error():
    with pytest.raises(ValueError):
        parse_json_reply("no json here")
