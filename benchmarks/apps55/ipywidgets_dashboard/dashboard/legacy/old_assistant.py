"""Legacy assistant (v0.3). Being replaced by dashboard.app.Dashboard + services.

Still imported by notebooks/finance_monthly.ipynb -- see ticket ANL-412.
"""
import os

import anthropic
import ipywidgets as widgets
import openai
from IPython.display import display

openai.api_key = os.environ.get("OPENAI_API_KEY")

DEFAULT_MODEL = "gpt-4o-mini"


def ask_gpt(prompt, model=DEFAULT_MODEL, temperature=0.3):
    r = openai.chat.completions.create(
        model=model,
        temperature=temperature,
        messages=[{"role": "user", "content": prompt}],
    )
    return r.choices[0].message.content


def ask_claude(prompt, model="claude-3-5-haiku-20241022"):
    client = anthropic.Anthropic()
    message = client.messages.create(model=model, max_tokens=800, messages=[{"role": "user", "content": prompt}])
    return message.content[0].text


def embed_texts(texts):
    return [d.embedding for d in openai.embeddings.create(model="text-embedding-3-small", input=texts).data]


def make_assistant_box(df=None):
    prompt = widgets.Textarea(placeholder="Ask…")
    engine = widgets.Dropdown(options=["gpt", "claude"], value="gpt")
    go = widgets.Button(description="Go")
    out = widgets.Output()

    def on_go(b):
        out.clear_output()
        text = prompt.value
        if df is not None:
            text = f"Data sample:\n{df.head(20).to_csv(index=False)}\n\n{text}"
        with out:
            print(ask_gpt(text) if engine.value == "gpt" else ask_claude(text))

    go.on_click(on_go)
    box = widgets.VBox([widgets.HBox([engine, go]), prompt, out])
    display(box)
    return box
