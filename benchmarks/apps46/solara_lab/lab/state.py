"""Module-level reactive state shared by all pages.

Solara reactive variables are per-kernel (i.e. per browser session) even though
they are declared at module level.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import solara

from lab.backend.datasets import Catalog, load_folder
from lab.config import get_settings


@dataclass(frozen=True)
class ChatMessage:
    role: str
    content: str


@dataclass(frozen=True)
class UsageRow:
    feature: str
    model: str
    input_tokens: int
    output_tokens: int


catalog: solara.Reactive[Catalog] = solara.reactive(load_folder())
selected_dataset = solara.reactive("")
provider = solara.reactive(get_settings().default_provider)
model = solara.reactive("")
temperature = solara.reactive(0.2)
use_vision = solara.reactive(get_settings().feature_flags.get("chart_vision", True))

sql_question = solara.reactive("")
sql_text = solara.reactive("")
sql_result: solara.Reactive[pd.DataFrame | None] = solara.reactive(None)

chat_history: solara.Reactive[list[ChatMessage]] = solara.reactive([])
usage_rows: solara.Reactive[list[UsageRow]] = solara.reactive([])

# The playground keeps its own client so users can point it at a custom base_url.
playground_client = solara.reactive(None)


def current_df() -> pd.DataFrame | None:
    name = selected_dataset.value
    if not name:
        return None
    try:
        return catalog.value.get(name).df
    except KeyError:
        return None


def add_message(role: str, content: str) -> None:
    chat_history.value = [*chat_history.value, ChatMessage(role, content)]


def record_usage(feature: str, model_name: str, usage) -> None:
    if usage is None:
        return
    i = getattr(usage, "prompt_tokens", None) or getattr(usage, "input_tokens", 0)
    o = getattr(usage, "completion_tokens", None) or getattr(usage, "output_tokens", 0)
    usage_rows.value = [*usage_rows.value, UsageRow(feature, model_name, i, o)]


def export_chat_markdown() -> str:
    out = [f"# Chat about `{selected_dataset.value or 'no dataset'}`", ""]
    for m in chat_history.value:
        who = "**You**" if m.role == "user" else "**Assistant**"
        out.append(f"{who}: {m.content}")
        out.append("")
    return "\n".join(out)


def reset_session() -> None:
    """Called from the settings menu; keeps the catalog, drops everything else."""
    selected_dataset.set("")
    sql_question.set("")
    sql_text.set("")
    sql_result.set(None)
    chat_history.set([])
    usage_rows.set([])
    playground_client.set(None)
