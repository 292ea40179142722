"""Periodic callbacks: refresh data and (every few minutes) write a status note."""
from __future__ import annotations

import logging
import time
from functools import partial

from bokeh.models import ColumnDataSource, Div

from analysis import prompts
from analysis.bedrock_backend import BedrockNarrator
from analysis.state import CLIENTS, get_executor
from analysis.tracked import anomaly_note_tracked_claude
from config import settings
from data.anomalies import zscore_anomalies
from data.sources import MetricSource

log = logging.getLogger(__name__)


class LiveRefresher:
    """Streams new points into the CDS every 15s."""

    def __init__(self, doc, source: ColumnDataSource, metrics: MetricSource, service_getter, metric_getter):
        self.doc = doc
        self.source = source
        self.metrics = metrics
        self.service_getter = service_getter
        self.metric_getter = metric_getter
        self._cb = None

    def start(self, period_ms: int = 15_000) -> None:
        self._cb = self.doc.add_periodic_callback(self.tick, period_ms)

    def stop(self) -> None:
        if self._cb is not None:
            self.doc.remove_periodic_callback(self._cb)
            self._cb = None

    def tick(self) -> None:
        metric = self.metric_getter()
        df = self.metrics.fetch(self.service_getter(), metric, hours=1)
        if df.empty:
            return
        last = self.source.data["ts"][-1] if len(self.source.data.get("ts", [])) else None
        new = df[df["ts"] > last] if last is not None else df
        if not new.empty:
            self.source.stream({c: new[c].values for c in new.columns}, rollover=72 * 60)


class AnomalyNarrator:
    """Every ``narrative_refresh_ms`` looks for anomalies and writes a short note.

    Uses the Bedrock narrator (cheap Haiku) by default; the tracked Claude path is
    used when the platform tracking service is enabled.
    """

    def __init__(self, doc, source: ColumnDataSource, target: Div, service_getter, metric_getter):
        self.doc = doc
        self.source = source
        self.target = target
        self.service_getter = service_getter
        self.metric_getter = metric_getter
        self.narrator = BedrockNarrator(CLIENTS.bedrock)
        self._last_run = 0.0
        self._inflight = False

    def start(self) -> None:
        self.doc.add_periodic_callback(self.tick, settings.narrative_refresh_ms)

    def tick(self) -> None:
        if self._inflight or time.monotonic() - self._last_run < settings.narrative_refresh_ms / 1000:
            return
        import pandas as pd

        metric = self.metric_getter()
        anomalies = zscore_anomalies(pd.DataFrame(self.source.data), metric)
        if not anomalies:
            return
        self._inflight = True
        self._last_run = time.monotonic()
        service = self.service_getter()
        if settings.use_tracked_service:
            self.doc.add_next_tick_callback(partial(self._tracked_note, service, anomalies))
            return
        fut = get_executor().submit(self.narrator.narrate, prompts.anomaly_prompt(service, anomalies), max_tokens=150)
        fut.add_done_callback(lambda f: self.doc.add_next_tick_callback(partial(self._publish, f)))

    async def _tracked_note(self, service, anomalies) -> None:
        try:
            note = await anomaly_note_tracked_claude(service, anomalies)
            self.target.text = f"<b>Status:</b> {note}"
        finally:
            self._inflight = False

    def _publish(self, fut) -> None:
        self._inflight = False
        try:
            self.target.text = f"<b>Status:</b> {fut.result()}"
        except Exception:  # noqa: BLE001
            log.exception("anomaly narrative failed")


def heartbeat_fireworks(doc, status_div: Div) -> None:
    """Tiny periodic ping so the ops team sees when Fireworks is degraded."""

    def _probe():
        t0 = time.monotonic()
        CLIENTS.fireworks.chat.completions.create(
            model=settings.fireworks_model,
            messages=[{"role": "user", "content": "ping"}],
            max_tokens=1,
        )
        return time.monotonic() - t0

    def _tick():
        fut = get_executor().submit(_probe)
        fut.add_done_callback(
            lambda f: doc.add_next_tick_callback(
                partial(setattr, status_div, "text", f"fireworks: {f.result():.2f}s" if not f.exception() else "fireworks: down")
            )
        )

    doc.add_periodic_callback(_tick, 300_000)
