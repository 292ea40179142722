"""Account summaries for account managers, generated on watsonx (Granite).

The enterprise customers asked for IBM-hosted models for anything that touches
contract data, hence watsonx here instead of the default route.
"""
import logging

from portal.llm import get_watsonx_model
from portal.utils import prompts

log = logging.getLogger("portal.summary")


class AccountSummarizer:
    def __init__(self, model=None):
        self.model = model or get_watsonx_model()

    def summarize_account(self, account, tickets, invoices):
        prompt = prompts.account_summary_prompt(account, tickets, invoices)
        text = self.model.generate_text(
            prompt=prompt,
            params={"max_new_tokens": 400, "temperature": 0.2},
        )
        return text.strip()

    def chat_about_account(self, account, question):
        response = self.model.chat(
            messages=[
                {"role": "system", "content": prompts.account_chat_system(account)},
                {"role": "user", "content": question},
            ]
        )
        return response["choices"][0]["message"]["content"]

    def stream_summary(self, account):
        for chunk in self.model.generate_text_stream(prompt=prompts.short_account_prompt(account)):
            yield chunk


def contract_risks(account, contract_text, model_id="ibm/granite-3-8b-instruct"):
    model = get_watsonx_model(model_id)
    raw = model.generate(
        prompt=prompts.contract_risk_prompt(account, contract_text),
        params={"max_new_tokens": 300},
    )
    return raw["results"][0]["generated_text"]
