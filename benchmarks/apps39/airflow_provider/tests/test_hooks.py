from __future__ import annotations

from unittest import mock

from acme_airflow_llm import get_provider_info
from acme_airflow_llm.hooks.openai import AzureOpenAIHook, OpenAIHook
from acme_airflow_llm.utils.costs import estimate_cost_usd


def test_provider_info_lists_all_hooks():
    info = get_provider_info()
    types = {c["connection-type"] for c in info["connection-types"]}
    assert {"acme_openai", "acme_anthropic", "acme_groq"} <= types


@mock.patch("acme_airflow_llm.hooks.openai.OpenAI")
def test_openai_hook_builds_client(mock_openai, openai_conn):
    hook = OpenAIHook()
    client = hook.get_conn()
    assert client is mock_openai.return_value
    mock_openai.assert_called_once()
    assert mock_openai.call_args.kwargs["organization"] == "org-1"


@mock.patch("acme_airflow_llm.hooks.openai.OpenAI")
def test_create_chat_completion(mock_openai, openai_conn):
    mock_openai.return_value.chat.completions.create.return_value.choices = ["c"]
    hook = OpenAIHook()
    assert hook.create_chat_completion([{"role": "user", "content": "hi"}]) == ["c"]
    mock_openai.return_value.chat.completions.create.assert_called_once_with(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
    )


@mock.patch("acme_airflow_llm.hooks.openai.AzureOpenAI")
def test_azure_hook_uses_api_version(mock_azure, monkeypatch):
    monkeypatch.setenv(
        "AIRFLOW_CONN_ACME_AZURE_OPENAI_DEFAULT",
        '{"conn_type": "acme_azure_openai", "host": "https://acme.openai.azure.com", "password": "k", "extra": {"api_version": "2024-06-01"}}',
    )
    AzureOpenAIHook().get_conn()
    assert mock_azure.call_args.kwargs["api_version"] == "2024-06-01"


def test_cost_table():
    assert estimate_cost_usd("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert estimate_cost_usd("unknown", 10, 10) == 0.0
