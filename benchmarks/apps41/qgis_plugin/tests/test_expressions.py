from unittest import mock

from . import conftest  # noqa: F401
from ..core import expressions
from .fakes import FakeOpenAI


def test_write_expression_repairs_once():
    client = FakeOpenAI()
    replies = iter(["bad(", '"pop" > 1000'])
    client._responses_create = lambda **kw: mock.Mock(output_text=next(replies))
    client.responses = mock.Mock(create=client._responses_create)
    results = iter([expressions.ExpressionResult("bad(", False, "parse"), expressions.ExpressionResult('"pop" > 1000', True)])
    with mock.patch.object(expressions, "get_openai_client", return_value=client), mock.patch.object(
        expressions, "validate", side_effect=lambda t, l=None: next(results)
    ):
        result = expressions.write_expression("big towns", None, provider="openai")
    assert result.valid
    assert result.text == '"pop" > 1000'


def test_anthropic_path_uses_messages():
    fake = mock.MagicMock()
    fake.messages.create.return_value.content = [mock.Mock(text='"a" = 1')]
    with mock.patch.object(expressions, "get_anthropic_client", return_value=fake), mock.patch.object(
        expressions, "validate", return_value=expressions.ExpressionResult('"a" = 1', True)
    ):
        expressions.write_expression("a is one", None, provider="anthropic")
    fake.messages.create.assert_called_once()
