import pytest

from jupyter_ai_helpers.providers.registry import get_provider
from jupyter_ai_helpers.utils.cost import CostTable
from jupyter_ai_helpers.utils.prompts import PromptTemplate


async def test_openai_provider_complete(fake_clients):
    prov = get_provider("openai", fake_clients)
    result = await prov.complete([{"role": "user", "content": "x"}], system="be brief")
    assert result.text == "fake answer"
    assert result.input_tokens == 3
    sent = fake_clients["openai"].chat.completions.calls[0]
    assert sent["messages"][0] == {"role": "system", "content": "be brief"}


async def test_anthropic_provider_complete(fake_clients):
    prov = get_provider("anthropic", fake_clients)
    result = await prov.complete([{"role": "user", "content": "x"}])
    assert result.output_tokens == 6


def test_cost_table():
    table = CostTable.default()
    assert table.estimate("ollama", "llama3.1:8b", 10_000, 10_000) == 0.0
    assert table.estimate("openai", "gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)


def test_prompt_template_braces():
    tpl = PromptTemplate.create("t", "hello {name}")
    assert tpl.render(name="nb") == "hello nb"
