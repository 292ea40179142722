"""Weekly FinOps report on model spend, with a short narrative for the Slack digest."""
import asyncio
from typing import Dict, List

from airflow.decorators import dag, task

from common.callbacks import notify_summary
from common.defaults import DEFAULT_ARGS, START_DATE
from include.catalogue.repository import CatalogueRepository
from include.services.multi_model_service import TaskComplexity, multi_model_service


@dag(
    dag_id="llm_cost_report",
    default_args=DEFAULT_ARGS,
    start_date=START_DATE,
    schedule="0 8 * * MON",
    catchup=False,
    tags=["ops", "finops"],
)
def llm_cost_report():
    @task
    def weekly_costs() -> List[Dict]:
        rows = CatalogueRepository()._hook.get_records(
            """
            SELECT provider, model, feature_context,
                   sum(input_tokens), sum(output_tokens), round(sum(cost_usd)::numeric, 2)
              FROM finops.llm_usage_logs
             WHERE created_at > now() - interval '7 days'
             GROUP BY 1, 2, 3
             ORDER BY 6 DESC
            """
        )
        cols = ["provider", "model", "feature", "input_tokens", "output_tokens", "cost_usd"]
        return [dict(zip(cols, r)) for r in rows]

    @task
    def narrative(costs: List[Dict]) -> str:
        table = "\n".join(
            f"{c['provider']}/{c['model']} [{c['feature']}]: ${c['cost_usd']}" for c in costs[:25]
        )
        return asyncio.run(
            multi_model_service.generate_response(
                prompt="Summarise this week's model spend for engineering managers in 3 sentences. "
                "Call out the biggest cost driver.\n\n" + table,
                task_type="finops_report",
                complexity=TaskComplexity.SIMPLE,
            )
        )

    @task
    def post(costs: List[Dict], text: str) -> None:
        total = sum(float(c["cost_usd"] or 0) for c in costs)
        notify_summary("llm_cost_report", [f"total: ${total:,.2f}", text])

    costs = weekly_costs()
    post(costs, narrative(costs))


llm_cost_report()
