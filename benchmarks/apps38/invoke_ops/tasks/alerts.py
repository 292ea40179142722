"""Alert triage tasks."""
from __future__ import annotations

import json
from collections import defaultdict

from invoke import task

from opslib.clients import get_cohere
from opslib.legacy.gpt_helpers import ask_gpt
from opslib.triage import AlertTriager, dedupe_key
from tasks._common import read_json, settings


@task(help={"alerts_file": "JSON list of Alertmanager alerts"})
def triage(c, alerts_file, fallback=False):
    """Triage a batch of alerts (Cohere; --fallback uses the legacy GPT helper)."""
    cfg = settings(c)
    alerts = read_json(alerts_file)
    seen: set[str] = set()
    triager = AlertTriager(chat_model=cfg.cohere_chat_model, rerank_model=cfg.cohere_rerank_model)
    for alert in alerts:
        key = dedupe_key(alert)
        if key in seen:
            continue
        seen.add(key)
        if fallback:
            print(key, ask_gpt(f"Triage this alert, reply page/ticket/ignore: {json.dumps(alert)}"))
            continue
        decision = triager.triage(alert)
        print(f"{key:60} {decision.decision:7} {decision.team:12} {decision.reason}")


@task
def cluster(c, alerts_file, threshold=0.85):
    """Group similar alerts by embedding similarity."""
    alerts = read_json(alerts_file)
    texts = [f"{a.get('name')}: {a.get('summary', '')}" for a in alerts]
    vectors = AlertTriager(co=get_cohere()).embed_alerts(texts)
    groups: dict[int, list[int]] = defaultdict(list)
    assigned: dict[int, int] = {}
    for i, v in enumerate(vectors):
        for j in list(groups):
            u = vectors[j]
            dot = sum(a * b for a, b in zip(u, v))
            if dot >= float(threshold):
                groups[j].append(i)
                assigned[i] = j
                break
        else:
            groups[i].append(i)
    for head, members in groups.items():
        print(f"[{len(members)}] {texts[head]}")


@task
def explain(c, alert_name):
    """Explain what an alert means, using Cohere chat directly."""
    cfg = settings(c)
    co = get_cohere()
    res = co.chat(
        model=cfg.cohere_chat_model,
        messages=[{"role": "user", "content": f"Explain the Prometheus alert '{alert_name}' to an on-call engineer."}],
    )
    print(res.message.content[0].text)


@task(help={"matcher": "label=value, repeatable", "hours": "silence duration"}, iterable=["matcher"])
def silence(c, matcher, hours=2, comment="silenced by ops-bot"):
    """Create an Alertmanager silence (plain HTTP, no LLM)."""
    import datetime as dt
    import getpass

    import requests

    now = dt.datetime.now(dt.timezone.utc)
    matchers = []
    for m in matcher:
        name, _, value = m.partition("=")
        matchers.append({"name": name, "value": value, "isRegex": False, "isEqual": True})
    body = {
        "matchers": matchers,
        "startsAt": now.isoformat(),
        "endsAt": (now + dt.timedelta(hours=float(hours))).isoformat(),
        "createdBy": getpass.getuser(),
        "comment": comment,
    }
    am_url = c.config.get("alertmanager_url", "http://alertmanager:9093")
    r = requests.post(f"{am_url}/api/v2/silences", json=body, timeout=10)
    r.raise_for_status()
    print(r.json()["silenceID"])


@task
def noise_report(c, alerts_file, provider="xai"):
    """Ask a model which alerts are noisy and should be tuned."""
    from opslib.clients import chat_client_for

    cfg = settings(c)
    alerts = read_json(alerts_file)
    counts: dict[str, int] = defaultdict(int)
    for a in alerts:
        counts[a.get("name", "?")] += 1
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:40]
    model = cfg.xai_model if provider == "xai" else cfg.openai_model
    client = chat_client_for(provider)
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "You review alerting rules. Suggest which alerts to tune or delete."},
            {"role": "user", "content": "\n".join(f"{n}: fired {k} times this week" for n, k in top)},
        ],
    )
    print(resp.choices[0].message.content)
