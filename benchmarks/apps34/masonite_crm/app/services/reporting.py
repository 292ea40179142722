"""Pipeline reports (no AI here, despite the generate() name)."""
import csv
import io
from collections import Counter
from datetime import date, timedelta

from masoniteorm.query import QueryBuilder

from app.models.Lead import Lead
from app.services.llm_usage_tracker import calculate_cost


def completion(done: int, total: int) -> float:
    """Percent of a pipeline stage that is completed."""
    return round(100.0 * done / total, 1) if total else 0.0


class PipelineReportGenerator:
    def generate(self, since: date = None) -> dict:
        since = since or date.today() - timedelta(days=30)
        leads = Lead.where("created_at", ">=", since).get()
        by_stage = Counter(lead.stage for lead in leads)
        won = by_stage.get("won", 0)
        closed = won + by_stage.get("lost", 0)
        return {
            "since": since.isoformat(),
            "total": len(leads),
            "by_stage": dict(by_stage),
            "win_rate": completion(won, closed),
        }

    def ai_spend(self, since: date = None) -> dict:
        since = since or date.today() - timedelta(days=30)
        logs = QueryBuilder().table("llm_usage_logs").where("created_at", ">=", since).get()
        spend = Counter()
        for log in logs:
            spend[log["feature_context"]] += calculate_cost(
                log["model"], log["input_tokens"] or 0, log["output_tokens"] or 0
            )
        return {k: round(v, 4) for k, v in spend.items()}

    def to_csv(self, report: dict) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["stage", "count"])
        for stage, count in sorted(report["by_stage"].items()):
            writer.writerow([stage, count])
        return buf.getvalue()
