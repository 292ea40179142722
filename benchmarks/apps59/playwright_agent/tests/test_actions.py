import pytest

from qa_agent.agent.actions import ActionType, parse_action


def test_parses_plain_json():
    a = parse_action('{"type": "click", "selector": "role=button[name=\\"Save\\"]", "reason": "save"}')
    assert a.type is ActionType.CLICK
    assert a.selector == 'role=button[name="Save"]'


def test_parses_fenced_json_with_prose():
    raw = 'Sure! Here is the action:\n```json\n{"type": "fill", "selector": "label=Email", "text": "a@b.c", "reason": "x"}\n```'
    a = parse_action(raw)
    assert a.type is ActionType.FILL
    assert a.text == "a@b.c"


def test_unknown_type_means_done():
    assert parse_action('{"type": "dance", "reason": "?"}').type is ActionType.DONE


def test_garbage_raises():
    with pytest.raises(ValueError):
        parse_action("I cannot help with that")
