"""First version of the commit message generator (2023). Still used by the
`--legacy` flag in hooks/prepare_commit_msg.py until everyone has migrated."""
import os
import subprocess

import openai
import requests

openai.api_key = os.environ.get("OPENAI_API_KEY")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
PROMPT = "Write a concise git commit message for the following diff:\n\n{diff}"


def get_diff():
    return subprocess.check_output(["git", "diff", "--cached"]).decode("utf-8", "replace")


def generate_commit_message(diff=None, model="gpt-3.5-turbo"):
    diff = diff or get_diff()
    response = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": PROMPT.format(diff=diff[:8000])}],
        temperature=0.5,
    )
    return response.choices[0].message.content.strip()


def generate_commit_message_http(diff=None, model="gpt-3.5-turbo"):
    """Used on machines where the openai package could not be installed."""
    diff = diff or get_diff()
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"]},
        json={
            "model": model,
            "messages": [{"role": "user", "content": PROMPT.format(diff=diff[:8000])}],
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"].strip()
