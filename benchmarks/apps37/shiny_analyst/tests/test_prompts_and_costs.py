from services import prompts
from services.costs import calculate_completion_cost, estimate_cost, rough_token_count
from services.data_loader import DatasetStore


def test_question_prompt_mentions_columns(sales_df):
    p = prompts.question_prompt(sales_df, "sales.csv", "  top region?  ")
    assert "revenue" in p and p.endswith("Question: top region?")


def test_openai_messages_prepend_system():
    msgs = prompts.to_openai_messages([{"role": "user", "content": "hi"}])
    assert msgs[0]["role"] == "system"


def test_costs():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert estimate_cost("unknown", 10, 10) == 0.0
    assert rough_token_count("abcd" * 10) == 10
    assert calculate_completion_cost("gpt-4o-mini", "hello", "world") >= 0


def test_store_create(sales_df):
    store = DatasetStore()
    ds = store.create(" sales ", sales_df)
    assert store.get(" sales ") is ds
    assert ds.shape_label.startswith("6 rows")
