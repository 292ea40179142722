from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import MagicMock

import pytest

from ai.sql_assistant import SqlSuggester, SqlSuggestion, UnsafeSqlError, validate_sql


def _parsed_completion(sql: str):
    suggestion = SqlSuggestion(sql=sql, explanation="Top SKUs", tables_used=["fact_sales"])
    return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(parsed=suggestion, refusal=None))])


def test_validate_sql_adds_limit():
    out = validate_sql("SELECT sku FROM fact_sales")
    assert "LIMIT 1000" in out


def test_validate_sql_rejects_dml():
    with pytest.raises(UnsafeSqlError):
        validate_sql("DELETE FROM fact_sales")


def test_suggest_uses_parse_with_schema():
    client = MagicMock()
    client.chat.completions.parse.return_value = _parsed_completion("SELECT sku FROM fact_sales")
    s = SqlSuggester(client=client, model="gpt-test")
    result = s.suggest("top skus", "CREATE TABLE fact_sales (sku VARCHAR);")
    assert result.sql.startswith("SELECT")
    kwargs = client.chat.completions.parse.call_args.kwargs
    assert kwargs["response_format"] is SqlSuggestion
    assert kwargs["model"] == "gpt-test"


def test_explain_query_returns_output_text():
    client = MagicMock()
    client.responses.create.return_value = SimpleNamespace(output_text="It lists SKUs.")
    assert SqlSuggester(client=client, model="m").explain_query("SELECT 1") == "It lists SKUs."
    client.responses.create.assert_called_once()


def test_refusal_raises():
    client = MagicMock()
    client.chat.completions.parse.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(parsed=None, refusal="no"))]
    )
    with pytest.raises(ValueError, match="no"):
        SqlSuggester(client=client, model="m").suggest("drop everything", "")
