from lab.backend.sql_writer import SqlWriter
from tests.fakes import FakeOpenAI


def test_draft_extracts_fenced_sql(catalog):
    fake = FakeOpenAI(["```sql\nSELECT region, sum(revenue) FROM sales GROUP BY 1\n```"])
    w = SqlWriter(fake, "test-model")
    d = w.draft("revenue by region", catalog.schema())
    assert d.sql.startswith("SELECT region")
    assert fake.calls[0]["model"] == "test-model"


def test_autofix_retries_on_invalid_sql(catalog):
    fake = FakeOpenAI(["SELECT nope FROM sales", "SELECT orders FROM sales"])
    w = SqlWriter(fake, "m")
    d = w.draft_and_validate("orders", catalog.schema(), catalog.con)
    assert d.sql == "SELECT orders FROM sales;"
    assert d.attempts == 2
    assert len(fake.calls) == 2


def test_fake_client_direct():
    fake = FakeOpenAI(["hello"])
    out = fake.chat.completions.create(model="x", messages=[])
    assert out.choices[0].message.content == "hello"


def test_extract_sql_variants():
    from lab.utils.prompts import extract_sql

    assert extract_sql("SELECT 1") == "SELECT 1;"
    assert extract_sql("```sql\nSELECT 2;\n```") == "SELECT 2;"
    assert extract_sql("Here:\n```\nSELECT 3\n```\nthanks") == "SELECT 3;"


def test_schema_block_lists_tables(catalog):
    from lab.utils.prompts import schema_block

    block = schema_block(catalog.schema())
    assert block.startswith("TABLE sales(")
    assert "revenue float64" in block


def test_quality_report_flags_duplicates(sales_df):
    import pandas as pd

    from lab.backend.datasets import quality_report

    df = pd.concat([sales_df, sales_df.head(1)], ignore_index=True)
    kinds = {i.kind for i in quality_report(df)}
    assert "duplicates" in kinds


def test_explain_sql_uses_registry_client(monkeypatch):
    from lab.backend import sql_writer

    fake = FakeOpenAI(["It counts rows."])
    monkeypatch.setattr(sql_writer.registry, "client_for", lambda name: fake)
    assert sql_writer.explain_sql("SELECT count(*) FROM t", provider="groq") == "It counts rows."
    assert fake.calls[0]["max_tokens"] == 400
