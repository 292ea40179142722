from unittest import mock

from llm import usage
from tests.fakes import FakeAnthropic, FakeCohere
from utils.logs import decode_log_content, failed_tests, strip_ansi, tail


def test_failed_tests_pytest_and_gtest():
    text = ("FAILED tests/test_a.py::test_x - AssertionError\n"
            "[  FAILED  ] Suite.Case\nFAILED tests/test_a.py::test_x\n")
    assert failed_tests(text) == ["tests/test_a.py::test_x", "Suite.Case"]


def test_tail_cuts_at_newline():
    assert tail("aaa\nbbb\nccc", 6) == "ccc"


def test_strip_ansi():
    assert strip_ansi("\x1b[31mred\x1b[0m") == "red"


def test_decode_log_content():
    assert decode_log_content("ohello\neworld") == "hello\nworld"


def test_estimate_cost():
    assert usage.estimate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert usage.estimate_cost("unknown", 5, 5) == 0.0


def test_count_tokens_with_fakes():
    with mock.patch.object(usage, "get_anthropic_client", return_value=FakeAnthropic()):
        assert usage.count_anthropic_tokens("m", "s", "u") == 42
    with mock.patch.object(usage, "get_cohere_client", return_value=FakeCohere()):
        assert usage.count_cohere_tokens("m", "a b c") == 3
