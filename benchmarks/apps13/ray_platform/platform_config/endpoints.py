"""Base URLs for the vendors and for our own services.

Vendors rotate hostnames now and then (Together moved from .xyz to .ai), so every
hard-coded URL in the repo should come from here.
"""
import os

TOGETHER_BASE_URL = "https://api.together.xyz/v1"
FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"
MISTRAL_BASE_URL = "https://api.mistral.ai/v1"
COHERE_BASE_URL = "https://api.cohere.com"
REPLICATE_BASE_URL = "https://api.replicate.com/v1"
WATSONX_URL = os.environ.get("WATSONX_URL", "https://us-south.ml.cloud.ibm.com")

# Our side
INFERENCE_GATEWAY_URL = os.environ.get(
    "INFERENCE_GATEWAY_URL", "http://inference.internal.svc.cluster.local:8000"
)
RAY_DASHBOARD_URL = os.environ.get("RAY_DASHBOARD_URL", "http://ray-head.internal:8265")
SLACK_ALERTS_WEBHOOK = os.environ.get("SLACK_ALERTS_WEBHOOK", "")
