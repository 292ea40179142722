from __future__ import annotations

from typing import Dict, List

from flytekit import workflow

from labelling_flows.tasks.evaluation import (
    aggregate_scores,
    judge_tracked,
    judge_with_claude,
    judge_with_gemini,
    judge_with_gpt,
    pairwise_panel,
    pairwise_preference,
)
from labelling_flows.tasks.reports import (
    assemble_report,
    executive_summary,
    render_cover_image,
    summarise_metrics,
    write_error_analysis,
    write_recommendations,
)
from labelling_flows.tasks.rerank import rerank_cohere
from labelling_flows.tasks.synthetic import generate_tickets_fireworks, generate_tickets_together, paraphrase_tickets


@workflow
def judge_eval_wf(samples: List[dict], judge: str = "claude") -> Dict[str, float]:
    scores = judge_with_claude(samples=samples)
    return aggregate_scores(scores=scores)


@workflow
def judge_eval_tracked_wf(samples: List[dict]) -> Dict[str, float]:
    return aggregate_scores(scores=judge_tracked(samples=samples))


@workflow
def multi_judge_wf(samples: List[dict], pairs: List[dict]) -> Dict[str, float]:
    claude = judge_with_claude(samples=samples)
    gpt = judge_with_gpt(samples=samples)
    gemini = judge_with_gemini(samples=samples)
    pairwise_panel(pairs=pairs)
    pairwise_preference(pairs=pairs)
    aggregate_scores(scores=gpt)
    aggregate_scores(scores=gemini)
    return aggregate_scores(scores=claude)


@workflow
def weekly_report_wf(metrics: Dict[str, float], previous: Dict[str, float], disagreements: List[dict], week: str):
    highlights = summarise_metrics(metrics=metrics, previous=previous)
    errors = write_error_analysis(disagreements=disagreements)
    recs = write_recommendations(metrics=metrics, error_analysis=errors)
    render_cover_image(week=week)
    executive_summary(metrics=metrics, highlights=highlights)
    assemble_report(metrics=metrics, highlights=highlights, errors=errors, recommendations=recs)


@workflow
def synthetic_topup_wf(topic: str, n: int = 20) -> List[dict]:
    together = generate_tickets_together(topic=topic, n=n)
    generate_tickets_fireworks(topic=topic, n=n)
    return paraphrase_tickets(tickets=together)


@workflow
def rerank_wf(query: str, candidates: List[dict]) -> List[dict]:
    return rerank_cohere(query=query, candidates=candidates)
