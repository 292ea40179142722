"""Claim triage v1 (registered versions 1-9). Superseded by models/claim_triage.py but
still served for the commercial-lines tenant until their contract renews."""
import json

import mlflow.pyfunc
import pandas as pd

from docai_models.legacy import clients
from docai_models.utils.prompts import CLAIM_TRIAGE


class ClaimTriageV1(mlflow.pyfunc.PythonModel):
    def load_context(self, context):
        self.deployment = (context.model_config or {}).get("deployment", clients.TRIAGE_DEPLOYMENT)

    def predict(self, context, model_input, params=None):
        results = []
        for text in model_input["fnol_text"]:
            r = clients.azure_client.chat.completions.create(
                model=self.deployment,
                messages=[{"role": "user", "content": CLAIM_TRIAGE.render(fnol_text=text)}],
                response_format={"type": "json_object"},
            )
            try:
                results.append(json.loads(r.choices[0].message.content))
            except (TypeError, json.JSONDecodeError):
                results.append({})
        return pd.DataFrame(results)
