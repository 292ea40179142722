"""Collect notebook context (variables, dataframes, last error) for prompts."""
from __future__ import annotations

import sys
import traceback

MAX_REPR = 400


def describe_namespace(user_ns: dict, limit: int = 25) -> str:
    lines = []
    for name, value in list(user_ns.items()):
        if name.startswith("_") or name in {"In", "Out", "exit", "quit", "get_ipython"}:
            continue
        if callable(value) or type(value).__name__ == "module":
            continue
        lines.append(f"{name}: {describe_value(value)}")
        if len(lines) >= limit:
            break
    return "\n".join(lines)


def describe_value(value) -> str:
    tname = type(value).__name__
    if tname == "DataFrame":
        cols = ", ".join(f"{c} ({t})" for c, t in value.dtypes.astype(str).items())
        return f"DataFrame shape={value.shape} columns=[{cols}]"
    if tname == "Series":
        return f"Series name={value.name!r} dtype={value.dtype} len={len(value)}"
    r = repr(value)
    return f"{tname} {r[:MAX_REPR]}"


def dataframe_sample(df, n: int = 5) -> str:
    return df.head(n).to_markdown() if hasattr(df, "to_markdown") else str(df.head(n))


def last_traceback() -> str | None:
    etype = getattr(sys, "last_type", None)
    if etype is None:
        return None
    return "".join(traceback.format_exception(etype, sys.last_value, sys.last_traceback))
