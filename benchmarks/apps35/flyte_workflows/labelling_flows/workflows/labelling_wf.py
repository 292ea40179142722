from __future__ import annotations

from typing import Dict, List

from flytekit import dynamic, map_task, workflow
from flytekit.types.structured import StructuredDataset

from labelling_flows import config
from labelling_flows.images import llm_image
from labelling_flows.tasks.data_io import flatten, join_with_gold, load_gold_labels, load_tickets, save_records
from labelling_flows.tasks.evaluation import label_agreement
from labelling_flows.tasks.labelling import (
    adjudicate_low_confidence,
    label_batch,
    label_batch_claude,
    label_batch_tracked,
    label_record,
    label_with_backend,
)
from labelling_flows.tasks.moderation import screen_tickets
from labelling_flows.utils.batching import chunked


@dynamic(container_image=llm_image)
def fan_out_labelling(tickets: List[dict], provider: str, batch_size: int) -> List[List[dict]]:
    results = []
    for batch in chunked(tickets, batch_size):
        if provider == "anthropic":
            results.append(label_batch_claude(batch=batch))
        elif provider == "tracked":
            results.append(label_batch_tracked(batch=batch))
        elif provider == "openai":
            results.append(label_batch(batch=batch))
        else:
            results.append(label_with_backend(batch=batch, backend=provider))
    return results


@workflow
def labelling_wf(
    since: str,
    provider: str = "tracked",
    batch_size: int = config.LABEL_BATCH_SIZE,
    limit: int = 5000,
) -> StructuredDataset:
    tickets = load_tickets(since=since, limit=limit)
    clean = screen_tickets(tickets=tickets)
    batches = fan_out_labelling(tickets=clean, provider=provider, batch_size=batch_size)
    labelled = flatten(batches=batches)
    final = adjudicate_low_confidence(labelled=labelled, originals=clean)
    return save_records(records=final)


@workflow
def quick_label_wf(since: str, limit: int = 200) -> List[dict]:
    """Per-record map task; handy for small ad-hoc runs."""
    tickets = load_tickets(since=since, limit=limit)
    return map_task(label_record, concurrency=16, min_success_ratio=0.95)(record=tickets)


@workflow
def labelling_eval_wf(since: str, provider: str = "tracked", limit: int = 2000) -> Dict[str, float]:
    """Label a window of tickets and score the labels against the gold set."""
    tickets = load_tickets(since=since, limit=limit)
    batches = fan_out_labelling(tickets=tickets, provider=provider, batch_size=config.LABEL_BATCH_SIZE)
    labelled = flatten(batches=batches)
    joined = join_with_gold(labelled=labelled, gold=load_gold_labels())
    return label_agreement(joined=joined)
