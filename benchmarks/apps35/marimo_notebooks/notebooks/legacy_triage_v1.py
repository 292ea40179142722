import marimo

__generated_with = "0.6.0"
app = marimo.App()


@app.cell
def __():
    import marimo as mo
    import pandas as pd
    from openai import OpenAI

    from nbutils.legacy.gpt_helpers import ask_gpt
    return OpenAI, ask_gpt, mo, pd


@app.cell
def __(mo):
    mo.md("# Triage v1 (2023). Superseded by `ticket_triage.py`, kept for the Q3 comparison.")
    return


@app.cell
def __(pd):
    df = pd.read_csv("data/tickets_2023q3.csv").head(100)
    return (df,)


@app.cell
def __(ask_gpt, df):
    df["category_v1"] = [ask_gpt(f"Category for this ticket (one word): {b}") for b in df["body"]]
    df[["body", "category", "category_v1"]]
    return


@app.cell
def __(OpenAI, df):
    oai = OpenAI()
    df["urgency_v1"] = [
        oai.chat.completions.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": f"Urgency 1-5, digit only: {b}"}],
        ).choices[0].message.content
        for b in df["body"]
    ]
    return (oai,)


if __name__ == "__main__":
    app.run()
