"""Weekly capacity forecast: numbers from Prometheus, prose from a model.

Added by the platform team; uses the new monitor.llm registry rather than JobContext.
"""
from __future__ import annotations

import json
import statistics

from monitor import clients, llm
from monitor.context import JobContext

FORECAST_QUERIES = {
    "cpu_cores": "sum(rate(container_cpu_usage_seconds_total[1h]))",
    "memory_gb": "sum(container_memory_working_set_bytes) / 1e9",
    "disk_used_pct": "avg(1 - node_filesystem_avail_bytes / node_filesystem_size_bytes) * 100",
}


def _linear_forecast(series: list[float], horizon: int = 28) -> float:
    if len(series) < 2:
        return series[-1] if series else 0.0
    xs = list(range(len(series)))
    slope = statistics.linear_regression(xs, series).slope
    return series[-1] + slope * horizon


def _numbers(ctx: JobContext) -> dict[str, dict[str, float]]:
    out = {}
    for name, q in FORECAST_QUERIES.items():
        res = ctx.metrics.query(q)
        cur = float(res[0]["value"][1]) if res else 0.0
        ctx.metrics.record(name, cur)
        series = ctx.metrics.series(name)
        out[name] = {"current": cur, "in_4_weeks": round(_linear_forecast(series), 2)}
    return out


def write_forecast(ctx: JobContext, provider: str = "openai") -> str:
    numbers = _numbers(ctx)
    prompt = (
        "Given these capacity numbers and naive 4-week forecasts, write a short capacity "
        "plan with concrete recommendations:\n" + json.dumps(numbers, indent=2)
    )
    if provider == "openai":
        resp = clients.get_openai().responses.create(
            model=llm.DEFAULT_MODELS["openai"],
            instructions="You are a capacity planning assistant.",
            input=prompt,
        )
        return resp.output_text

    backend = llm.chat_backend("deepseek")
    resp = backend.chat.completions.create(
        model=llm.DEFAULT_MODELS["deepseek"],
        messages=[{"role": "user", "content": prompt}],
        temperature=0.3,
    )
    return resp.choices[0].message.content


async def stream_forecast_to(ctx: JobContext, numbers: dict, write) -> None:
    """Streams Grok's take straight into the status page websocket."""
    stream = await clients.get_xai().chat.completions.create(
        model=ctx.model_for("xai", default="grok-2-latest"),
        messages=[{"role": "user", "content": f"Capacity outlook for: {json.dumps(numbers)}"}],
        stream=True,
    )
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            await write(chunk.choices[0].delta.content)
