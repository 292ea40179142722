"""Multi-step tool-use evals: the model must chain calculator + lookup tools.

Anthropic tool use is driven by a small loop here; the OpenAI variant goes
through the Responses API with function tools.
"""
from __future__ import annotations

import ast
import json
import operator
from typing import Any, Callable, Dict, List

import pytest

pytestmark = pytest.mark.slow

_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
    ast.USub: operator.neg,
}

POPULATIONS = {"lisbon": 545_000, "porto": 232_000, "braga": 193_000}


def _safe_eval(expr: str) -> float:
    def ev(node):
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.BinOp):
            return _OPS[type(node.op)](ev(node.left), ev(node.right))
        if isinstance(node, ast.UnaryOp):
            return _OPS[type(node.op)](ev(node.operand))
        raise ValueError(f"unsupported expression: {expr}")

    return ev(ast.parse(expr, mode="eval").body)


TOOLS: Dict[str, Callable[..., Any]] = {
    "calculator": lambda expression: _safe_eval(expression),
    "population": lambda city: POPULATIONS.get(city.lower(), "unknown"),
}

ANTHROPIC_TOOLS = [
    {
        "name": "calculator",
        "description": "Evaluate an arithmetic expression.",
        "input_schema": {
            "type": "object",
            "properties": {"expression": {"type": "string"}},
            "required": ["expression"],
        },
    },
    {
        "name": "population",
        "description": "Population of a Portuguese city.",
        "input_schema": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
]

OPENAI_TOOLS = [
    {"type": "function", "name": t["name"], "description": t["description"], "parameters": t["input_schema"]}
    for t in ANTHROPIC_TOOLS
]

TASK = "What is the combined population of Lisbon and Porto, divided by 1000? Use the tools."
EXPECTED = (545_000 + 232_000) / 1000


def run_claude_agent(client, task: str, max_steps: int = 6) -> tuple[str, List[str]]:
    messages: List[dict] = [{"role": "user", "content": task}]
    used: List[str] = []
    for _ in range(max_steps):
        resp = client.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=800,
            tools=ANTHROPIC_TOOLS,
            messages=messages,
        )
        messages.append({"role": "assistant", "content": resp.content})
        if resp.stop_reason != "tool_use":
            return "".join(b.text for b in resp.content if b.type == "text"), used
        results = []
        for block in resp.content:
            if block.type == "tool_use":
                used.append(block.name)
                out = TOOLS[block.name](**block.input)
                results.append({"type": "tool_result", "tool_use_id": block.id, "content": str(out)})
        messages.append({"role": "user", "content": results})
    return "", used


def run_openai_agent(client, task: str, max_steps: int = 6) -> tuple[str, List[str]]:
    used: List[str] = []
    resp = client.responses.create(model="gpt-4o", input=task, tools=OPENAI_TOOLS)
    for _ in range(max_steps):
        calls = [item for item in resp.output if item.type == "function_call"]
        if not calls:
            return resp.output_text, used
        outputs = []
        for call in calls:
            used.append(call.name)
            out = TOOLS[call.name](**json.loads(call.arguments))
            outputs.append({"type": "function_call_output", "call_id": call.call_id, "output": str(out)})
        resp = client.responses.create(
            model="gpt-4o",
            previous_response_id=resp.id,
            input=outputs,
            tools=OPENAI_TOOLS,
        )
    return "", used


@pytest.mark.needs_provider("anthropic")
def test_claude_chains_tools(anthropic_client, record_score):
    answer, used = run_claude_agent(anthropic_client, TASK)
    record_score("claude_tool_steps", float(len(used)))
    assert "population" in used and "calculator" in used
    assert f"{EXPECTED:g}" in answer.replace(",", "")


@pytest.mark.needs_provider("openai")
def test_gpt_chains_tools(openai_client, record_score):
    answer, used = run_openai_agent(openai_client, TASK)
    record_score("gpt_tool_steps", float(len(used)))
    assert used.count("population") == 2
    assert f"{EXPECTED:g}" in answer.replace(",", "")


def test_safe_eval_rejects_names():
    with pytest.raises(ValueError):
        _safe_eval("__import__('os')")
