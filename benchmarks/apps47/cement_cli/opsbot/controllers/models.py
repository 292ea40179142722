from cement import Controller, ex

from ..core.clients import get_anthropic_client, get_bedrock_control, get_openai_client


class Models(Controller):
    class Meta:
        label = "models"
        stacked_type = "nested"
        stacked_on = "base"
        help = "list models available to the configured keys"

    @ex(help="list models per provider")
    def list(self):
        rows = []
        for m in get_openai_client().models.list():
            rows.append({"provider": "openai", "id": m.id})
        for m in get_anthropic_client().models.list(limit=50):
            rows.append({"provider": "anthropic", "id": m.id})
        summaries = get_bedrock_control(self.app.config.get("opsbot", "aws_region")).list_foundation_models(
            byOutputModality="TEXT"
        )["modelSummaries"]
        for m in summaries:
            rows.append({"provider": "bedrock", "id": m["modelId"]})
        self.app.render({"rows": rows}, "models.jinja2")


class Usage(Controller):
    """Reads the JSONL written by services.llm_usage_tracker."""

    class Meta:
        label = "usage"
        stacked_type = "nested"
        stacked_on = "base"
        help = "LLM usage and spend (tracked calls only)"

    def _rows(self, since=None):
        import json
        import os
        import time

        from ..services.llm_usage_tracker import SINK

        if not os.path.exists(SINK):
            return []
        cutoff = time.time() - since * 86400 if since else 0
        rows = []
        with open(SINK) as fh:
            for line in fh:
                try:
                    row = json.loads(line)
                except ValueError:
                    continue
                if row.get("started_at", 0) >= cutoff:
                    rows.append(row)
        return rows

    @ex(
        help="spend report",
        arguments=[
            (["--days"], {"type": int, "default": 7}),
            (["--by"], {"choices": ["model", "feature"], "default": "model"}),
        ],
    )
    def report(self):
        from ..core.costs import estimate, summarise_rows

        rows = self._rows(self.app.pargs.days)
        total, by_model = summarise_rows(rows)
        if self.app.pargs.by == "feature":
            grouped = {}
            for row in rows:
                key = row.get("feature_context", "unknown")
                grouped[key] = grouped.get(key, 0.0) + estimate(row["model"], row["input_tokens"], row["output_tokens"])
        else:
            grouped = by_model
        data = {
            "days": self.app.pargs.days,
            "calls": len(rows),
            "total": round(total, 4),
            "groups": sorted(((k, round(v, 4)) for k, v in grouped.items()), key=lambda kv: -kv[1]),
            "errors": sum(1 for r in rows if r.get("error")),
        }
        self.app.render(data, "usage.jinja2")

    @ex(help="slowest tracked calls", arguments=[(["--top"], {"type": int, "default": 10})])
    def slow(self):
        rows = sorted(self._rows(), key=lambda r: -r.get("duration_ms", 0))[: self.app.pargs.top]
        for r in rows:
            print(f"{r['duration_ms']:>7} ms  {r['model']:<40} {r['feature_context']}")
