"""SQL tab: question -> SQL -> results."""
from __future__ import annotations

import ipywidgets as widgets
from IPython.display import display

from dashboard.services.sql_autocomplete import complete_sql


class SQLTab:
    def __init__(self, state):
        self.state = state
        self.writer = state.services["sql"]
        self.question = widgets.Textarea(placeholder="e.g. monthly revenue by region for 2024", layout=widgets.Layout(width="100%"))
        self.sql_box = widgets.Textarea(layout=widgets.Layout(width="100%", height="140px"))
        self.gen_btn = widgets.Button(description="Write SQL", button_style="info")
        self.run_btn = widgets.Button(description="Run", button_style="success")
        self.suggest_btn = widgets.Button(description="Complete", tooltip="Codestral autocomplete")
        self.results = widgets.Output()
        self.badge = widgets.HTML()

        self.gen_btn.on_click(self._on_generate)
        self.run_btn.on_click(self._on_execute)
        self.suggest_btn.on_click(self._on_suggest)
        self.widget = widgets.VBox([
            self.question,
            widgets.HBox([self.gen_btn, self.suggest_btn, self.run_btn, self.badge]),
            self.sql_box,
            self.results,
        ])

    def _on_generate(self, _):
        schema = self.state.loader.schema()
        result = self.writer.generate(self.question.value, schema)
        self.sql_box.value = result.sql
        self.badge.value = f"<small>{result.backend}{' · repaired' if result.repaired else ''}</small>"

    def _on_suggest(self, _):
        text = self.sql_box.value
        self.sql_box.value = text + complete_sql(text)

    def _on_execute(self, _):
        self.results.clear_output()
        with self.results:
            try:
                df = self.state.loader.run_sql(self.sql_box.value)
                display(df.head(self.state.config.max_rows_preview))
            except Exception as exc:  # noqa: BLE001
                print(f"SQL error: {exc}")
