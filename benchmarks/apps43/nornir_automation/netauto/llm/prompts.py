"""Prompt templates. Keep these boring and explicit."""
from __future__ import annotations

from textwrap import dedent

EXPLAIN_DIFF_SYSTEM = dedent(
    """
    You are a senior network engineer reviewing a configuration change.
    Explain the diff in plain language, call out anything that could cause an
    outage (routing, ACLs, AAA, management plane), and keep it under 200 words.
    """
).strip()

SUMMARY_SYSTEM = dedent(
    """
    You summarise the results of automated network tasks for an on-call
    engineer. Group failures by likely root cause. Be terse.
    """
).strip()

TRIAGE_SYSTEM = dedent(
    """
    You are helping triage a BGP incident. Given neighbor state and recent logs,
    list the most likely causes in order and the next command to run for each.
    """
).strip()

COMPLIANCE_SYSTEM = "Classify each finding as CRITICAL, MAJOR or MINOR. Reply as JSON."


def render_diff_prompt(hostname: str, platform: str, diff: str, max_chars: int = 12000) -> str:
    if len(diff) > max_chars:
        diff = diff[:max_chars] + "\n... [truncated]"
    return f"Device: {hostname} ({platform})\n\nUnified diff:\n```\n{diff}\n```"


def render_results_prompt(rows: list[dict]) -> str:
    lines = []
    for row in rows:
        status = "FAILED" if row.get("failed") else "ok"
        lines.append(f"- {row['host']} :: {row['task']} :: {status} :: {row.get('detail', '')[:300]}")
    return "Task results:\n" + "\n".join(lines)
