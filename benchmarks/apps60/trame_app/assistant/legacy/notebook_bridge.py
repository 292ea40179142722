"""Glue for the Jupyter widget: runs the assistant against a DataFrame in a
notebook without the trame server."""
import pandas as pd
import requests

from assistant.legacy import chat_panel
from assistant.data.loaders import Dataset
from assistant.llm.clients import get_genai_client

GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"


class NotebookAssistant:
    def __init__(self, df: pd.DataFrame, name: str = "notebook"):
        self.dataset = Dataset(name=name, frame=df)
        self.genai = get_genai_client()
        self.session = requests.Session()

    def ask(self, question, backend="gpt"):
        return chat_panel.ask(question, context=self.dataset.schema(), backend=backend)

    def describe(self):
        return self.genai.models.generate_content(
            model="gemini-2.0-flash",
            contents="Describe this table:\n" + self.dataset.head_markdown(10),
        ).text

    def fast(self, question, api_key):
        r = self.session.post(
            GROQ_URL,
            headers={"Authorization": f"Bearer {api_key}"},
            json={
                "model": "llama-3.1-8b-instant",
                "messages": [{"role": "user", "content": question}],
            },
            timeout=30,
        )
        return r.json()["choices"][0]["message"]["content"]

    def upload_table(self, path):
        # Files API: no generation, just storage
        return self.genai.files.upload(file=path)
