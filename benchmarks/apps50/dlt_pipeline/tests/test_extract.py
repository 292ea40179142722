from unittest.mock import MagicMock

from enrichment.extract import EMPTY_FIELDS, extract_contract_fields, extract_with_bedrock
from tests.fakes import FakeAnthropic, FakeBedrockRuntime


def test_anthropic_tool_use_fields():
    fake = FakeAnthropic(tool_input={"counterparty": "Initech", "auto_renews": True})
    fields = extract_contract_fields("This agreement between Acme and Initech...", client=fake)
    assert fields["counterparty"] == "Initech"
    assert fields["renewal_date"] is None
    assert fake.calls[0]["tool_choice"]["type"] == "tool"


def test_bedrock_converse_fields():
    runtime = FakeBedrockRuntime({"counterparty": "Globex"})
    fields = extract_with_bedrock("contract text", runtime=runtime)
    assert fields["counterparty"] == "Globex"
    assert runtime.requests[0]["inferenceConfig"]["temperature"] == 0


def test_missing_tool_block_returns_empty():
    client = MagicMock()
    client.messages.create.return_value.content = []
    assert extract_contract_fields("x", client=client) == EMPTY_FIELDS
