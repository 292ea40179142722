from lib import prompts
from lib.schemas import Listing, completion, missing_attributes
from lib.textutils import pack_by_tokens, parse_json_output, truncate_chars


def _listing(**kw):
    base = dict(id=1, seller_id=2, category="fashion", title="Levi's 501 W32 L34", description="")
    base.update(kw)
    return Listing(**base)


def test_completion_counts_required_attributes():
    listing = _listing(attributes={"brand": "Levi's", "size": "W32"})
    assert completion(listing) == 0.4
    assert missing_attributes(listing) == ["colour", "material", "condition"]


def test_completion_default_category():
    assert completion(_listing(category="weird", attributes={"brand": "x", "condition": "new"})) == 1.0


def test_attribute_prompt_renders():
    text = prompts.ATTRIBUTE_USER.substitute(category="fashion", missing="size", title="t", description="d")
    assert "Missing attributes: size" in text


def test_parse_json_output_strips_fence():
    assert parse_json_output('```json\n{"a": 1}\n```') == {"a": 1}


def test_pack_by_tokens():
    batches = list(pack_by_tokens(["a" * 40, "b" * 40, "c" * 40], max_tokens=20))
    assert [len(b) for b in batches] == [2, 1]


def test_truncate_chars_keeps_words():
    assert truncate_chars("hello wonderful world", 12) == "hello …"
