"""AIWorkload reconcile logic.

An AIWorkload declares which provider/model a team's service uses, its token
budget and whether the operator should keep probing it. Reconciling means:
validate the spec, check the provider is configured, run a smoke request and
publish the result in status.
"""
from __future__ import annotations

import dataclasses
import logging
import time

from aiops_operator.config import OperatorConfig
from aiops_operator.constants import (
    DEFAULT_MAX_TOKENS,
    PHASE_DEGRADED,
    PHASE_READY,
    PROBE_PROMPT,
    SUPPORTED_PROVIDERS,
)
from aiops_operator.providers import CompletionRequest, ProviderError, ProviderRegistry
from aiops_operator.reconciler.status import Condition, set_condition, set_phase
from aiops_operator.costs import estimate_monthly_cost

logger = logging.getLogger(__name__)


@dataclasses.dataclass
class WorkloadSpec:
    provider: str
    model: str
    max_tokens: int = DEFAULT_MAX_TOKENS
    monthly_budget_usd: float | None = None
    expected_rpm: int = 0
    probe: bool = True
    system_prompt: str | None = None

    @classmethod
    def parse(cls, spec: dict, cfg: OperatorConfig) -> "WorkloadSpec":
        provider = spec.get("provider", cfg.default_provider)
        if provider not in SUPPORTED_PROVIDERS:
            raise ValueError(f"unsupported provider {provider!r}")
        return cls(
            provider=provider,
            model=cfg.resolve_model(spec.get("model")),
            max_tokens=int(spec.get("maxTokens", DEFAULT_MAX_TOKENS)),
            monthly_budget_usd=spec.get("budget", {}).get("monthlyUSD"),
            expected_rpm=int(spec.get("expectedRPM", 0)),
            probe=spec.get("probe", {}).get("enabled", True),
            system_prompt=spec.get("systemPrompt"),
        )


class WorkloadReconciler:
    def __init__(self, registry: ProviderRegistry, cfg: OperatorConfig):
        self.registry = registry
        self.cfg = cfg

    def reconcile(self, spec: dict, status: dict, patch) -> WorkloadSpec:
        ws = WorkloadSpec.parse(spec, self.cfg)
        if ws.provider not in self.registry:
            set_condition(patch, status, Condition.create("ProviderConfigured", False, "NotConfigured"))
            set_phase(patch, PHASE_DEGRADED, f"{ws.provider} is not configured in this cluster")
            return ws
        set_condition(patch, status, Condition.create("ProviderConfigured", True, "Configured"))

        if ws.monthly_budget_usd and ws.expected_rpm:
            projected = estimate_monthly_cost(ws.provider, ws.model, ws.expected_rpm, ws.max_tokens)
            within = projected <= ws.monthly_budget_usd
            set_condition(
                patch,
                status,
                Condition.create(
                    "WithinBudget", within, "Projected", f"projected ${projected:,.0f}/month"
                ),
            )
        if ws.probe and self.cfg.probe_enabled:
            self.smoke_test(ws, status, patch)
        return ws

    def smoke_test(self, ws: WorkloadSpec, status: dict, patch) -> bool:
        adapter = self.registry.get(ws.provider)
        request = CompletionRequest.from_prompt(ws.model, PROBE_PROMPT, max_tokens=8, system=ws.system_prompt)
        started = time.monotonic()
        try:
            result = adapter.complete(request)
        except ProviderError as exc:
            set_condition(patch, status, Condition.create("ModelReachable", False, "ProbeFailed", str(exc)))
            set_phase(patch, PHASE_DEGRADED, str(exc))
            return False
        latency_ms = int((time.monotonic() - started) * 1000)
        patch.status["probe"] = {
            "latencyMs": latency_ms,
            "inputTokens": result.input_tokens,
            "outputTokens": result.output_tokens,
        }
        set_condition(patch, status, Condition.create("ModelReachable", True, "ProbeSucceeded"))
        set_phase(patch, PHASE_READY)
        return True
