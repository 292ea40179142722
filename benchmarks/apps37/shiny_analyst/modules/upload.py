"""Upload tab: file input, preview grid and column profile."""
from __future__ import annotations

import logging

import pandas as pd
from shiny import module, reactive, render, req, ui

from config import get_settings
from services import get_openai_client
from services.data_loader import DatasetStore, read_upload, to_csv_bytes
from utils.formatting import describe_columns

log = logging.getLogger(__name__)


@module.ui
def upload_ui():
    return ui.layout_sidebar(
        ui.sidebar(
            ui.input_file(
                "upload",
                "Upload data",
                accept=[".csv", ".tsv", ".xlsx", ".parquet", ".json"],
                multiple=True,
            ),
            ui.output_ui("dataset_picker"),
            ui.input_switch("share_with_assistant", "Attach file to OpenAI assistant", value=False),
            ui.help_text("Files stay in this session unless you attach them."),
            width=300,
        ),
        ui.navset_card_underline(
            ui.nav_panel("Preview", ui.output_data_frame("preview")),
            ui.nav_panel("Columns", ui.output_data_frame("profile")),
        ),
    )


@module.server
def upload_server(input, output, session, store: DatasetStore):
    """Returns a reactive.calc yielding the selected ``Dataset`` (or None)."""
    version = reactive.value(0)

    @reactive.effect
    @reactive.event(input.upload)
    def _load_files():
        files = input.upload() or []
        limit = get_settings().max_upload_mb
        for f in files:
            try:
                df = read_upload(f, max_mb=limit)
            except Exception as exc:  # noqa: BLE001
                ui.notification_show(f"{f['name']}: {exc}", type="error", duration=8)
                continue
            store.create(f["name"], df, source_path=f["datapath"])
            if input.share_with_assistant():
                uploaded = get_openai_client().files.create(
                    file=(f["name"], to_csv_bytes(df)),
                    purpose="assistants",
                )
                log.info("attached %s as %s", f["name"], uploaded.id)
        version.set(version() + 1)

    @render.ui
    def dataset_picker():
        version()
        names = store.names()
        if not names:
            return ui.p("No data yet.", class_="text-muted")
        return ui.input_select("dataset", "Dataset", choices=names, selected=names[-1])

    @reactive.calc
    def current():
        version()
        name = input.dataset() if "dataset" in input else None
        return store.get(name) if name else None

    @render.data_frame
    def preview():
        ds = current()
        req(ds)
        return render.DataGrid(ds.df.head(500), filters=True, height="520px")

    @render.data_frame
    def profile():
        ds = current()
        req(ds)
        return render.DataTable(pd.DataFrame(describe_columns(ds.df)))

    return current
