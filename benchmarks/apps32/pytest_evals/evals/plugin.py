"""pytest plugin for the eval suite (loaded with ``-p evals.plugin``).

Registers CLI options, builds the shared clients once per run and stores them on
``config`` so hooks and fixtures can reach them, and writes the report at the end.
"""
from __future__ import annotations

import os
import time
from typing import Dict

import pytest

from evalkit.providers import PROVIDER_FACTORIES

CLIENTS_KEY = pytest.StashKey[Dict[str, object]]()
RESULTS_KEY = pytest.StashKey[list]()
ALL_PROVIDERS = ("openai", "anthropic", "google", "cohere", "fireworks", "cerebras", "bedrock")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("evals", "LLM evaluation options")
    group.addoption(
        "--providers",
        default=os.environ.get("EVAL_PROVIDERS", "openai,anthropic"),
        help="comma-separated providers to evaluate (or 'all')",
    )
    group.addoption("--judge-model", default="gpt-4o", help="model used by LLM graders")
    group.addoption("--sample", type=int, default=25, help="dataset rows per eval")
    group.addoption("--report", default="eval-report.md", help="markdown report path")
    group.addoption("--offline", action="store_true", help="skip everything that costs money")


def _selected_providers(config: pytest.Config) -> list[str]:
    raw = config.getoption("--providers")
    if raw == "all":
        return list(ALL_PROVIDERS)
    return [p.strip() for p in raw.split(",") if p.strip()]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs_provider(name): skip unless provider selected")
    config.stash[RESULTS_KEY] = []
    clients: Dict[str, object] = {}
    if not config.getoption("--offline"):
        for name in _selected_providers(config):
            clients[name] = PROVIDER_FACTORIES[name]()
    config.stash[CLIENTS_KEY] = clients
    # legacy attribute; old graders still read config._eval_clients
    config._eval_clients = clients  # type: ignore[attr-defined]
    config._eval_started = time.time()  # type: ignore[attr-defined]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    selected = set(_selected_providers(config))
    offline = config.getoption("--offline")
    for item in items:
        marker = item.get_closest_marker("needs_provider")
        if offline:
            item.add_marker(pytest.mark.skip(reason="--offline"))
        elif marker and marker.args[0] not in selected:
            item.add_marker(pytest.mark.skip(reason=f"provider {marker.args[0]} not selected"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    if rep.when == "call":
        item.config.stash[RESULTS_KEY].append(
            {
                "nodeid": rep.nodeid,
                "outcome": rep.outcome,
                "duration": rep.duration,
                "scores": dict(getattr(item, "eval_scores", {})),
            }
        )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    from evals.report import write_report

    config = session.config
    if config.getoption("--offline"):
        return
    write_report(
        config.stash[RESULTS_KEY],
        path=config.getoption("--report"),
        started=config._eval_started,  # type: ignore[attr-defined]
        summarize=os.environ.get("EVAL_REPORT_SUMMARY") == "1",
    )


def get_client(config: pytest.Config, provider: str):
    clients = config.stash[CLIENTS_KEY]
    if provider not in clients:
        pytest.skip(f"{provider} client not configured")
    return clients[provider]


class BudgetGuard:
    """Stops the run once tracked spend crosses --max-usd (see pytest_runtest_setup)."""

    def __init__(self, max_usd: float) -> None:
        self.max_usd = max_usd

    def spent(self) -> float:
        from evalkit.llm_usage_tracker import llm_tracker
        from evalkit.pricing import estimate_cost

        totals = llm_tracker.totals()
        return estimate_cost("gpt-4o", totals["input_tokens"], totals["output_tokens"])

    def check(self) -> None:
        if self.max_usd and self.spent() > self.max_usd:
            pytest.exit(f"eval budget of ${self.max_usd:.2f} exhausted", returncode=3)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    guard = getattr(item.config, "_budget_guard", None)
    if guard is None:
        guard = BudgetGuard(float(os.environ.get("EVAL_MAX_USD", "0") or 0))
        item.config._budget_guard = guard  # type: ignore[attr-defined]
    guard.check()


def pytest_report_header(config: pytest.Config) -> list[str]:
    clients = config.stash.get(CLIENTS_KEY, {})
    return [
        f"eval providers: {', '.join(sorted(clients)) or '(offline)'}",
        f"judge model: {config.getoption('--judge-model')}",
    ]
