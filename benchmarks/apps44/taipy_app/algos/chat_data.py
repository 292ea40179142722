"""Chat with data: turn a question into a pandas expression, run it, explain."""
from __future__ import annotations

import asyncio
import logging
import re

import pandas as pd

from app.services.llm_usage_tracker import llm_tracker
from llm import get_openai_client, openai_async_client
from llm.prompts import CHAT_SYSTEM, schema_block
from llm.router import get_router
from utils.io import df_sample_csv

log = logging.getLogger(__name__)

_CODE = re.compile(r"```python\s*(.+?)```", re.S)
SAFE_BUILTINS = {"len": len, "sum": sum, "min": min, "max": max, "round": round}


def extract_expression(text: str) -> str | None:
    m = _CODE.search(text)
    return m.group(1).strip() if m else None


def run_expression(df: pd.DataFrame, expr: str):
    # deliberately restricted; we only allow a single expression over df
    if "import" in expr or "__" in expr:
        raise ValueError("refusing to evaluate expression")
    return eval(expr, {"__builtins__": SAFE_BUILTINS, "pd": pd}, {"df": df})  # noqa: S307


def _schema(df: pd.DataFrame) -> str:
    return schema_block({c: str(t) for c, t in df.dtypes.items()}, df_sample_csv(df))


def ask_router(df: pd.DataFrame, question: str, history: list[dict] | None = None) -> str:
    router = get_router()
    messages = [{"role": "system", "content": CHAT_SYSTEM + "\n\n" + _schema(df)}]
    messages += history or []
    messages.append({"role": "user", "content": question})
    resp = router.completion(model="chat", messages=messages, temperature=0)
    return resp.choices[0].message.content


def explain_result(question: str, expr: str, result) -> str:
    client = get_openai_client()
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Explain the computed result to a business user in two sentences."},
            {"role": "user", "content": f"Question: {question}\nExpression: {expr}\nResult: {result!r}"[:8000]},
        ],
    )
    return resp.choices[0].message.content


async def explain_result_tracked(question: str, expr: str, result) -> str:
    async with llm_tracker.track_llm_call(
        provider="openai", model="gpt-4o-mini", feature_context="chat_with_data_explain"
    ) as usage_log:
        resp = await openai_async_client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"Explain briefly: {question} -> {result!r}"[:8000]}],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


def answer_question(dataset: pd.DataFrame, question: str) -> dict:
    """taipy.core task: dataset + question -> answer dict."""
    if not question:
        return {"question": "", "answer": "", "expression": None}
    raw = ask_router(dataset, question)
    expr = extract_expression(raw)
    if expr is None:
        return {"question": question, "answer": raw, "expression": None}
    try:
        result = run_expression(dataset, expr)
    except Exception as exc:
        log.warning("expression failed: %s", exc)
        return {"question": question, "answer": f"Could not compute: {exc}", "expression": expr}
    answer = asyncio.run(explain_result_tracked(question, expr, result))
    return {"question": question, "answer": answer, "expression": expr, "result": str(result)[:2000]}


async def suggest_questions(df: pd.DataFrame, n: int = 4) -> list[str]:
    resp = await get_router().acompletion(
        model="chat",
        messages=[
            {"role": "system", "content": "Suggest short analytical questions, one per line."},
            {"role": "user", "content": f"{_schema(df)}\n\nGive {n} questions."},
        ],
    )
    lines = resp.choices[0].message.content.splitlines()
    return [ln.lstrip("-*0123456789. ").strip() for ln in lines if ln.strip()][:n]
