"""One-click written report for a dataset (markdown + optional cover image)."""
from __future__ import annotations

import base64

import solara
import solara.lab

from lab import state
from lab.backend import claude, openai_client
from lab.backend.summarizer import profile
from lab.backend.token_budget import count_tokens, estimate_cost

report_md = solara.reactive("")
cover_b64 = solara.reactive("")

REPORT_PROMPT = """Write a short internal report (markdown, <= 500 words) about this dataset.
Sections: Overview, Notable patterns, Data quality, Suggested next analyses.

{profile}
"""


@solara.lab.task
def write_report(with_cover: bool):
    df = state.current_df()
    if df is None:
        return
    prompt = REPORT_PROMPT.format(profile=profile(df))
    msg = claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=1500,
        messages=[{"role": "user", "content": prompt}],
    )
    report_md.value = msg.content[0].text
    state.record_usage("report", "claude-3-5-sonnet-latest", msg.usage)
    if with_cover:
        img = openai_client.images.generate(
            model="dall-e-3",
            prompt=f"Minimal abstract cover illustration for a data report titled '{state.selected_dataset.value}'",
            size="1792x1024",
            response_format="b64_json",
        )
        cover_b64.value = img.data[0].b64_json


@solara.component
def Page():
    solara.Title("Report")
    with_cover, set_with_cover = solara.use_state(False)
    df = state.current_df()
    est = solara.use_memo(
        lambda: count_tokens(REPORT_PROMPT.format(profile=profile(df))) if df is not None else 0,
        [state.selected_dataset.value],
    )
    solara.Text(f"Prompt ≈ {est} tokens (≈ ${estimate_cost('claude-3-5-sonnet-latest', est, 1200):.3f})")
    solara.Checkbox(label="Generate cover image", value=with_cover, on_value=set_with_cover)
    solara.Button("Write report", on_click=lambda: write_report(with_cover), disabled=df is None)
    solara.ProgressLinear(write_report.pending)
    if cover_b64.value:
        solara.Image(base64.b64decode(cover_b64.value))
    if report_md.value:
        solara.Markdown(report_md.value)
        solara.FileDownload(report_md.value.encode(), filename="report.md", label="Download")
