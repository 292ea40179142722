"""Post-deploy smoke test. Hits the serving endpoints and, with --upstream, the vendors directly
over HTTP so we can tell "our code is broken" from "the vendor is down"."""
from __future__ import annotations

import argparse
import os
import sys

import httpx
import requests

SAMPLE_FNOL = "Insured reports rear-end collision at low speed on 2024-10-02, no injuries, bumper damage."


def check_serving(host: str, endpoint: str, token: str) -> bool:
    resp = requests.post(
        f"{host}/serving-endpoints/{endpoint}/invocations",
        headers={"Authorization": f"Bearer {token}"},
        json={"dataframe_records": [{"fnol_text": SAMPLE_FNOL}]},
        timeout=60,
    )
    print(endpoint, resp.status_code)
    return resp.ok


def check_azure_openai(endpoint: str, deployment: str) -> bool:
    url = f"{endpoint}/openai/deployments/{deployment}/chat/completions?api-version=2024-06-01"
    resp = httpx.post(
        url,
        headers={"api-key": os.environ["AZURE_OPENAI_API_KEY"]},
        json={"messages": [{"role": "user", "content": "ping"}], "max_tokens": 1},
        timeout=30,
    )
    print("azure-openai", resp.status_code)
    return resp.status_code == 200


def _iam_token(api_key: str) -> str:
    resp = requests.post(
        "https://iam.cloud.ibm.com/identity/token",
        data={"grant_type": "urn:ibm:params:oauth:grant-type:apikey", "apikey": api_key},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def check_watsonx(region_url: str, project_id: str) -> bool:
    token = _iam_token(os.environ["WATSONX_APIKEY"])
    resp = requests.post(
        f"{region_url}/ml/v1/text/generation?version=2024-05-01",
        headers={"Authorization": f"Bearer {token}"},
        json={
            "model_id": "ibm/granite-3-8b-instruct",
            "input": "ping",
            "parameters": {"max_new_tokens": 1},
            "project_id": project_id,
        },
        timeout=30,
    )
    print("watsonx", resp.status_code)
    return resp.ok


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default=os.environ.get("DATABRICKS_HOST"))
    ap.add_argument("--endpoints", default="claim-triage,document-extractor,policy-qa")
    ap.add_argument("--upstream", action="store_true")
    args = ap.parse_args(argv)
    ok = all(check_serving(args.host, e, os.environ["DATABRICKS_TOKEN"]) for e in args.endpoints.split(","))
    if args.upstream:
        ok &= check_azure_openai(os.environ["AZURE_OPENAI_ENDPOINT"], "gpt-4o-mini")
        ok &= check_watsonx("https://eu-de.ml.cloud.ibm.com", os.environ["WATSONX_PROJECT_ID"])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
