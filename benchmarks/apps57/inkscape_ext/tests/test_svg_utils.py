from ai_ext_common.svg_utils import extract_svg


def test_extract_from_chatty_answer():
    answer = "Sure! Here it is:\n```svg\n<svg viewBox='0 0 10 10'><rect/></svg>\n```\nEnjoy"
    assert extract_svg(answer) == "<svg viewBox='0 0 10 10'><rect/></svg>"


def test_extract_none():
    assert extract_svg("I cannot draw that.") is None
    assert extract_svg("") is None
