"""Probe service endpoints and, on failure, ask the local model for a first-pass diagnosis."""
from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from monitor.context import JobContext
from monitor.services.alerting import Alert, alert_book
from monitor.services.multi_model_service import TaskComplexity, multi_model_service

ENDPOINTS = {
    "api-gateway": "https://gateway.internal/healthz",
    "billing": "https://billing.internal/healthz",
    "search": "https://search.internal/health",
    "auth": "https://auth.internal/ready",
}


@dataclass
class ProbeResult:
    name: str
    ok: bool
    status: int | None
    latency_ms: float
    error: str | None = None


async def _probe(client: httpx.AsyncClient, name: str, url: str) -> ProbeResult:
    t0 = time.perf_counter()
    try:
        resp = await client.get(url)
        return ProbeResult(name, resp.status_code < 400, resp.status_code,
                           (time.perf_counter() - t0) * 1000)
    except httpx.HTTPError as exc:
        return ProbeResult(name, False, None, (time.perf_counter() - t0) * 1000, str(exc))


def _local_diagnosis(ctx: JobContext, failed: list[ProbeResult]) -> str:
    lines = "\n".join(f"- {r.name}: status={r.status} err={r.error} {r.latency_ms:.0f}ms" for r in failed)
    model = ctx.model_for("ollama", default="llama3.1:8b")
    reply = ctx.local_llm.chat(
        model=model,
        messages=[
            {"role": "system", "content": "You are an SRE. Give a one-paragraph likely cause."},
            {"role": "user", "content": f"These health checks failed:\n{lines}"},
        ],
        options={"temperature": 0.1},
    )
    return reply["message"]["content"]


async def run_health_checks(ctx: JobContext) -> dict:
    async with httpx.AsyncClient(timeout=5.0) as client:
        results = [await _probe(client, n, u) for n, u in ENDPOINTS.items()]

    for r in results:
        ctx.metrics.record("probe_latency_ms", r.latency_ms, service=r.name)

    failed = [r for r in results if not r.ok]
    if not failed:
        return {"failed": 0}

    try:
        diagnosis = _local_diagnosis(ctx, failed)
    except Exception:  # ollama box is flaky; fall back to the hosted path
        ctx.log.warning("local diagnosis failed, using multi_model_service")
        diagnosis = await multi_model_service.generate_response(
            prompt="Health checks failing: " + ", ".join(r.name for r in failed),
            task_type="health_diagnosis",
            complexity=TaskComplexity.SIMPLE,
        )

    for r in failed:
        alert_book.add(Alert(name="probe_failed", severity="page", message=diagnosis,
                             labels={"service": r.name}))
    return {"failed": len(failed), "diagnosis": diagnosis[:200]}


def local_models_available(ctx: JobContext) -> list[str]:
    """Used by /status to show which ollama models are pulled."""
    listing = ctx.local_llm.list()
    return [m["model"] for m in listing.get("models", [])]


def _cert_days_left(host: str, port: int = 443) -> float:
    import socket
    import ssl
    from datetime import datetime, timezone

    ctx = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=5) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            cert = tls.getpeercert()
    expires = datetime.strptime(cert["notAfter"], "%b %d %H:%M:%S %Y %Z").replace(tzinfo=timezone.utc)
    return (expires - datetime.now(timezone.utc)).total_seconds() / 86400


def check_certificates(ctx: JobContext, warn_days: int = 21) -> dict[str, float]:
    """Separate daily job (threadpool): warn about certificates close to expiry."""
    from urllib.parse import urlparse

    out: dict[str, float] = {}
    for name, url in ENDPOINTS.items():
        host = urlparse(url).hostname
        try:
            days = _cert_days_left(host)
        except OSError as exc:
            ctx.log.warning("cert check %s failed: %s", host, exc)
            continue
        out[name] = round(days, 1)
        ctx.metrics.record("cert_days_left", days, service=name)
        if days < warn_days:
            alert_book.add(Alert(name="cert_expiry", severity="warn",
                                 message=f"{host} certificate expires in {days:.0f} days",
                                 labels={"service": name}))
    return out
