"""Calc helpers: read a selected range, fill cells from a prompt template."""
import asyncio
import logging
from functools import partial

from writerai.prompts import CELL_SYSTEM, cell_prompt
from writerai.services.llm_usage_tracker import llm_tracker
from writerai.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger("writerai.calc")


def selected_range(doc):
    sel = doc.getCurrentController().getSelection()
    if not sel.supportsService("com.sun.star.sheet.SheetCellRange"):
        return None
    return sel


def range_rows(cell_range):
    return [list(row) for row in cell_range.getDataArray()]


class CellFiller:
    """Fills the last column of a selection using the other columns as prompt inputs."""

    def __init__(self, template, client=None, model="gpt-4o-mini"):
        self.template = template
        self.client = client
        self.model = model

    def _ask_tracked(self, prompt):
        return asyncio.run(
            multi_model_service.generate_response(
                prompt=prompt,
                task_type="calc_fill",
                complexity=TaskComplexity.SIMPLE,
                system=CELL_SYSTEM,
                max_tokens=120,
            )
        )

    def _ask_direct(self, prompt):
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": CELL_SYSTEM},
                {"role": "user", "content": prompt},
            ],
            max_tokens=120,
        )
        return resp.choices[0].message.content.strip()

    def fill(self, cell_range, tracked=True):
        rows = range_rows(cell_range)
        ask = self._ask_tracked if tracked or self.client is None else self._ask_direct
        out = []
        for row in rows:
            inputs, current = row[:-1], row[-1]
            if current not in ("", None):
                out.append(row)
                continue
            value = ask(cell_prompt(self.template, inputs))
            out.append(inputs + [_coerce(value)])
        cell_range.setDataArray(tuple(tuple(r) for r in out))
        return len(out)


def _coerce(value):
    try:
        return float(value.replace(",", ""))
    except (ValueError, AttributeError):
        return value


async def classify_rows_tracked(client, rows, labels, model="gpt-4o-mini"):
    """Bulk classification for the 'Categorise' menu; goes through the usage tracker."""
    results = []
    for row in rows:
        prompt = f"Labels: {', '.join(labels)}\nRow: {row}\nAnswer with one label."
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context="calc_classify"
        ) as usage_log:
            resp = client.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": prompt}],
                max_tokens=10,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        results.append(resp.choices[0].message.content.strip())
    return results


def make_groq_formula_explainer(client, model="llama-3.3-70b-versatile"):
    """Returns a callable explaining a Calc formula; used by the sidebar panel."""
    create = partial(client.chat.completions.create, model=model, temperature=0.1)

    def explain(formula):
        resp = create(messages=[
            {"role": "system", "content": "Explain LibreOffice Calc formulas in plain words."},
            {"role": "user", "content": formula},
        ])
        return resp.choices[0].message.content

    return explain
