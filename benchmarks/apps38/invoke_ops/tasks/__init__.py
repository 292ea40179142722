"""Invoke task collection for ops automation.

    inv release.notes --provider anthropic
    inv incidents.summarize PABC123
    inv alerts.triage alerts.json
    inv docs.translate docs/runbooks --language de
"""
from invoke import Collection

from tasks import alerts, docs, incidents, models, queue, release

ns = Collection()
ns.add_collection(Collection.from_module(release))
ns.add_collection(Collection.from_module(incidents))
ns.add_collection(Collection.from_module(alerts))
ns.add_collection(Collection.from_module(docs))
ns.add_collection(Collection.from_module(queue))
ns.add_collection(Collection.from_module(models), name="llm")

ns.configure({"run": {"echo": True}})
