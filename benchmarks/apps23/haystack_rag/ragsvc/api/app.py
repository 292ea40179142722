"""Flask app factory. Pipelines are built and warmed once per worker."""
from __future__ import annotations

import logging
import os

from flask import Flask, jsonify
from openai import OpenAI

from ragsvc.config import get_settings, load_pipeline_config
from ragsvc.pipelines import build_pipeline_from_config, build_support_qa_pipeline

logger = logging.getLogger(__name__)


def _build_pipelines(config: dict) -> dict:
    pipelines = {"support_qa": build_support_qa_pipeline()}
    for name in config["pipelines"]:
        if name == "support_qa":
            continue
        try:
            pipelines[name] = build_pipeline_from_config(name, config)
        except Exception:  # noqa: BLE001 - one bad pipeline must not take the API down
            logger.exception("failed to build pipeline %s", name)
    for name, pipe in pipelines.items():
        pipe.warm_up()
        logger.info("pipeline %s warmed up", name)
    return pipelines


def create_app(config_path: str | None = None, pipelines: dict | None = None) -> Flask:
    app = Flask(__name__)
    settings = get_settings()
    app.config["RAGSVC_SETTINGS"] = settings
    app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

    config = load_pipeline_config(config_path)
    app.extensions["ragsvc.config"] = config
    app.extensions["ragsvc.pipelines"] = pipelines if pipelines is not None else _build_pipelines(config)
    # Used by the "direct" chat endpoint and /v1/models. Not a pipeline component.
    app.extensions["openai_client"] = OpenAI(
        api_key=settings.openai_api_key,
        base_url=settings.openai_base_url,
        timeout=settings.request_timeout,
    )

    from ragsvc.api.routes import bp as api_bp
    from ragsvc.api.streaming import bp as stream_bp

    app.register_blueprint(api_bp, url_prefix="/v1")
    app.register_blueprint(stream_bp, url_prefix="/v1")

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok", pipelines=sorted(app.extensions["ragsvc.pipelines"]))

    return app


if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=int(os.getenv("PORT", "8080")), debug=False)
