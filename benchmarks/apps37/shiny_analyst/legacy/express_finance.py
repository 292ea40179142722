# Finance team's variance explainer. Express mode, uses the old helpers.
import pandas as pd
from shiny import reactive
from shiny.express import input, render, ui

from legacy import llm_helpers
from legacy.llm_helpers import ask_claude_raw, gemini

ui.page_opts(title="Variance explainer (legacy)")

ui.input_file("f", "Budget vs actuals (xlsx)", accept=[".xlsx"])
ui.input_numeric("threshold", "Flag variance above (%)", 10, min=1, max=100)
ui.input_action_button("explain", "Explain variances")


@reactive.calc
def variances():
    files = input.f()
    if not files:
        return None
    df = pd.read_excel(files[0]["datapath"])
    df["variance_pct"] = (df["actual"] - df["budget"]) / df["budget"].abs() * 100
    return df[df["variance_pct"].abs() >= input.threshold()]


@render.data_frame
def flagged():
    v = variances()
    return v if v is not None else pd.DataFrame()


@render.ui
@reactive.event(input.explain)
def explanation():
    v = variances()
    if v is None or v.empty:
        return ui.p("Nothing to explain.")
    table = v.head(40).to_csv(index=False)
    draft = ask_claude_raw(f"Explain the likely drivers of these budget variances:\n{table}")
    check = gemini.models.generate_content(
        model="gemini-2.5-flash",
        contents=f"Fact-check this explanation against the table. List any claims not supported.\n\nTable:\n{table}\n\nExplanation:\n{draft}",
    )
    return ui.TagList(ui.markdown(draft), ui.hr(), ui.markdown(check.text or ""))


@render.text
def helper_model():
    # shows which model the old ask_gpt defaults to
    return f"GPT helper default: {llm_helpers.ask_gpt.__defaults__[-1]}"
