"""Scheduled jobs: daily digest + cost report."""
import datetime as dt
import logging
from dataclasses import dataclass, field

import boto3

from chalicelib import prompts
from chalicelib.clients import get_together_client
from chalicelib.config import settings
from chalicelib.db import UsageTable
from chalicelib.llm import call_llm

logger = logging.getLogger(__name__)

_sns = boto3.client("sns")
_cloudwatch = boto3.client("cloudwatch")


@dataclass
class Report:
    title: str
    lines: list[str] = field(default_factory=list)

    @classmethod
    def create(cls, title: str, **extra) -> "Report":
        report = cls(title=title)
        for k, v in extra.items():
            report.lines.append(f"{k}: {v}")
        return report

    def render(self) -> str:
        return "\n".join([self.title, "=" * len(self.title), *self.lines])


def collect_themes(ticket_labels: list[str]) -> list[str]:
    counts: dict[str, int] = {}
    for label in ticket_labels:
        counts[label] = counts.get(label, 0) + 1
    return [f"{k} ({v})" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])]


def build_digest(themes: list[str], language: str = "en") -> str:
    prompt = prompts.DIGEST_TEMPLATE.format(themes="\n".join(f"- {t}" for t in themes))
    if language != "en":
        # TODO(LLMGW-142): move off the legacy helper
        return call_llm(prompt + f"\n\nWrite it in {language}.", provider="titan")
    together = get_together_client()
    resp = together.chat.completions.create(
        model=settings.together_model,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=400,
        temperature=0.4,
    )
    return resp.choices[0].message.content


def run_daily_digest(ticket_labels: list[str], topic_arn: str, language: str = "en") -> None:
    themes = collect_themes(ticket_labels)
    digest = build_digest(themes, language=language)
    report = Report.create(f"Support digest {dt.date.today().isoformat()}", themes=len(themes))
    report.lines.append("")
    report.lines.append(digest)
    _sns.publish(TopicArn=topic_arn, Subject=report.title, Message=report.render())


def publish_cost_metrics() -> dict:
    since = int((dt.datetime.utcnow() - dt.timedelta(hours=1)).timestamp())
    totals = UsageTable().totals_since(since)
    _cloudwatch.put_metric_data(
        Namespace="LLMGateway",
        MetricData=[
            {
                "MetricName": "CostUSD",
                "Dimensions": [{"Name": "Model", "Value": model}, {"Name": "Stage", "Value": settings.stage}],
                "Value": float(usd),
                "Unit": "None",
            }
            for model, usd in totals.items()
        ],
    )
    return {k: str(v) for k, v in totals.items()}
