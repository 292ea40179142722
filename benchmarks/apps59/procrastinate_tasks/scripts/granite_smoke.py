#!/usr/bin/env python
"""Smoke test for the watsonx project credentials (ops runbook step 4)."""
from __future__ import annotations

import os
import sys

from ibm_watsonx_ai import APIClient, Credentials
from ibm_watsonx_ai.foundation_models import ModelInference


def main() -> int:
    creds = Credentials(url=os.environ.get("WATSONX_URL", "https://us-south.ml.cloud.ibm.com"),
                        api_key=os.environ["WATSONX_API_KEY"])
    api = APIClient(creds, project_id=os.environ["WATSONX_PROJECT_ID"])
    specs = api.foundation_models.get_model_specs()
    print("models available:", len(specs.get("resources", [])))

    model = ModelInference(
        model_id=sys.argv[1] if len(sys.argv) > 1 else "ibm/granite-3-8b-instruct",
        api_client=api,
    )
    out = model.generate(prompt="Say OK.", params={"max_new_tokens": 5})
    print(out["results"][0]["generated_text"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
