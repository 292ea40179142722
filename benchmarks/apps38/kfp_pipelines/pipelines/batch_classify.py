from kfp import dsl

from components.lightweight import export_tickets, gemini_classify, merge_labels
from components.package_components import (
    budget_check,
    classify_tickets,
    moderate_inputs,
    summarise_conversations,
    weekly_theme_digest,
)

DEFAULT_CATEGORIES = ["billing", "shipping", "returns", "account", "product_defect", "other"]


@dsl.pipeline(name="ticket-triage", description="Nightly Gemini classification of new support tickets.")
def ticket_triage_pipeline(
    project: str,
    location: str = "us-central1",
    since: str = "2024-01-01",
    categories: list = DEFAULT_CATEGORIES,
    max_usd: float = 25.0,
    compare_lightweight: bool = False,
    weekly_digest: bool = False,
    digest_uri: str = "",
):
    export = export_tickets(
        project=project,
        query=f"SELECT id, subject, body FROM `{project}.support.tickets` WHERE created_at >= '{since}'",
    )
    clean = moderate_inputs(texts=export.outputs["tickets"])
    clean.set_caching_options(False)

    budget = budget_check(tickets=clean.outputs["clean"], categories=categories, max_usd=max_usd)
    with dsl.If(budget.output < max_usd, name="within-budget"):
        main = classify_tickets(tickets=clean.outputs["clean"], categories=categories)
        main.set_cpu_limit("2").set_memory_limit("4G").set_retry(num_retries=2, backoff_duration="60s")

        with dsl.If(compare_lightweight == True, name="compare"):  # noqa: E712 - KFP condition syntax
            light = gemini_classify(
                project=project,
                location=location,
                tickets=clean.outputs["clean"],
                categories=categories,
            )
            merge_labels(a=main.outputs["labelled"], b=light.outputs["labelled"])

        with dsl.If(weekly_digest == True, name="digest"):  # noqa: E712
            summaries = summarise_conversations(conversations=main.outputs["labelled"])
            weekly_theme_digest(labelled_summaries=summaries.outputs["summaries"], gcs_uri=digest_uri)
