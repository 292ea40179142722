from src.rewrite import Rewriter
from tests.fakes import FakeOpenAI


def test_parse_style():
    assert Rewriter.parse_style("formal hey there") == ("formal", "hey there")
    assert Rewriter.parse_style("hey there") == ("fix", "hey there")


def test_short_text_uses_fallback():
    main, fast = FakeOpenAI("slow"), FakeOpenAI("fast")
    out = Rewriter(main, fallback=fast).rewrite("teh cat")
    assert out == "fast"
    assert not main.responses_calls


def test_long_text_uses_responses_api():
    main = FakeOpenAI("```\nrewritten\n```")
    out = Rewriter(main).rewrite("x" * 400)
    assert out == "rewritten"
    assert main.responses_calls[0]["max_output_tokens"] == 600
