from unittest.mock import MagicMock

from assistant.features.codegen import CodeTemplate, CodeWriter, extract_code, validate

from tests.conftest import FakeAnthropic


def test_extract_and_validate():
    code = extract_code("text\n```python\ndef analyze(df):\n    return df\n```\n")
    assert validate(code).valid


def test_writer_retries_on_invalid(dataset):
    fake = FakeAnthropic(replies=["```python\ndef nope(:\n```", "```python\ndef analyze(df):\n    return 1\n```"])
    writer = CodeWriter(fake, model="claude-test", max_retries=2)
    result = writer.write(dataset, "mean temperature")
    assert result.valid
    assert len(fake.messages.calls) == 2


def test_template_fallback():
    assert "corr" in CodeTemplate().generate("correlation matrix")


def test_writer_with_magicmock(dataset):
    client = MagicMock()
    client.messages.create.return_value.content = [MagicMock(text="def analyze(df):\n    return df\n")]
    writer = CodeWriter(client, model="m")
    assert writer.write(dataset, "anything").valid
    client.messages.create.assert_called_once()
