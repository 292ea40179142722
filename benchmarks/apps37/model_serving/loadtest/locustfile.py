"""Load test for the inference gateway.

    locust -f loadtest/locustfile.py --host https://inference.internal.example.com

Hits *our* KServe / Triton endpoints only; upstream providers are stubbed in
the loadtest namespace (see loadtest/README in the wiki).
"""
import json
import random

from locust import HttpUser, between, events, task

PROMPTS = [
    "Summarise the plot of Hamlet in two sentences.",
    "Write a haiku about Kubernetes.",
    "What is the capital of Australia?",
    "Explain backpressure to a new engineer.",
]


class KServeUser(HttpUser):
    wait_time = between(0.5, 2.0)

    @task(5)
    def chat_v1(self):
        self.client.post(
            "/v1/models/openai-chat:predict",
            json={"instances": [random.choice(PROMPTS)], "parameters": {"max_tokens": 64}},
            name="kserve chat v1",
        )

    @task(2)
    def embed(self):
        self.client.post(
            "/v1/models/openai-embed:predict",
            json={"instances": random.sample(PROMPTS, 3)},
            name="kserve embed",
        )

    @task(1)
    def router_claude(self):
        with self.client.post(
            "/v1/models/router:predict",
            json={"instances": [random.choice(PROMPTS)], "parameters": {"provider": "anthropic"}},
            catch_response=True,
            name="kserve router anthropic",
        ) as resp:
            if resp.status_code == 200 and "predictions" not in resp.json():
                resp.failure("missing predictions")


class TritonUser(HttpUser):
    wait_time = between(1, 3)

    @task
    def triton_chat(self):
        body = {
            "inputs": [
                {"name": "PROMPT", "shape": [1], "datatype": "BYTES", "data": [random.choice(PROMPTS)]},
            ]
        }
        self.client.post("/v2/models/chat_openai/infer", data=json.dumps(body), name="triton chat")

    @task
    def health(self):
        self.client.get("/v2/health/ready")


@events.test_start.add_listener
def _on_start(environment, **_kw):
    print(f"load test against {environment.host}")
