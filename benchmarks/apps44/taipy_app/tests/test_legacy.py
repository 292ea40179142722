from unittest.mock import patch

from algos import legacy_summarize


@patch("algos.legacy_summarize.requests.post")
def test_quick_summary(post):
    post.return_value.json.return_value = {"choices": [{"message": {"content": "- a"}}]}
    assert legacy_summarize.quick_summary("text") == "- a"
    url = post.call_args.args[0]
    assert url.endswith("/chat/completions")


@patch("algos.legacy_summarize.completion")
def test_keywords(completion):
    completion.return_value.choices = [type("C", (), {"message": type("M", (), {"content": "a, b"})()})()]
    assert legacy_summarize.keywords_for("text") == ["a", "b"]
