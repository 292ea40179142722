# -*- coding: utf-8 -*-
"""Calc macros: fill the selected cells from a prompt template written in cell A1 style."""
import asyncio
import logging

import uno  # noqa: F401

from writerai import get_groq_client, get_openai_client, get_watsonx_model, load_settings
from writerai.calc_ops import (
    CellFiller,
    classify_rows_tracked,
    make_groq_formula_explainer,
    range_rows,
    selected_range,
)
from writerai.uno_helpers import message_box

log = logging.getLogger("writerai.macros.calc")

TEMPLATE_CELL = "WRITERAI_PROMPT"


def _template(doc):
    ranges = doc.NamedRanges
    if ranges.hasByName(TEMPLATE_CELL):
        cell = ranges.getByName(TEMPLATE_CELL).getReferredCells().getCellByPosition(0, 0)
        return cell.getString()
    return "Given {A}, write a short product description."


def fill_selected_cells(*args):
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    ctx = XSCRIPTCONTEXT.getComponentContext()  # noqa: F821
    rng = selected_range(doc)
    if rng is None:
        message_box(ctx, doc, "Select a cell range first.", error=True)
        return
    filler = CellFiller(_template(doc))
    filler.fill(rng, tracked=True)


def fill_selected_cells_fast(*args):
    """Same as above but direct to OpenAI, for big sheets (tracking added too much latency)."""
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    settings = load_settings(XSCRIPTCONTEXT.getComponentContext())  # noqa: F821
    rng = selected_range(doc)
    if rng is not None:
        CellFiller(_template(doc), client=get_openai_client(),
                   model=settings.model_for("openai")).fill(rng, tracked=False)


def categorise_rows(*args):
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    rng = selected_range(doc)
    rows = range_rows(rng)
    labels = [str(v) for v in rows[0] if v]
    results = asyncio.run(classify_rows_tracked(get_openai_client(), rows[1:], labels))
    out_col = rng.getRangeAddress().EndColumn + 1
    sheet = doc.getCurrentController().getActiveSheet()
    for i, label in enumerate(results, start=rng.getRangeAddress().StartRow + 1):
        sheet.getCellByPosition(out_col, i).setString(label)


def explain_formula(*args):
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    ctx = XSCRIPTCONTEXT.getComponentContext()  # noqa: F821
    cell = doc.getCurrentSelection()
    explain = make_groq_formula_explainer(get_groq_client())
    message_box(ctx, doc, explain(cell.getFormula()), title="Formula")


def generate_table(*args):
    """Ask watsonx for a CSV table and paste it at the cursor cell."""
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    cell = doc.getCurrentSelection()
    request = cell.getString()
    model = get_watsonx_model("meta-llama/llama-3-3-70b-instruct")
    csv_text = model.generate_text(
        prompt=f"Produce a CSV table (comma separated, header row) for: {request}\nCSV:",
        params={"max_new_tokens": 600, "decoding_method": "greedy"},
    )
    sheet = doc.getCurrentController().getActiveSheet()
    addr = cell.getCellAddress()
    for r, line in enumerate(csv_text.strip().splitlines()):
        for c, value in enumerate(line.split(",")):
            sheet.getCellByPosition(addr.Column + c, addr.Row + 1 + r).setString(value.strip())


g_exportedScripts = (
    fill_selected_cells,
    fill_selected_cells_fast,
    categorise_rows,
    explain_formula,
    generate_table,
)
