"""Entry point: ``mitmdump -s traffic_intel.py --set llmredact_enabled=true ...``"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from addons.anomaly_detector import AnomalyDetector  # noqa: E402
from addons.api_diff import ApiDiff  # noqa: E402
from addons.openapi_infer import OpenApiInfer  # noqa: E402
from addons.cost_meter import CostMeter  # noqa: E402
from addons.embedding_index import EmbeddingIndex  # noqa: E402
from addons.explain import Explain  # noqa: E402
from addons.flush_queue import FlushQueue  # noqa: E402
from addons.har_dump import HarDump  # noqa: E402
from addons.llm_redactor import LLMRedactor  # noqa: E402
from addons.replay_guard import ReplayGuard  # noqa: E402
from addons.session_summarizer import SessionSummarizer  # noqa: E402
from addons.tracked_audit import AuthAudit  # noqa: E402
from addons.ws_inspector import WebSocketInspector  # noqa: E402

addons = [
    CostMeter(),
    LLMRedactor(),
    SessionSummarizer(),
    Explain(),
    WebSocketInspector(),
    FlushQueue(),
    EmbeddingIndex(),
    AuthAudit(),
    AnomalyDetector(),
    ReplayGuard(),
    HarDump(),
    ApiDiff(),
    OpenApiInfer(),
]
