"""QnA Maker replacement prototype (openai 0.28 era). Kept for the QnA migration notebook; nothing in the bot imports it."""

import openai  # pinned openai==0.28.1 in legacy/requirements-legacy.txt

openai.api_type = "azure"
openai.api_base = "https://helpdesk-aoai.openai.azure.com/"
openai.api_version = "2023-05-15"


def embed_questions(questions):
    result = openai.Embedding.create(engine="text-embedding-ada-002", input=questions)
    return [row["embedding"] for row in result["data"]]


def rewrite_answer(answer: str) -> str:
    result = openai.ChatCompletion.create(
        engine="gpt-35-turbo",
        messages=[
            {"role": "system", "content": "Rewrite this help desk answer in plain, friendly English."},
            {"role": "user", "content": answer},
        ],
        temperature=0.2,
    )
    return result["choices"][0]["message"]["content"]


def list_deployments():
    return [d["id"] for d in openai.Deployment.list()["data"]]
