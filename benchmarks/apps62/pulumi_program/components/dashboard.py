"""CloudWatch dashboard with an AI-written 'what am I looking at' text widget."""
from __future__ import annotations

import json
from typing import Optional

import pulumi
import pulumi_aws as aws


class OpsDashboard(pulumi.ComponentResource):
    def __init__(self, name: str, service_name: pulumi.Input[str], cluster_name: pulumi.Input[str],
                 llm=None, model: str = "llama-3.1-8b-instant",
                 opts: Optional[pulumi.ResourceOptions] = None):
        """`llm` is an optional Groq client; without it the text widget is static."""
        super().__init__("platform:ops:OpsDashboard", name, None, opts)
        self._llm = llm
        self._model = model

        body = pulumi.Output.all(service_name, cluster_name).apply(
            lambda args: json.dumps(self._body(*args))
        )
        self.dashboard = aws.cloudwatch.Dashboard(
            f"{name}-dash",
            dashboard_name=f"{name}-ops",
            dashboard_body=body,
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({"dashboard_name": self.dashboard.dashboard_name})

    def _intro(self, service: str) -> str:
        if self._llm is None or pulumi.runtime.is_dry_run():
            return f"Operational metrics for **{service}**."
        reply = self._llm.chat.completions.create(
            model=self._model,
            messages=[{"role": "user", "content":
                       f"Two sentences for an on-call engineer explaining an ECS dashboard for {service}."}],
            max_tokens=120,
        )
        return reply.choices[0].message.content

    def _body(self, service: str, cluster: str) -> dict:
        return {
            "widgets": [
                {"type": "text", "x": 0, "y": 0, "width": 24, "height": 3,
                 "properties": {"markdown": self._intro(service)}},
                {"type": "metric", "x": 0, "y": 3, "width": 12, "height": 6,
                 "properties": {"metrics": [["AWS/ECS", "CPUUtilization", "ServiceName", service,
                                             "ClusterName", cluster]],
                                "period": 60, "stat": "Average", "title": "CPU"}},
                {"type": "metric", "x": 12, "y": 3, "width": 12, "height": 6,
                 "properties": {"metrics": [["AWS/ECS", "MemoryUtilization", "ServiceName", service,
                                             "ClusterName", cluster]],
                                "period": 60, "stat": "Average", "title": "Memory"}},
            ]
        }
