"""IPython magics: %load_ext dashboard.magics, then %%ask / %explain_df."""
from __future__ import annotations

from IPython.core.magic import Magics, cell_magic, line_magic, magics_class
from IPython.display import Markdown, display

from dashboard.llm import get_genai_client, get_openai_client
from dashboard.services.df_summarizer import profile


@magics_class
class AnalystMagics(Magics):
    @cell_magic
    def ask(self, line, cell):
        """%%ask [model] -- stream a Gemini answer to the cell body."""
        model = line.strip() or "gemini-2.0-flash"
        client = get_genai_client()
        parts = []
        for chunk in client.models.generate_content_stream(model=model, contents=cell):
            if chunk.text:
                parts.append(chunk.text)
        display(Markdown("".join(parts)))

    @line_magic
    def explain_df(self, line):
        """%explain_df df_name"""
        df = self.shell.user_ns[line.strip()]
        completion = get_openai_client().chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"Explain this dataframe:\n{profile(df)}"}],
        )
        display(Markdown(completion.choices[0].message.content))


def load_ipython_extension(ipython):
    ipython.register_magics(AnalystMagics)
