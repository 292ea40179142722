"""Application assembly.

    python app.py            # dev server on :8080
    gunicorn wsgi:application

The default Bottle app carries the employee pages (routes/ask.py registers
on it at import time); the sub-apps are mounted below it.  Bottle does not
share config between mounted apps, so ``_share_config`` copies it.
"""

from __future__ import annotations

import logging
import os

import bottle
from bottle import TEMPLATE_PATH, default_app

from hrassist.clients import ClientFactory
from hrassist.config import apply_to_app, load_settings
from hrassist.hooks import install_hooks
from hrassist.notifications import TeamsWebhook
from hrassist.plugins import JSONErrorPlugin, ProviderClientPlugin
from hrassist.routes import SUBAPPS
from hrassist.services.embeddings import make_embedder
from hrassist.services.llm_usage_tracker import llm_tracker
from hrassist.services.policy_qa import PolicyQA
from hrassist.services.retrieval import Retriever
from hrassist.store import Store

log = logging.getLogger("policypal")

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE_PATH.insert(0, os.path.join(HERE, "views"))


def _share_config(parent: bottle.Bottle, child: bottle.Bottle) -> None:
    for key in list(parent.config.keys()):
        if key.startswith("hr."):
            child.config[key] = parent.config[key]


def build_app(settings=None, factory=None, store=None) -> bottle.Bottle:
    settings = settings or load_settings(os.environ.get("POLICYPAL_INI"))
    factory = factory or ClientFactory(settings)
    store = store or Store(settings.database_path)
    llm_tracker.bind_store(store)

    root = default_app()
    apply_to_app(root, settings)

    retriever = Retriever(
        store,
        make_embedder(factory, "en"),
        reranker=factory.watsonx_reranker() if settings.watsonx_api_key else None,
    )
    root.config["hr.client_factory"] = factory
    root.config["hr.store"] = store
    root.config["hr.retriever"] = retriever
    root.config["hr.policy_qa"] = PolicyQA(
        factory.chat_client(),
        retriever,
        model=settings.azure_deployment if settings.use_azure else settings.openai_model,
    )
    root.config["hr.notifier"] = TeamsWebhook(os.environ.get("TEAMS_WEBHOOK_URL", ""))

    install_hooks(root)
    root.install(ProviderClientPlugin(factory))

    for prefix, sub in SUBAPPS.items():
        _share_config(root, sub)
        if prefix != "/letters":  # letters still uses request.environ (HRA-412)
            sub.install(ProviderClientPlugin(factory))
        if prefix == "/api/v1":
            sub.install(JSONErrorPlugin())
        root.mount(prefix, sub)

    return root


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    application = build_app()
    bottle.run(application, host="0.0.0.0", port=int(os.environ.get("PORT", "8080")), reloader=False)
