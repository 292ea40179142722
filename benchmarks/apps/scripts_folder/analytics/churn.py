"""Churn-risk notes for account managers."""
from analytics.llm_clients import together_client


def churn_note(account: str, signals: list[str]) -> str:
    response = together_client.chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[{"role": "user", "content": f"Churn risk note for {account}: {'; '.join(signals)}"}],
    )
    return response.choices[0].message.content


def similar_accounts(account: str, others: list[str]) -> list[str]:
    result = together_client.rerank.create(
        model="Salesforce/Llama-Rank-V1", query=account, documents=others, top_n=3
    )
    return [others[r.index] for r in result.results]
