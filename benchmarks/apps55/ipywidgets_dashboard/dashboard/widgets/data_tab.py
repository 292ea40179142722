"""Data tab: file picker + preview + column search."""
from __future__ import annotations

import ipywidgets as widgets
from IPython.display import display

from dashboard.services.embeddings import ColumnIndex


class DataTab:
    def __init__(self, state, on_dataset_loaded):
        self.state = state
        self.on_dataset_loaded = on_dataset_loaded
        loader = state.loader
        self.files = widgets.Select(options=[p.name for p in loader.list_files()], rows=8, description="Files")
        self.load_btn = widgets.Button(description="Load", button_style="success")
        self.preview = widgets.Output()
        self.col_query = widgets.Text(placeholder="find a column, e.g. 'customer revenue'")
        self.col_results = widgets.HTML()
        self.index = ColumnIndex(state.openai, model=state.config.models.openai_embed)

        self.load_btn.on_click(self._on_load)
        self.col_query.observe(self._on_query, names="value")
        self.widget = widgets.VBox([
            widgets.HBox([self.files, self.load_btn]),
            self.preview,
            widgets.HBox([self.col_query, self.col_results]),
        ])

    def _on_load(self, _):
        name = self.files.value
        if not name:
            return
        ds = self.state.loader.load_file(self.state.loader.data_dir / name)
        self.preview.clear_output()
        with self.preview:
            display(ds.df.head(self.state.config.max_rows_preview))
        self.index.build(ds.describe_columns())
        self.on_dataset_loaded(ds.name)

    def _on_query(self, change):
        q = change["new"]
        if len(q) < 3:
            self.col_results.value = ""
            return
        hits = self.index.search(q, k=3)
        self.col_results.value = " · ".join(f"<code>{n}</code> ({s:.2f})" for n, s in hits)
