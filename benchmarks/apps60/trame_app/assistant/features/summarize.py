"""Dataset summaries. Moved to the tracked service in #212; the Mistral path
is still here for the 'long report' button until that is migrated too."""
from __future__ import annotations

from assistant.config import get_settings
from assistant.data.loaders import Dataset
from assistant.llm.clients import get_mistral_client
from assistant.llm.prompts import SUMMARIZE_DATASET, SYSTEM_ANALYST, render
from assistant.llm.tokens import truncate_to_budget
from assistant.services.multi_model_service import TaskComplexity, multi_model_service


def _summary_prompt(dataset: Dataset) -> str:
    rows, cols = dataset.shape
    return render(
        SUMMARIZE_DATASET,
        name=dataset.name,
        rows=rows,
        cols=cols,
        stats=truncate_to_budget(dataset.stats_table(), 6000),
    )


async def quick_summary(dataset: Dataset) -> str:
    return await multi_model_service.generate_response(
        prompt=_summary_prompt(dataset),
        task_type="dataset_summary",
        complexity=TaskComplexity.SIMPLE,
        system=SYSTEM_ANALYST,
    )


def long_report(dataset: Dataset) -> str:
    # TODO(ana): move to multi_model_service once it supports mistral
    settings = get_settings()
    mistral = get_mistral_client()
    res = mistral.chat.complete(
        model=settings.mistral_model,
        messages=[
            {"role": "system", "content": SYSTEM_ANALYST},
            {"role": "user", "content": _summary_prompt(dataset) + "\n\nWrite a full report with sections."},
        ],
        max_tokens=3000,
    )
    return res.choices[0].message.content


async def long_report_async(dataset: Dataset) -> str:
    settings = get_settings()
    res = await get_mistral_client().chat.complete_async(
        model=settings.mistral_model,
        messages=[{"role": "user", "content": _summary_prompt(dataset)}],
    )
    return res.choices[0].message.content
