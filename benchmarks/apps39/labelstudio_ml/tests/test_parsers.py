from common.parsers import choice_result, entities_to_results, extract_json, match_label


def test_extract_json_from_fenced_block():
    text = 'Sure!\n```json\n{"entities": [{"text": "Paris", "label": "LOC"}]}\n```'
    assert extract_json(text) == {"entities": [{"text": "Paris", "label": "LOC"}]}


def test_extract_json_garbage():
    assert extract_json("no json here") is None


def test_match_label_case_insensitive():
    assert match_label("positive.", ["Positive", "Negative"]) == "Positive"
    assert match_label("I think it's Negative", ["Positive", "Negative"]) == "Negative"
    assert match_label("meh", ["Positive", "Negative"]) is None


def test_entities_fix_offsets():
    text = "Alice moved to Paris."
    ents = [{"text": "Paris", "label": "loc", "start": 0, "end": 3}]
    res = entities_to_results(ents, text, "label", "text", ["LOC", "PER"])
    assert res[0]["value"]["start"] == 15
    assert res[0]["value"]["labels"] == ["LOC"]


def test_choice_result_score():
    assert choice_result("A", "c", "t", 0.3)["score"] == 0.3
