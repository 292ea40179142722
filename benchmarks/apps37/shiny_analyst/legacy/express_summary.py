# Legacy express page: quick summary of a CSV. Run: shiny run legacy/express_summary.py
import pandas as pd
from openai import OpenAI
from shiny import reactive
from shiny.express import input, render, ui

from legacy.llm_helpers import ReportTemplate, gemini_bullets

client = OpenAI()

ui.page_opts(title="Quick summary (legacy)", fillable=True)

with ui.sidebar():
    ui.input_file("f", "CSV file", accept=[".csv"])
    ui.input_action_button("go", "Summarize")
    ui.input_action_button("report", "Build report")


@reactive.calc
def df():
    files = input.f()
    if not files:
        return None
    return pd.read_csv(files[0]["datapath"])


@reactive.calc
@reactive.event(input.go)
def summary_text():
    data = df()
    if data is None:
        return "Upload a file first."
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "user", "content": f"Summarize this table:\n{data.head(30).to_csv(index=False)}"}
        ],
    )
    return completion.choices[0].message.content


with ui.card():
    ui.card_header("Summary")

    @render.text
    def summary():
        return summary_text()


with ui.card():
    ui.card_header("Report")

    @render.ui
    @reactive.event(input.report)
    def report():
        text = summary_text()
        tpl = ReportTemplate("Dataset report", ["Overview", "Highlights"])
        bullets = "\n".join(f"- {b}" for b in gemini_bullets(text))
        md = tpl.generate({"Overview": text, "Highlights": bullets})
        return ui.markdown(md)
