"""Market data access (EEX settlements, curve snapshots). No LLMs in here.

The ``SnapshotStore.create`` / ``CurveBuilder.generate`` names predate the assistant and
are used all over the risk codebase, so we keep them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import requests

EEX_API = "https://api.internal.desk/eex/v2"

HUBS = ["TTF", "NBP", "THE", "DE-BASE", "FR-BASE", "NL-BASE"]
TENORS = ["M+1", "M+2", "Q+1", "Q+2", "Cal+1", "Cal+2"]


@dataclass
class CurveSnapshot:
    hub: str
    as_of: dt.date
    points: list[tuple[str, float]] = field(default_factory=list)

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.points, columns=["tenor", "price"])


class SnapshotStore:
    def __init__(self):
        self._snapshots: dict[tuple[str, dt.date], CurveSnapshot] = {}

    def create(self, hub: str, as_of: dt.date, points) -> CurveSnapshot:
        snap = CurveSnapshot(hub=hub, as_of=as_of, points=list(points))
        self._snapshots[(hub, as_of)] = snap
        return snap

    def latest(self, hub: str) -> CurveSnapshot | None:
        keys = sorted(k for k in self._snapshots if k[0] == hub)
        return self._snapshots[keys[-1]] if keys else None


class CurveBuilder:
    """Bootstraps a monthly curve from quoted strips (very simplified)."""

    def __init__(self, hub: str):
        self.hub = hub

    def generate(self, quotes: dict[str, float]) -> CurveSnapshot:
        points = [(t, quotes[t]) for t in TENORS if t in quotes]
        return CurveSnapshot(hub=self.hub, as_of=dt.date.today(), points=points)


def fetch_settlements(hub: str, tenor: str, days: int = 10) -> list[dict]:
    resp = requests.get(
        f"{EEX_API}/settlements", params={"hub": hub, "tenor": tenor, "days": days}, timeout=10
    )
    resp.raise_for_status()
    return resp.json()["rows"]


def fake_settlements(hub: str, tenor: str, days: int = 10) -> list[dict]:
    """Used when the EEX proxy is down (it often is before 7am)."""
    rng = np.random.default_rng(abs(hash((hub, tenor))) % 2**32)
    base = 35.0 if hub in {"TTF", "THE", "NBP"} else 80.0
    prices = base + np.cumsum(rng.normal(0, 1.2, size=days))
    today = dt.date.today()
    return [
        {"date": (today - dt.timedelta(days=days - i)).isoformat(), "settle": float(p)}
        for i, p in enumerate(prices)
    ]


def load_curve(hub: str) -> CurveSnapshot:
    try:
        resp = requests.get(f"{EEX_API}/curves/{hub}", timeout=10)
        resp.raise_for_status()
        quotes = resp.json()["quotes"]
    except requests.RequestException:
        quotes = {t: 40.0 + i * 1.5 for i, t in enumerate(TENORS)}
    return CurveBuilder(hub).generate(quotes)


def load_positions() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "tenor": TENORS,
            "TTF": [1200, -400, 2500, 0, -1500, 300],
            "DE-BASE": [-300, 150, 800, 600, 2400, -200],
        }
    )


# ---------------------------------------------------------------- fundamentals

AGSI_API = "https://agsi.gie.eu/api"
REMIT_API = "https://api.internal.desk/remit/v1/outages"


@dataclass
class StorageLevel:
    country: str
    gas_day: dt.date
    full_pct: float
    injection_gwh: float
    withdrawal_gwh: float

    @property
    def net_gwh(self) -> float:
        return self.injection_gwh - self.withdrawal_gwh


def fetch_storage(country: str = "EU", days: int = 14, api_key: str | None = None) -> list[StorageLevel]:
    resp = requests.get(
        AGSI_API,
        params={"country": country, "size": days},
        headers={"x-key": api_key} if api_key else {},
        timeout=15,
    )
    resp.raise_for_status()
    out = []
    for row in resp.json().get("data", []):
        out.append(
            StorageLevel(
                country=country,
                gas_day=dt.date.fromisoformat(row["gasDayStart"]),
                full_pct=float(row["full"]),
                injection_gwh=float(row["injection"]),
                withdrawal_gwh=float(row["withdrawal"]),
            )
        )
    return out


def fetch_outages(zone: str, fuel: str | None = None) -> pd.DataFrame:
    """Planned/unplanned outages from the REMIT feed, in MW unavailable."""
    params = {"zone": zone}
    if fuel:
        params["fuel"] = fuel
    try:
        resp = requests.get(REMIT_API, params=params, timeout=15)
        resp.raise_for_status()
        rows = resp.json()["outages"]
    except requests.RequestException:
        rows = []
    df = pd.DataFrame(rows, columns=["unit", "fuel", "start", "end", "unavailable_mw", "planned"])
    if not df.empty:
        df["start"] = pd.to_datetime(df["start"])
        df["end"] = pd.to_datetime(df["end"])
    return df


def fundamentals_summary(hub: str) -> str:
    """Plain-text fundamentals block used in prompts (no model involved)."""
    lines = []
    if hub in {"TTF", "THE", "NBP"}:
        try:
            storage = fetch_storage("EU", days=7)
        except requests.RequestException:
            storage = []
        if storage:
            last = storage[0]
            lines.append(f"EU storage {last.full_pct:.1f}% full, net {last.net_gwh:+.0f} GWh/d")
    else:
        zone = hub.split("-")[0]
        outages = fetch_outages(zone)
        if not outages.empty:
            lines.append(f"{zone} unavailable capacity: {outages['unavailable_mw'].sum():,.0f} MW")
    return "\n".join(lines) or "(no fundamentals available)"
